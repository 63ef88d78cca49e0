/// One evaluator's leniency or severity, estimated on the cells they rated in common with the rest of the panel.
public struct EvaluatorCalibration: Sendable, Equatable {
    /// Whether an evaluator rates above or below the rest of the panel by at least the threshold.
    public enum Flag: String, Sendable, Equatable {
        /// Rates higher than the rest of the panel.
        case lenient
        /// Rates lower than the rest of the panel.
        case severe
    }

    /// The evaluator.
    public var evaluator: String
    /// Vendor × criterion cells this evaluator rated that at least one other evaluator rated too.
    public var sharedCells: Int
    /// The additive offset as a share of each criterion's scale (0.15 = 1.5 points on 0–10), or nil without shared cells.
    public var offset: Double?
    /// Lenient or severe when |offset| reaches the panel's threshold.
    public var flag: Flag?
}

/// Estimates each evaluator's additive offset with the two-way additive model.
///
/// Each counted rating, as a share y of its criterion's scale, is modelled as
/// `y(e, c) = μ(c) + b(e) + ε`: the cell's true level μ(c) (one vendor on one criterion) plus the
/// evaluator's constant offset b(e) — the linear form of a rater-severity facet (Linacre, *Many-Facet
/// Rasch Measurement*, 1989; the additive reviewer-bias model of Roos, Rothe & Scheuermann, "How to
/// calibrate the scores of biased reviewers by quadratic programming", AAAI 2011). The offsets are
/// the least-squares solution over the cells rated by two or more evaluators (a cell only one person
/// rated says nothing about anyone's offset). Eliminating μ, the normal equations read, for each
/// evaluator e, `Σ_c w_c · [(y(e,c) − ȳ₋ₑ(c)) − (b(e) − b̄₋ₑ(c))] = 0` with `w_c = (n_c − 1) / n_c`:
/// the offset is the weighted mean, over the evaluator's shared cells, of the distance to the
/// leave-one-out panel mean, the others' ratings corrected for their own offsets. So an evaluator
/// who skips a vendor, or rates only some, is measured only where they can be compared.
///
/// Offsets are defined up to a constant within each group of evaluators linked by shared cells; the
/// constant is fixed so that the group's median offset is 0, so that one lenient evaluator cannot
/// drag the others: in a panel of five where one rates everything +1.5, the offsets are 0, 0, 0, 0
/// and +1.5. An evaluator without shared cells gets no offset and is left uncalibrated.
enum PanelCalibration {
    /// One counted rating: evaluator index, cell key, share of the scale.
    struct Observation {
        var evaluator: Int
        var cell: String
        var share: Double
    }

    /// The offsets (share of the scale), by evaluator index, and each evaluator's count of shared cells.
    static func offsets(evaluators: Int, observations: [Observation]) -> (offsets: [Double?], shared: [Int]) {
        var byCell: [String: [Int]] = [:]
        for (i, o) in observations.enumerated() { byCell[o.cell, default: []].append(i) }
        // Only cells with two or more evaluators inform the offsets.
        let cells = byCell.filter { $0.value.count >= 2 }.sorted { $0.key < $1.key }.map(\.value)
        var shared = [Int](repeating: 0, count: evaluators)
        for cell in cells { for i in cell { shared[observations[i].evaluator] += 1 } }

        // The reduced normal equations L · b = r: L is the evaluators' graph Laplacian with edge
        // weights Σ 1/n_c over the cells two evaluators share; r(e) = Σ_c (y(e,c) − ȳ(c)).
        var l = [[Double]](repeating: [Double](repeating: 0, count: evaluators), count: evaluators)
        var r = [Double](repeating: 0, count: evaluators)
        for cell in cells {
            let n = Double(cell.count)
            let mean = cell.reduce(0) { $0 + observations[$1].share } / n
            for i in cell {
                let e = observations[i].evaluator
                r[e] += observations[i].share - mean
                l[e][e] += 1 - 1 / n
                for j in cell where j != i { l[e][observations[j].evaluator] -= 1 / n }
            }
        }

        // Groups of evaluators linked by shared cells (connected components of L).
        var group = [Int](repeating: -1, count: evaluators)
        var groups: [[Int]] = []
        for start in 0..<evaluators where group[start] < 0 && shared[start] > 0 {
            var members = [start], k = 0
            group[start] = groups.count
            while k < members.count {
                let e = members[k]
                k += 1
                for f in 0..<evaluators where f != e && l[e][f] != 0 && group[f] < 0 {
                    group[f] = groups.count
                    members.append(f)
                }
            }
            groups.append(members.sorted())
        }

        var offsets = [Double?](repeating: nil, count: evaluators)
        for members in groups {
            // Fix the first member's offset at 0, solve for the rest, then move the group's median to 0.
            let rest = Array(members.dropFirst())
            var solved = [Double](repeating: 0, count: members.count)
            if !rest.isEmpty {
                let a = rest.map { e in rest.map { l[e][$0] } }
                let x = solve(a, rest.map { r[$0] })
                for (k, value) in x.enumerated() { solved[k + 1] = value }
            }
            let sorted = solved.sorted(), m = sorted.count
            let median = m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2
            for (k, e) in members.enumerated() {
                let b = solved[k] - median
                offsets[e] = abs(b) < 1e-12 ? 0 : b
            }
        }
        return (offsets, shared)
    }

    /// Solves a · x = b by Gaussian elimination with partial pivoting (a is symmetric positive definite here:
    /// a connected Laplacian with one row and column removed).
    static func solve(_ a: [[Double]], _ b: [Double]) -> [Double] {
        let n = b.count
        var m = a, v = b
        for col in 0..<n {
            var pivot = col
            for row in (col + 1)..<max(col + 1, n) where abs(m[row][col]) > abs(m[pivot][col]) { pivot = row }
            m.swapAt(col, pivot)
            v.swapAt(col, pivot)
            let p = m[col][col]
            guard p != 0 else { continue }
            for row in (col + 1)..<max(col + 1, n) {
                let f = m[row][col] / p
                guard f != 0 else { continue }
                for k in col..<n { m[row][k] -= f * m[col][k] }
                v[row] -= f * v[col]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var s = v[row]
            for k in (row + 1)..<max(row + 1, n) { s -= m[row][k] * x[k] }
            x[row] = m[row][row] == 0 ? 0 : s / m[row][row]
        }
        return x
    }
}

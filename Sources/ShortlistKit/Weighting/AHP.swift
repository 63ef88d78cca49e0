import Foundation  // log, exp

/// How much one judgment of a pairwise matrix departs from the weights derived from the whole matrix.
///
/// For the judgment a_ij (i < j) and the eigenvector weights w, the ratio
/// e_ij = a_ij · w_j / w_i is 1 when the judgment agrees exactly with the weights
/// (T. L. Saaty, "Decision-making with the AHP: Why is the principal eigenvector necessary",
/// *European Journal of Operational Research* 145, 2003, 85–91: the judgment with the largest
/// e_ij is the most inconsistent, and a_ij = w_i / w_j would make it consistent).
///
/// Because Σ_j a_ij w_j = λmax w_i, the ratios satisfy
/// λmax − n = (1/n) Σ_{i<j} (e_ij + 1/e_ij − 2), so every judgment has an exact, non-negative
/// ``contribution`` to λmax − n, and ranking judgments by that contribution is the same as
/// ranking them by |ln e_ij| (e + 1/e − 2 = 2 cosh(ln e) − 2 grows with |ln e|).
package struct JudgmentInconsistency: Sendable, Equatable {
    /// The judgment's cell, above the diagonal (row < column).
    public var cell: PairwiseCell
    /// The judgment as given, a_ij.
    public var judgment: Double
    /// The value that would agree with the derived weights, w_i / w_j.
    public var consistentValue: Double
    /// e_ij = a_ij · w_j / w_i: above 1 the judgment overstates row over column, below 1 it understates it.
    public var ratio: Double
    /// |ln e_ij|: 0 for a judgment in perfect agreement; the ranking key.
    public var logRatio: Double
    /// (e_ij + 1/e_ij − 2)/n: this judgment's part of λmax − n (the parts add up to λmax − n).
    public var contribution: Double
}

/// The priorities and consistency of one pairwise comparison matrix.
package struct AHPResult: Sendable, Equatable {
    /// The matrix the result was derived from.
    public var matrix: PairwiseMatrix
    /// The weights (priorities) in the matrix's element order: the principal right eigenvector,
    /// normalised to sum to 1.
    public var weights: [Double]
    /// The principal (Perron) eigenvalue λmax; λmax ≥ n, with equality exactly for consistent matrices.
    public var lambdaMax: Double
    /// The consistency index CI = (λmax − n)/(n − 1) (Saaty 1980); 0 for n = 1.
    public var consistencyIndex: Double
    /// The random-index table used for the consistency ratio.
    public var randomIndexTable: RandomIndexTable
    /// RI(n) from ``randomIndexTable``; 0 for n ≤ 2.
    public var randomIndex: Double
    /// The consistency ratio CR = CI / RI(n) (Saaty 1980); defined as 0 for n ≤ 2, where every
    /// reciprocal matrix is consistent and RI(n) = 0.
    public var consistencyRatio: Double
    /// The largest acceptable CR (Saaty's 0.10 unless the caller chose another).
    public var threshold: Double
    /// Whether CR ≤ ``threshold``.
    public var isConsistent: Bool
    /// Every judgment above the diagonal, the most inconsistent first (largest |ln e_ij|, then
    /// by row and column).
    public var judgments: [JudgmentInconsistency]
    /// The power-iteration steps taken to converge.
    public var iterations: Int

    /// The judgments that contribute most to the inconsistency, most inconsistent first, when
    /// the matrix is inconsistent; empty when it is consistent.
    ///
    /// - Parameter limit: How many judgments to return at most.
    public func inconsistentJudgments(limit: Int = 3) -> [JudgmentInconsistency] {
        isConsistent ? [] : Array(judgments.prefix(max(0, limit)))
    }

    /// The weight of the element called `name`, or `nil` when there is none.
    public func weight(of name: String) -> Double? {
        matrix.names.firstIndex(of: name).map { weights[$0] }
    }
}

/// The Analytic Hierarchy Process: weights and consistency from a pairwise comparison matrix.
///
/// Weights are the principal right eigenvector of the matrix (Saaty's eigenvector method:
/// T. L. Saaty, "A scaling method for priorities in hierarchical structures", *Journal of
/// Mathematical Psychology* 15, 1977, 234–281), computed by power iteration until no component
/// of the normalised vector changes by more than 1e-12, and normalised to sum to 1. The start
/// vector is the normalised row geometric mean. λmax is Σ_i (A w)_i for the normalised w.
/// CI = (λmax − n)/(n − 1) and CR = CI/RI(n) (Saaty 1980), with RI from a chosen
/// ``RandomIndexTable``; the matrix counts as consistent when CR ≤ 0.10 (Saaty 1980).
package enum AHP {
    /// Saaty's threshold: a consistency ratio above 0.10 calls for revising the judgments.
    public static let consistencyThreshold = 0.10
    /// The power iteration stops when no component of the weights changes by more than this.
    public static let convergenceTolerance = 1e-12
    /// A safety limit on power-iteration steps (a positive matrix converges long before).
    public static let maximumIterations = 100_000

    /// Derives weights, λmax, CI and CR from a validated matrix.
    ///
    /// - Parameters:
    ///   - matrix: The pairwise comparison matrix.
    ///   - randomIndex: The random-index table for CR; Saaty's by default.
    ///   - threshold: The largest acceptable CR; 0.10 by default.
    /// - Returns: The weights and consistency measures, with the judgments ranked by inconsistency.
    public static func evaluate(
        _ matrix: PairwiseMatrix,
        randomIndex: RandomIndexTable = .saaty,
        threshold: Double = consistencyThreshold
    ) -> AHPResult {
        let a = matrix.values
        let n = matrix.order
        let (w, lambda, iterations) = principalEigenvector(a)
        // Saaty (1980): CI = (λmax − n)/(n − 1), CR = CI/RI(n).
        let ci = n > 1 ? (lambda - Double(n)) / Double(n - 1) : 0
        let ri = randomIndex.value(forOrder: n) ?? 0
        let cr = n > 2 && ri > 0 ? ci / ri : 0

        var judgments: [JudgmentInconsistency] = []
        judgments.reserveCapacity(n * (n - 1) / 2)
        for i in 0..<n {
            for j in (i + 1)..<n {
                // Saaty (2003): e_ij = a_ij w_j / w_i; its part of λmax − n is (e + 1/e − 2)/n.
                let e = a[i][j] * w[j] / w[i]
                judgments.append(JudgmentInconsistency(
                    cell: PairwiseCell(row: i, column: j, rowName: matrix.names[i], columnName: matrix.names[j]),
                    judgment: a[i][j],
                    consistentValue: w[i] / w[j],
                    ratio: e,
                    logRatio: abs(Foundation.log(e)),
                    contribution: (e + 1 / e - 2) / Double(n)))
            }
        }
        judgments.sort { lhs, rhs in
            if lhs.logRatio != rhs.logRatio { return lhs.logRatio > rhs.logRatio }
            return (lhs.cell.row, lhs.cell.column) < (rhs.cell.row, rhs.cell.column)
        }
        return AHPResult(
            matrix: matrix, weights: w, lambdaMax: lambda, consistencyIndex: ci,
            randomIndexTable: randomIndex, randomIndex: ri, consistencyRatio: cr,
            threshold: threshold, isConsistent: cr <= threshold,
            judgments: judgments, iterations: iterations)
    }

    /// The principal right eigenvector of a positive square matrix by power iteration, and its eigenvalue.
    ///
    /// By the Perron–Frobenius theorem a positive matrix has a simple dominant eigenvalue with a
    /// positive eigenvector, to which power iteration converges from any positive start.
    ///
    /// - Parameter a: A positive n × n matrix.
    /// - Returns: The eigenvector normalised to sum to 1, the eigenvalue, and the steps taken.
    public static func principalEigenvector(_ a: [[Double]]) -> (vector: [Double], eigenvalue: Double, iterations: Int) {
        let n = a.count
        guard n > 0 else { return ([], 0, 0) }
        // Start from the normalised row geometric means, which are already close for near-consistent matrices.
        var w = a.map { row in Foundation.exp(row.reduce(0) { $0 + Foundation.log($1) } / Double(n)) }
        let total = w.reduce(0, +)
        w = w.map { $0 / total }
        var iterations = 0
        var next = [Double](repeating: 0, count: n)
        while iterations < maximumIterations {
            iterations += 1
            var sum = 0.0
            for i in 0..<n {
                var s = 0.0
                for j in 0..<n { s += a[i][j] * w[j] }
                next[i] = s
                sum += s
            }
            var change = 0.0
            for i in 0..<n {
                next[i] /= sum
                change = max(change, abs(next[i] - w[i]))
            }
            swap(&w, &next)
            if change <= convergenceTolerance { break }
        }
        // With Σ w = 1, Σ_i (A w)_i = λ Σ_i w_i = λ.
        var lambda = 0.0
        for i in 0..<n {
            for j in 0..<n { lambda += a[i][j] * w[j] }
        }
        return (w, lambda, iterations)
    }

    /// Combines local priorities down a hierarchy (Saaty's distributive synthesis):
    /// global_k = Σ_c w_c · p_k|c.
    ///
    /// - Parameters:
    ///   - criterionWeights: The weight of each criterion, w_c.
    ///   - alternativePriorities: For each criterion, in the same order, the local priorities
    ///     of the alternatives with respect to it, p_·|c.
    /// - Returns: The global priority of each alternative.
    public static func synthesize(criterionWeights: [Double], alternativePriorities: [[Double]]) -> [Double] {
        precondition(criterionWeights.count == alternativePriorities.count, "AHP.synthesize: one priority vector per criterion")
        let count = alternativePriorities.first?.count ?? 0
        var global = [Double](repeating: 0, count: count)
        for (c, local) in alternativePriorities.enumerated() {
            precondition(local.count == count, "AHP.synthesize: every priority vector needs one entry per alternative")
            for k in 0..<count { global[k] += criterionWeights[c] * local[k] }
        }
        return global
    }
}

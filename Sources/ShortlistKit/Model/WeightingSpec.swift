/// How the weights of one group's children are given: points, a rank order, or AHP judgments.
package enum WeightingSpec: Sendable, Equatable {
    /// The children's raw weights (points), normalised. The default.
    case points
    /// A rank order, most important first; names in one inner list are tied.
    case rankOrder(order: [[String]], formula: RankOrderMethod)
    /// AHP pairwise judgments on Saaty's 1–9 scale: (a, b, v) says a is v times as important as b.
    case ahp(judgments: [AHPJudgment], randomIndex: RandomIndexTable, acceptInconsistent: Bool)

    /// The method's name as written in files.
    package var name: String {
        switch self {
        case .points: return "points"
        case .rankOrder: return "rankOrder"
        case .ahp: return "ahp"
        }
    }
}

/// One AHP judgment: how many times more important `more` is than `less` (a value below 1 reverses it).
package struct AHPJudgment: Sendable, Equatable {
    /// The first criterion.
    package var more: String
    /// The second criterion.
    package var less: String
    /// The ratio on Saaty's scale, 1/9 to 9.
    package var value: Double

    /// Creates a judgment.
    package init(_ more: String, _ less: String, _ value: Double) {
        self.more = more
        self.less = less
        self.value = value
    }
}

/// The weights a ``WeightingSpec`` gives a group's children, with the AHP figures when AHP was used.
package struct ResolvedWeighting: Sendable, Equatable {
    /// The method used.
    public var method: String
    /// One weight per child, in the children's order; they sum to 1.
    public var weights: [Double]
    /// The AHP analysis, for AHP groups.
    public var ahp: AHPResult?
}

/// A weighting that does not fit its group.
package struct WeightingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, in a sentence.
    public var description: String
    /// The judgment (index in `judgments`) or rank-order entry (index in `order`) at fault, when one is.
    public var entry: Int?
    /// The part of that entry at fault (2 for a judgment's value), when one is.
    public var part: Int?

    /// Creates an error.
    public init(description: String, entry: Int? = nil, part: Int? = nil) {
        self.description = description
        self.entry = entry
        self.part = part
    }
}

extension WeightingSpec {
    /// The children's weights under this spec; `points` are the children's raw weights.
    package func resolve(children: [String], points: [Double]) throws(WeightingError) -> ResolvedWeighting {
        switch self {
        case .points:
            let sum = points.reduce(0, +)
            guard sum > 0 else { throw WeightingError(description: "the weights of \(children.joined(separator: ", ")) sum to zero") }
            return ResolvedWeighting(method: "points", weights: points.map { $0 / sum }, ahp: nil)
        case .rankOrder(let order, let formula):
            var seen = Set<String>()
            for (index, tie) in order.enumerated() {
                for name in tie {
                    if !children.contains(name) { throw Self.unknown(name, children, entry: index) }
                    if !seen.insert(name).inserted { throw WeightingError(description: "\"\(name)\" is ranked twice; rank each criterion once", entry: index) }
                }
            }
            let left = children.filter { !seen.contains($0) }
            guard left.isEmpty else { throw WeightingError(description: "the rank order leaves out \(left.joined(separator: ", ")); rank every child of the group") }
            let ranking: RankOrder
            do { ranking = try RankOrder(groups: order) } catch { throw WeightingError(description: error.description) }
            let weights = ranking.weights(formula)
            let byName = Dictionary(uniqueKeysWithValues: zip(ranking.names, weights))
            return ResolvedWeighting(method: "rankOrder (\(formula.displayName))", weights: children.map { byName[$0]! }, ahp: nil)
        case .ahp(let judgments, let table, let accept):
            let n = children.count
            var values = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
            for i in 0..<n { values[i][i] = 1 }
            for (index, judgment) in judgments.enumerated() {
                guard let i = children.firstIndex(of: judgment.more) else { throw Self.unknown(judgment.more, children, entry: index) }
                guard let j = children.firstIndex(of: judgment.less) else { throw Self.unknown(judgment.less, children, entry: index) }
                guard i != j else { throw WeightingError(description: "\"\(judgment.more)\" is compared with itself", entry: index) }
                guard values[i][j] == 0 else { throw WeightingError(description: "\"\(judgment.more)\" and \"\(judgment.less)\" are compared twice", entry: index) }
                guard judgment.value.isFinite, judgment.value >= 1.0 / 9 - 1e-9, judgment.value <= 9 + 1e-9 else {
                    throw WeightingError(description: "the judgment \(judgment.more) vs \(judgment.less) = \(NumberFormatting.short(judgment.value, 4)) is off Saaty's scale 1/9 … 9", entry: index, part: 2)
                }
                values[i][j] = judgment.value
                values[j][i] = 1 / judgment.value
            }
            var missing: [String] = []
            for i in 0..<n { for j in (i + 1)..<n where values[i][j] == 0 { missing.append("\(children[i]) vs \(children[j])") } }
            guard missing.isEmpty else {
                throw WeightingError(description: "AHP needs a judgment for every pair; missing: \(missing.joined(separator: ", "))")
            }
            let matrix: PairwiseMatrix
            do { matrix = try PairwiseMatrix(names: children, values: values) } catch { throw WeightingError(description: error.description) }
            let result = AHP.evaluate(matrix, randomIndex: table)
            if !result.isConsistent && !accept {
                // Name each judgment the way the user wrote it.
                let worst = result.inconsistentJudgments(limit: 3).map { j -> String in
                    if let written = judgments.first(where: { $0.more == j.cell.columnName && $0.less == j.cell.rowName }) {
                        return "\(written.more) vs \(written.less) = \(NumberFormatting.short(written.value, 3)) (consistent: \(NumberFormatting.short(1 / j.consistentValue, 3)))"
                    }
                    return "\(j.cell.rowName) vs \(j.cell.columnName) = \(NumberFormatting.short(j.judgment, 3)) (consistent: \(NumberFormatting.short(j.consistentValue, 3)))"
                }
                throw WeightingError(description: "the AHP judgments are inconsistent: CR = \(NumberFormatting.short(result.consistencyRatio, 3)) > \(NumberFormatting.short(result.threshold, 2)) (\(table.displayName) random index \(NumberFormatting.short(result.randomIndex, 2))); the judgments that contribute most: \(worst.joined(separator: "; ")); revise them or set \"acceptInconsistent\": true")
            }
            return ResolvedWeighting(method: "ahp (principal eigenvector)", weights: result.weights, ahp: result)
        }
    }

    private static func unknown(_ name: String, _ children: [String], entry: Int) -> WeightingError {
        WeightingError(description: unknownIDMessage(name, known: children, kind: "child"), entry: entry)
    }
}

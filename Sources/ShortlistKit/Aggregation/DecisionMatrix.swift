/// Whether more of a criterion is better (benefit, `+`) or worse (cost, `-`).
public enum CriterionType: String, CaseIterable, Sendable {
    /// More is better: quality, coverage, references.
    case benefit = "+"
    /// Less is better: price, implementation weeks, risk.
    case cost = "-"

    /// Reads `+`, `max` or `benefit` as a benefit and `-`, `min` or `cost` as a cost (case-insensitive).
    ///
    /// - Parameter text: The type as a user typed it.
    public init?(symbol text: String) {
        switch text.lowercased() {
        case "+", "max", "benefit": self = .benefit
        case "-", "min", "cost": self = .cost
        default: return nil
        }
    }
}

/// Why a method or a normalisation needs values of a certain sign.
public enum ValueRequirement: String, CaseIterable, Sendable {
    /// WPM raises every value to a power and multiplies; it needs positive values.
    case weightedProduct = "wpm"
    /// Sum normalisation divides by the column sum and, for costs, by each value.
    case sumNormalization = "sum"
    /// Max normalisation divides by the column maximum; negative values would flip the scale.
    case maxNormalization = "max"
    /// Vector normalisation divides by the column's Euclidean norm.
    case vectorNormalization = "vector"

    /// Why the requirement exists, as a clause for messages.
    public var reason: String {
        switch self {
        case .weightedProduct: return "the weighted product model (WPM) raises values to powers and needs positive values"
        case .sumNormalization: return "sum normalisation divides by the values and their sum and needs positive values"
        case .maxNormalization: return "max normalisation divides by the column's maximum and needs values ≥ 0"
        case .vectorNormalization: return "vector normalisation divides by the column's Euclidean norm"
        }
    }
}

/// A decision matrix or its weights that cannot be aggregated, naming the criterion or alternative.
public enum MCDAError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The matrix has no alternatives (rows).
    case noAlternatives
    /// The matrix has no criteria (columns).
    case noCriteria
    /// An alternative name is empty (0-based row).
    case emptyAlternativeName(index: Int)
    /// A criterion name is empty (0-based column).
    case emptyCriterionName(index: Int)
    /// Two alternatives have the same name.
    case duplicateAlternative(String)
    /// Two criteria have the same name.
    case duplicateCriterion(String)
    /// The number of rows of values differs from the number of alternative names.
    case rowCountMismatch(alternatives: Int, rows: Int)
    /// A row has a different number of values than there are criteria.
    case rowLength(alternative: String, expected: Int, found: Int)
    /// A value is NaN or infinite.
    case nonFiniteValue(alternative: String, criterion: String)
    /// The number of weights differs from the number of criteria.
    case weightCountMismatch(expected: Int, found: Int)
    /// The number of criterion types differs from the number of criteria.
    case typeCountMismatch(expected: Int, found: Int)
    /// A weight is NaN or infinite.
    case nonFiniteWeight(criterion: String)
    /// A weight is negative.
    case negativeWeight(criterion: String, weight: Double)
    /// The weights add up to zero.
    case zeroWeightSum
    /// A value is zero or negative where the method or normalisation needs positive values.
    case nonPositiveValue(alternative: String, criterion: String, value: Double, requiredBy: ValueRequirement)
    /// A value is negative where the normalisation needs values ≥ 0.
    case negativeValue(alternative: String, criterion: String, value: Double, requiredBy: ValueRequirement)
    /// Every value of a criterion is zero, so the normalisation would divide by zero.
    case zeroColumn(criterion: String, requiredBy: ValueRequirement)

    /// The criterion the error is about, when there is one.
    public var criterion: String? {
        switch self {
        case .nonFiniteValue(_, let criterion), .nonFiniteWeight(let criterion), .negativeWeight(let criterion, _),
            .nonPositiveValue(_, let criterion, _, _), .negativeValue(_, let criterion, _, _), .zeroColumn(let criterion, _),
            .duplicateCriterion(let criterion):
            return criterion
        default:
            return nil
        }
    }

    /// The alternative the error is about, when there is one.
    public var alternative: String? {
        switch self {
        case .nonFiniteValue(let alternative, _), .nonPositiveValue(let alternative, _, _, _),
            .negativeValue(let alternative, _, _, _), .rowLength(let alternative, _, _), .duplicateAlternative(let alternative):
            return alternative
        default:
            return nil
        }
    }

    /// A full sentence naming the criterion or alternative and what was expected.
    public var description: String {
        switch self {
        case .noAlternatives:
            return "the decision matrix has no alternatives; give at least one row"
        case .noCriteria:
            return "the decision matrix has no criteria; give at least one column"
        case .emptyAlternativeName(let index):
            return "alternative \(index + 1) has an empty name"
        case .emptyCriterionName(let index):
            return "criterion \(index + 1) has an empty name"
        case .duplicateAlternative(let name):
            return "the alternative \"\(name)\" appears twice; names must be unique"
        case .duplicateCriterion(let name):
            return "the criterion \"\(name)\" appears twice; names must be unique"
        case .rowCountMismatch(let alternatives, let rows):
            return "\(alternatives) alternatives were named but \(rows) rows of values were given"
        case .rowLength(let alternative, let expected, let found):
            return "alternative \"\(alternative)\" has \(found) values but there are \(expected) criteria"
        case .nonFiniteValue(let alternative, let criterion):
            return "the value of alternative \"\(alternative)\" on criterion \"\(criterion)\" is not a finite number"
        case .weightCountMismatch(let expected, let found):
            return "\(found) weights were given for \(expected) criteria; give one weight per criterion"
        case .typeCountMismatch(let expected, let found):
            return "\(found) criterion types were given for \(expected) criteria; give one type (+ or -) per criterion"
        case .nonFiniteWeight(let criterion):
            return "the weight of criterion \"\(criterion)\" is not a finite number"
        case .negativeWeight(let criterion, let weight):
            return "the weight of criterion \"\(criterion)\" is \(NumberFormatting.short(weight, 6)); weights must be ≥ 0"
        case .zeroWeightSum:
            return "the weights add up to 0; give at least one criterion a positive weight"
        case .nonPositiveValue(let alternative, let criterion, let value, let requirement):
            return "the value of alternative \"\(alternative)\" on criterion \"\(criterion)\" is \(NumberFormatting.short(value, 6)), but \(requirement.reason)"
        case .negativeValue(let alternative, let criterion, let value, let requirement):
            return "the value of alternative \"\(alternative)\" on criterion \"\(criterion)\" is \(NumberFormatting.short(value, 6)), but \(requirement.reason)"
        case .zeroColumn(let criterion, let requirement):
            return "every value of criterion \"\(criterion)\" is 0, but \(requirement.reason) and that norm is 0"
        }
    }
}

/// Alternatives (rows) scored on criteria (columns): the input of WSM, WPM and TOPSIS.
public struct DecisionMatrix: Sendable, Equatable {
    /// The alternatives, in row order.
    public let alternatives: [String]
    /// The criteria, in column order.
    public let criteria: [String]
    /// `values[i][j]`: alternative i on criterion j.
    public let values: [[Double]]

    /// Validates and creates a decision matrix.
    ///
    /// - Parameters:
    ///   - alternatives: Unique, non-empty names, one per row.
    ///   - criteria: Unique, non-empty names, one per column.
    ///   - values: One row per alternative with one finite value per criterion.
    /// - Throws: ``MCDAError`` for missing rows or columns, bad names, ragged rows and non-finite values.
    public init(alternatives: [String], criteria: [String], values: [[Double]]) throws(MCDAError) {
        guard !alternatives.isEmpty else { throw .noAlternatives }
        guard !criteria.isEmpty else { throw .noCriteria }
        var seenCriteria = Set<String>()
        for (index, name) in criteria.enumerated() {
            if name.isEmpty { throw .emptyCriterionName(index: index) }
            if !seenCriteria.insert(name).inserted { throw .duplicateCriterion(name) }
        }
        var seenAlternatives = Set<String>()
        for (index, name) in alternatives.enumerated() {
            if name.isEmpty { throw .emptyAlternativeName(index: index) }
            if !seenAlternatives.insert(name).inserted { throw .duplicateAlternative(name) }
        }
        guard values.count == alternatives.count else { throw .rowCountMismatch(alternatives: alternatives.count, rows: values.count) }
        for (i, row) in values.enumerated() {
            guard row.count == criteria.count else {
                throw .rowLength(alternative: alternatives[i], expected: criteria.count, found: row.count)
            }
            for (j, value) in row.enumerated() where !value.isFinite {
                throw .nonFiniteValue(alternative: alternatives[i], criterion: criteria[j])
            }
        }
        self.alternatives = alternatives
        self.criteria = criteria
        self.values = values
    }

    /// The values of criterion `j`, one per alternative.
    public func column(_ j: Int) -> [Double] { values.map { $0[j] } }

    /// Checks weights and types against the criteria and returns the weights scaled to sum to 1.
    ///
    /// - Parameters:
    ///   - weights: One non-negative, finite weight per criterion, not all zero.
    ///   - types: One type per criterion.
    /// - Returns: `weights` divided by their sum.
    /// - Throws: ``MCDAError`` for count mismatches, non-finite or negative weights and a zero sum.
    public func normalizedWeights(_ weights: [Double], types: [CriterionType]) throws(MCDAError) -> [Double] {
        guard weights.count == criteria.count else { throw .weightCountMismatch(expected: criteria.count, found: weights.count) }
        guard types.count == criteria.count else { throw .typeCountMismatch(expected: criteria.count, found: types.count) }
        for (j, weight) in weights.enumerated() {
            guard weight.isFinite else { throw .nonFiniteWeight(criterion: criteria[j]) }
            guard weight >= 0 else { throw .negativeWeight(criterion: criteria[j], weight: weight) }
        }
        let total = weights.reduce(0, +)
        guard total > 0 else { throw .zeroWeightSum }
        return weights.map { $0 / total }
    }
}

/// An MCDA aggregation method.
public enum MCDAMethod: String, CaseIterable, Sendable {
    /// The weighted sum model (``WeightedSum``).
    case wsm
    /// The weighted product model (``WeightedProduct``).
    case wpm
    /// TOPSIS (``TOPSIS``).
    case topsis

    /// The normalisation used when none is chosen: min-max for WSM, sum for WPM, vector for TOPSIS.
    public var defaultNormalization: Normalization {
        switch self {
        case .wsm: return WeightedSum.defaultNormalization
        case .wpm: return WeightedProduct.defaultNormalization
        case .topsis: return TOPSIS.defaultNormalization
        }
    }

    /// The method's name for reports: "WSM", "WPM", "TOPSIS".
    public var displayName: String { rawValue.uppercased() }

    /// Scores and ranks the alternatives with this method.
    ///
    /// - Parameters:
    ///   - matrix: The decision matrix.
    ///   - weights: One weight per criterion (scaled to sum to 1).
    ///   - types: One type per criterion.
    ///   - normalization: The normalisation, or `nil` for ``defaultNormalization``.
    /// - Returns: Scores (higher is better) and competition ranks.
    /// - Throws: ``MCDAError`` when the weights, types or values do not suit the method.
    public func evaluate(
        _ matrix: DecisionMatrix, weights: [Double], types: [CriterionType], normalization: Normalization? = nil
    ) throws(MCDAError) -> MCDAResult {
        let normalization = normalization ?? defaultNormalization
        switch self {
        case .wsm: return try WeightedSum.evaluate(matrix, weights: weights, types: types, normalization: normalization)
        case .wpm: return try WeightedProduct.evaluate(matrix, weights: weights, types: types, normalization: normalization)
        case .topsis: return try TOPSIS.evaluate(matrix, weights: weights, types: types, normalization: normalization).result
        }
    }
}

/// The scores and ranks an MCDA method gives the alternatives of a decision matrix.
public struct MCDAResult: Sendable, Equatable {
    /// The method that produced the scores.
    public var method: MCDAMethod
    /// The normalisation that was applied.
    public var normalization: Normalization
    /// The alternatives, in the matrix's row order.
    public var alternatives: [String]
    /// The weights used, scaled to sum to 1.
    public var weights: [Double]
    /// Each alternative's score, in row order; higher is better.
    public var scores: [Double]
    /// Each alternative's rank, in row order: competition ranking (1, 1, 3) with ties as in
    /// ``CompetitionRanking``.
    public var ranks: [Int]

    /// Creates a result, ranking the scores with ``CompetitionRanking``.
    ///
    /// - Parameters:
    ///   - method: The method.
    ///   - normalization: The normalisation applied.
    ///   - alternatives: The alternatives in row order.
    ///   - weights: The weights used.
    ///   - scores: The scores in row order, higher is better.
    public init(method: MCDAMethod, normalization: Normalization, alternatives: [String], weights: [Double], scores: [Double]) {
        self.method = method
        self.normalization = normalization
        self.alternatives = alternatives
        self.weights = weights
        self.scores = scores
        self.ranks = CompetitionRanking.ranks(scores)
    }

    /// Row indices from best to worst; tied alternatives keep their input order.
    public var order: [Int] { CompetitionRanking.order(scores) }
}

/// Ranks scores where higher is better: standard competition ranking ("1224"), ties in input order.
///
/// Two scores tie when they differ by no more than 1e-9 relative to the larger magnitude (at
/// least 1), i.e. by rounding noise; a run of ties is judged against its first member.
public enum CompetitionRanking {
    /// The tolerance for ties, relative to max(1, |a|, |b|).
    public static let tieTolerance = 1e-9

    /// Whether two scores count as tied.
    public static func tied(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= tieTolerance * max(1, abs(a), abs(b))
    }

    /// Indices of `scores` from the highest score to the lowest; tied scores keep their input order.
    public static func order(_ scores: [Double]) -> [Int] {
        groups(scores).flatMap { $0 }
    }

    /// The rank of each score, in input order: 1 for the best, tied scores share the rank of the
    /// first of them and the next rank skips (1, 1, 3).
    public static func ranks(_ scores: [Double]) -> [Int] {
        var ranks = [Int](repeating: 0, count: scores.count)
        var position = 1
        for group in groups(scores) {
            for index in group { ranks[index] = position }
            position += group.count
        }
        return ranks
    }

    /// Runs of tied scores, best first, each run in input order.
    private static func groups(_ scores: [Double]) -> [[Int]] {
        let sorted = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        var result: [[Int]] = []
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count, tied(scores[sorted[start]], scores[sorted[end]]) { end += 1 }
            result.append(sorted[start..<end].sorted())
            start = end
        }
        return result
    }
}

/// Alternatives (rows) scored on criteria (columns): the input of WSM, WPM and TOPSIS.
package struct DecisionMatrix: Sendable, Equatable {
    /// The alternatives, in row order.
    package let alternatives: [String]
    /// The criteria, in column order.
    package let criteria: [String]
    /// `values[i][j]`: alternative i on criterion j.
    package let values: [[Double]]

    /// Validates and creates a decision matrix.
    ///
    /// - Parameters:
    ///   - alternatives: Unique, non-empty names, one per row.
    ///   - criteria: Unique, non-empty names, one per column.
    ///   - values: One row per alternative with one finite value per criterion.
    /// - Throws: ``MCDAError`` for missing rows or columns, bad names, ragged rows and non-finite values.
    package init(alternatives: [String], criteria: [String], values: [[Double]]) throws(MCDAError) {
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
    package func column(_ j: Int) -> [Double] { values.map { $0[j] } }

    /// Checks weights and types against the criteria and returns the weights scaled to sum to 1.
    ///
    /// - Parameters:
    ///   - weights: One non-negative, finite weight per criterion, not all zero.
    ///   - types: One type per criterion.
    /// - Returns: `weights` divided by their sum.
    /// - Throws: ``MCDAError`` for count mismatches, non-finite or negative weights and a zero sum.
    package func normalizedWeights(_ weights: [Double], types: [CriterionType]) throws(MCDAError) -> [Double] {
        guard weights.count == criteria.count else { throw .weightCountMismatch(expected: criteria.count, found: weights.count) }
        guard types.count == criteria.count else { throw .typeCountMismatch(expected: criteria.count, found: types.count) }
        for (j, weight) in weights.enumerated() {
            guard weight.isFinite else { throw .nonFiniteWeight(criterion: criteria[j]) }
            guard weight >= 0 else { throw .negativeWeight(criterion: criteria[j], weight: weight) }
        }
        let total = weights.reduce(0, +)
        guard total > 0 else { throw .zeroWeightSum }
        if total.isFinite { return weights.map { $0 / total } }
        // The sum overflowed (weights near 1e308): scale by the largest weight first, which
        // changes no ratio, so 1e308, 1e308 weighs like 1, 1.
        let largest = weights.max()!
        let scaled = weights.map { $0 / largest }
        let scaledTotal = scaled.reduce(0, +)
        return scaled.map { $0 / scaledTotal }
    }
}

/// The weighted sum model (WSM, also simple additive weighting): S_i = Σ_j w_j r_ij.
///
/// The formula is P. C. Fishburn's additive utility ("Additive utilities with incomplete product
/// sets", *Operations Research* 15, 1967; simple additive weighting in C.-L. Hwang and K. Yoon,
/// *Multiple Attribute Decision Making*, Springer, 1981). r_ij are the benefit-oriented
/// normalised values (``Normalization``), min-max by default so that every criterion runs from
/// its worst alternative (0) to its best (1); w_j are the weights scaled to sum to 1, so scores
/// lie in 0 … 1 under min-max and max normalisation.
package enum WeightedSum {
    /// The default normalisation: min-max.
    package static let defaultNormalization = Normalization.minMax

    /// Scores and ranks the alternatives.
    ///
    /// - Parameters:
    ///   - matrix: The decision matrix.
    ///   - weights: One non-negative weight per criterion, scaled to sum to 1.
    ///   - types: One type per criterion.
    ///   - normalization: The normalisation; min-max by default.
    /// - Returns: The scores S_i (higher is better) and competition ranks.
    /// - Throws: ``MCDAError`` for bad weights or types, or values outside the normalisation's domain.
    package static func evaluate(
        _ matrix: DecisionMatrix, weights: [Double], types: [CriterionType], normalization: Normalization = defaultNormalization
    ) throws(MCDAError) -> MCDAResult {
        let w = try matrix.normalizedWeights(weights, types: types)
        let r = try normalization.normalize(matrix, types: types)
        // Fishburn (1967): S_i = Σ_j w_j r_ij.
        let scores = r.map { row in zip(row, w).reduce(0) { $0 + $1.0 * $1.1 } }
        return MCDAResult(method: .wsm, normalization: normalization, alternatives: matrix.alternatives, weights: w, scores: scores)
    }
}

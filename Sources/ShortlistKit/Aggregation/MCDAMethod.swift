/// An MCDA aggregation method.
package enum MCDAMethod: String, CaseIterable, Sendable {
    /// The weighted sum model (``WeightedSum``).
    case wsm
    /// The weighted product model (``WeightedProduct``).
    case wpm
    /// TOPSIS (``TOPSIS``).
    case topsis

    /// The normalisation used when none is chosen: min-max for WSM, sum for WPM, vector for TOPSIS.
    package var defaultNormalization: Normalization {
        switch self {
        case .wsm: return WeightedSum.defaultNormalization
        case .wpm: return WeightedProduct.defaultNormalization
        case .topsis: return TOPSIS.defaultNormalization
        }
    }

    /// The method's name for reports: "WSM", "WPM", "TOPSIS".
    package var displayName: String { rawValue.uppercased() }

    /// Scores and ranks the alternatives with this method.
    ///
    /// - Parameters:
    ///   - matrix: The decision matrix.
    ///   - weights: One weight per criterion (scaled to sum to 1).
    ///   - types: One type per criterion.
    ///   - normalization: The normalisation, or `nil` for ``defaultNormalization``.
    /// - Returns: Scores (higher is better) and competition ranks.
    /// - Throws: ``MCDAError`` when the weights, types or values do not suit the method.
    package func evaluate(
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

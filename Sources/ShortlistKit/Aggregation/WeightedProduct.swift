import Foundation  // pow

/// The weighted product model (WPM): P_i = Π_j r_ij^w_j.
///
/// The multiplicative form goes back to P. W. Bridgman (*Dimensional Analysis*, 1922) and
/// D. W. Miller and M. K. Starr (*Executive Decisions and Operations Research*, 1969); see
/// E. Triantaphyllou, *Multi-Criteria Decision Making Methods: A Comparative Study*, Kluwer,
/// 2000, ch. 2. Here r_ij are the benefit-oriented normalised values (``Normalization``) and
/// w_j the weights scaled to sum to 1, as in pymcdm 1.4.0 (`pymcdm.methods.WPM`).
///
/// The default normalisation is ``Normalization/sum`` (x/Σx for benefits, (1/x)/Σ(1/x) for
/// costs), which keeps ratios: P_i is then proportional to Π_j x_ij^(±w_j), the classic WPM
/// with negative exponents for costs, so the ranking is the textbook one.
///
/// WPM needs positive values: every raw value must be > 0, and the method says so
/// (``MCDAError/nonPositiveValue(alternative:criterion:value:requiredBy:)`` with
/// ``ValueRequirement/weightedProduct``). Normalisations that map the worst alternative to 0
/// (min-max, and max or vector on a cost criterion) would make that alternative's product 0
/// whatever its other values: such a cell under a positive weight is refused
/// (``MCDAError/nonPositiveNormalizedValue(alternative:criterion:value:normalization:)``);
/// prefer sum or max for WPM.
package enum WeightedProduct {
    /// The default normalisation: sum.
    package static let defaultNormalization = Normalization.sum

    /// Scores and ranks the alternatives.
    ///
    /// - Parameters:
    ///   - matrix: The decision matrix; every value must be positive.
    ///   - weights: One non-negative weight per criterion, scaled to sum to 1.
    ///   - types: One type per criterion.
    ///   - normalization: The normalisation; sum by default.
    /// - Returns: The products P_i (higher is better) and competition ranks.
    /// - Throws: ``MCDAError`` for bad weights or types, a value ≤ 0, or values outside the
    ///   normalisation's domain.
    package static func evaluate(
        _ matrix: DecisionMatrix, weights: [Double], types: [CriterionType], normalization: Normalization = defaultNormalization
    ) throws(MCDAError) -> MCDAResult {
        let w = try matrix.normalizedWeights(weights, types: types)
        for (i, row) in matrix.values.enumerated() {
            for (j, value) in row.enumerated() where value <= 0 {
                throw .nonPositiveValue(alternative: matrix.alternatives[i], criterion: matrix.criteria[j], value: value, requiredBy: .weightedProduct)
            }
        }
        let r = try normalization.normalize(matrix, types: types)
        // A normalised value ≤ 0 under a positive weight zeroes (or breaks) the whole product: refuse, naming the cell.
        for (i, row) in r.enumerated() {
            for (j, value) in row.enumerated() where value <= 0 && w[j] > 0 {
                throw .nonPositiveNormalizedValue(alternative: matrix.alternatives[i], criterion: matrix.criteria[j], value: value, normalization: normalization)
            }
        }
        // Bridgman (1922), Miller & Starr (1969): P_i = Π_j r_ij^w_j.
        let scores = r.map { row in zip(row, w).reduce(1.0) { $0 * pow($1.0, $1.1) } }
        return MCDAResult(method: .wpm, normalization: normalization, alternatives: matrix.alternatives, weights: w, scores: scores)
    }
}

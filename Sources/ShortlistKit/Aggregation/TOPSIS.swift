import Foundation  // sqrt

/// TOPSIS scores with the intermediate quantities that explain them.
package struct TOPSISResult: Sendable, Equatable {
    /// The closeness coefficients as scores, with competition ranks.
    package var result: MCDAResult
    /// The weighted normalised matrix v_ij = w_j r_ij.
    package var weightedMatrix: [[Double]]
    /// The ideal point A⁺, per criterion.
    package var ideal: [Double]
    /// The anti-ideal point A⁻, per criterion.
    package var antiIdeal: [Double]
    /// Each alternative's Euclidean distance to the ideal, d⁺.
    package var distanceToIdeal: [Double]
    /// Each alternative's Euclidean distance to the anti-ideal, d⁻.
    package var distanceToAntiIdeal: [Double]
}

/// TOPSIS, the technique for order preference by similarity to an ideal solution
/// (C.-L. Hwang and K. Yoon, *Multiple Attribute Decision Making: Methods and Applications*,
/// Springer, 1981, pp. 128–140).
///
/// 1. Normalise each column, by default with vector normalisation r_ij = x_ij / ‖x_j‖₂ (Hwang
///    and Yoon's choice); min-max, max and sum are available (``Normalization``).
/// 2. Weight: v_ij = w_j r_ij, with the weights scaled to sum to 1.
/// 3. Ideal A⁺ and anti-ideal A⁻ by criterion type: on a benefit criterion A⁺ is the largest
///    v_ij and A⁻ the smallest; on a cost criterion the other way round. (The normalised values
///    are benefit-oriented, so this is the largest and smallest normalised value; for vector,
///    min-max and max normalisation the cost reflection makes it the same point as Hwang and
///    Yoon's.)
/// 4. Euclidean distances d⁺_i = ‖v_i − A⁺‖₂ and d⁻_i = ‖v_i − A⁻‖₂.
/// 5. Closeness C_i = d⁻_i / (d⁺_i + d⁻_i), from 0 (the anti-ideal) to 1 (the ideal). When every
///    alternative coincides with both points (all weighted columns constant), d⁺ + d⁻ = 0 and
///    C_i is defined as 1: every alternative is at the ideal.
package enum TOPSIS {
    /// The default normalisation: vector, as in Hwang and Yoon (1981).
    package static let defaultNormalization = Normalization.vector

    /// Scores and ranks the alternatives by closeness to the ideal.
    ///
    /// - Parameters:
    ///   - matrix: The decision matrix.
    ///   - weights: One non-negative weight per criterion, scaled to sum to 1.
    ///   - types: One type per criterion.
    ///   - normalization: The normalisation; vector by default.
    /// - Returns: The closeness coefficients and ranks with the ideal points and distances.
    /// - Throws: ``MCDAError`` for bad weights or types, or values outside the normalisation's domain.
    package static func evaluate(
        _ matrix: DecisionMatrix, weights: [Double], types: [CriterionType], normalization: Normalization = defaultNormalization
    ) throws(MCDAError) -> TOPSISResult {
        let w = try matrix.normalizedWeights(weights, types: types)
        let r = try normalization.normalize(matrix, types: types)
        // Hwang & Yoon (1981), step 2: v_ij = w_j r_ij.
        let v = r.map { row in zip(row, w).map { $0 * $1 } }
        let columns = matrix.criteria.indices
        // Step 3: the normalised values are benefit-oriented, so the ideal is each column's maximum.
        let ideal = columns.map { j in v.map { $0[j] }.max()! }
        let antiIdeal = columns.map { j in v.map { $0[j] }.min()! }
        // Step 4: Euclidean distances.
        func distance(_ row: [Double], _ point: [Double]) -> Double {
            sqrt(zip(row, point).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) })
        }
        let dPlus = v.map { distance($0, ideal) }
        let dMinus = v.map { distance($0, antiIdeal) }
        // Step 5: C_i = d⁻ / (d⁺ + d⁻).
        let closeness = zip(dPlus, dMinus).map { plus, minus in plus + minus > 0 ? minus / (plus + minus) : 1 }
        let result = MCDAResult(method: .topsis, normalization: normalization, alternatives: matrix.alternatives, weights: w, scores: closeness)
        return TOPSISResult(
            result: result, weightedMatrix: v, ideal: ideal, antiIdeal: antiIdeal,
            distanceToIdeal: dPlus, distanceToAntiIdeal: dMinus)
    }
}

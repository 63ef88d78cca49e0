/// What it would take a vendor to catch the winner: per criterion (or group), the score
/// improvement that, with every other score and weight fixed, brings its weighted-sum total level
/// with the winner's.
///
/// With T_v = Σ_j w_j s_vj, raising s_vj by Δ raises T_v by w_j · Δ, so the vendor draws level
/// with the winner W at
///
///     Δ_j = (T_W − T_v) / w_j
///
/// and overtakes it with any larger improvement: the threshold of the "most critical measure of
/// performance" of Triantaphyllou & Sánchez, "A sensitivity analysis approach for some
/// deterministic multi-criteria decision-making methods", Decision Sciences 28 (1997) 151–194,
/// for the weighted sum model, in score points. The improvement is impossible when the target
/// s_vj + Δ_j exceeds the top of the scale (100) or when w_j = 0 (the criterion does not count).
/// A vendor already level with or ahead of the winner needs nothing: Δ_j = 0 everywhere. Totals
/// within 1e-9 of the scale count as level, and a target within that of the maximum as possible.
public enum OvertakingMargins {
    /// The improvement needed on one criterion.
    public struct Margin: Sendable, Equatable {
        /// The criterion's (or group's) id.
        public var id: String
        /// Its weight (as given).
        public var weight: Double
        /// The vendor's current score on it.
        public var score: Double
        /// Δ_j, the points the score must gain to draw level with the winner; `.infinity` when the weight is 0 and the vendor is behind.
        public var improvement: Double
        /// The score that draws level, s_vj + Δ_j (`.infinity` when the weight is 0 and the vendor is behind).
        public var target: Double
        /// Whether the target is within the scale (≤ the maximum score) and the weight is positive.
        public var possible: Bool

        /// Creates a margin.
        public init(id: String, weight: Double, score: Double, improvement: Double, target: Double, possible: Bool) {
            self.id = id
            self.weight = weight
            self.score = score
            self.improvement = improvement
            self.target = target
            self.possible = possible
        }
    }

    /// The margins of `vendor` against `winner` in `matrix` (rows by index).
    package static func margins(vendor: Int, against winner: Int, in matrix: WeightStability.Matrix, maximum: Double = 100) -> [Margin] {
        margins(vendor: vendor, against: winner, weights: matrix.weights, scores: matrix.scores, ids: matrix.ids, maximum: maximum)
    }

    /// The improvement `vendor` needs on each criterion to draw level with `winner`, smallest first.
    ///
    /// - Parameters:
    ///   - vendor: the row of the vendor that is behind.
    ///   - winner: the row of the vendor to catch (usually the winner).
    ///   - weights: the criterion weights (any positive scale: Δ_j does not change when all weights are multiplied by the same factor).
    ///   - scores: vendor × criterion scores.
    ///   - ids: the criterion ids.
    ///   - maximum: the top of the score scale.
    /// - Returns: one margin per criterion, sorted by improvement (impossible ones included, flagged),
    ///   ties in criterion order.
    public static func margins(vendor: Int, against winner: Int, weights: [Double], scores: [[Double]], ids: [String], maximum: Double = 100) -> [Margin] {
        precondition(weights.count == ids.count && scores[vendor].count == ids.count && scores[winner].count == ids.count, "one weight and one score per criterion")
        let total = { (row: [Double]) in zip(row, weights).reduce(0) { $0 + $1.0 * $1.1 } }
        // Differences within 1e-9 of the scale are rounding noise: a tie, or a target exactly at the top.
        let tolerance = 1e-9 * max(1, abs(maximum))
        var gap = total(scores[winner]) - total(scores[vendor])
        if gap <= tolerance { gap = 0 }
        let margins = ids.indices.map { j -> Margin in
            let score = scores[vendor][j], weight = weights[j]
            if gap == 0 { return Margin(id: ids[j], weight: weight, score: score, improvement: 0, target: score, possible: true) }
            guard weight > 0 else { return Margin(id: ids[j], weight: weight, score: score, improvement: .infinity, target: .infinity, possible: false) }
            let improvement = gap / weight
            let target = score + improvement
            return Margin(id: ids[j], weight: weight, score: score, improvement: improvement, target: target, possible: target <= maximum + tolerance)
        }
        return margins.indices.sorted { (margins[$0].improvement, $0) < (margins[$1].improvement, $1) }.map { margins[$0] }
    }
}

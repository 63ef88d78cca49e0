/// A linear partial value function: `lower` maps to 0 and `upper` to 1 (the reverse when descending).
///
/// As in JSMAA's `UtilityFunction` without extra value points, values outside the scale are
/// extrapolated linearly, not clipped.
package struct CriterionScale: Sendable, Equatable {
    /// The measurement that maps to 0 (ascending) or 1 (descending).
    package var lower: Double
    /// The measurement that maps to 1 (ascending) or 0 (descending).
    package var upper: Double
    /// Whether more is better.
    package var ascending: Bool

    /// The identity: values are already partial values on 0…1, more is better.
    package static let unit = CriterionScale(lower: 0, upper: 1, ascending: true)

    /// A scale from `lower` to `upper`; ``SMAAProblem`` requires lower < upper.
    package init(lower: Double, upper: Double, ascending: Bool = true) {
        self.lower = lower
        self.upper = upper
        self.ascending = ascending
    }

    /// The smallest scale enclosing every distribution's ``ScoreDistribution/range95`` — JSMAA's
    /// automatic scale (`ImpactMatrix.updateScales`). When every range is the same single number
    /// the scale is widened by ±0.5, so that the criterion gives every alternative 0.5.
    package init(enclosing distributions: [ScoreDistribution], ascending: Bool) {
        let ranges = distributions.map(\.range95)
        let low = ranges.map(\.lowerBound).min() ?? 0, high = ranges.map(\.upperBound).max() ?? 1
        if low < high {
            self.init(lower: low, upper: high, ascending: ascending)
        } else {
            self.init(lower: low - 0.5, upper: high + 0.5, ascending: ascending)
        }
    }

    /// The partial value of measurement `x`: (x − lower) / (upper − lower), or 1 minus that when descending.
    package func partialValue(_ x: Double) -> Double {
        let (a, b) = affine
        return a + b * x
    }

    /// (a, b) with partial value a + b·x.
    var affine: (Double, Double) {
        if self == .unit { return (0, 1) }
        let width = upper - lower
        return ascending ? (-lower / width, 1 / width) : (upper / width, -1 / width)
    }
}

/// What is known about the criterion weights; weights are non-negative and sum to 1.
package enum WeightInformation: Sendable, Equatable {
    /// Nothing: weights uniform on the simplex.
    case missing
    /// A rank per criterion, 1 = most important; equal numbers are ties. Weights are uniform over
    /// all weight vectors that respect the order (tied criteria in any order among themselves).
    case ordinal([Int])
    /// Each weight within ±`relative` × its centre (centres normalised to sum 1, bounds clipped
    /// to 0…1); weights uniform over the simplex inside those bounds.
    case interval(center: [Double], relative: Double)
}

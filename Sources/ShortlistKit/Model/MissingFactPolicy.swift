/// What happens to a criterion whose fact a vendor did not provide. Whatever the policy, the gap is listed.
public enum MissingFactPolicy: String, Sendable, Equatable, CaseIterable {
    /// Score 0.
    case worst
    /// Score 50, the middle of the scale.
    case neutral
    /// Drop the criterion for that vendor and share its weight among its siblings.
    case exclude
    /// Eliminate the vendor.
    case knockOut
}

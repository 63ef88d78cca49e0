/// A raw weight set on a criterion or group by `selection.json` or a scenario, on top of the catalog's.
public struct WeightOverride: Sendable, Equatable {
    /// The criterion or group id.
    public var id: String
    /// The raw weight.
    public var weight: Double

    /// Creates an override.
    public init(id: String, weight: Double) {
        self.id = id
        self.weight = weight
    }
}

/// A weighting method set on a group by `selection.json` or a scenario, replacing the catalog's.
public struct WeightingOverride: Sendable, Equatable {
    /// The group id, or "root" for the top level.
    public var group: String
    /// The method.
    public var spec: WeightingSpec

    /// Creates an override.
    public init(group: String, spec: WeightingSpec) {
        self.group = group
        self.spec = spec
    }
}

/// A raw weight set on a criterion or group by `selection.json` or a scenario, on top of the catalog's.
package struct WeightOverride: Sendable, Equatable {
    /// The criterion or group id.
    package var id: String
    /// The raw weight.
    package var weight: Double

    /// Creates an override.
    package init(id: String, weight: Double) {
        self.id = id
        self.weight = weight
    }
}

/// A weighting method set on a group by `selection.json` or a scenario, replacing the catalog's.
package struct WeightingOverride: Sendable, Equatable {
    /// The group id, or "root" for the top level.
    package var group: String
    /// The method.
    package var spec: WeightingSpec

    /// Creates an override.
    package init(group: String, spec: WeightingSpec) {
        self.group = group
        self.spec = spec
    }
}

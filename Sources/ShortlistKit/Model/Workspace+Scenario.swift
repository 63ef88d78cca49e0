extension Workspace {
    /// The workspace as `scenario` sees it: its weights on top of the profile's, then its overrides of
    /// price formulas and gate severities (in the catalog), of the budget, the missing-fact policy
    /// and the consensus rule (in the profile). Ids were checked when selection.json was read.
    public func applying(_ scenario: WeightScenario) -> Workspace {
        var copy = self
        copy.profile = profile.applying(scenario)
        let overrides = scenario.overrides
        overrides.budget.apply(to: &copy.profile.budget)
        if let missing = overrides.missingFacts { copy.profile.missingFacts = missing }
        if let consensus = overrides.consensus { copy.profile.panel.consensus = consensus }
        for price in overrides.price {
            CriterionTree.update(price.criterion, in: &copy.catalog.criteria) { node in
                if case .criterion(.cost(let basis, _), let missing) = node.content { node.content = .criterion(.cost(basis: basis, method: price.method), missing: missing) }
            }
        }
        for gate in overrides.gates {
            if let index = copy.catalog.gates.firstIndex(where: { $0.id == gate.gate }) { copy.catalog.gates[index].severity = gate.severity }
            if let index = copy.profile.gates.firstIndex(where: { $0.id == gate.gate }) { copy.profile.gates[index].severity = gate.severity }
        }
        return copy
    }
}

/// The notes passes of ``Evaluation/init(workspace:allowIncomplete:)``: the ranking's warnings
/// and the panel's notes, written once every vendor is placed.
extension Evaluation {
    /// The ranking's warnings, in this order: the workspace's load warnings, rank reversals of the
    /// relative price formulas, criteria no vendor answered, weights the profile overrides, ties,
    /// no compliant vendor, incomplete vendors, and changes to locked weights.
    static func warnings(_ workspace: Workspace, tree: WeightTree, facts: [VendorFacts], placement: Placement, unanswered: [Int], allowIncomplete: Bool, lockChanges: [WeightLockChange]) -> [EvaluationWarning] {
        let profile = workspace.profile, catalog = workspace.catalog
        let ranked = placement.ranked, incomplete = placement.incomplete
        var warnings: [EvaluationWarning] = workspace.warnings.map { .load($0) }
        warnings += Self.rankReversalWarnings(tree: tree, ranked: ranked, facts: facts, profile: profile, catalog: catalog)
        if let note = Self.unansweredNote(unanswered, tree: tree, catalog: catalog.id) { warnings.append(note) }
        for override in profile.weights {
            if let index = tree.index(of: override.id), tree.nodes[index].catalogWeight != override.weight {
                warnings.append(.weightOverride(criterion: override.id, weight: override.weight, catalogWeight: tree.nodes[index].catalogWeight))
            }
        }
        var i = 0
        while i < ranked.count {
            var j = i
            while j + 1 < ranked.count && ranked[j + 1].rank == ranked[i].rank { j += 1 }
            if j > i {
                warnings.append(.tie(rank: ranked[i].rank!, vendors: ranked[i...j].map(\.vendorID), score: ranked[i].score))
            }
            i = j + 1
        }
        if ranked.isEmpty && incomplete.isEmpty { warnings.append(.noVendorPasses) }
        let unranked = allowIncomplete ? ranked.filter(\.incomplete) : incomplete
        if !unranked.isEmpty {
            warnings.append(.incomplete(vendors: unranked.map { .init(vendor: $0.vendorID, coverage: $0.coverage) }, minimum: profile.minimumCoverage,
                                        lagPoints: Self.coverageLag * 100, best: placement.bestCoverage, rankedAnyway: allowIncomplete))
        }
        warnings += lockChanges.map { .lockedWeightChanged($0) }
        return warnings
    }

    /// The panel's notes: declared conflicts of interest, calibration, missing ratings, overrides,
    /// and dossier facts used where the panel has not rated.
    static func panelNotes(_ workspace: Workspace, plan: LeafPlan, panel: PanelConsensus, cells: [PanelCell]) -> [PanelNote] {
        var notes: [PanelNote] = []
        for sheet in workspace.ratings {
            for conflict in sheet.conflicts {
                let rated = sheet.ratings.filter { $0.vendor == conflict.vendor }.map(\.criterion)
                notes.append(.conflict(evaluator: sheet.evaluator, vendor: conflict.vendor, reason: conflict.reason, criteria: rated))
            }
        }
        notes += Self.calibrationNotes(panel, settings: workspace.profile.panel, scales: plan.ratedFacts.map(\.scale))
        for cell in cells {
            if !cell.missing.isEmpty {
                notes.append(.missingRatings(vendor: cell.vendor, criterion: cell.criterion, missing: cell.missing, consensusOf: cell.entries.count))
            }
            if let override = cell.override {
                notes.append(.override(vendor: cell.vendor, criterion: cell.criterion, value: override.value, by: override.by, computed: cell.computed, reason: override.reason))
            }
        }
        if !workspace.ratings.isEmpty {
            for rating in plan.ratedFacts {
                for vendor in workspace.vendors where panel.cell(vendor: vendor.id, criterion: rating.criterion)?.consensus == nil && vendor.facts[rating.fact] != nil {
                    notes.append(.dossierFallback(vendor: vendor.id, criterion: rating.criterion, fact: rating.fact))
                }
            }
        }
        return notes
    }
}

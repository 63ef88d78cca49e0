/// The notes passes of ``Evaluation/init(workspace:allowIncomplete:)``: the ranking's warnings
/// and the panel's notes, written once every vendor is placed.
extension Evaluation {
    /// The ranking's warnings, in this order: the workspace's load warnings, rank reversals of the
    /// relative price formulas, criteria no vendor answered, weights the profile overrides, ties,
    /// no compliant vendor, incomplete vendors, and changes to locked weights.
    static func warnings(_ workspace: Workspace, tree: WeightTree, facts: [VendorFacts], placement: Placement, unanswered: [Int], allowIncomplete: Bool, lockNotes: [String]) -> [String] {
        let profile = workspace.profile, catalog = workspace.catalog
        let ranked = placement.ranked, incomplete = placement.incomplete
        var warnings = workspace.warnings.map(\.description)
        warnings += Self.rankReversalWarnings(tree: tree, ranked: ranked, facts: facts, profile: profile, catalog: catalog)
        if let note = Self.unansweredNote(unanswered, tree: tree, catalog: catalog.id) { warnings.append(note) }
        for (id, weight) in profile.weights {
            if let index = tree.index(of: id), tree.nodes[index].catalogWeight != weight {
                warnings.append("selection.json sets the weight of \(id) to \(NumberFormatting.short(weight)) (catalog: \(NumberFormatting.short(tree.nodes[index].catalogWeight)))")
            }
        }
        var i = 0
        while i < ranked.count {
            var j = i
            while j + 1 < ranked.count && ranked[j + 1].rank == ranked[i].rank { j += 1 }
            if j > i {
                warnings.append("tie at rank \(ranked[i].rank!): \(ranked[i...j].map(\.vendorID).joined(separator: ", ")) score \(NumberFormatting.fixed(ranked[i].score, 2))")
            }
            i = j + 1
        }
        if ranked.isEmpty && incomplete.isEmpty { warnings.append("no vendor passes the knock-out gates") }
        let unranked = allowIncomplete ? ranked.filter(\.incomplete) : incomplete
        if !unranked.isEmpty {
            let minimumCoverage = profile.minimumCoverage
            let list = unranked.map { "\($0.vendorID) (coverage \(NumberFormatting.percent($0.coverage)))" }.joined(separator: ", ")
            let rule = "below the minimum coverage of \(NumberFormatting.percent(minimumCoverage)) or more than \(NumberFormatting.short(Self.coverageLag * 100)) points behind the best-covered vendor (\(NumberFormatting.percent(placement.bestCoverage)))"
            warnings.append(allowIncomplete
                ? "ranked with --allow-incomplete although scored on too little of the weight (\(rule)): \(list); marked incomplete, never recommended by decide, and left out of the robustness analysis (SMAA and stability)"
                : "incomplete vendors, scored on too little of the weight (\(rule)), are not ranked, never recommended by decide, and left out of the robustness analysis (SMAA and stability): \(list); `rank --allow-incomplete` ranks them marked")
        }
        warnings += lockNotes.map { "LOCKED WEIGHT CHANGED: " + $0 }
        return warnings
    }

    /// The panel's notes: declared conflicts of interest, calibration, missing ratings, overrides,
    /// and dossier facts used where the panel has not rated.
    static func panelNotes(_ workspace: Workspace, plan: LeafPlan, panel: PanelConsensus, cells: [PanelCell]) -> [String] {
        var notes: [String] = []
        for sheet in workspace.ratings {
            for conflict in sheet.conflicts {
                let rated = sheet.ratings.filter { $0.vendor == conflict.vendor }.map(\.criterion)
                notes.append("\(sheet.evaluator) declared a conflict of interest with \(conflict.vendor) (\(conflict.reason)): " + (rated.isEmpty ? "gave no ratings of it" : "their ratings of it (\(rated.joined(separator: ", "))) are excluded"))
            }
        }
        notes += Self.calibrationNotes(panel, settings: workspace.profile.panel, scales: plan.ratedFacts.map(\.scale))
        for cell in cells {
            if !cell.missing.isEmpty {
                notes.append("\(cell.vendor) on \(cell.criterion): no rating from \(cell.missing.joined(separator: ", ")) (not counted as zero; consensus of \(cell.entries.count))")
            }
            if let override = cell.override {
                notes.append("\(cell.vendor) on \(cell.criterion): consensus set to \(NumberFormatting.short(override.value))\(override.by.map { " by \($0)" } ?? "") (computed \(cell.computed.map { NumberFormatting.short($0) } ?? "none")): \(override.reason)")
            }
        }
        if !workspace.ratings.isEmpty {
            for rating in plan.ratedFacts {
                for vendor in workspace.vendors where panel.cell(vendor: vendor.id, criterion: rating.criterion)?.consensus == nil && vendor.facts[rating.fact] != nil {
                    notes.append("\(vendor.id) on \(rating.criterion): no panel rating; the dossier's \(rating.fact) is used")
                }
            }
        }
        return notes
    }
}

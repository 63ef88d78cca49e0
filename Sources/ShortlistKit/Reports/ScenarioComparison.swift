/// The ranking under the base weights and under each named scenario, side by side.
package struct ScenarioComparison: Sendable {
    /// One view: its name and the evaluation under it.
    package struct View: Sendable {
        /// "base" or the scenario's name.
        package var name: String
        /// What the scenario stands for.
        package var description: String?
        /// The evaluation under the view's weights.
        package var evaluation: Evaluation
        /// What the view changes against the base, one phrase each ("weight cost 40", "price formula of total-cost → lowestPrice"); empty for the base.
        package var localizedChanges: [LocalizedText] = []
        /// The English of ``localizedChanges``.
        package var changes: [String] { localizedChanges.map(\.en) }
    }

    /// The base view first, then the scenarios in file order.
    package let views: [View]

    /// Evaluates `workspace` under its base weights and under each scenario.
    package init(workspace: Workspace) throws(InputErrors) {
        var views = [View(name: "base", description: "the weights of the catalog and selection.json", evaluation: try Evaluation(workspace: workspace))]
        for scenario in workspace.profile.scenarios {
            var view = View(name: scenario.name, description: scenario.description, evaluation: try Evaluation(workspace: workspace.applying(scenario)))
            view.localizedChanges = scenario.weights.map(ComparisonWording.weight) + scenario.weighting.map(ComparisonWording.weighting) + scenario.overrides.localizedChanges
            views.append(view)
        }
        self.views = views
    }

    /// The winner of each view (nil when nobody is ranked).
    package var winners: [String?] { views.map { $0.evaluation.ranking.ranked.first?.vendorID } }

    /// Whether the views disagree on the winner.
    package var winnersDiffer: Bool { Set(winners.compactMap { $0 }).count > 1 }

    /// Aligned text in English; vendors whose rank differs between views are marked with `*`.
    package var text: String { text(in: .english) }

    /// Aligned text in `language`; vendors whose rank differs between views are marked with `*`.
    package func text(in language: Language) -> String {
        let words = ComparisonWording.self
        // The base view is named in the reader's language; the scenarios by their own names.
        let names = views.enumerated().map { $0.offset == 0 ? words.base.text(in: language) : $0.element.name }
        // Each view's ranked vendors by id, so that a row is looked up, not searched for.
        let ranked = views.map { view in Dictionary(view.evaluation.ranking.ranked.map { ($0.vendorID, $0) }, uniquingKeysWith: { first, _ in first }) }
        var rows: [[String]] = [[words.vendor.text(in: language)] + names]
        var moved: [String] = []
        // The compliant vendors in base order, then any vendor ranked only in another view (incomplete in the base).
        var listed = Set<String>(), order: [VendorScore] = []
        for view in views { for entry in view.evaluation.ranking.ranked where listed.insert(entry.vendorID).inserted { order.append(entry) } }
        for vendor in order {
            let entries = ranked.map { $0[vendor.vendorID] }
            let differs = Set(entries.compactMap { $0?.rank }).count > 1
            if differs { moved.append(vendor.vendorID) }
            rows.append(["\(differs ? "* " : "  ")\(vendor.name) (\(vendor.vendorID))"] + entries.map { entry in
                entry.map { "\(Evaluation.rankLabel($0)). \(NumberFormatting.fixed($0.score, 2))" } ?? "–"
            })
        }
        var out = TableRenderer.table(rows, rightAligned: Set(1..<(1 + views.count)), header: { $0 })
        out += "\n"
        if winnersDiffer {
            out += words.disagree(zip(names, winners).map { ($0, $1) }).text(in: language) + "\n"
        } else if let winner = winners.first ?? nil {
            out += words.agree(winner).text(in: language) + "\n"
        }
        if !moved.isEmpty { out += words.moved(moved).text(in: language) + "\n" }
        // Each view's winner and margin over the runner-up; for a view whose winner is not the base's, what it changes.
        for (view, name) in zip(views, names) {
            let ranked = view.evaluation.ranking.ranked
            guard let first = ranked.first else { continue }
            var line: String
            if ranked.count > 1 {
                let gap = first.score - ranked[1].score
                line = words.lead(name, first.vendorID, gap: NumberFormatting.fixed(gap, 2), over: ranked[1].vendorID,
                                  share: first.score > 0 ? NumberFormatting.percent(gap / first.score) : nil).text(in: language)
            } else {
                line = words.wins(name, first.vendorID).text(in: language)
            }
            if winnersDiffer && view.name != views[0].name && first.vendorID != winners[0] {
                line += view.localizedChanges.isEmpty ? "" : words.differs(view.localizedChanges).text(in: language)
            }
            out += line + "\n"
        }
        // Vendors scored on too little of the weight are not ranked in a view: say so rather than leave them out silently.
        for (view, name) in zip(views, names) where !view.evaluation.ranking.incomplete.isEmpty {
            out += words.incomplete(name, view.evaluation.ranking.incomplete.map { ($0.vendorID, NumberFormatting.percent($0.coverage)) }).text(in: language) + "\n"
        }
        // The base view's rank reversals; each scenario's with its weight changes.
        let reversals = views[0].evaluation.ranking.warnings.filter { $0.kind == "rankReversal" }
        if !reversals.isEmpty {
            out += "\n\(names[0])\n"
            for warning in reversals { out += "  – \(warning.text(in: language))\n" }
        }
        // A view with neither a description nor a warning (e.g. one that only changes the budget) has no section:
        // a heading with nothing under it said nothing.
        for view in views.dropFirst() {
            let warnings = view.evaluation.ranking.warnings.filter { $0.kind == "weightOverride" || $0.kind == "rankReversal" }
            guard view.description != nil || !warnings.isEmpty else { continue }
            out += "\n\(view.name)\(view.description.map { (language == .chinese ? "：" : ": ") + $0 } ?? "")\n"
            for warning in warnings { out += "  – \(warning.text(in: language))\n" }
        }
        return out
    }

    /// JSON: `views` (each `name`, `description`, `changes` against the base, `winner`, `margin` over the runner-up, `ranking` of `vendor`, `rank`, `score`, and
    /// `rankReversals`, the leave-one-out warnings of the relative price formulas) and `winnersDiffer`.
    package var json: [UInt8] {
        var w = JSONWriter()
        w.beginObject()
        w.key("views")
        w.beginArray()
        for view in views {
            w.beginObject()
            w.key("changes"); w.strings(view.changes)
            w.key("description"); if let d = view.description { w.string(d) } else { w.null() }
            // The winner's lead over the runner-up in points of 0–100 (null with fewer than two ranked).
            let ranked = view.evaluation.ranking.ranked
            w.key("margin"); if ranked.count > 1 { w.number(ranked[0].score - ranked[1].score) } else { w.null() }
            w.key("name"); w.string(view.name)
            w.key("rankReversals"); w.strings(view.evaluation.ranking.warnings.filter { $0.kind == "rankReversal" }.map(\.text.en))
            w.key("ranking")
            w.beginArray()
            for entry in view.evaluation.ranking.ranked {
                w.beginObject()
                w.key("rank"); w.integer(entry.rank ?? 0)
                w.key("score"); w.number(entry.score)
                w.key("vendor"); w.string(entry.vendorID)
                w.endObject()
            }
            w.endArray()
            w.key("winner"); if let winner = view.evaluation.ranking.ranked.first?.vendorID { w.string(winner) } else { w.null() }
            w.endObject()
        }
        w.endArray()
        w.key("winnersDiffer"); w.bool(winnersDiffer)
        w.endObject()
        return w.bytes
    }
}

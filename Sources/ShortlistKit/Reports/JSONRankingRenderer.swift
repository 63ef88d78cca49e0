/// The ranking as JSON: `ranking` (best first, each criterion with weight, score, contribution and
/// explanation, and the vendor's `cost` breakdown), `eliminated` (with reasons), `gaps`, `groups`, `warnings`; keys sorted, numbers to 6 decimals.
package struct JSONRankingRenderer: RankingRenderer {
    /// Creates the renderer.
    package init() {}

    /// Renders the evaluation as a JSON document.
    package func render(_ evaluation: Evaluation, options: RenderOptions) -> [UInt8] {
        Array(renderPieces(evaluation, options: options).joined())
    }

    /// Renders the document in pieces: each ranked vendor's entry is its own piece, rendered on all cores.
    package func renderPieces(_ evaluation: Evaluation, options: RenderOptions) -> [[UInt8]] {
        var pieces: [[UInt8]] = []
        var w = JSONWriter()
        let ranking = evaluation.ranking
        let tree = evaluation.tree
        let lang = options.language
        let groups = evaluation.topGroups
        w.beginObject()
        // Each evaluator's offset against the rest of the panel (share of the scale), when a panel of two or more rated.
        if !evaluation.panel.calibration.isEmpty {
            w.key("calibration")
            w.beginArray()
            for entry in evaluation.panel.calibration {
                w.beginObject()
                w.key("applied"); w.bool(evaluation.workspace.profile.panel.calibrate && entry.offset != nil)
                w.key("evaluator"); w.string(entry.evaluator)
                w.key("flag"); if let flag = entry.flag { w.string(flag.rawValue) } else { w.null() }
                w.key("offset"); if let offset = entry.offset { w.number(offset) } else { w.null() }
                w.key("sharedCells"); w.number(Double(entry.sharedCells))
                w.endObject()
            }
            w.endArray()
        }
        w.key("catalog")
        w.beginObject()
        w.key("id"); w.string(evaluation.workspace.catalog.id)
        w.key("name"); w.string(evaluation.workspace.catalog.name.text(in: lang))
        w.endObject()

        w.key("disagreements")
        w.beginArray()
        for cell in ranking.disagreements {
            w.beginObject()
            w.key("consensus"); if let c = cell.consensus { w.number(c) } else { w.null() }
            w.key("criterion"); w.string(cell.criterion)
            w.key("overridden"); w.bool(cell.override != nil)
            w.key("ratings")
            w.beginObject()
            for entry in cell.entries.sorted(by: { $0.evaluator < $1.evaluator }) { w.key(entry.evaluator); w.number(entry.value) }
            w.endObject()
            w.key("spread"); w.number(cell.spread)
            w.key("vendor"); w.string(cell.vendor)
            w.endObject()
        }
        w.endArray()

        w.key("eliminated")
        w.beginArray()
        for entry in ranking.eliminated {
            w.beginObject()
            w.key("cost"); w.cost(evaluation.facts[entry.vendorIndex].cost)
            w.key("coverage"); w.number(entry.coverage)
            w.key("gates"); w.strings(entry.knockOuts.map(\.gate))
            w.key("name"); w.string(entry.name)
            w.key("reasons"); w.strings(entry.knockOuts.map(\.reason))
            w.key("score"); w.number(entry.score)
            w.key("vendor"); w.string(entry.vendorID)
            w.endObject()
        }
        w.endArray()

        let listed = ranking.listedGaps(includingKnockedOut: options.includeKnockedOut)
        w.key("gaps")
        w.beginArray()
        for gap in listed.gaps {
            w.beginObject()
            w.key("fact"); w.string(gap.fact)
            w.key("handling"); w.string(gap.handling)
            w.key("usedBy"); w.string(gap.usedBy)
            w.key("vendor"); w.string(gap.vendorID)
            w.endObject()
        }
        w.endArray()
        // The gaps of knocked-out vendors left off (without --include-knocked-out), counted and named.
        if let note = listed.leftOffNote {
            w.key("gapsLeftOff")
            w.beginObject()
            w.key("count"); w.integer(listed.leftOff)
            w.key("reason"); w.string("knockedOut")
            w.key("text"); w.string(note.text(in: lang))
            w.key("vendors"); w.strings(listed.leftOffVendors)
            w.endObject()
        }

        w.key("groups")
        w.beginArray()
        for (g, group) in groups.enumerated() {
            w.beginObject()
            w.key("criteria")
            w.beginArray()
            for (l, leaf) in tree.leaves.enumerated() where tree.leafTopGroup[l] == g { w.string(tree.nodes[leaf].id) }
            w.endArray()
            w.key("id"); w.string(group.id)
            w.key("name"); w.string(group.name.text(in: lang))
            w.key("weight"); w.number(group.weight)
            w.endObject()
        }
        w.endArray()

        // Compliant vendors scored on too little of the weight: no rank, never recommended.
        w.key("incomplete")
        w.beginArray()
        for entry in ranking.incomplete {
            w.beginObject()
            w.key("cost"); w.cost(evaluation.facts[entry.vendorIndex].cost)
            w.key("coverage"); w.number(entry.coverage)
            w.key("missing"); if let text = evaluation.shortfall(of: entry) { w.string(text.en) } else { w.null() }
            w.key("name"); w.string(entry.name)
            w.key("vendor"); w.string(entry.vendorID)
            w.key("wouldScore"); w.number(entry.score)
            w.endObject()
        }
        w.endArray()
        w.key("minimumCoverage"); w.number(ranking.minimumCoverage)

        w.key("panel"); w.strings(ranking.panelNotes.map(\.text.en))
        w.key("panelDetails"); w.panelNoteDetails(ranking.panelNotes)

        // Each vendor's entry is rendered on its own, on all cores, and spliced in order.
        w.key("ranking")
        w.beginArray()
        let groupsByID = groups.enumerated().map { (index: $0.offset, id: $0.element.id) }.sorted { $0.id < $1.id }
        let entries = Parallel.map(ranking.ranked.count) { i in Self.entry(ranking.ranked[i], evaluation, groupsByID: groupsByID) }
        for entry in entries {
            w.declareElement(entry)
            pieces.append(w.takeBytes())
            pieces.append(entry.bytes)
        }
        w.endArray()

        w.key("robustness")
        if let robustness = evaluation.robustness {
            w.beginObject()
            w.key("robust"); w.bool(robustness.isRobust)
            w.key("smallestShift"); w.weightShift(robustness.smallestShift)
            w.key("verdict"); w.string(robustness.verdict)
            w.key("winnerAcceptability"); w.number(robustness.winnerAcceptability)
            w.endObject()
        } else { w.null() }
        w.key("title"); w.string(evaluation.workspace.profile.title ?? evaluation.workspace.profile.organisation.name)
        w.key("tool"); w.tool()
        w.key("warningDetails"); w.warningDetails(ranking.warnings)
        w.key("warnings"); w.strings(ranking.warnings.map(\.text.en))
        w.endObject()
        pieces.append(w.takeBytes())
        return pieces
    }

    /// One ranked vendor as an element of the top-level `ranking` array; `groupsByID` holds each
    /// top-level group's position and id, sorted by id (the order of the `groups` object's keys).
    static func entry(_ entry: VendorScore, _ evaluation: Evaluation, groupsByID: [(index: Int, id: String)]) -> JSONWriter {
        let tree = evaluation.tree
        var w = JSONWriter(elementAtDepth: 2)
        w.reserveCapacity(400 * entry.criteria.count + 1024)
        w.beginObject()
        // The vendor's costs line by line and year by year (see `JSONWriter.cost(_:)`), `null` when it quoted no price.
        w.key("cost"); w.cost(evaluation.facts[entry.vendorIndex].cost)
        w.key("coverage"); w.number(entry.coverage)
        w.key("criteria")
        w.beginArray()
        for criterion in entry.criteria {
            w.beginObject()
            w.key("contribution"); w.number(criterion.contribution)
            w.key("explanation"); w.string(evaluation.explanation(of: criterion, vendor: entry.vendorIndex))
            w.key("id"); w.string(tree.nodes[tree.leaves[criterion.leaf]].id)
            w.key("score"); w.number(criterion.score)
            w.key("status"); w.string(status(criterion.status))
            w.key("weight"); w.number(criterion.weight)
            w.endObject()
        }
        w.endArray()
        // Failed gates of severity flag, only for a flagged vendor (so that other workspaces' output is unchanged).
        if !entry.flags.isEmpty {
            w.key("flags")
            w.beginArray()
            for flag in entry.flags {
                w.beginObject()
                if let figures = flag.figures { w.key("figures"); w.gateFigures(figures) }
                w.key("gate"); w.string(flag.gate)
                w.key("kind"); w.string(flag.kind)
                w.key("reason"); w.string(flag.localizedReason.en)
                w.key("severity"); w.string(GateSeverity.flag.rawValue)
                w.endObject()
            }
            w.endArray()
        }
        w.key("groups")
        w.beginObject()
        for group in groupsByID {
            w.key(group.id)
            if let s = entry.groupScores[group.index] { w.number(s) } else { w.null() }
        }
        w.endObject()
        if entry.incomplete { w.key("incomplete"); w.bool(true) }
        w.key("name"); w.string(entry.name)
        // Under a tender's points scheme, the points beside the 0–100 values (absent otherwise, so that other output is unchanged).
        if let scheme = evaluation.workspace.catalog.points {
            let earned = entry.groupPoints(in: tree)
            w.key("points")
            w.beginObject()
            w.key("criteria")
            w.beginObject()
            for criterion in entry.criteria.sorted(by: { tree.nodes[tree.leaves[$0.leaf]].id < tree.nodes[tree.leaves[$1.leaf]].id }) {
                w.key(tree.nodes[tree.leaves[criterion.leaf]].id)
                w.beginObject()
                w.key("available"); w.number(scheme.points(criterion.weight * 100))
                w.key("earned"); w.number(scheme.points(criterion.contribution))
                w.endObject()
            }
            w.endObject()
            w.key("groups")
            w.beginObject()
            for group in groupsByID {
                w.key(group.id)
                w.beginObject()
                w.key("available"); w.number(scheme.groups[group.id] ?? 0)
                w.key("earned"); w.number(scheme.points(earned[group.index]))
                w.endObject()
            }
            w.endObject()
            w.key("total"); w.number(scheme.points(entry.score))
            w.key("totalAvailable"); w.number(scheme.total)
            w.endObject()
        }
        w.key("rank"); w.integer(entry.rank ?? 0)
        w.key("score"); w.number(entry.score)
        w.key("tied"); w.bool(entry.tied)
        w.key("vendor"); w.string(entry.vendorID)
        w.endObject()
        return w
    }

    /// The status word of a criterion score: `scored`, `missing-worst`, `missing-neutral`, `missing-knockOut`, `excluded` or `awaiting`.
    static func status(_ status: CriterionScore.Status) -> String {
        switch status {
        case .scored: return "scored"
        case .missing(let policy): return "missing-\(policy.rawValue)"
        case .excluded: return "excluded"
        case .awaiting: return "awaiting"
        }
    }
}

/// The full trace of one vendor's score as text: gates, then every group and criterion with
/// its rule, facts, sources, weights and contribution, then gaps.
public struct ScoreTrace: Sendable {
    /// The evaluation the trace is taken from.
    public let evaluation: Evaluation

    /// Creates a trace renderer.
    public init(evaluation: Evaluation) { self.evaluation = evaluation }

    private func percent(_ w: Double) -> String { NumberFormatting.fixed(w * 100, 2) + "%" }

    /// The trace of the vendor with `vendorID`, or nil when there is no such vendor.
    ///
    /// `language` chooses the catalog's names and the wording of gate reasons, knock-outs and data-gap
    /// handling; the layout and labels stay English.
    public func text(vendorID: String, language: Language = .english) -> String? {
        guard let v = evaluation.vendorIndex(of: vendorID), let score = evaluation.score(of: vendorID) else { return nil }
        let dossier = evaluation.facts[v].dossier
        var out = "\(TextWidth.printable(dossier.name)) (\(dossier.id)) — "
        let ranking = evaluation.ranking
        let coverage = NumberFormatting.percent(score.coverage)
        if let rank = score.rank {
            out += "rank \(score.tied ? "=" : "")\(rank) of \(ranking.ranked.count), score \(NumberFormatting.fixed(score.score, 2)), coverage \(coverage)"
            out += score.incomplete ? ", INCOMPLETE (ranked with --allow-incomplete)\n" : "\n"
        } else if !score.knockOuts.isEmpty {
            out += "KNOCKED OUT (\(Wording.wouldScore(score.score, coverage: score.coverage).text(in: language)))\n"
        } else {
            out += "INCOMPLETE, not ranked: \(Wording.incompleteRule(coverage: score.coverage, minimum: ranking.minimumCoverage, best: ranking.bestCoverage).text(in: language)); score \(NumberFormatting.fixed(score.score, 2)) on that coverage, not comparable with ranked scores\n"
        }
        if !score.flags.isEmpty {
            out += FlagWording.note(score.vendorID, score.flags.map(\.gate)).text(in: language) + "\n"
        }
        if score.coverage < 1 - 1e-9, let shortfall = evaluation.shortfall(of: score) {
            out += "coverage \(coverage): \(TextWidth.printable(shortfall.text(in: language)))\n"
        }
        out += "dossier: \(dossier.file)\n\nGates\n"
        let trace = TraceTable(evaluation: evaluation, score: score)
        let gateResults = evaluation.gateTrace(vendor: v)
        for gate in trace.gates {
            out += "  \(gate.passed ? "pass" : gate.flagOnly ? "FLAG" : "FAIL")  \(gate.id) (\(gate.kind)): \(TextWidth.printable(gate.reason(in: language)))\n"
            if let result = gateResults.first(where: { $0.gate.id == gate.id }) { out += gateSourceLines(result, vendor: v, indent: "        ") }
        }
        let scheme = evaluation.workspace.catalog.points
        out += TextWidth.pad("\nCriteria", to: 57) + "   weight   score   points" + (scheme.map { "   tender points (of \(NumberFormatting.short($0.total)))" } ?? "") + "\n"
        for row in trace.rows {
            let indent = String(repeating: "  ", count: row.depth + 1)
            let label = TextWidth.pad(TextWidth.truncate(indent + "\(row.id) · \(row.name.text(in: language))", to: 56), to: 56)
            let figures = "\(TextWidth.pad(percent(row.weight), to: 7, alignRight: true))  \(TextWidth.pad(row.score.map { NumberFormatting.fixed($0, 1) } ?? "–", to: 6, alignRight: true))  \(TextWidth.pad(NumberFormatting.fixed(row.contribution, 2), to: 7, alignRight: true))"
            let tender = scheme.map { "   " + PointsScheme.text($0.points(row.contribution), of: $0.points(row.weight * 100), digits: 2) } ?? ""
            out += "\(label)  \(figures)\(tender)\n"
            guard row.isCriterion else { continue }
            out += "\(indent)    rule \(row.rule ?? ""): \(TextWidth.printable(row.explanation ?? ""))\n"
            for fact in row.facts {
                var line = "\(indent)    fact \(fact.fact) = \(TextWidth.printable(fact.value))"
                var whereFrom: [String] = []
                if let source = fact.source { whereFrom.append("source: \(TextWidth.printable(source))") }
                if let location = fact.location { whereFrom.append(location) }
                if let note = fact.note { whereFrom.append("note: \(TextWidth.printable(note))") }
                if !whereFrom.isEmpty { line += " (\(whereFrom.joined(separator: "; ")))" }
                out += line + "\n"
            }
            if row.weight != row.catalogWeight {
                out += "\(indent)    weight \(percent(row.catalogWeight)) in the catalog, \(percent(row.weight)) for this vendor after dropping excluded criteria\n"
            }
        }
        out += TextWidth.pad("  total", to: 56) + "  100.00%          \(TextWidth.pad(NumberFormatting.fixed(score.score, 2), to: 7, alignRight: true))" + (scheme.map { "   " + PointsScheme.text($0.points(score.score), of: $0.total, digits: 2) } ?? "") + "\n"
        out += "\nscore = Σ weight × criterion score; a group's weight is its share of its parent, a criterion's weight the product along its path.\n"
        if !trace.gaps.isEmpty {
            out += "\nData gaps\n"
            for gap in trace.gaps { out += "  \(gap.fact) (for \(gap.usedBy)) — \(gap.handling(in: language))\n" }
        }
        if let cost = evaluation.facts[v].cost {
            let a = NumberFormatting.amount
            out += "\nCost (\(cost.currency)): one-off \(a(cost.oneOff)); recurring by year \(cost.recurring.map(a).joined(separator: ", ")); first year \(a(cost.firstYear)); \(cost.recurring.count)-year TCO \(a(cost.tco))\n"
            out += CostWording.lines(cost, language: language)
        }
        return out
    }

    /// Where and by how much two vendors differ: per criterion and group, the difference in points, largest first.
    public func comparison(_ firstID: String, against secondID: String, language: Language = .english) -> String? {
        guard let a = evaluation.score(of: firstID), let b = evaluation.score(of: secondID) else { return nil }
        let tree = evaluation.tree
        let diff = a.score - b.score
        var out = "\(a.name) (\(a.vendorID)) \(NumberFormatting.fixed(a.score, 2)) vs \(b.name) (\(b.vendorID)) \(NumberFormatting.fixed(b.score, 2)): "
        // The gap also as a share of the higher score, as `decide` gives margins.
        let share = max(a.score, b.score) > 0 ? " (\(NumberFormatting.percent(abs(diff) / max(a.score, b.score))) of \(diff >= 0 ? "its" : b.vendorID + "'s") score)" : ""
        out += diff >= 0 ? "\(a.vendorID) leads by \(NumberFormatting.fixed(diff, 2)) points\(share)\n" : "\(a.vendorID) trails by \(NumberFormatting.fixed(-diff, 2)) points\(share)\n"
        for (entry, label) in [(a, a.vendorID), (b, b.vendorID)] where entry.rank == nil {
            out += "note: \(label) is knocked out (\(entry.knockOuts.map(\.gate).joined(separator: ", "))); its score is shown for comparison only\n"
        }
        let groups = evaluation.topGroups
        out += "\nBy group" + String(repeating: " ", count: 30) + "  \(TextWidth.pad(a.vendorID, to: 10, alignRight: true))  \(TextWidth.pad(b.vendorID, to: 10, alignRight: true))   points\n"
        let pointsA = a.groupPoints(in: tree), pointsB = b.groupPoints(in: tree)
        let groupDiffs = groups.indices.map { g in (g, pointsA[g], pointsB[g], pointsA[g] - pointsB[g]) }
        for (g, pa, pb, d) in groupDiffs.sorted(by: { abs($0.3) != abs($1.3) ? abs($0.3) > abs($1.3) : $0.0 < $1.0 }) {
            out += TextWidth.pad("  " + groups[g].name.text(in: language), to: 38) + "  \(TextWidth.pad(NumberFormatting.fixed(pa, 2), to: 10, alignRight: true))  \(TextWidth.pad(NumberFormatting.fixed(pb, 2), to: 10, alignRight: true))  \(TextWidth.pad(Self.signed(d), to: 7, alignRight: true))\n"
        }
        out += "\nBy criterion (largest differences first; points = weight × score)\n"
        let pairs = zip(a.criteria, b.criteria).map { ($0, $1, $0.contribution - $1.contribution) }
        for (ca, cb, d) in pairs.sorted(by: { abs($0.2) != abs($1.2) ? abs($0.2) > abs($1.2) : $0.0.leaf < $1.0.leaf }) where abs(d) >= 0.005 {
            let node = tree.nodes[tree.leaves[ca.leaf]]
            out += TextWidth.pad("  " + node.id, to: 38) + "  \(TextWidth.pad(NumberFormatting.fixed(ca.score, 1), to: 10, alignRight: true))  \(TextWidth.pad(NumberFormatting.fixed(cb.score, 1), to: 10, alignRight: true))  \(TextWidth.pad(Self.signed(d), to: 7, alignRight: true))   weight \(percent(ca.weight))\n"
            out += "      \(a.vendorID): \(evaluation.explanation(of: ca, vendor: a.vendorIndex))\n"
            out += "      \(b.vendorID): \(evaluation.explanation(of: cb, vendor: b.vendorIndex))\n"
        }
        let same = pairs.filter { abs($0.2) < 0.005 }.count
        if same > 0 { out += "  (\(same) criteria differ by less than 0.005 points)\n" }
        out += "\nThe differences add up to \(Self.signed(diff)) points.\n"
        return out
    }

    static func signed(_ x: Double) -> String { (x >= 0 ? "+" : "") + NumberFormatting.fixed(x, 2) }
}

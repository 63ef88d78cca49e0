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
    /// `language` chooses the catalog's names and every word of the trace (`TraceWording`); ids,
    /// numbers and what the workspace's files say stay as written.
    public func text(vendorID: String, language: Language = .english) -> String? {
        func say(_ text: LocalizedText) -> String { text.text(in: language) }
        guard let v = evaluation.vendorIndex(of: vendorID), let score = evaluation.score(of: vendorID) else { return nil }
        let dossier = evaluation.facts[v].dossier
        var out = "\(TextWidth.printable(dossier.name)) (\(dossier.id)) — "
        let ranking = evaluation.ranking
        let coverage = NumberFormatting.percent(score.coverage)
        if let rank = score.rank {
            out += say(TraceWording.ranked("\(score.tied ? "=" : "")\(rank)", of: ranking.ranked.count, score: NumberFormatting.fixed(score.score, 2), coverage: coverage))
            out += score.incomplete ? say(TraceWording.rankedIncomplete) + "\n" : "\n"
        } else if !score.knockOuts.isEmpty {
            out += say(TraceWording.knockedOut(Wording.wouldScore(score.score, coverage: score.coverage))) + "\n"
        } else {
            out += say(TraceWording.incomplete(Wording.incompleteRule(coverage: score.coverage, minimum: ranking.minimumCoverage, best: ranking.bestCoverage),
                                               score: NumberFormatting.fixed(score.score, 2))) + "\n"
        }
        if !score.flags.isEmpty {
            out += FlagWording.note(score.vendorID, score.flags.map(\.gate)).text(in: language) + "\n"
        }
        if score.coverage < 1 - 1e-9, let shortfall = evaluation.shortfall(of: score) {
            out += say(TraceWording.coverage(coverage)) + "\(TextWidth.printable(shortfall.text(in: language)))\n"
        }
        out += say(TraceWording.dossier) + "\(dossier.file)\n\n\(say(TraceWording.gates))\n"
        let trace = TraceTable(evaluation: evaluation, score: score)
        let gateResults = evaluation.gateTrace(vendor: v)
        for gate in trace.gates {
            out += "  \(gate.passed ? say(TraceWording.pass) : gate.flagOnly ? say(TraceWording.flag) : say(TraceWording.fail))  \(gate.id) (\(gate.kind)): \(TextWidth.printable(gate.reason(in: language)))\n"
            if let result = gateResults.first(where: { $0.gate.id == gate.id }) { out += gateSourceLines(result, vendor: v, indent: "        ", language: language) }
        }
        let scheme = evaluation.workspace.catalog.points
        out += TextWidth.pad("\n" + say(TraceWording.criteria), to: 57) + say(TraceWording.columns) + (scheme.map { "   " + say(TraceWording.tenderPoints(of: NumberFormatting.short($0.total))) } ?? "") + "\n"
        for row in trace.rows {
            let indent = String(repeating: "  ", count: row.depth + 1)
            let label = TextWidth.pad(TextWidth.truncate(indent + "\(row.id) · \(row.name.text(in: language))", to: 56), to: 56)
            let figures = "\(TextWidth.pad(percent(row.weight), to: 7, alignRight: true))  \(TextWidth.pad(row.score.map { NumberFormatting.fixed($0, 1) } ?? "–", to: 6, alignRight: true))  \(TextWidth.pad(NumberFormatting.fixed(row.contribution, 2), to: 7, alignRight: true))"
            let tender = scheme.map { "   " + PointsScheme.text($0.points(row.contribution), of: $0.points(row.weight * 100), digits: 2) } ?? ""
            out += "\(label)  \(figures)\(tender)\n"
            guard row.isCriterion else { continue }
            out += "\(indent)    \(say(TraceWording.rule)) \(row.rule ?? "")\(language == .chinese ? "：" : ": ")\(TextWidth.printable(row.explanation.map(say) ?? ""))\n"
            for fact in row.facts {
                var line = "\(indent)    \(say(TraceWording.fact)) \(fact.fact) = \(TextWidth.printable(fact.valueText(in: language)))"
                var whereFrom: [String] = []
                if let source = fact.source { whereFrom.append(say(TraceWording.source) + TextWidth.printable(source)) }
                if let location = fact.location { whereFrom.append(location) }
                if let note = fact.note { whereFrom.append(say(TraceWording.note) + TextWidth.printable(note)) }
                if !whereFrom.isEmpty { line += " (\(whereFrom.joined(separator: "; ")))" }
                out += line + "\n"
            }
            if row.weight != row.catalogWeight {
                out += "\(indent)    \(say(TraceWording.reweighted(catalog: percent(row.catalogWeight), vendor: percent(row.weight))))\n"
            }
        }
        out += TextWidth.pad("  " + say(TraceWording.total), to: 56) + "  100.00%          \(TextWidth.pad(NumberFormatting.fixed(score.score, 2), to: 7, alignRight: true))" + (scheme.map { "   " + PointsScheme.text($0.points(score.score), of: $0.total, digits: 2) } ?? "") + "\n"
        out += "\n" + say(TraceWording.formula) + "\n"
        if !trace.gaps.isEmpty {
            out += "\n" + say(TraceWording.dataGaps) + "\n"
            for gap in trace.gaps { out += "  " + say(TraceWording.gap(gap.fact, usedBy: gap.usedBy, handling: gap.handling(in: language))) + "\n" }
        }
        if let cost = evaluation.facts[v].cost {
            let a = NumberFormatting.amount
            out += "\n" + say(TraceWording.cost(currency: cost.currency, oneOff: a(cost.oneOff), recurring: cost.recurring.map(a).joined(separator: ", "),
                                                 recurringZh: cost.recurring.map(a).joined(separator: "、"), firstYear: a(cost.firstYear),
                                                 years: cost.recurring.count, tco: a(cost.tco))) + "\n"
            out += CostWording.lines(cost, language: language)
        }
        return out
    }

    /// Where and by how much two vendors differ: per criterion and group, the difference in points, largest first.
    public func comparison(_ firstID: String, against secondID: String, language: Language = .english) -> String? {
        func say(_ text: LocalizedText) -> String { text.text(in: language) }
        guard let a = evaluation.score(of: firstID), let b = evaluation.score(of: secondID) else { return nil }
        let tree = evaluation.tree
        let diff = a.score - b.score
        var out = "\(a.name) (\(a.vendorID)) \(NumberFormatting.fixed(a.score, 2)) vs \(b.name) (\(b.vendorID)) \(NumberFormatting.fixed(b.score, 2)): "
        // The gap also as a share of the higher score, as `decide` gives margins.
        let share = max(a.score, b.score) > 0 ? NumberFormatting.percent(abs(diff) / max(a.score, b.score)) : nil
        out += say(diff >= 0 ? TraceWording.leads(a.vendorID, by: NumberFormatting.fixed(diff, 2), share: share, of: nil)
                             : TraceWording.trails(a.vendorID, by: NumberFormatting.fixed(-diff, 2), share: share, of: b.vendorID)) + "\n"
        for (entry, label) in [(a, a.vendorID), (b, b.vendorID)] where entry.rank == nil {
            out += say(TraceWording.comparedKnockedOut(label, gates: entry.knockOuts.map(\.gate).joined(separator: ", "))) + "\n"
        }
        let groups = evaluation.topGroups
        out += "\n" + TextWidth.pad(say(TraceWording.byGroup), to: 38) + "  \(TextWidth.pad(a.vendorID, to: 10, alignRight: true))  \(TextWidth.pad(b.vendorID, to: 10, alignRight: true))   \(say(TraceWording.points))\n"
        let pointsA = a.groupPoints(in: tree), pointsB = b.groupPoints(in: tree)
        let groupDiffs = groups.indices.map { g in (g, pointsA[g], pointsB[g], pointsA[g] - pointsB[g]) }
        for (g, pa, pb, d) in groupDiffs.sorted(by: { abs($0.3) != abs($1.3) ? abs($0.3) > abs($1.3) : $0.0 < $1.0 }) {
            out += TextWidth.pad("  " + groups[g].name.text(in: language), to: 38) + "  \(TextWidth.pad(NumberFormatting.fixed(pa, 2), to: 10, alignRight: true))  \(TextWidth.pad(NumberFormatting.fixed(pb, 2), to: 10, alignRight: true))  \(TextWidth.pad(Self.signed(d), to: 7, alignRight: true))\n"
        }
        out += "\n" + say(TraceWording.byCriterion) + "\n"
        let pairs = zip(a.criteria, b.criteria).map { ($0, $1, $0.contribution - $1.contribution) }
        for (ca, cb, d) in pairs.sorted(by: { abs($0.2) != abs($1.2) ? abs($0.2) > abs($1.2) : $0.0.leaf < $1.0.leaf }) where abs(d) >= 0.005 {
            let node = tree.nodes[tree.leaves[ca.leaf]]
            out += TextWidth.pad("  " + node.id, to: 38) + "  \(TextWidth.pad(NumberFormatting.fixed(ca.score, 1), to: 10, alignRight: true))  \(TextWidth.pad(NumberFormatting.fixed(cb.score, 1), to: 10, alignRight: true))  \(TextWidth.pad(Self.signed(d), to: 7, alignRight: true))   \(say(TraceWording.weight(percent(ca.weight))))\n"
            out += "      \(a.vendorID): \(evaluation.explanation(of: ca, vendor: a.vendorIndex, language: language))\n"
            out += "      \(b.vendorID): \(evaluation.explanation(of: cb, vendor: b.vendorIndex, language: language))\n"
        }
        let same = pairs.filter { abs($0.2) < 0.005 }.count
        if same > 0 { out += "  " + say(TraceWording.same(same)) + "\n" }
        out += "\n" + say(TraceWording.sum(Self.signed(diff))) + "\n"
        return out
    }

    static func signed(_ x: Double) -> String { (x >= 0 ? "+" : "") + NumberFormatting.fixed(x, 2) }
}

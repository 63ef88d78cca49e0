/// The terminal table: ranking with bars, group scores, knock-outs, data gaps and warnings.
package struct TableRenderer: RankingRenderer {
    /// Creates the renderer.
    package init() {}

    /// Renders the evaluation as aligned text; East Asian wide characters count two columns.
    ///
    /// Headings and labels come from ``Phrase`` in `options.language`; catalog names from the catalog's ``LocalizedText``.
    package func render(_ evaluation: Evaluation, options: RenderOptions) -> [UInt8] {
        let ranking = evaluation.ranking
        let lang = options.language
        func paint(_ text: String, _ code: String) -> String { options.color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        func say(_ phrase: Phrase) -> String { phrase.text(in: lang) }
        let punctuation = Punctuation(lang)
        var out = ""
        let profile = evaluation.workspace.profile
        out += paint(TextWidth.printable(profile.title ?? profile.organisation.name), "1") + "\n"
        out += "\(say(.catalog).lowercased()) \(evaluation.workspace.catalog.id) · \(Wording.vendors(evaluation.facts.count).text(in: lang)) · \(ranking.ranked.count) \(say(.rankedCount)) · \(ranking.eliminated.count) \(say(.knockedOutCount))" + (ranking.incomplete.isEmpty ? "" : " · " + Wording.incompleteCount(ranking.incomplete.count).text(in: lang)) + "\n\n"
        // A moved locked weight comes first: it changes what every number below means.
        if !evaluation.lockChanges.isEmpty {
            out += paint(say(.locked).uppercased(), "1;31") + "\n"
            for change in evaluation.lockChanges { out += "  ! \(TextWidth.printable(change.text.text(in: lang)))\n" }
            out += "\n"
        }

        let scheme = evaluation.workspace.catalog.points
        var rows: [[String]] = [[say(.rank), say(.vendor), say(.score), Wording.coverage.text(in: lang)] + (scheme == nil ? [] : [PointsWording.column.text(in: lang)]) + [""]]
        for entry in ranking.ranked {
            let bar = Bar.blocks(entry.score, width: 20) + (entry.incomplete ? "  " + paint(Wording.incompleteMark.text(in: lang), "1;33") : "")
                + (entry.flags.isEmpty ? "" : "  " + paint(FlagWording.mark.text(in: lang), "1;33"))
            let points = scheme.map { [PointsScheme.text($0.points(entry.score), of: $0.total, digits: 2)] } ?? []
            rows.append([Evaluation.rankLabel(entry), "\(TextWidth.printable(entry.name)) (\(entry.vendorID))", NumberFormatting.fixed(entry.score, 2), NumberFormatting.percent(entry.coverage)] + points + [bar])
        }
        if ranking.ranked.isEmpty && !ranking.incomplete.isEmpty {
            out += paint(Wording.noneComplete(minimum: ranking.minimumCoverage).text(in: lang), "1;33") + "\n"
        } else {
            out += Self.table(rows, rightAligned: scheme == nil ? [0, 2, 3] : [0, 2, 3, 4], header: { paint($0, "1") })
        }
        if let robustness = evaluation.robustness {
            out += paint(say(.robustness), robustness.isRobust ? "1;32" : "1;33") + punctuation.colon + robustness.verdict(in: lang) + "\n"
        }
        let flagged = ranking.ranked.filter { !$0.flags.isEmpty }
        if !flagged.isEmpty {
            out += "\n" + paint(FlagWording.heading.text(in: lang), "1;33") + "\n"
            for entry in flagged {
                out += "  \(TextWidth.printable(entry.name)) (\(entry.vendorID))\n"
                for flag in entry.flags { out += "    – \(flag.gate)\(punctuation.colon)\(TextWidth.printable(flag.reason(in: lang)))\n" }
            }
        }
        if !ranking.incomplete.isEmpty {
            out += "\n" + paint(Wording.incompleteHeading.text(in: lang), "1;33") + "\n"
            for entry in ranking.incomplete {
                out += "  \(TextWidth.printable(entry.name)) (\(entry.vendorID))\(punctuation.colon)\(Wording.incompleteRule(coverage: entry.coverage, minimum: ranking.minimumCoverage, best: ranking.bestCoverage).text(in: lang))\n"
                if let shortfall = evaluation.shortfall(of: entry) { out += "    – \(TextWidth.printable(shortfall.text(in: lang)))\n" }
            }
        }

        let groups = evaluation.topGroups
        if !ranking.ranked.isEmpty, let scheme {
            // Under a points scheme: each group's points earned out of those it has available (its share of the total).
            out += "\n" + paint(PointsWording.byGroup(scheme.total).text(in: lang), "1") + "\n"
            let shown = Array(ranking.ranked.prefix(DecisionBoard.Limits.groupColumns))
            var groupRows: [[String]] = [[say(.group), PointsWording.available.text(in: lang)] + shown.map(\.vendorID)]
            let shares = evaluation.topGroupShares
            let earned = shown.map { $0.groupPoints(in: evaluation.tree) }
            for (g, group) in groups.enumerated() {
                guard let share = shares[g] else { continue }
                groupRows.append([group.name.text(in: lang), NumberFormatting.short(share * scheme.total, 2)] + earned.map { NumberFormatting.fixed(scheme.points($0[g]), 1) })
            }
            out += Self.table(groupRows, rightAligned: Set(1..<(2 + shown.count)), header: { paint($0, "1") })
            if ranking.ranked.count > shown.count { out += Phrase.firstVendorsShown.text(in: lang, ["n": String(shown.count)]) + "\n" }
        } else if !ranking.ranked.isEmpty {
            out += "\n" + paint(say(.scoresByGroup), "1") + "\n"
            let shown = Array(ranking.ranked.prefix(DecisionBoard.Limits.groupColumns))
            var groupRows: [[String]] = [[say(.group), say(.weight)] + shown.map(\.vendorID)]
            let shares = evaluation.topGroupShares
            for (g, group) in groups.enumerated() {
                guard let share = shares[g] else { continue }
                groupRows.append([group.name.text(in: lang), NumberFormatting.percent(share)] + shown.map { $0.groupScores[g].map { NumberFormatting.fixed($0, 1) } ?? "–" })
            }
            out += Self.table(groupRows, rightAligned: Set(1..<(2 + shown.count)), header: { paint($0, "1") })
            let outOfPlay = shares.filter { $0 == nil }.count
            if outOfPlay > 0 { out += Wording.groupsOutOfPlay(outOfPlay).text(in: lang) + "\n" }
            if ranking.ranked.count > shown.count { out += Phrase.firstVendorsShown.text(in: lang, ["n": String(shown.count)]) + "\n" }
        }

        if !ranking.eliminated.isEmpty {
            out += "\n" + paint(say(.knockedOut), "1;31") + "\n"
            for entry in ranking.eliminated {
                out += "  \(TextWidth.printable(entry.name)) (\(entry.vendorID))\(punctuation.colon)\(Wording.wouldScore(entry.score, coverage: entry.coverage).text(in: lang))\n"
                for knockOut in entry.knockOuts { out += "    – \(knockOut.gate)\(punctuation.colon)\(TextWidth.printable(knockOut.reason(in: lang)))\n" }
            }
        }
        let listed = ranking.listedGaps(includingKnockedOut: options.includeKnockedOut)
        if !listed.gaps.isEmpty || listed.leftOff > 0 {
            out += "\n" + paint(say(.dataGaps), "1;33") + "\n"
            for gap in listed.gaps {
                out += "  \(gap.vendorID)\(punctuation.colon)\(gap.fact)\(punctuation.parenthesized("\(say(.gapFor)) \(gap.usedBy(in: lang))")) — \(TextWidth.printable(gap.handling(in: lang)))\n"
            }
            if let note = listed.leftOffNote { out += "  " + note.text(in: lang) + "\n" }
        }
        if !ranking.disagreements.isEmpty || !ranking.panelNotes.isEmpty {
            out += "\n" + paint(say(.evaluatorPanel), "1") + "\n"
            for cell in ranking.disagreements {
                let values = cell.entries.map { "\($0.evaluator) \(NumberFormatting.short($0.value))" }.joined(separator: ", ")
                let spread = punctuation.parenthesized("\(say(.spread).lowercased()) \(NumberFormatting.short(cell.spread))")
                out += "  \(say(.disagreementFlag)) \(cell.vendor) \(say(.onCriterion)) \(cell.criterion)\(punctuation.colon)\(values)\(spread)\n"
            }
            for note in ranking.panelNotes { out += "  – \(TextWidth.printable(note.text(in: lang)))\n" }
        }
        if !ranking.warnings.isEmpty {
            out += "\n" + paint(say(.warnings), "1;33") + "\n"
            for warning in ranking.warnings { out += "  – \(TextWidth.printable(warning.text(in: lang)))\n" }
        }
        return Array(out.utf8)
    }

    /// Aligns `rows` in columns two spaces apart; the first row is the header.
    static func table(_ rows: [[String]], rightAligned: Set<Int>, header: (String) -> String) -> String {
        guard let first = rows.first else { return "" }
        var widths = [Int](repeating: 0, count: first.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], TextWidth.columns(cell)) } }
        var out = ""
        for (r, row) in rows.enumerated() {
            var line = ""
            for (i, cell) in row.enumerated() {
                let padded = TextWidth.pad(cell, to: widths[i], alignRight: rightAligned.contains(i))
                line += (i > 0 ? "  " : "") + (r == 0 ? header(padded) : padded)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}

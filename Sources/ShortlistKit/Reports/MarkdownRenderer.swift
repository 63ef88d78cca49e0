/// The ranking as Markdown tables for wikis and documents, with a text bar per vendor.
package struct MarkdownRenderer: RankingRenderer {
    /// Creates the renderer.
    package init() {}

    /// Escapes text for a Markdown table cell.
    static func cell(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "|": out += "\\|"
            case "\n", "\r": out += " "
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "*", "_", "`", "[", "]", "\\": out += "\\\(ch)"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Renders the evaluation as Markdown; headings and labels come from ``Phrase`` in `options.language`.
    package func render(_ evaluation: Evaluation, options: RenderOptions) -> [UInt8] {
        let ranking = evaluation.ranking
        let lang = options.language
        func say(_ phrase: Phrase) -> String { phrase.text(in: lang) }
        let colon = Punctuation(lang).colon
        let profile = evaluation.workspace.profile
        var out = "# \(Self.cell(profile.title ?? profile.organisation.name))\n\n"
        out += "\(say(.catalog)) `\(evaluation.workspace.catalog.id)` · \(Wording.vendors(evaluation.facts.count).text(in: lang)) · \(ranking.ranked.count) \(say(.rankedCount)) · \(ranking.eliminated.count) \(say(.knockedOutCount))\n\n"
        if !evaluation.lockChanges.isEmpty {
            out += "> **\(say(.locked))**" + Punctuation(lang).lineEndColon + "\n"
            for change in evaluation.lockChanges { out += "> - \(Self.cell(change.text.text(in: lang)))\n" }
            out += "\n"
        }
        out += "## \(say(.ranking))\n\n" + Self.rankingTable(ranking.ranked, language: lang, points: evaluation.workspace.catalog.points)
        let incomplete = Self.incompleteList(evaluation, language: lang, level: "##")
        if !incomplete.isEmpty { out += "\n" + incomplete }
        if let robustness = evaluation.robustness { out += "\n**\(say(.robustness))**\(colon)\(Self.cell(robustness.verdict(in: lang)))\n" }
        if !ranking.ranked.isEmpty {
            out += "\n## \(say(.scoresByGroup))\n\n" + Self.groupScoreTable(evaluation, language: lang)
        }
        if let costs = CostTable(evaluation, language: lang) { out += "\n" + costs.markdown(lang, level: "##") }
        let flagged = ranking.ranked.filter { !$0.flags.isEmpty }
        if !flagged.isEmpty {
            let rows = flagged.flatMap { entry in entry.flags.map { ["\(Self.cell(entry.name)) (`\(entry.vendorID)`)", "`\($0.gate)`", Self.cell($0.reason(in: lang))] } }
            out += "\n## \(FlagWording.heading.text(in: lang))\n\n" + Self.table([say(.vendor), say(.gate), say(.reason)], rows)
        }
        if !ranking.eliminated.isEmpty {
            let rows = ranking.eliminated.flatMap { entry in
                entry.knockOuts.map { ["\(Self.cell(entry.name)) (`\(entry.vendorID)`)", "`\($0.gate)`", Self.cell($0.reason(in: lang)), Self.cell(Wording.wouldScore(entry.score, coverage: entry.coverage).text(in: lang))] }
            }
            out += "\n## \(say(.knockedOut))\n\n" + Self.table([say(.vendor), say(.gate), say(.reason), Phrase.wouldScore.text(in: lang)], rows)
        }
        let listed = ranking.listedGaps(includingKnockedOut: options.includeKnockedOut)
        if !listed.gaps.isEmpty || listed.leftOff > 0 {
            out += "\n## \(say(.dataGaps))\n\n"
            if !listed.gaps.isEmpty {
                let rows = listed.gaps.map { ["`\($0.vendorID)`", "`\($0.fact)`", Self.cell($0.usedBy(in: lang)), Self.cell($0.handling(in: lang))] }
                out += Self.table([say(.vendor), say(.fact), say(.usedBy), say(.handling)], rows)
            }
            if let note = listed.leftOffNote { out += (listed.gaps.isEmpty ? "" : "\n") + note.text(in: lang) + "\n" }
        }
        if !ranking.disagreements.isEmpty || !ranking.panelNotes.isEmpty {
            out += "\n## \(say(.evaluatorPanel))\n\n"
            if !ranking.disagreements.isEmpty {
                let rows = ranking.disagreements.map { cell in
                    let values = cell.entries.map { "\($0.evaluator) \(NumberFormatting.short($0.value))" }.joined(separator: ", ")
                    return ["`\(cell.vendor)`", "`\(cell.criterion)`", Self.cell(values), NumberFormatting.short(cell.spread)]
                }
                out += Self.table([say(.vendor), say(.criterion), say(.ratings), say(.spread)], right: [3], rows) + "\n"
            }
            for note in ranking.panelNotes { out += "- \(Self.cell(note.text(in: lang)))\n" }
        }
        if !ranking.warnings.isEmpty {
            out += "\n## \(say(.warnings))\n\n"
            for warning in ranking.warnings { out += "- \(Self.cell(warning.text(in: lang)))\n" }
        }
        return Array(out.utf8)
    }

    /// The ranking table (rank, vendor name and id, score, a text bar of 20 cells), headed in
    /// `language`; shared with the decision board's Markdown (``MarkdownReport``).
    static func rankingTable(_ ranked: [VendorScore], language: Language, points scheme: PointsScheme? = nil) -> String {
        // The bar column has no heading: "| |", where ``row(_:)`` would write an empty cell as "|  |".
        // Under a tender's points scheme, a Points column ("83.08 / 100") follows the coverage.
        let pointsHeading = scheme == nil ? "" : " \(PointsWording.column.text(in: language)) |"
        var out = "| \(Phrase.rank.text(in: language)) | \(Phrase.vendor.text(in: language)) | \(Phrase.score.text(in: language)) | \(Wording.coverage.text(in: language)) |\(pointsHeading) |\n"
            + (scheme == nil ? alignment(5, right: [0, 2, 3]) : alignment(6, right: [0, 2, 3, 4]))
        for entry in ranked {
            let bar = Bar.shaded(entry.score, width: 20) + (entry.incomplete ? " **\(Wording.incompleteMark.text(in: language))**" : "")
                + (entry.flags.isEmpty ? "" : " **\(FlagWording.mark.text(in: language))**")
            let points = scheme.map { [PointsScheme.text($0.points(entry.score), of: $0.total, digits: 2)] } ?? []
            out += row([Evaluation.rankLabel(entry), "\(cell(entry.name)) (`\(entry.vendorID)`)", NumberFormatting.fixed(entry.score, 2), NumberFormatting.percent(entry.coverage)] + points + [bar])
        }
        return out
    }

    /// The incomplete vendors (scored on too little of the weight to be ranked) as a list under a
    /// heading of `level`: each with its coverage against the rule and what is missing; empty when there are none.
    static func incompleteList(_ evaluation: Evaluation, language: Language, level: String) -> String {
        let ranking = evaluation.ranking
        guard !ranking.incomplete.isEmpty else { return "" }
        let colon = Punctuation(language).colon
        var out = "\(level) \(Wording.incompleteHeading.text(in: language))\n\n"
        for entry in ranking.incomplete {
            out += "- \(cell(entry.name)) (`\(entry.vendorID)`)\(colon)\(cell(Wording.incompleteRule(coverage: entry.coverage, minimum: ranking.minimumCoverage, best: ranking.bestCoverage).text(in: language)))"
            if let shortfall = evaluation.shortfall(of: entry) { out += Punctuation(language).semicolon + cell(shortfall.text(in: language)) }
            out += "\n"
        }
        return out
    }

    /// The scores-by-group table: each top-level group with its weight and each ranked vendor's
    /// group score (0–100, "–" where nothing in the group counted), one column per vendor headed
    /// by its id; empty when no vendor is ranked. Shared with the decision board's Markdown.
    static func groupScoreTable(_ evaluation: Evaluation, language: Language) -> String {
        let all = evaluation.ranking.ranked
        guard !all.isEmpty else { return "" }
        let ranked = Array(all.prefix(DecisionBoard.Limits.groupColumns))
        let header = [Phrase.group.text(in: language), Phrase.weight.text(in: language)] + ranked.map { "`\($0.vendorID)`" }
        let shares = evaluation.topGroupShares
        let rows = evaluation.topGroups.enumerated().compactMap { g, group in
            shares[g].map { share in [cell(group.name.text(in: language)), NumberFormatting.percent(share)] + ranked.map { $0.groupScores[g].map { NumberFormatting.fixed($0, 1) } ?? "–" } }
        }
        var out = table(header, right: Set(1..<header.count), rows)
        let outOfPlay = shares.filter { $0 == nil }.count
        if outOfPlay > 0 { out += "\n" + Wording.groupsOutOfPlay(outOfPlay).text(in: language) + "\n" }
        if all.count > ranked.count {
            out += "\n" + Phrase.firstVendorsShown.text(in: language, ["n": "\(ranked.count)"]) + "\n"
        }
        return out
    }

    /// A Markdown table: the header row, the alignment row and `rows`, each line ending with a line
    /// break; `right` marks the right-aligned columns. Cells come escaped (``cell(_:)``).
    static func table(_ header: [String], right: Set<Int> = [], _ rows: [[String]]) -> String {
        var out = row(header) + alignment(header.count, right: right)
        for cells in rows { out += row(cells) }
        return out
    }

    /// One table row, `| a | b |`, and a line break.
    static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }

    /// The alignment row under a header of `count` columns: `---:` for those in `right`, `---` for the others.
    static func alignment(_ count: Int, right: Set<Int>) -> String {
        "|" + (0..<count).map { right.contains($0) ? "---:|" : "---|" }.joined() + "\n"
    }
}

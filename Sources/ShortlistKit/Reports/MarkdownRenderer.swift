/// The ranking as Markdown tables for wikis and documents, with a text bar per vendor.
public struct MarkdownRenderer: RankingRenderer {
    /// Creates the renderer.
    public init() {}

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
    public func render(_ evaluation: Evaluation, options: RenderOptions) -> [UInt8] {
        let ranking = evaluation.ranking
        let lang = options.language
        func say(_ phrase: Phrase) -> String { phrase.text(in: lang) }
        /// A table's header row and alignment row; `right` marks the right-aligned columns.
        func header(_ labels: [String], right: Set<Int> = []) -> String {
            "| " + labels.joined(separator: " | ") + " |\n|" + labels.indices.map { right.contains($0) ? "---:|" : "---|" }.joined() + "\n"
        }
        let colon = TableRenderer.Punctuation(lang).colon
        let profile = evaluation.workspace.profile
        var out = "# \(Self.cell(profile.title ?? profile.organisation.name))\n\n"
        out += "\(say(.catalog)) `\(evaluation.workspace.catalog.id)` · \(evaluation.facts.count) \(say(.vendorsCount)) · \(ranking.ranked.count) \(say(.rankedCount)) · \(ranking.eliminated.count) \(say(.knockedOutCount))\n\n"
        out += "## \(say(.ranking))\n\n" + Self.rankingTable(ranking.ranked, language: lang)
        if let robustness = evaluation.robustness { out += "\n**\(say(.robustness))**\(colon)\(Self.cell(robustness.verdict(in: lang)))\n" }
        if !ranking.ranked.isEmpty {
            out += "\n## \(say(.scoresByGroup))\n\n" + Self.groupScoreTable(evaluation, language: lang)
        }
        if !ranking.eliminated.isEmpty {
            out += "\n## \(say(.knockedOut))\n\n" + header([say(.vendor), say(.gate), say(.reason)])
            for entry in ranking.eliminated {
                for k in entry.knockOuts { out += "| \(Self.cell(entry.name)) (`\(entry.vendorID)`) | `\(k.gate)` | \(Self.cell(k.reason(in: lang))) |\n" }
            }
        }
        if !ranking.gaps.isEmpty {
            out += "\n## \(say(.dataGaps))\n\n" + header([say(.vendor), say(.fact), say(.usedBy), say(.handling)])
            for gap in ranking.gaps { out += "| `\(gap.vendorID)` | `\(gap.fact)` | \(Self.cell(gap.usedBy(in: lang))) | \(Self.cell(gap.handling(in: lang))) |\n" }
        }
        if !ranking.disagreements.isEmpty || !ranking.panelNotes.isEmpty {
            out += "\n## \(say(.evaluatorPanel))\n\n"
            if !ranking.disagreements.isEmpty {
                out += header([say(.vendor), say(.criterion), say(.ratings), say(.spread)], right: [3])
                for cell in ranking.disagreements {
                    let values = cell.entries.map { "\($0.evaluator) \(NumberFormatting.short($0.value))" }.joined(separator: ", ")
                    out += "| `\(cell.vendor)` | `\(cell.criterion)` | \(Self.cell(values)) | \(NumberFormatting.short(cell.spread)) |\n"
                }
                out += "\n"
            }
            for note in ranking.panelNotes { out += "- \(Self.cell(note))\n" }
        }
        if !ranking.warnings.isEmpty {
            out += "\n## \(say(.warnings))\n\n"
            for warning in ranking.warnings { out += "- \(Self.cell(warning))\n" }
        }
        return Array(out.utf8)
    }

    /// The ranking table (rank, vendor name and id, score, a text bar of 20 cells), headed in
    /// `language`; shared with the decision board's Markdown (``MarkdownReport``).
    static func rankingTable(_ ranked: [VendorScore], language: Language) -> String {
        var out = "| \(Phrase.rank.text(in: language)) | \(Phrase.vendor.text(in: language)) | \(Phrase.score.text(in: language)) | |\n|---:|---|---:|---|\n"
        for entry in ranked {
            out += "| \(Evaluation.rankLabel(entry)) | \(cell(entry.name)) (`\(entry.vendorID)`) | \(NumberFormatting.fixed(entry.score, 2)) | \(Bar.shaded(entry.score, width: 20)) |\n"
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
        var out = "| \(Phrase.group.text(in: language)) | \(Phrase.weight.text(in: language)) | " + ranked.map { "`\($0.vendorID)`" }.joined(separator: " | ") + " |\n"
        out += "|---|---:|" + String(repeating: "---:|", count: ranked.count) + "\n"
        for (g, group) in evaluation.topGroups.enumerated() {
            out += "| \(cell(group.name.text(in: language))) | \(NumberFormatting.percent(group.weight)) | "
            out += ranked.map { $0.groupScores[g].map { NumberFormatting.fixed($0, 1) } ?? "–" }.joined(separator: " | ") + " |\n"
        }
        if all.count > ranked.count {
            out += "\n" + Phrase.firstVendorsShown.text(in: language, ["n": "\(ranked.count)"]) + "\n"
        }
        return out
    }
}

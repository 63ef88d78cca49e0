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

    /// Renders the evaluation as Markdown.
    public func render(_ evaluation: Evaluation, options: RenderOptions) -> [UInt8] {
        let ranking = evaluation.ranking
        let lang = options.language
        let profile = evaluation.workspace.profile
        var out = "# \(Self.cell(profile.title ?? profile.organisation.name))\n\n"
        out += "Catalog `\(evaluation.workspace.catalog.id)` · \(evaluation.facts.count) vendors · \(ranking.ranked.count) ranked · \(ranking.eliminated.count) knocked out\n\n"
        out += "## Ranking\n\n| Rank | Vendor | Score | |\n|---:|---|---:|---|\n"
        for entry in ranking.ranked {
            out += "| \(Evaluation.rankLabel(entry)) | \(Self.cell(entry.name)) (`\(entry.vendorID)`) | \(NumberFormatting.fixed(entry.score, 2)) | \(Bar.shaded(entry.score, width: 20)) |\n"
        }
        if let robustness = evaluation.robustness { out += "\n**Robustness**: \(Self.cell(robustness.verdict))\n" }
        let groups = evaluation.topGroups
        if !ranking.ranked.isEmpty {
            out += "\n## Scores by group (0–100)\n\n| Group | Weight | " + ranking.ranked.map { "`\($0.vendorID)`" }.joined(separator: " | ") + " |\n"
            out += "|---|---:|" + String(repeating: "---:|", count: ranking.ranked.count) + "\n"
            for (g, group) in groups.enumerated() {
                out += "| \(Self.cell(group.name.text(in: lang))) | \(NumberFormatting.percent(group.weight)) | "
                out += ranking.ranked.map { $0.groupScores[g].map { NumberFormatting.fixed($0, 1) } ?? "–" }.joined(separator: " | ") + " |\n"
            }
        }
        if !ranking.eliminated.isEmpty {
            out += "\n## Knocked out\n\n| Vendor | Gate | Reason |\n|---|---|---|\n"
            for entry in ranking.eliminated {
                for k in entry.knockOuts { out += "| \(Self.cell(entry.name)) (`\(entry.vendorID)`) | `\(k.gate)` | \(Self.cell(k.reason)) |\n" }
            }
        }
        if !ranking.gaps.isEmpty {
            out += "\n## Data gaps\n\n| Vendor | Fact | Used by | Handling |\n|---|---|---|---|\n"
            for gap in ranking.gaps { out += "| `\(gap.vendorID)` | `\(gap.fact)` | \(Self.cell(gap.usedBy)) | \(Self.cell(gap.handling)) |\n" }
        }
        if !ranking.disagreements.isEmpty || !ranking.panelNotes.isEmpty {
            out += "\n## Evaluator panel\n\n"
            if !ranking.disagreements.isEmpty {
                out += "| Vendor | Criterion | Ratings | Spread |\n|---|---|---|---:|\n"
                for cell in ranking.disagreements {
                    let values = cell.entries.map { "\($0.evaluator) \(NumberFormatting.short($0.value))" }.joined(separator: ", ")
                    out += "| `\(cell.vendor)` | `\(cell.criterion)` | \(Self.cell(values)) | \(NumberFormatting.short(cell.spread)) |\n"
                }
                out += "\n"
            }
            for note in ranking.panelNotes { out += "- \(Self.cell(note))\n" }
        }
        if !ranking.warnings.isEmpty {
            out += "\n## Warnings\n\n"
            for warning in ranking.warnings { out += "- \(Self.cell(warning))\n" }
        }
        return Array(out.utf8)
    }
}

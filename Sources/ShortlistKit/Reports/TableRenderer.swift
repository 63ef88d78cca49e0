/// The terminal table: ranking with bars, group scores, knock-outs, data gaps and warnings.
public struct TableRenderer: RankingRenderer {
    /// Creates the renderer.
    public init() {}

    /// Renders the evaluation as aligned text; East Asian wide characters count two columns.
    public func render(_ evaluation: Evaluation, options: RenderOptions) -> [UInt8] {
        let ranking = evaluation.ranking
        let lang = options.language
        func paint(_ text: String, _ code: String) -> String { options.color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        var out = ""
        let profile = evaluation.workspace.profile
        out += paint(profile.title ?? profile.organisation.name, "1") + "\n"
        out += "catalog \(evaluation.workspace.catalog.id) · \(evaluation.facts.count) vendors · \(ranking.ranked.count) ranked · \(ranking.eliminated.count) knocked out\n\n"

        var rows: [[String]] = [["Rank", "Vendor", "Score", ""]]
        for entry in ranking.ranked {
            rows.append([Evaluation.rankLabel(entry), "\(entry.name) (\(entry.vendorID))", NumberFormatting.fixed(entry.score, 2), Bar.blocks(entry.score, width: 20)])
        }
        out += Self.table(rows, rightAligned: [0, 2], header: { paint($0, "1") })
        if let robustness = evaluation.robustness {
            out += (robustness.isRobust ? paint("Robustness", "1;32") : paint("Robustness", "1;33")) + ": " + robustness.verdict + "\n"
        }

        let groups = evaluation.topGroups
        if !ranking.ranked.isEmpty {
            out += "\n" + paint("Scores by group (0–100)", "1") + "\n"
            let shown = Array(ranking.ranked.prefix(8))
            var groupRows: [[String]] = [["Group", "Weight"] + shown.map(\.vendorID)]
            for (g, group) in groups.enumerated() {
                groupRows.append([group.name.text(in: lang), NumberFormatting.percent(group.weight)] + shown.map { $0.groupScores[g].map { NumberFormatting.fixed($0, 1) } ?? "–" })
            }
            out += Self.table(groupRows, rightAligned: Set(1..<(2 + shown.count)), header: { paint($0, "1") })
            if ranking.ranked.count > shown.count { out += "(the first \(shown.count) vendors are shown; use --format csv for all)\n" }
        }

        if !ranking.eliminated.isEmpty {
            out += "\n" + paint("Knocked out", "1;31") + "\n"
            for entry in ranking.eliminated {
                out += "  \(entry.name) (\(entry.vendorID))\n"
                for knockOut in entry.knockOuts { out += "    – \(knockOut.gate): \(knockOut.reason)\n" }
            }
        }
        if !ranking.gaps.isEmpty {
            out += "\n" + paint("Data gaps", "1;33") + "\n"
            for gap in ranking.gaps { out += "  \(gap.vendorID): \(gap.fact) (for \(gap.usedBy)) — \(gap.handling)\n" }
        }
        if !ranking.disagreements.isEmpty || !ranking.panelNotes.isEmpty {
            out += "\n" + paint("Evaluator panel", "1") + "\n"
            for cell in ranking.disagreements {
                let values = cell.entries.map { "\($0.evaluator) \(NumberFormatting.short($0.value))" }.joined(separator: ", ")
                out += "  DISAGREEMENT \(cell.vendor) on \(cell.criterion): \(values) (spread \(NumberFormatting.short(cell.spread)))\n"
            }
            for note in ranking.panelNotes { out += "  – \(note)\n" }
        }
        if !ranking.warnings.isEmpty {
            out += "\n" + paint("Warnings", "1;33") + "\n"
            for warning in ranking.warnings { out += "  – \(warning)\n" }
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

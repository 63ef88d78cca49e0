/// Renders a ``MethodComparison``: each method's ranking side by side, with rank correlations.
package struct MethodComparisonReport: Sendable {
    /// The comparison.
    package let comparison: MethodComparison
    /// Vendor names by id.
    package let names: [String: String]

    /// Creates a report for `comparison` of `evaluation`.
    package init(comparison: MethodComparison, evaluation: Evaluation) {
        self.comparison = comparison
        names = Dictionary(evaluation.facts.map { ($0.dossier.id, $0.dossier.name) }, uniquingKeysWith: { a, _ in a })
    }

    private static func score(_ method: MCDAMethod, _ x: Double) -> String {
        method == .wsm ? NumberFormatting.fixed(x, 2) : NumberFormatting.fixed(x, 4)
    }

    private static func correlation(_ x: Double?) -> String { x.map { NumberFormatting.fixed($0, 3) } ?? "n/a" }

    /// The notes that say how each method was applied.
    package static let notes = [
        "WSM: the weighted sum, Σ weight × score (the tool's ranking).",
        "WPM: Π (score/100)^weight, scores floored at 1 point.",
        "TOPSIS: vector normalisation, Euclidean distances to the ideal and anti-ideal (Hwang & Yoon 1981); score = closeness 0–1.",
        "Criteria with zero weight or equal scores for all vendors are left out; a criterion a vendor left open (policy exclude) takes that vendor's own score.",
    ]

    /// Aligned text.
    package var text: String {
        guard let first = comparison.results.first else { return "" }
        var rows: [[String]] = [["Vendor"] + comparison.results.flatMap { ["\($0.method.displayName) rank", "score"] }]
        for (i, vendor) in first.vendors.enumerated() {
            rows.append(["\(names[vendor] ?? vendor) (\(vendor))"] + comparison.results.flatMap { ["\($0.ranks[i])", Self.score($0.method, $0.scores[i])] })
        }
        var out = TableRenderer.table(rows, rightAligned: Set(1..<(1 + 2 * comparison.results.count)), header: { $0 })
        if !comparison.agreements.isEmpty {
            out += "\nAgreement between the methods' rankings\n"
            for a in comparison.agreements {
                out += "  \(a.first.displayName) vs \(a.second.displayName): Kendall's tau-b \(Self.correlation(a.kendallTau)), Spearman's rho \(Self.correlation(a.spearmanRho))\n"
            }
        }
        let winners = Set(comparison.results.compactMap { result in result.ranks.firstIndex(of: 1).map { result.vendors[$0] } })
        out += winners.count == 1 ? "\nEvery method ranks \(winners.first!) first.\n" : "\nThe methods disagree on the winner: \(winners.sorted().joined(separator: ", ")).\n"
        out += "\n" + Self.notes.map { "  " + $0 }.joined(separator: "\n") + "\n"
        return out
    }

    /// Markdown tables.
    package var markdown: String {
        guard let first = comparison.results.first else { return "" }
        let header = ["Vendor"] + comparison.results.flatMap { ["\($0.method.displayName) rank", "score"] }
        let rows = first.vendors.enumerated().map { i, vendor in
            ["\(MarkdownRenderer.cell(names[vendor] ?? vendor)) (`\(vendor)`)"] + comparison.results.flatMap { ["\($0.ranks[i])", Self.score($0.method, $0.scores[i])] }
        }
        var out = "## Ranking by method\n\n" + MarkdownRenderer.table(header, right: Set(1..<header.count), rows)
        if !comparison.agreements.isEmpty {
            let agreements = comparison.agreements.map { a in ["\(a.first.displayName) vs \(a.second.displayName)", Self.correlation(a.kendallTau), Self.correlation(a.spearmanRho)] }
            out += "\n" + MarkdownRenderer.table(["Methods", "Kendall's tau-b", "Spearman's rho"], right: [1, 2], agreements)
        }
        out += "\n" + Self.notes.map { "- " + $0 }.joined(separator: "\n") + "\n"
        return out
    }

    /// JSON: `methods` (method → array of `vendor`, `name`, `score`, `rank` in the tool's order), `agreements`, `criteria`.
    package var json: [UInt8] {
        var w = JSONWriter()
        w.beginObject()
        w.key("agreements")
        w.beginArray()
        for a in comparison.agreements {
            w.beginObject()
            w.key("kendallTau"); if let t = a.kendallTau { w.number(t) } else { w.null() }
            w.key("methods"); w.beginArray(); w.string(a.first.rawValue); w.string(a.second.rawValue); w.endArray()
            w.key("spearmanRho"); if let r = a.spearmanRho { w.number(r) } else { w.null() }
            w.endObject()
        }
        w.endArray()
        w.key("criteria"); w.beginArray(); for c in comparison.criteria { w.string(c) }; w.endArray()
        w.key("methods")
        w.beginObject()
        for result in comparison.results.sorted(by: { $0.method.rawValue < $1.method.rawValue }) {
            w.key(result.method.rawValue)
            w.beginArray()
            for (i, vendor) in result.vendors.enumerated() {
                w.beginObject()
                w.key("name"); w.string(names[vendor] ?? vendor)
                w.key("rank"); w.integer(result.ranks[i])
                w.key("score"); w.number(result.scores[i])
                w.key("vendor"); w.string(vendor)
                w.endObject()
            }
            w.endArray()
        }
        w.endObject()
        w.endObject()
        return w.bytes
    }

    /// CSV: one row per vendor with each method's rank and score.
    package func csv(toFile: Bool) -> [UInt8] {
        var csv = CSVWriter()
        csv.writeRow([.text("vendor"), .text("name")] + comparison.results.flatMap { [CSVField.text("\($0.method.rawValue)_rank"), .text("\($0.method.rawValue)_score")] })
        if let first = comparison.results.first {
            for (i, vendor) in first.vendors.enumerated() {
                csv.writeRow([.text(vendor), .text(names[vendor] ?? vendor)] + comparison.results.flatMap { [CSVField.number("\($0.ranks[i])"), .number(Self.score($0.method, $0.scores[i]))] })
            }
        }
        return csv.data(withByteOrderMark: toFile)
    }
}

/// The ranking as RFC 4180 CSV: one row per vendor (ranked first, then knocked out) with group scores and reasons.
public struct CSVRankingRenderer: RankingRenderer {
    /// Creates the renderer.
    public init() {}

    /// Renders the evaluation as CSV; with a byte-order mark when written to a file, so that Excel reads UTF-8.
    public func render(_ evaluation: Evaluation, options: RenderOptions) -> [UInt8] {
        var csv = CSVWriter()
        let groups = evaluation.topGroups
        csv.writeRow([.text("rank"), .text("vendor"), .text("name"), .text("score"), .text("status")] + groups.map { .text($0.id) } + [.text("knock_outs")])
        for entry in evaluation.ranking.ranked + evaluation.ranking.eliminated {
            var row: [CSVField] = [
                entry.rank.map { .number(String($0)) } ?? .text(""),
                .text(entry.vendorID), .text(entry.name),
                .number(NumberFormatting.fixed(entry.score, 2)),
                .text(entry.rank == nil ? "knocked out" : entry.tied ? "tied" : "ranked"),
            ]
            row += entry.groupScores.map { $0.map { .number(NumberFormatting.fixed($0, 2)) } ?? .text("") }
            row.append(.text(entry.knockOuts.map { "\($0.gate): \($0.reason)" }.joined(separator: "; ")))
            csv.writeRow(row)
        }
        return csv.data(withByteOrderMark: options.toFile)
    }
}

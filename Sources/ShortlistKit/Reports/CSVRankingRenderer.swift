/// The ranking as RFC 4180 CSV: one row per vendor (ranked first, then incomplete, then knocked out) with coverage, group scores and reasons.
package struct CSVRankingRenderer: RankingRenderer {
    /// Creates the renderer.
    package init() {}

    /// Renders the evaluation as CSV; with a byte-order mark when written to a file, so that Excel reads UTF-8.
    ///
    /// Columns: `rank`, `vendor`, `name`, `score` (ranked vendors only), `coverage` (0–1),
    /// `would_score` (a knocked-out or incomplete vendor's score on its coverage, never comparable
    /// with `score`, so that sorting the `score` column never mixes them), `status` (`ranked`, `tied`,
    /// `incomplete`, `flagged` or `knocked out`), one column per top-level group, `knock_outs`, and
    /// `flags` (failed gates of severity flag) when any vendor is flagged, the points columns under a tender's
    /// points scheme, and last the costs: `currency`, `year1_cash` (one-off fees plus year 1's recurring cost) and
    /// `tco` (the total cost of ownership over the profile's horizon), empty for a vendor that quoted no price.
    /// Column names and `status` values are fixed identifiers; the reasons are in `options.language`.
    package func render(_ evaluation: Evaluation, options: RenderOptions) -> [UInt8] {
        var csv = CSVWriter()
        let groups = evaluation.topGroups
        let ranking = evaluation.ranking
        // The flags column appears only when a vendor is flagged, so that other workspaces' CSV is unchanged.
        let anyFlag = ranking.ranked.contains { !$0.flags.isEmpty }
        // Under a tender's points scheme: the points of the whole and of each group, at the end.
        let scheme = evaluation.workspace.catalog.points
        csv.writeRow([.text("rank"), .text("vendor"), .text("name"), .text("score"), .text("coverage"), .text("would_score"), .text("status")] + groups.map { .text($0.id) } + [.text("knock_outs")] + (anyFlag ? [.text("flags")] : [])
                     + (scheme.map { _ in [.text("points")] + groups.map { .text("points_" + $0.id) } } ?? [])
                     + [.text("currency"), .text("year1_cash"), .text("tco")])
        for entry in ranking.ranked + ranking.incomplete + ranking.eliminated {
            let ranked = entry.rank != nil
            let status = !entry.knockOuts.isEmpty ? "knocked out" : entry.incomplete ? "incomplete" : !entry.flags.isEmpty ? "flagged" : entry.tied ? "tied" : "ranked"
            let score: CSVField = .number(NumberFormatting.fixed(entry.score, 2))
            var row: [CSVField] = [
                entry.rank.map { .number(String($0)) } ?? .text(""),
                .text(entry.vendorID), .text(entry.name),
                ranked ? score : .text(""),
                .number(NumberFormatting.fixed(entry.coverage, 4)),
                ranked ? .text("") : score,
                .text(status),
            ]
            row += entry.groupScores.map { $0.map { .number(NumberFormatting.fixed($0, 2)) } ?? .text("") }
            row.append(.text(entry.knockOuts.map { "\($0.gate): \($0.reason(in: options.language))" }.joined(separator: "; ")))
            if anyFlag { row.append(.text(entry.flags.map { "\($0.gate): \($0.reason(in: options.language))" }.joined(separator: "; "))) }
            if let scheme {
                row.append(.number(NumberFormatting.fixed(scheme.points(entry.score), 2)))
                row += entry.groupPoints(in: evaluation.tree).map { .number(NumberFormatting.fixed(scheme.points($0), 2)) }
            }
            // The costs, appended after every other column so that existing columns keep their positions.
            if let cost = evaluation.facts[entry.vendorIndex].cost {
                row += [.text(cost.currency), .number(NumberFormatting.fixed(cost.firstYear, 2)), .number(NumberFormatting.fixed(cost.tco, 2))]
            } else {
                row += [.text(""), .text(""), .text("")]
            }
            csv.writeRow(row)
        }
        return csv.data(withByteOrderMark: options.toFile)
    }
}

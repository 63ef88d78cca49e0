import ShortlistKit

/// `shortlist rank <workspace>`: the ranked, explained shortlist.
enum RankCommand: Command {
    static let spec = CommandSpec(
        name: "rank",
        summary: "Rank the vendors of a workspace: knock-outs, weighted scores, gaps and warnings.",
        positionals: [PositionalSpec(name: "workspace", help: "The workspace folder.")],
        options: [
            OptionSpec(name: "format", valueName: "format", help: "Output format (default: table, or from the --output extension).", allowedValues: ReportFormat.allCases.map(\.rawValue)),
            OptionSpec(name: "output", valueName: "file", help: "Write to this file (atomically) instead of standard output."),
            OptionSpec(name: "lang", valueName: "language", help: "Language of names and headings.", allowedValues: Language.allCases.map(\.rawValue)),
            OptionSpec(name: "scenario", valueName: "name", help: "Rank under one of the weight scenarios named in selection.json."),
            OptionSpec(name: "allow-incomplete", help: "Rank vendors scored on too little of the weight (see settings.minimumCoverage) with the others, marked INCOMPLETE; they stay out of the robustness analysis."),
            OptionSpec(name: "method", valueName: "method", help: "Aggregation: wsm (weighted sum, the default), wpm, topsis, or all side by side with Kendall's tau and Spearman's rho.", allowedValues: ["wsm", "wpm", "topsis", "all"]),
        ],
        discussion: "Coverage is the share of the total weight a vendor's score rests on (criteria dropped by the `exclude` policy and rating criteria awaiting the panel do not count). A vendor below settings.minimumCoverage (default 0.9), or more than 10 points of coverage behind the best-covered vendor, is listed as incomplete with what is missing, takes no rank, and is never recommended by `decide`. JSON output has `ranking` (best first; each with rank, vendor, name, score, coverage and criteria with weight, score, contribution and explanation), `incomplete` (vendor, coverage, missing, wouldScore), `eliminated` (vendor, reasons, coverage) and `warnings`. CSV written to a file starts with a UTF-8 byte-order mark so that Excel shows Chinese text."
    )

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        let format = try outputFormat(arguments, default: ReportFormat.table, extensions: ".json, .csv, .md or .txt", inferred: ReportFormat.inferred(fromPath:))
        let toFile = arguments.value("output") != nil
        let evaluation = try evaluate(arguments, invocation)
        let options = RenderOptions(color: !toFile && format == .table && invocation.colorOnStdout, toFile: toFile, language: arguments.language)
        let methods = arguments.methods
        let pieces: [[UInt8]]
        if methods == [.wsm] {
            pieces = format.renderer.renderPieces(evaluation, options: options)
        } else {
            let report = MethodComparisonReport(comparison: try MethodComparison(evaluation: evaluation, methods: methods), evaluation: evaluation)
            switch format {
            case .table: pieces = [Array(report.text.utf8)]
            case .markdown: pieces = [Array(report.markdown.utf8)]
            case .json: pieces = [report.json]
            case .csv: pieces = [report.csv(toFile: toFile)]
            }
        }
        try deliver(pieces, arguments, invocation, &output, summary: " (\(format.rawValue), \(evaluation.ranking.ranked.count) ranked, \(evaluation.ranking.eliminated.count) knocked out)")
        return .success
    }
}

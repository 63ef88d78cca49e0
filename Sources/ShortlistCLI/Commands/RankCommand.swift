import ShortlistKit

/// `shortlist rank <workspace>`: the ranked, explained shortlist.
enum RankCommand: Command {
    static let spec = CommandSpec(
        name: "rank",
        summary: "Rank the vendors of a workspace: knock-outs, weighted scores, gaps and warnings.",
        positionals: [PositionalSpec(name: "workspace", help: "The workspace folder.")],
        options: [
            OptionSpec(name: "format", valueName: "format", help: "Output format (default: table, or from the --output extension).", allowedValues: ReportFormat.allCases.map(\.rawValue)),
            OptionSpec(name: "output", valueName: "file", help: "Write to this file (atomically) instead of standard output; FILE.xlsx gets an Excel workbook of the whole evaluation."),
            .language("Language of names and headings."),
            OptionSpec(name: "scenario", valueName: "name", help: "Rank under one of the weight scenarios named in selection.json."),
            OptionSpec(name: "allow-incomplete", help: "Rank vendors scored on too little of the weight (see settings.minimumCoverage) with the others, marked INCOMPLETE; they stay out of the robustness analysis."),
            OptionSpec(name: "include-knocked-out", help: "List the data gaps of knocked-out vendors too (left off by default, with a line saying how many)."),
            OptionSpec(name: "method", valueName: "method", help: "Aggregation: wsm (weighted sum, the default), wpm, topsis, or all side by side with Kendall's tau and Spearman's rho.", allowedValues: ["wsm", "wpm", "topsis", "all"]),
        ],
        discussion: "Coverage is the share of the total weight a vendor's score rests on (criteria dropped by the `exclude` policy and rating criteria awaiting the panel do not count). A vendor below settings.minimumCoverage (default 0.9), or more than 10 points of coverage behind the best-covered vendor, is listed as incomplete with what is missing, takes no rank, and is never recommended by `decide`. JSON output has `ranking` (best first; each with rank, vendor, name, score, coverage and criteria with weight, score, contribution and explanation), `incomplete` (vendor, coverage, missing, wouldScore), `eliminated` (vendor, reasons, coverage) and `warnings`. CSV written to a file starts with a UTF-8 byte-order mark so that Excel shows Chinese text. `--output FILE.xlsx` writes one Excel workbook with a sheet each for the ranking, scores by group, every criterion of every vendor (weight, score, points, explanation), knock-outs, data gaps, the cost breakdown, the evaluator panel and the notes (robustness, warnings)."
    )

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        if let path = arguments.value("output"), path.lowercased().hasSuffix(".xlsx") { return try workbook(path, arguments, invocation, &output) }
        let format = try outputFormat(arguments, default: ReportFormat.table, extensions: ".json, .csv, .md, .txt or .xlsx", inferred: ReportFormat.inferred(fromPath:))
        let toFile = arguments.value("output") != nil
        let evaluation = try evaluate(arguments, invocation)
        let options = RenderOptions(color: !toFile && format == .table && invocation.colorOnStdout, toFile: toFile, language: arguments.language, includeKnockedOut: arguments.flag("include-knocked-out"))
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
        try deliver(pieces, arguments, invocation, &output, summary: NoteWording.ranking(format: format.rawValue, ranked: evaluation.ranking.ranked.count, knockedOut: evaluation.ranking.eliminated.count))
        return .success
    }

    /// `--output FILE.xlsx`: the whole evaluation as one workbook.
    static func workbook(_ path: String, _ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        if let format = arguments.value("format") {
            throw UsageError("'--format \(format)' does not go with '--output \(path)': an .xlsx file is always an Excel workbook; drop --format, or name a .\(format == "markdown" ? "md" : format == "table" ? "txt" : format) file", command: spec.name)
        }
        guard arguments.methods == [.wsm] else {
            throw UsageError("the .xlsx workbook shows the weighted-sum ranking; compare methods with '--method \(arguments.value("method") ?? "all")' in a .csv, .json, .md or .txt file", command: spec.name)
        }
        let evaluation = try evaluate(arguments, invocation)
        try deliver([RankingWorkbook.render(evaluation, language: arguments.language, includeKnockedOut: arguments.flag("include-knocked-out"))], arguments, invocation, &output,
                    summary: NoteWording.ranking(format: "xlsx", ranked: evaluation.ranking.ranked.count, knockedOut: evaluation.ranking.eliminated.count))
        return .success
    }
}

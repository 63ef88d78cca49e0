import ShortlistKit

/// `shortlist report <workspace>`: the decision board as one self-contained HTML page or as Markdown.
enum ReportCommand: Command {
    /// The layouts of the board.
    enum Format: String, CaseIterable {
        case html, markdown

        /// The layout a file name's extension implies (`.html`, `.htm`, `.md`, `.markdown`), or nil.
        static func inferred(fromPath path: String) -> Format? {
            let lower = path.lowercased()
            if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
            if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return .html }
            return nil
        }
    }

    static let spec = CommandSpec(
        name: "report",
        summary: "Write the decision board: an offline HTML page with charts and live weight sliders, or Markdown.",
        positionals: [PositionalSpec(name: "workspace", help: "The workspace folder.")],
        options: [
            OptionSpec(name: "format", valueName: "format", help: "html (the default) or markdown; taken from the --output extension when not given.", allowedValues: Format.allCases.map(\.rawValue)),
            OptionSpec(name: "output", valueName: "file", help: "Write to this file (atomically) instead of standard output."),
            .language("Language of headings, labels, verdicts and catalog names."),
            OptionSpec(name: "scenario", valueName: "name", help: "Report under one of the weight scenarios named in selection.json."),
            OptionSpec(name: "include-knocked-out", help: "List the data gaps of knocked-out vendors too (left off by default, with a line saying how many)."),
        ],
        discussion: "The HTML page needs no network: styles, charts (SVG) and the scripts are inline, and its Content-Security-Policy allows only its own two scripts and loads nothing. It opens with the recommendation, its margin and basis, whether decision.json records it with unchanged inputs, the robustness verdict and the knock-outs; then the ranking with sliders for the group weights, the charts, the pilots and the decision when the workspace has pilots, the evaluator panel, data gaps, and the full score traces (the best 20 ranked vendors and the first 10 knocked out; `explain` prints any other). It prints on A4 without the sliders. Pilot days left are counted from today (or SHORTLIST_NOW)."
    )

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        let format = try outputFormat(arguments, default: Format.html, extensions: ".html or .md", inferred: Format.inferred(fromPath:))
        let (evaluation, scenario) = try evaluateScenario(arguments, invocation)
        let recordPath = evaluation.workspace.directory + "/decision.json"
        var record = DecisionBoard.RecordState.none
        var verdict: RecordedVerdict?
        if FileReading.exists(recordPath) {
            do {
                let bytes = try FileReading.readBytes(recordPath, kind: .json, limits: invocation.limits)
                record = .checked(try RecordCheck(record: bytes, workspaceDirectory: evaluation.workspace.directory, loader: invocation.loader(workspace: evaluation.workspace.directory)))
                verdict = try RecordedVerdict(record: bytes)
            } catch let error as FileReadError {
                record = .unreadable(error.reason)
            } catch let error as DecisionRecordReader.Problem {
                record = .unreadable(error.description)
            }
        }
        let board = DecisionBoard(evaluation: evaluation, today: try Clock(invocation).today, scenario: scenario, record: record, verdict: verdict, includeKnockedOut: arguments.flag("include-knocked-out"))
        let text: String
        switch format {
        case .html: text = HTMLReport(board: board, language: arguments.language).render()
        case .markdown: text = MarkdownReport(board: board, language: arguments.language).render()
        }
        try deliver([Array(text.utf8)], arguments, invocation, &output, summary: NoteWording.ranking(format: format.rawValue, ranked: evaluation.ranking.ranked.count, knockedOut: evaluation.ranking.eliminated.count))
        return .success
    }
}

import ShortlistKit

/// `shortlist explain <workspace> <vendor> [--against <vendor>]`: the trace behind a score.
enum ExplainCommand: Command {
    static let spec = CommandSpec(
        name: "explain",
        summary: "Show how a vendor's score came about, or where two vendors differ.",
        positionals: [
            PositionalSpec(name: "workspace", help: "The workspace folder."),
            PositionalSpec(name: "vendor", help: "The vendor's id."),
        ],
        options: [
            OptionSpec(name: "against", valueName: "vendor", help: "Compare with this vendor instead: per group and criterion, the difference in points."),
            .language("Language of names."),
        ],
        discussion: "The trace lists every gate with its result, then every group and criterion with its weight, score and points, the rule's arithmetic, and each fact used with its source and its place in the dossier."
    )

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        let evaluation = try evaluate(arguments, invocation)
        let language = arguments.language
        let trace = ScoreTrace(evaluation: evaluation)
        let ids = evaluation.facts.map(\.dossier.id)
        func check(_ id: String) throws {
            guard ids.contains(id) else {
                var message = "no vendor \"\(id)\" in the workspace"
                message += NearestMatch.didYouMean(id, among: ids, otherwise: "; vendors: \(NearestMatch.listed(ids))")
                throw CommandFailure(message)
            }
        }
        let vendor = Identifier.normalized(arguments.positionals[1])
        try check(vendor)
        if let other = arguments.id("against") {
            try check(other)
            output.print(trace.comparison(vendor, against: other, language: language)!)
        } else {
            output.print(trace.text(vendorID: vendor, language: language)!)
        }
        return .success
    }
}

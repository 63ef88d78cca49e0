import ShortlistKit

/// `shortlist weights <workspace>`: the weights in effect, with AHP consistency figures.
enum WeightsCommand: Command {
    static let spec = CommandSpec(
        name: "weights",
        summary: "Show the effective local and global weights, each group's weighting method and AHP figures.",
        positionals: [PositionalSpec(name: "workspace", help: "The workspace folder.")],
        options: [
            OptionSpec(name: "format", valueName: "format", help: "Output format.", allowedValues: ["table", "json"]),
            .language("Language of names."),
        ],
        discussion: "Groups are weighted by points (normalised), a rank order (rank order centroid by default) or AHP judgments (principal eigenvector, with λmax, CI and CR)."
    )

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        let evaluation = try evaluate(arguments, invocation)
        let report = WeightsReport(tree: evaluation.tree, language: arguments.language)
        if arguments.value("format") == "json" { output.write(report.json) } else { output.print(report.text) }
        return .success
    }
}

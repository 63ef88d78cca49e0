import ShortlistKit

/// `shortlist compare <workspace>`: the ranking under each stakeholder view side by side.
enum CompareCommand: Command {
    static let spec = CommandSpec(
        name: "compare",
        summary: "Rank under the base weights and under each weight scenario of selection.json, side by side.",
        positionals: [PositionalSpec(name: "workspace", help: "The workspace folder.")],
        options: [OptionSpec(name: "format", valueName: "format", help: "Output format.", allowedValues: ["table", "json"]), .language()],
        discussion: "Scenarios are named in selection.json under \"scenarios\", each with \"weights\" (and optionally \"weighting\") applied on top of the base weights, e.g. an HR, a Finance and an IT view. Vendors whose rank differs between views are marked."
    )

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        let workspace = try loadWorkspace(arguments, invocation)
        guard !workspace.profile.scenarios.isEmpty else {
            throw CommandFailure("selection.json names no weight scenarios; add \"scenarios\": {\"Finance view\": {\"weights\": {\"cost\": 40}}}")
        }
        let comparison = try ScenarioComparison(workspace: workspace)
        if arguments.value("format") == "json" { output.write(comparison.json) } else { output.print(comparison.text(in: arguments.language)) }
        return .success
    }
}

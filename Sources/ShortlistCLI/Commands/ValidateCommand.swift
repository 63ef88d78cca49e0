import ShortlistKit

/// `shortlist validate <workspace>`: checks every file and reports every problem.
enum ValidateCommand: Command {
    static let spec = CommandSpec(
        name: "validate",
        summary: "Check a workspace and report every problem in every file.",
        positionals: [PositionalSpec(name: "workspace", help: "The workspace folder (selection.json and vendors/).")],
        options: [.language("Language of the summary line (diagnostics stay English).")],
        discussion: "Exits 0 when the workspace is valid (warnings may still be printed), 1 otherwise. Problems are printed as file:line:column: error: path: message."
    )

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        let evaluation = try evaluate(arguments, invocation)
        let workspace = evaluation.workspace
        CommandLineTool.report(workspace.warnings, invocation, &output)
        let criteria = evaluation.tree.leaves.count
        // The gates in effect: a catalog gate whose `when` does not hold for this organisation is not counted.
        let gates = GateEvaluator(profile: workspace.profile, catalog: workspace.catalog).gates.count
        output.print(ValidationWording.valid(arguments.positionals[0], vendors: workspace.vendors.count, catalog: workspace.catalog.id, criteria: criteria, gates: gates,
                                             warnings: workspace.warnings.count).text(in: arguments.language))
        return .success
    }
}

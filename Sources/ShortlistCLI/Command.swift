import ShortlistKit

/// A subcommand of `shortlist`.
protocol Command: SendableMetatype {
    /// The command's name, options and help.
    static var spec: CommandSpec { get }
    /// Runs the command with parsed arguments.
    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode
}

/// A failure that is the user's to fix (exit 1), with a message for stderr.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

extension Command {
    /// Loads and evaluates the workspace named by the first positional argument.
    /// With `--scenario NAME`, the scenario's weights are applied first.
    static func evaluate(_ arguments: ParsedArguments, _ invocation: Invocation) throws -> Evaluation {
        let directory = invocation.resolve(arguments.positionals[0])
        var workspace = try invocation.loader(workspace: directory).load(directory)
        if let name = arguments.value("scenario") {
            let names = workspace.profile.scenarios.map(\.name)
            guard let scenario = workspace.profile.scenarios.first(where: { $0.name == name }) else {
                var message = "no scenario \"\(name)\" in selection.json"
                if let near = NearestMatch.suggestion(for: name, among: names) { message += "; did you mean \"\(near)\"?" } else { message += names.isEmpty ? " (it names none)" : "; scenarios: \(names.joined(separator: ", "))" }
                throw CommandFailure(message)
            }
            workspace.profile = workspace.profile.applying(scenario)
        }
        return try Evaluation(workspace: workspace)
    }
}

/// A command's spec and entry point, without the protocol's metatype (kept concrete for the compiler's sake).
struct CommandEntry: Sendable {
    let spec: CommandSpec
    let body: @Sendable (ParsedArguments, Invocation, inout Output) throws -> ExitCode

    init<C: Command>(_ command: C.Type) {
        spec = C.spec
        body = { try C.run($0, $1, &$2) }
    }

    func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        try body(arguments, invocation, &output)
    }
}

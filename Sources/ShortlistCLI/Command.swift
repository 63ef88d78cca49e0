import ShortlistKit

/// A subcommand of `shortlist`.
protocol Command {
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
    static func evaluate(_ arguments: ParsedArguments, _ invocation: Invocation) throws -> Evaluation {
        let directory = invocation.resolve(arguments.positionals[0])
        let workspace = try invocation.loader(workspace: directory).load(directory)
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

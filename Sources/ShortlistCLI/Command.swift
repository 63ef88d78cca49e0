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
    /// Loads the workspace named by the first positional argument.
    static func loadWorkspace(_ arguments: ParsedArguments, _ invocation: Invocation) throws -> Workspace {
        let directory = invocation.resolve(arguments.positionals[0])
        return try invocation.loader(workspace: directory).load(directory)
    }

    /// Loads and evaluates the workspace named by the first positional argument.
    /// With `--scenario NAME`, the scenario's weights are applied first.
    static func evaluate(_ arguments: ParsedArguments, _ invocation: Invocation) throws -> Evaluation {
        try evaluateScenario(arguments, invocation).evaluation
    }

    /// ``evaluate(_:_:)``, with the scenario named by `--scenario` (nil without it).
    static func evaluateScenario(_ arguments: ParsedArguments, _ invocation: Invocation) throws -> (evaluation: Evaluation, scenario: WeightScenario?) {
        var workspace = try loadWorkspace(arguments, invocation)
        // Only `rank` declares --allow-incomplete; every other command keeps incomplete vendors unranked.
        let allowIncomplete = spec.options.contains { $0.name == "allow-incomplete" } && arguments.flag("allow-incomplete")
        guard let name = arguments.value("scenario") else { return (try Evaluation(workspace: workspace, allowIncomplete: allowIncomplete), nil) }
        let names = workspace.profile.scenarios.map(\.name)
        guard let scenario = workspace.profile.scenarios.first(where: { $0.name == name }) else {
            var message = "no scenario \"\(name)\" in selection.json"
            message += NearestMatch.didYouMean(name, among: names, otherwise: names.isEmpty ? " (it names none)" : "; scenarios: \(names.joined(separator: ", "))")
            throw CommandFailure(message)
        }
        workspace = workspace.applying(scenario)
        return (try Evaluation(workspace: workspace, allowIncomplete: allowIncomplete), scenario)
    }

    /// The format named by `--format`; else the one the `--output` file's extension implies
    /// (a usage error when it implies none, naming `extensions`); else `fallback`.
    static func outputFormat<Format: RawRepresentable & CaseIterable>(
        _ arguments: ParsedArguments, default fallback: Format, extensions: String, inferred: (String) -> Format?
    ) throws -> Format where Format.RawValue == String {
        if let name = arguments.value("format") { return Format(rawValue: name)! }
        guard let path = arguments.value("output") else { return fallback }
        guard let format = inferred(path) else {
            throw UsageError("cannot tell the format from '\(path)'; add --format (\(Format.allCases.map(\.rawValue).joined(separator: ", "))) or use a \(extensions) file name", command: spec.name)
        }
        return format
    }

    /// Writes `pieces` atomically to the `--output` file, noting "wrote FILE" and `summary` on
    /// standard error in the `--lang` language, or passes them to standard output without `--output`.
    static func deliver(_ pieces: [[UInt8]], _ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output, summary: LocalizedText) throws {
        guard let path = arguments.value("output") else { return output.write(pieces: pieces) }
        let bytes = pieces.count == 1 ? pieces[0] : Array(pieces.joined())
        let workspace = arguments.positionals.first.map(invocation.resolve)
        try OutputGuard.check(invocation.resolve(path), display: path, bytes: bytes, force: arguments.flag("force"), workspace: workspace)
        try AtomicFile.write(bytes, to: invocation.resolve(path))
        output.note(NoteWording.wrote(path, summary).text(in: arguments.language))
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

extension OptionSpec {
    /// `--lang en|zh`: the language the command prints its headings, verdicts and notes in (diagnostics stay English).
    static func language(_ help: String = "Language of headings, verdicts and notes (diagnostics stay English).") -> OptionSpec {
        OptionSpec(name: "lang", valueName: "language", help: help, allowedValues: Language.allCases.map(\.rawValue))
    }
}

/// Options that several commands share.
extension ParsedArguments {
    /// `--lang`: the language of names and headings (default English).
    var language: Language { value("lang").flatMap(Language.init(rawValue:)) ?? .english }

    /// `--method`: one aggregation, or all of them side by side (default: wsm).
    var methods: [MCDAMethod] { value("method").map { $0 == "all" ? MCDAMethod.allCases : [MCDAMethod(rawValue: $0)!] } ?? [.wsm] }
}

import ShortlistKit

/// What a command needs from the process that runs it, passed in so that commands are testable.
public struct Invocation: Sendable {
    /// The arguments after the tool's name.
    public var arguments: [String]
    /// The environment variables.
    public var environment: [String: String]
    /// The current directory, for relative paths.
    public var currentDirectory: String
    /// The path of the running executable, used to find shipped catalogs and samples.
    public var executablePath: String?
    /// Whether standard output is a terminal (colours are used only then, and never with a non-empty `NO_COLOR`).
    public var stdoutIsTerminal: Bool
    /// Whether standard error is a terminal.
    public var stderrIsTerminal: Bool

    /// Creates an invocation.
    public init(arguments: [String], environment: [String: String] = [:], currentDirectory: String, executablePath: String? = nil, stdoutIsTerminal: Bool = false, stderrIsTerminal: Bool = false) {
        self.arguments = arguments
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.executablePath = executablePath
        self.stdoutIsTerminal = stdoutIsTerminal
        self.stderrIsTerminal = stderrIsTerminal
    }

    /// Whether the user asked for no colour: `NO_COLOR` is present and not empty (https://no-color.org).
    var noColorRequested: Bool { !(environment["NO_COLOR"] ?? "").isEmpty }

    /// Whether colour may be used on standard output: a terminal, and no `NO_COLOR` request.
    var colorOnStdout: Bool { stdoutIsTerminal && !noColorRequested }

    /// Whether colour may be used on standard error: a terminal, and no `NO_COLOR` request.
    var colorOnStderr: Bool { stderrIsTerminal && !noColorRequested }

    /// A path as given, made absolute against the current directory.
    func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : currentDirectory + "/" + path
    }

    /// Who acts: `given` (a `--by` value), else `$SHORTLIST_USER`, else `$USER`.
    func user(_ given: String?) -> String? {
        given ?? environment["SHORTLIST_USER"] ?? environment["USER"]
    }

    /// A loader that finds shipped catalogs for `workspace`.
    func loader(workspace: String) -> WorkspaceLoader {
        WorkspaceLoader(catalogDirectories: WorkspaceLoader.defaultCatalogDirectories(workspace: workspace, environment: environment, executablePath: executablePath, currentDirectory: currentDirectory), limits: limits)
    }

    /// The input size limits, with the environment's overrides (`SHORTLIST_MAX_JSON_BYTES`, …).
    var limits: InputLimits { InputLimits(environment: environment) }

    /// Reads a file given on the command line, within the size limit of its kind.
    func readInput(_ path: String, kind: InputLimits.Kind) throws(FileReadError) -> [UInt8] {
        try FileReading.readBytes(resolve(path), kind: kind, limits: limits)
    }
}

/// How the tool ended, as the exit status.
public enum ExitCode: Int32, Sendable {
    /// Success.
    case success = 0
    /// The input is invalid or a check failed.
    case failure = 1
    /// The command line is wrong (`EX_USAGE`).
    case usage = 64
    /// A bug in the tool (`EX_SOFTWARE`).
    case internalError = 70
}

/// Everything a run produced: the exit code and the bytes for standard output and standard error.
///
/// Output is collected and written only at the end, so that a failing command prints nothing partial on stdout.
public struct CommandResult: Sendable, Equatable {
    /// The exit status.
    public var exitCode: ExitCode
    /// The data for standard output, in the pieces it was produced in.
    public var stdoutPieces: [[UInt8]]
    /// Diagnostics and messages for standard error.
    public var stderr: String

    /// The data for standard output.
    public var stdout: [UInt8] { Array(stdoutPieces.joined()) }

    /// Standard output as text.
    public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
}

/// Collects a command's output.
struct Output {
    /// Standard output in pieces (a large report is not joined in memory).
    var stdout: [[UInt8]] = []
    var stderr = ""

    mutating func print(_ text: String) { stdout.append(Array((text + "\n").utf8)) }
    mutating func write(_ bytes: [UInt8]) { stdout.append(bytes) }
    mutating func write(pieces: [[UInt8]]) { stdout.append(contentsOf: pieces) }
    mutating func note(_ text: String) { stderr += text + "\n" }
}

import ShortlistKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `shortlist` command line: parses arguments, runs a command, maps errors to exit codes.
public enum CommandLineTool {
    static let commands: [CommandEntry] = [CommandEntry(ValidateCommand.self), CommandEntry(RankCommand.self), CommandEntry(ReportCommand.self), CommandEntry(ExplainCommand.self), CommandEntry(CriteriaCommand.self), CommandEntry(WeightsCommand.self), CommandEntry(AHPCommand.self), CommandEntry(MatrixCommand.self), CommandEntry(SheetExportCommand.self), CommandEntry(SheetImportCommand.self), CommandEntry(RFIExportCommand.self), CommandEntry(RFIImportCommand.self), CommandEntry(RFIStatusCommand.self), CommandEntry(PilotInitCommand.self), CommandEntry(PilotRecordCommand.self), CommandEntry(PilotImportCommand.self), CommandEntry(PilotStatusCommand.self), CommandEntry(CompareCommand.self), CommandEntry(SensitivityCommand.self), CommandEntry(DecideCommand.self), CommandEntry(VerifyCommand.self), CommandEntry(LockCommand.self), CommandEntry(InitCommand.self)]

    /// The overview printed by `shortlist --help`.
    static var overview: String {
        var text = """
        shortlist \(ToolVersion.current) — choose a software vendor and defend the choice

        USAGE: shortlist <command> [<arguments>] [<options>]

        COMMANDS:

        """
        let width = commands.map { $0.spec.name.count }.max() ?? 0
        for command in commands {
            text += "  " + command.spec.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + command.spec.summary + "\n"
        }
        text += """

        Run `shortlist <command> --help` for a command's arguments and options.
        Exit codes: 0 ok, 1 invalid input or failed check, 64 usage error, 70 internal error.

        """
        return text
    }

    /// The help of a command group such as `pilot` or `sheet`: its subcommands with their summaries,
    /// or nil when `name` is no group.
    static func groupHelp(_ name: String) -> String? {
        let members = commands.filter { $0.spec.name.hasPrefix(name + " ") }
        guard !members.isEmpty else { return nil }
        let width = members.map { $0.spec.name.count }.max() ?? 0
        var text = "USAGE: shortlist \(name) <subcommand> [<arguments>] [<options>]\n\nSUBCOMMANDS:\n"
        for member in members {
            text += "  " + member.spec.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + member.spec.summary + "\n"
        }
        text += "\nRun `shortlist \(name) <subcommand> --help` for a subcommand's arguments and options.\n"
        return text
    }

    /// Runs one invocation and returns what it produced; never exits or prints.
    public static func execute(_ invocation: Invocation) -> CommandResult {
        var output = Output()
        let code = dispatch(invocation, &output)
        return CommandResult(exitCode: code, stdoutPieces: output.stdout, stderr: output.stderr)
    }

    private static func dispatch(_ invocation: Invocation, _ output: inout Output) -> ExitCode {
        let arguments = invocation.arguments
        guard let first = arguments.first else {
            output.stderr += overview
            return .usage
        }
        switch first {
        case "--help", "-h", "help":
            // `help sheet export` as well as `help rank`: the two-word name first, as in dispatch.
            let asked = [arguments.dropFirst().prefix(2).joined(separator: " "), arguments.count > 1 ? arguments[1] : ""]
            if first == "help", let command = asked.lazy.compactMap({ name in commands.first { $0.spec.name == name } }).first {
                output.write(Array(command.spec.helpText(toolName: "shortlist").utf8))
            } else if first == "help", let group = groupHelp(asked[1]) {
                output.write(Array(group.utf8))
            } else {
                output.write(Array(overview.utf8))
            }
            return .success
        case "--version":
            output.print("shortlist \(ToolVersion.current)")
            return .success
        default: break
        }
        // Two-word commands ("sheet export") first, then one-word ones.
        let twoWords = arguments.count > 1 ? first + " " + arguments[1] : ""
        let matched = commands.first(where: { $0.spec.name == twoWords }).map { ($0, 2) } ?? commands.first(where: { $0.spec.name == first }).map { ($0, 1) }
        let subcommands = commands.map(\.spec.name).filter { $0.hasPrefix(first + " ") }
        if matched == nil, !subcommands.isEmpty, let group = groupHelp(first) {
            // `shortlist pilot --help` prints the group's help; a bare `shortlist pilot` or an
            // unknown subcommand is a usage error that shows the same list.
            if arguments.count == 2, arguments[1] == "--help" || arguments[1] == "-h" {
                output.write(Array(group.utf8))
                return .success
            }
            if arguments.count > 1, !arguments[1].hasPrefix("-") {
                let words = subcommands.map { String($0.split(separator: " ")[1]) }
                var message = "unknown subcommand '\(first) \(arguments[1])'"
                message += NearestMatch.didYouMean(arguments[1], among: words, quoted: { "'\(first) \($0)'" })
                output.note("error: \(message)\n\n" + group)
            } else {
                output.note("error: '\(first)' needs a subcommand\n\n" + group)
            }
            return .usage
        }
        guard let (command, wordCount) = matched else {
            var message = first.hasPrefix("-") ? "unknown option '\(first)'" : "unknown command '\(first)'"
            let names = commands.map { String($0.spec.name.split(separator: " ")[0]) } + ["help"]
            message += NearestMatch.didYouMean(first.trimmingLeadingDashes, among: names, quoted: { "'\($0)'" })
            output.note("error: \(message)\nRun `shortlist --help` for the list of commands.")
            return .usage
        }
        do {
            if let problem = invocation.limits.problems.first { throw UsageError(problem) }
            let parsed = try ArgumentParser.parse(Array(arguments.dropFirst(wordCount)), for: command.spec)
            if parsed.helpRequested {
                output.write(Array(command.spec.helpText(toolName: "shortlist").utf8))
                return .success
            }
            return try command.run(parsed, invocation, &output)
        } catch let error as UsageError {
            output.note("error: \(error.message)\nRun `shortlist \(command.spec.name) --help` for usage.")
            return .usage
        } catch let error as InputErrors {
            output.stdout = []
            report(error.diagnostics, invocation, &output)
            return .failure
        } catch let error as CommandFailure {
            output.stdout = []
            output.note("error: \(error.description)")
            return .failure
        } catch let error as FileWriteError {
            output.stdout = []
            output.note("error: \(error.description)")
            return .failure
        } catch {
            output.stdout = []
            output.note("internal error: \(error)")
            return .internalError
        }
    }

    /// The most diagnostics printed for one file.
    static let diagnosticsPerFile = 50

    /// Writes diagnostics to stderr, with a count; "error:" in red on a terminal.
    ///
    /// At most ``diagnosticsPerFile`` diagnostics are printed for each file, then one line saying
    /// how many more there are: a million-column matrix gives 50 lines, not a million.
    static func report(_ diagnostics: [Diagnostic], _ invocation: Invocation, _ output: inout Output) {
        let color = invocation.colorOnStderr
        var shown: [String: Int] = [:]
        var hidden: [(file: String, count: Int)] = []
        for diagnostic in diagnostics {
            let count = shown[diagnostic.file, default: 0]
            shown[diagnostic.file] = count + 1
            if count >= diagnosticsPerFile {
                if let last = hidden.indices.last, hidden[last].file == diagnostic.file { hidden[last].count += 1 }
                else if let k = hidden.firstIndex(where: { $0.file == diagnostic.file }) { hidden[k].count += 1 }
                else { hidden.append((diagnostic.file, 1)) }
                continue
            }
            var line = diagnostic.description
            if color {
                line = line.replacingOccurrences(of: ": error: ", with: ": \u{1B}[1;31merror:\u{1B}[0m ")
                    .replacingOccurrences(of: ": warning: ", with: ": \u{1B}[1;33mwarning:\u{1B}[0m ")
            }
            output.note(line)
        }
        for (file, count) in hidden {
            output.note("\(file): … and \(NumberFormatting.amount(Double(count))) more problem\(count == 1 ? "" : "s") in this file (the first \(diagnosticsPerFile) are shown)")
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        if errors > 0 { output.note("\(NumberFormatting.amount(Double(errors))) error\(errors == 1 ? "" : "s") found") }
    }

    /// Runs the tool as a process: reads the process's state, executes, writes stdout and stderr.
    public static func main() -> Int32 {
        // Past a file size limit write(2) fails with EFBIG, which the writers handle (the pilot
        // log cuts itself back); the default action of SIGXFSZ would kill the process mid-write.
        signal(SIGXFSZ, SIG_IGN)
        var environment: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let eq = text.firstIndex(of: "=") { environment[String(text[..<eq])] = String(text[text.index(after: eq)...]) }
            pointer += 1
        }
        var buffer = [CChar](repeating: 0, count: 4096)
        let cwd = getcwd(&buffer, buffer.count).map { String(cString: $0) } ?? "."
        var exe = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &exe, exe.count - 1)
        let executable = n > 0 ? String(decoding: exe[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments.first
        let invocation = Invocation(arguments: Array(CommandLine.arguments.dropFirst()), environment: environment, currentDirectory: cwd, executablePath: executable, stdoutIsTerminal: isatty(1) == 1, stderrIsTerminal: isatty(2) == 1)
        let result = execute(invocation)
        // Whatever reaches a terminal goes through the one sanitiser; pipes and files get the bytes as they are.
        for piece in result.stdoutPieces { writeAll(1, invocation.stdoutIsTerminal ? TerminalText.sanitized(piece) : piece) }
        let stderr = Array(result.stderr.utf8)
        writeAll(2, invocation.stderrIsTerminal ? TerminalText.sanitized(stderr) : stderr)
        return result.exitCode.rawValue
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 { if errno == EINTR { continue } else { return } }
            offset += written
        }
    }
}

extension String {
    var trimmingLeadingDashes: String { String(drop { $0 == "-" }) }
}

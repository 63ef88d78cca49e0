import ShortlistKit

/// One `--long-name` option or flag that a command accepts.
public struct OptionSpec: Sendable {
    /// The long name in kebab-case, without the leading dashes, such as `format`.
    public var name: String
    /// The placeholder for the value, such as `format` in `--format <format>`; `nil` makes this a flag.
    public var valueName: String?
    /// One line that says what the option does.
    public var help: String
    /// The only values the option accepts, in the order help lists them; `nil` accepts any value.
    public var allowedValues: [String]?
    /// Whether the option may be given more than once, collecting every value.
    public var repeatable: Bool
    /// Whether the command cannot run without the option; the usage line shows it without brackets.
    public var required: Bool

    /// Creates an option; without a `valueName` it is a flag.
    ///
    /// - Parameters:
    ///   - name: The long name in kebab-case, without dashes.
    ///   - valueName: The placeholder for the value, or `nil` for a flag.
    ///   - help: What the option does.
    ///   - allowedValues: The only values accepted, or `nil` for any value.
    ///   - repeatable: Whether the option may be given more than once.
    ///   - required: Whether the command cannot run without it.
    public init(
        name: String,
        valueName: String? = nil,
        help: String = "",
        allowedValues: [String]? = nil,
        repeatable: Bool = false,
        required: Bool = false
    ) {
        self.name = name
        self.valueName = valueName
        self.help = help
        self.allowedValues = allowedValues
        self.repeatable = repeatable
        self.required = required
    }

    /// Whether the option is a flag, taking no value.
    public var isFlag: Bool { valueName == nil }

    /// How the option appears in help: `--format <format>` or `--json`.
    var label: String {
        if let valueName { "--\(name) <\(valueName)>" } else { "--\(name)" }
    }
}

/// One positional argument that a command accepts.
public struct PositionalSpec: Sendable {
    /// The name shown in help as `<name>`.
    public var name: String
    /// One line that says what the argument is.
    public var help: String
    /// Whether the argument may be left out; optional arguments come after required ones.
    public var optional: Bool

    /// Creates a positional argument.
    ///
    /// - Parameters:
    ///   - name: The name shown in help as `<name>`.
    ///   - help: What the argument is.
    ///   - optional: Whether it may be left out.
    public init(name: String, help: String = "", optional: Bool = false) {
        self.name = name
        self.help = help
        self.optional = optional
    }

    /// How the argument appears in the usage line: `<name>` or `[<name>]`.
    var usage: String { optional ? "[<\(name)>]" : "<\(name)>" }
}

/// What one subcommand accepts, and its help.
public struct CommandSpec: Sendable {
    /// The command as typed after the tool name, such as `rank` or `sheet export`.
    public var name: String
    /// One sentence that says what the command does.
    public var summary: String
    /// The positional arguments, required ones first.
    public var positionals: [PositionalSpec]
    /// The options and flags, in the order help lists them.
    public var options: [OptionSpec]
    /// Longer text shown at the end of the help, such as examples.
    public var discussion: String?

    /// Creates a command specification.
    ///
    /// - Parameters:
    ///   - name: The command as typed after the tool name.
    ///   - summary: What the command does.
    ///   - positionals: The positional arguments, required ones first.
    ///   - options: The options and flags.
    ///   - discussion: Longer text for the end of the help.
    public init(
        name: String,
        summary: String,
        positionals: [PositionalSpec] = [],
        options: [OptionSpec] = [],
        discussion: String? = nil
    ) {
        self.name = name
        self.summary = summary
        self.positionals = positionals
        // Every command that writes an --output file takes --force (see OutputGuard).
        self.options = options
        if options.contains(where: { $0.name == "output" }) && !options.contains(where: { $0.name == "force" }) {
            self.options.append(OptionSpec(name: "force", help: "Replace an existing --output file that holds something else (never a device, link, FIFO or workspace input)."))
        }
        self.discussion = discussion
    }

    /// Returns the help for this command: overview, usage line, arguments, options and discussion.
    ///
    /// - Parameter toolName: The name of the executable, such as `shortlist`.
    /// - Returns: The help text, ending with a newline.
    public func helpText(toolName: String) -> String {
        var usage = "USAGE: \(toolName) \(name)"
        for positional in positionals {
            usage += " \(positional.usage)"
        }
        // Required options first and without brackets, as swift-argument-parser shows them.
        for option in options.filter(\.required) + options.filter({ !$0.required }) {
            let shown = option.repeatable ? "\(option.label) ..." : option.label
            usage += option.required ? " \(shown)" : " [\(shown)]"
        }

        var argumentRows: [(String, [String])] = []
        for positional in positionals {
            argumentRows.append(("<\(positional.name)>", helpLines(positional.help)))
        }
        var optionRows: [(String, [String])] = []
        for option in options {
            var lines = helpLines(option.help)
            if option.repeatable {
                if lines.isEmpty {
                    lines = ["Can be repeated."]
                } else {
                    lines[lines.count - 1] += " (can be repeated)"
                }
            }
            if let allowed = option.allowedValues {
                lines.append("values: " + allowed.joined(separator: ", "))
            }
            optionRows.append((option.label, lines))
        }
        optionRows.append(("-h, --help", ["Show help information."]))

        let widest = (argumentRows + optionRows).map { TextWidth.columns($0.0) }.max() ?? 0
        let labelWidth = min(widest, Self.maximumLabelWidth)

        var text = "OVERVIEW: \(summary)\n\n\(usage)\n"
        if !argumentRows.isEmpty {
            text += "\nARGUMENTS:\n" + Self.render(argumentRows, labelWidth: labelWidth)
        }
        text += "\nOPTIONS:\n" + Self.render(optionRows, labelWidth: labelWidth)
        if let discussion, !discussion.isEmpty {
            text += "\n" + discussion + (discussion.hasSuffix("\n") ? "" : "\n")
        }
        return text
    }

    /// Labels wider than this put their help on the next line.
    private static let maximumLabelWidth = 28

    /// Splits help text into lines, dropping an empty help.
    private func helpLines(_ help: String) -> [String] {
        help.isEmpty ? [] : help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Renders label/help rows with the help aligned in one column.
    private static func render(_ rows: [(String, [String])], labelWidth: Int) -> String {
        let indent = "  "
        let gap = "  "
        let helpIndent = String(repeating: " ", count: indent.count + labelWidth + gap.count)
        var text = ""
        for (label, lines) in rows {
            var remaining = lines[...]
            if TextWidth.columns(label) > labelWidth || lines.isEmpty {
                text += indent + label + "\n"
            } else {
                text += indent + TextWidth.pad(label, to: labelWidth) + gap + remaining.removeFirst() + "\n"
            }
            for line in remaining {
                text += helpIndent + line + "\n"
            }
        }
        return text
    }
}

/// The arguments of one command after parsing.
public struct ParsedArguments: Sendable, Equatable {
    /// The positional arguments in the order given.
    public var positionals: [String]
    /// The values of each option, by long name, in the order given.
    public var values: [String: [String]]
    /// The long names of the flags that were given.
    public var flags: Set<String>
    /// Whether `-h` or `--help` appeared; nothing else was validated when it is `true`.
    public var helpRequested: Bool

    /// Creates parsed arguments.
    ///
    /// - Parameters:
    ///   - positionals: The positional arguments.
    ///   - values: The values of each option, by long name.
    ///   - flags: The flags that were given.
    ///   - helpRequested: Whether help was asked for.
    public init(
        positionals: [String] = [],
        values: [String: [String]] = [:],
        flags: Set<String> = [],
        helpRequested: Bool = false
    ) {
        self.positionals = positionals
        self.values = values
        self.flags = flags
        self.helpRequested = helpRequested
    }

    /// Returns the last value given for an option, or `nil` when it was not given.
    ///
    /// - Parameter name: The option's long name, without dashes.
    public func value(_ name: String) -> String? {
        values[name]?.last
    }

    /// Returns the value of an option the spec marks `required` (the parser has checked that it was
    /// given); throws a usage error naming it if a caller asks for one that is not.
    ///
    /// - Parameter name: The option's long name, without dashes.
    public func required(_ name: String) throws(UsageError) -> String {
        guard let value = values[name]?.last else { throw UsageError("missing '--\(name)'") }
        return value
    }

    /// Returns every value given for an option, in order; empty when it was not given.
    ///
    /// - Parameter name: The option's long name, without dashes.
    public func values(_ name: String) -> [String] {
        values[name] ?? []
    }

    /// The value of an option that names an id (a vendor, an evaluator, a metric), in Unicode
    /// Normalization Form C (see ``Identifier/normalized(_:)``).
    public func id(_ name: String) -> String? {
        value(name).map(Identifier.normalized)
    }

    /// ``id(_:)`` of an option the spec marks `required` (see ``required(_:)``).
    public func requiredID(_ name: String) throws(UsageError) -> String {
        Identifier.normalized(try required(name))
    }

    /// Returns whether a flag was given.
    ///
    /// - Parameter name: The flag's long name, without dashes.
    public func flag(_ name: String) -> Bool {
        flags.contains(name)
    }
}

/// Parses the arguments of one subcommand against its ``CommandSpec``.
///
/// Accepts `--name value`, `--name=value`, flags `--name`, and `--` to end the
/// options. `-h` or `--help` anywhere before `--` asks for help and skips all
/// other checks. A value that starts with `-` is taken only as `--name=value`
/// or when it is a number (`--value -3`); a lone `-` (standard input or
/// output) is always a value.
public enum ArgumentParser {
    /// Parses `arguments` (without the tool and command names) for `spec`.
    ///
    /// - Parameters:
    ///   - arguments: The words after the command name.
    ///   - spec: What the command accepts.
    /// - Returns: The positionals, option values and flags.
    /// - Throws: ``UsageError`` naming the first problem, with a suggestion for misspelt
    ///   options and values.
    public static func parse(_ arguments: [String], for spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        for argument in arguments {
            if argument == "--" { break }
            if argument == "-h" || argument == "--help" {
                return ParsedArguments(helpRequested: true)
            }
        }

        var parsed = ParsedArguments()
        var optionsByName: [String: OptionSpec] = [:]
        for option in spec.options where optionsByName[option.name] == nil {
            optionsByName[option.name] = option
        }
        func fail(_ message: String) -> UsageError {
            UsageError(message, command: spec.name)
        }

        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1

            if optionsEnded || !looksLikeOption(argument) {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            guard argument.hasPrefix("--") else {
                throw fail(unknownOptionMessage(argument, name: String(argument.dropFirst()), spec: spec))
            }

            let body = argument.dropFirst(2)
            let name: String
            let inlineValue: String?
            if let equals = body.firstIndex(of: "=") {
                name = String(body[..<equals])
                inlineValue = String(body[body.index(after: equals)...])
            } else {
                name = String(body)
                inlineValue = nil
            }
            guard let option = optionsByName[name] else {
                throw fail(unknownOptionMessage("--\(name)", name: name, spec: spec))
            }

            if option.isFlag {
                if inlineValue != nil {
                    throw fail("'--\(name)' does not take a value; got '\(argument)'")
                }
                if parsed.flags.contains(name) && !option.repeatable {
                    throw fail("'--\(name)' may be given only once")
                }
                parsed.flags.insert(name)
                continue
            }

            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count, !looksLikeOption(arguments[index]) {
                value = arguments[index]
                index += 1
            } else {
                var message = "missing value for '\(option.label)'"
                if index < arguments.count {
                    message += "; to give a value that starts with '-', write '--\(name)=\(arguments[index])'"
                }
                throw fail(message)
            }

            if let allowed = option.allowedValues, !allowed.contains(value) {
                var message = "'--\(name)' expects one of \(allowed.joined(separator: ", ")); got '\(value)'"
                message += NearestMatch.didYouMean(value, among: allowed, quoted: { "'\($0)'" })
                throw fail(message)
            }
            if parsed.values[name] != nil && !option.repeatable {
                throw fail("'--\(name)' may be given only once")
            }
            parsed.values[name, default: []].append(value)
        }

        if parsed.positionals.count > spec.positionals.count {
            throw fail("unexpected argument '\(parsed.positionals[spec.positionals.count])'")
        }
        for positional in spec.positionals.dropFirst(parsed.positionals.count) where !positional.optional {
            throw fail("missing <\(positional.name)>")
        }
        for option in spec.options where option.required && parsed.values[option.name] == nil && !parsed.flags.contains(option.name) {
            throw fail("missing '\(option.label)'")
        }
        return parsed
    }

    /// Whether an argument is an option (or `--`) rather than a value.
    ///
    /// A lone `-` and negative numbers such as `-3` or `-0.5` are values.
    static func looksLikeOption(_ argument: String) -> Bool {
        guard argument.hasPrefix("-"), argument != "-" else { return false }
        return !isNumber(argument)
    }

    /// Whether an argument is a decimal number such as `-3`, `-0.5` or `1e-3`.
    static func isNumber(_ argument: String) -> Bool {
        var rest = Substring(argument)
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        guard let first = rest.first, first.isASCII, first.isNumber || first == "." else { return false }
        return Double(argument) != nil
    }

    /// `unknown option '--x'`, with a did-you-mean over the command's option names.
    private static func unknownOptionMessage(_ shown: String, name: String, spec: CommandSpec) -> String {
        let names = spec.options.map(\.name) + ["help"]
        return "unknown option '\(shown)'" + NearestMatch.didYouMean(name, among: names, quoted: { "'--\($0)'" })
    }
}

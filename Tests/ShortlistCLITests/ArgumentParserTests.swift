import ShortlistCLI
import Testing

@Suite struct ArgumentParserTests {
    private let rank = CommandSpec(
        name: "rank",
        summary: "Rank the vendors of a workspace.",
        positionals: [
            PositionalSpec(name: "workspace", help: "The workspace directory."),
            PositionalSpec(name: "scenario", help: "A scenario to apply.", optional: true),
        ],
        options: [
            OptionSpec(
                name: "format", valueName: "format", help: "How to print the ranking.",
                allowedValues: ["table", "json", "csv", "markdown"]),
            OptionSpec(name: "output", valueName: "path", help: "Write to a file instead of standard output."),
            OptionSpec(name: "value", valueName: "number", help: "A threshold."),
            OptionSpec(name: "weight", valueName: "criterion=points", help: "Override a weight.", repeatable: true),
            OptionSpec(name: "json", help: "Shorthand for --format json."),
            OptionSpec(name: "verbose", help: "Explain each score.", repeatable: true),
        ],
        discussion: "EXAMPLES:\n  shortlist rank ./acme --format csv"
    )

    private func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        try ArgumentParser.parse(arguments, for: rank)
    }

    private func error(_ arguments: [String]) throws -> UsageError {
        try #require(throws: UsageError.self) { try ArgumentParser.parse(arguments, for: rank) }
    }

    // MARK: - Accepted forms

    @Test func positionalsOptionsAndFlags() throws {
        let parsed = try parse(["ws", "--format", "json", "--json", "--output=out.csv", "base"])
        #expect(parsed == ParsedArguments(
            positionals: ["ws", "base"],
            values: ["format": ["json"], "output": ["out.csv"]],
            flags: ["json"]))
        #expect(parsed.value("format") == "json")
        #expect(parsed.value("missing") == nil)
        #expect(parsed.flag("json"))
        #expect(!parsed.flag("verbose"))
        #expect(!parsed.helpRequested)
    }

    @Test func equalsFormKeepsEverythingAfterTheFirstEquals() throws {
        let parsed = try parse(["ws", "--weight=price=30", "--output="])
        #expect(parsed.values("weight") == ["price=30"])
        #expect(parsed.value("output") == "")
    }

    @Test func repeatableOptionsCollectValuesInOrder() throws {
        let parsed = try parse(["ws", "--weight", "price=30", "--weight=support=20", "--verbose", "--verbose"])
        #expect(parsed.values("weight") == ["price=30", "support=20"])
        #expect(parsed.value("weight") == "support=20")
        #expect(parsed.values("output") == [])
        #expect(parsed.flag("verbose"))
    }

    @Test func doubleDashEndsOptions() throws {
        let parsed = try parse(["--json", "--", "--format", "-x"])
        #expect(parsed.positionals == ["--format", "-x"])
        #expect(parsed.flags == ["json"])
        #expect(parsed.values.isEmpty)
    }

    @Test(arguments: ["-3", "-0.5", "-1e3", "+2", ".5"])
    func numbersThatStartWithADashAreValues(number: String) throws {
        #expect(try parse(["ws", "--value", number]).value("value") == number)
    }

    @Test func negativeNumbersAreAlsoPositionals() throws {
        #expect(try parse(["ws", "-3"]).positionals == ["ws", "-3"])
    }

    @Test func dashValuesNeedTheEqualsForm() throws {
        #expect(try parse(["ws", "--output=-x"]).value("output") == "-x")
        #expect(try parse(["ws", "--output=--"]).value("output") == "--")
    }

    @Test func loneDashIsAValue() throws {
        let parsed = try parse(["-", "--output", "-"])
        #expect(parsed.positionals == ["-"])
        #expect(parsed.value("output") == "-")
    }

    @Test func optionalPositionalMayBeLeftOut() throws {
        #expect(try parse(["ws"]).positionals == ["ws"])
    }

    // MARK: - Help

    @Test(arguments: [["-h"], ["--help"], ["ws", "--format", "xml", "--help"], ["--nonsense", "-h", "a", "b", "c"]])
    func helpAnywhereSkipsValidation(arguments: [String]) throws {
        #expect(try parse(arguments) == ParsedArguments(helpRequested: true))
    }

    @Test func helpAfterDoubleDashIsAPositional() throws {
        let parsed = try parse(["ws", "--", "--help"])
        #expect(!parsed.helpRequested)
        #expect(parsed.positionals == ["ws", "--help"])
    }

    @Test func helpText() {
        #expect(rank.helpText(toolName: "shortlist") == """
            OVERVIEW: Rank the vendors of a workspace.

            USAGE: shortlist rank <workspace> [<scenario>] [--format <format>] [--output <path>] \
            [--value <number>] [--weight <criterion=points> ...] [--json] [--verbose ...] [--force]

            ARGUMENTS:
              <workspace>                  The workspace directory.
              <scenario>                   A scenario to apply.

            OPTIONS:
              --format <format>            How to print the ranking.
                                           values: table, json, csv, markdown
              --output <path>              Write to a file instead of standard output.
              --value <number>             A threshold.
              --weight <criterion=points>  Override a weight. (can be repeated)
              --json                       Shorthand for --format json.
              --verbose                    Explain each score. (can be repeated)
              --force                      Replace an existing --output file that holds something else (never a device, link, FIFO or workspace input).
              -h, --help                   Show help information.

            EXAMPLES:
              shortlist rank ./acme --format csv

            """)
    }

    @Test func helpTextPutsHelpOfVeryLongLabelsOnTheNextLine() {
        let spec = CommandSpec(
            name: "pilot log",
            summary: "Append to the pilot log.",
            options: [
                OptionSpec(name: "a", help: "Short."),
                OptionSpec(name: "observation-timestamp", valueName: "iso-8601-date", help: "When it happened."),
            ])
        #expect(spec.helpText(toolName: "shortlist") == """
            OVERVIEW: Append to the pilot log.

            USAGE: shortlist pilot log [--a] [--observation-timestamp <iso-8601-date>]

            OPTIONS:
              --a                           Short.
              --observation-timestamp <iso-8601-date>
                                            When it happened.
              -h, --help                    Show help information.

            """)
    }

    @Test func helpTextWithoutArguments() {
        let spec = CommandSpec(name: "sheet export", summary: "Export the rating sheet.")
        #expect(spec.helpText(toolName: "shortlist") == """
            OVERVIEW: Export the rating sheet.

            USAGE: shortlist sheet export

            OPTIONS:
              -h, --help  Show help information.

            """)
    }

    // MARK: - Errors

    @Test func unknownOptionSuggestsTheClosestName() throws {
        let error = try error(["ws", "--fromat", "json"])
        #expect(error == UsageError("unknown option '--fromat'; did you mean '--format'?", command: "rank"))
        #expect(error.description == "unknown option '--fromat'; did you mean '--format'?")
    }

    @Test func unknownOptionWithEqualsSuggestsToo() throws {
        #expect(try error(["ws", "--outptu=x"]).message == "unknown option '--outptu'; did you mean '--output'?")
    }

    @Test func unknownOptionWithoutSuggestion() throws {
        #expect(try error(["ws", "--zzz"]).message == "unknown option '--zzz'")
    }

    @Test func singleDashOptions() throws {
        #expect(try error(["ws", "-x"]).message == "unknown option '-x'")
        #expect(try error(["ws", "-format", "csv"]).message == "unknown option '-format'; did you mean '--format'?")
    }

    @Test func flagGivenAValue() throws {
        #expect(try error(["ws", "--json=x"]).message == "'--json' does not take a value; got '--json=x'")
    }

    @Test func missingValueAtTheEnd() throws {
        #expect(try error(["ws", "--output"]).message == "missing value for '--output <path>'")
    }

    @Test func missingValueBeforeAnotherOption() throws {
        #expect(try error(["ws", "--output", "--json"]).message
            == "missing value for '--output <path>'; to give a value that starts with '-', write '--output=--json'")
        #expect(try error(["ws", "--value", "-x"]).message
            == "missing value for '--value <number>'; to give a value that starts with '-', write '--value=-x'")
    }

    @Test func valueNotAllowed() throws {
        #expect(try error(["ws", "--format", "xml"])
            == UsageError("'--format' expects one of table, json, csv, markdown; got 'xml'", command: "rank"))
    }

    @Test func valueNotAllowedSuggestsTheClosestValue() throws {
        #expect(try error(["ws", "--format=jsn"]).message
            == "'--format' expects one of table, json, csv, markdown; got 'jsn'; did you mean 'json'?")
        #expect(try error(["ws", "--format", "markdwon"]).message
            == "'--format' expects one of table, json, csv, markdown; got 'markdwon'; did you mean 'markdown'?")
    }

    @Test func nonRepeatableOptionGivenTwice() throws {
        #expect(try error(["ws", "--format", "csv", "--format=json"]).message == "'--format' may be given only once")
        #expect(try error(["ws", "--json", "--json"]).message == "'--json' may be given only once")
    }

    @Test func tooManyPositionals() throws {
        #expect(try error(["ws", "base", "x", "y"]) == UsageError("unexpected argument 'x'", command: "rank"))
    }

    @Test func missingRequiredPositional() throws {
        #expect(try error([]) == UsageError("missing <workspace>", command: "rank"))
        #expect(try error(["--json"]).message == "missing <workspace>")
    }

    @Test func firstProblemInOrderIsReported() throws {
        // The unknown option comes before the missing positional is noticed.
        #expect(try error(["--fromat", "csv"]).message == "unknown option '--fromat'; did you mean '--format'?")
    }

    /// A required option: shown first and without brackets in the usage line, enforced by the
    /// parser (help still works without it), read through a typed accessor.
    @Test func requiredOptionsAreShownAndEnforced() throws {
        let spec = CommandSpec(name: "sheet export", summary: "Export.", positionals: [PositionalSpec(name: "workspace")], options: [
            OptionSpec(name: "output", valueName: "file"),
            OptionSpec(name: "evaluator", valueName: "name", required: true),
        ])
        #expect(spec.helpText(toolName: "shortlist").contains("USAGE: shortlist sheet export <workspace> --evaluator <name> [--output <file>] [--force]\n"))
        let missing = try #require(throws: UsageError.self) { try ArgumentParser.parse(["ws"], for: spec) }
        #expect(missing == UsageError("missing '--evaluator <name>'", command: "sheet export"))
        #expect(try ArgumentParser.parse(["ws", "--help"], for: spec).helpRequested)
        let parsed = try ArgumentParser.parse(["ws", "--evaluator", "ann"], for: spec)
        #expect(try parsed.required("evaluator") == "ann")
    }
}

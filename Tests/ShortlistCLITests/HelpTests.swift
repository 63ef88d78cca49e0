import Foundation
import Testing

/// `shortlist help <command>` finds two-word commands as dispatch does, and prints the same text as `<command> --help`.
@Suite struct HelpTests {
    @Test(arguments: [["sheet", "export"], ["pilot", "record"], ["rank"], ["report"]])
    func helpNamesTheCommand(_ command: [String]) throws {
        let viaHelp = try BinaryRunner.run(["help"] + command)
        let viaOption = try BinaryRunner.run(command + ["--help"])
        #expect(viaHelp.status == 0 && viaOption.status == 0)
        #expect(viaHelp.text.hasPrefix("OVERVIEW: "), "\(viaHelp.text.prefix(200))")
        #expect(viaHelp.text.contains("USAGE: shortlist \(command.joined(separator: " ")) "))
        #expect(viaHelp.stdout == viaOption.stdout)
    }

    @Test func helpWithoutAKnownCommandPrintsTheOverview() throws {
        for arguments in [["help"], ["help", "nope"]] {
            let result = try BinaryRunner.run(arguments)
            #expect(result.status == 0)
            #expect(result.text.hasPrefix("shortlist 0.1.0"))
        }
    }

    /// A command group's help lists its subcommands with their summaries, exactly, and exits 0.
    @Test(arguments: [["pilot", "--help"], ["pilot", "-h"], ["help", "pilot"]])
    func aGroupHasItsOwnHelp(_ arguments: [String]) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.text == """
            USAGE: shortlist pilot <subcommand> [<arguments>] [<options>]

            SUBCOMMANDS:
              pilot init    Scaffold a pilot plan for a vendor: department, window and metrics with baselines and targets.
              pilot record  Append one observation to a vendor's pilot log (validated; append-only; safe under concurrency).
              pilot import  Append observations from a CSV file (vendor, metric, value, date, by, note), validated whole before anything is written.
              pilot status  Show each pilot's metrics against baseline and target, the trend, days left, the pilot score and must-pass verdict.

            Run `shortlist pilot <subcommand> --help` for a subcommand's arguments and options.

            """)
    }

    /// A misspelt subcommand is a usage error with a suggestion and the group's list.
    @Test func aMisspeltSubcommandSuggestsTheNearestOne() throws {
        let result = try BinaryRunner.run(["sheet", "exprot", "samples/retail-10-stores"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("error: unknown subcommand 'sheet exprot'; did you mean 'sheet export'?\n\nUSAGE: shortlist sheet <subcommand>"))
    }
}

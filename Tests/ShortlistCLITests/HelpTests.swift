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
        for arguments in [["help"], ["help", "nope"], ["help", "sheet"]] {
            let result = try BinaryRunner.run(arguments)
            #expect(result.status == 0)
            #expect(result.text.hasPrefix("shortlist 0.1.0"))
        }
    }
}

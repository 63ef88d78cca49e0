import Foundation
import Testing

/// `sheet import` accepts exactly the evaluator ids the workspace loader accepts, so that it never
/// stores `ratings/<id>.json` under a name the next load rejects.
@Suite struct SheetIdentifierTests {
    @Test(arguments: ["_x", "-x", ".x"])
    func idsTheLoaderRejectsAreUsageErrors(_ evaluator: String) throws {
        let (directory, workspace) = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        let sheet = directory.appendingPathComponent("sheet.csv").path
        #expect(try BinaryRunner.run(["sheet", "export", workspace.path, "--evaluator", "chen-jing", "--output", sheet]).status == 0)
        let result = try BinaryRunner.run(["sheet", "import", workspace.path, sheet, "--evaluator=\(evaluator)"])
        #expect(result.status == 64)
        #expect(result.stderr == "error: '--evaluator' expects an id of letters, digits, '-', '_' or '.', starting with a letter or digit, got '\(evaluator)'\nRun `shortlist sheet import --help` for usage.\n")
        #expect(!FileManager.default.fileExists(atPath: workspace.appendingPathComponent("ratings/\(evaluator).json").path))
    }
}

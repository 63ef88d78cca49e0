import Foundation
import Testing

/// The panel's calibration settings from `selection.json` to `rank`'s text and JSON, on a copy of the retail sample.
@Suite struct CalibrationEndToEndTests {
    /// A copy of the retail sample whose `panel` has `"calibrate": false` replaced by `settings`.
    static func workspace(_ settings: String) throws -> (directory: URL, workspace: URL) {
        let copy = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        let file = copy.workspace.appendingPathComponent("selection.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        try #require(text.contains("\"calibrate\": false,"))
        try Data(text.replacingOccurrences(of: "\"calibrate\": false,", with: settings).utf8).write(to: file)
        return copy
    }

    @Test func offsetsAreReportedAndAppliedWithTheirThreshold() throws {
        // zhou-min's offset is 0.140625 of the scale (the sample's golden JSON): flagged at 10 %, not at 20 %.
        let copy = try Self.workspace(#""calibrate": true, "leniencyPercent": 20,"#)
        defer { try? FileManager.default.removeItem(at: copy.directory) }
        let table = try BinaryRunner.run(["rank", copy.workspace.path])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.lines.contains("  – zhou-min: offset +14.1% of the scale over 12 cells shared with the rest of the panel; ratings shifted by −14.1% of the scale"), "\(table.text)")
        #expect(!table.text.contains("LENIENT"))
        let json = try BinaryRunner.run(["rank", copy.workspace.path, "--format", "json"]).json(RankJSON.self)
        let zhou = try #require(json.calibration?.first { $0.evaluator == "zhou-min" })
        #expect(zhou.applied)
        #expect(zhou.flag == nil, "not flagged at 20%")
        #expect(zhou.sharedCells == 12)
        #expect(zhou.offset == 0.140625)
    }

    @Test func aMisspelledOrOutOfRangeThresholdIsAnError() throws {
        let copy = try Self.workspace(#""calibrate": true, "leniencyPercent": 0, "lenientPercent": 5,"#)
        defer { try? FileManager.default.removeItem(at: copy.directory) }
        let result = try BinaryRunner.run(["validate", copy.workspace.path])
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            #"selection.json:28:46: error: panel.lenientPercent: unknown key "lenientPercent"; did you mean "leniencyPercent"?"#,
            #"selection.json:28:43: error: panel.leniencyPercent: expected a number > 0 and ≤ 100, found 0"#,
            "2 errors found",
            "",
        ])
    }
}

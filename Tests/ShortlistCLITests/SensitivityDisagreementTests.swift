import Foundation
import Testing
@testable import ShortlistCLI
import ShortlistKit

/// `sensitivity --disagreement` says what it did, and says so when it can do nothing.
@Suite struct SensitivityDisagreementTests {
    static func run(_ arguments: [String]) -> CommandResult {
        CommandLineTool.execute(Invocation(arguments: ["sensitivity", "samples/retail-10-stores", "--samples", "500"] + arguments, currentDirectory: BinaryRunner.repositoryRoot.path))
    }

    @Test func atTheGroupLevelItSaysItHasNoEffect() throws {
        let result = Self.run(["--disagreement"])
        #expect(result.exitCode == .success, "\(result.stderr)")
        let text = String(decoding: result.stdout, as: UTF8.self)
        #expect(text.contains("\n--disagreement has no effect at the group level: group scores are not sampled; use --level criteria to sample rated criteria between the lowest and highest rating\n"), "\(text)")
        // And the numbers are those of a run without it.
        let with = try #require(try JSONSerialization.jsonObject(with: Data(Self.run(["--disagreement", "--format", "json"]).stdout)) as? [String: Any])
        let without = try #require(try JSONSerialization.jsonObject(with: Data(Self.run(["--format", "json"]).stdout)) as? [String: Any])
        #expect(with["acceptability"] as? NSDictionary == without["acceptability"] as? NSDictionary)
        #expect((with["disagreement"] as? [String: Any])?["cells"] as? Int == 0)
        #expect(without["disagreement"] == nil)
    }

    @Test func atTheCriteriaLevelItCountsTheCellsItSampled() throws {
        // Retail: 4 evaluators rate 3 criteria of 3 vendors; the cells with two different ratings counted and no
        // override are the ones sampled (yunqi's core-module-demo is overridden, so it is not one of them).
        let result = Self.run(["--disagreement", "--level", "criteria", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        let disagreement = try #require(json["disagreement"] as? [String: Any])
        #expect(disagreement["cells"] as? Int == 5)
        #expect(disagreement["note"] as? String == "--disagreement: 5 vendor × criterion cells sampled between the lowest and highest evaluator rating")
    }

    @Test func withoutAnyDisagreementItSaysSo() throws {
        // A copy of the retail sample without its ratings: nothing to sample.
        let copy = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        defer { try? FileManager.default.removeItem(at: copy.directory) }
        try FileManager.default.removeItem(at: copy.workspace.appendingPathComponent("ratings"))
        var selection = try String(contentsOf: copy.workspace.appendingPathComponent("selection.json"), encoding: .utf8)
        let overrides = try #require(selection.range(of: "\"overrides\": [")?.lowerBound)
        let end = try #require(selection.range(of: "]\n  },\n  \"decision\"")?.lowerBound)
        selection.replaceSubrange(overrides...end, with: "\"overrides\": []")
        // Without ratings the rating criteria await the panel: lingxi is scored on 87.3% of the weight,
        // yunqi (whose dossier states some of them) on 92.1%; a minimum of 0.8 keeps both in the analysis.
        selection = selection.replacingOccurrences(of: "\"missingFacts\": \"worst\"", with: "\"missingFacts\": \"worst\", \"minimumCoverage\": 0.8")
        try Data(selection.utf8).write(to: copy.workspace.appendingPathComponent("selection.json"))
        let result = try BinaryRunner.run(["sensitivity", copy.workspace.path, "--samples", "500", "--disagreement", "--level", "criteria"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.text.contains("\n--disagreement has no effect here: no rated criterion of an analysed vendor has evaluators who disagree (each cell has one rating, equal ratings or a recorded override)\n"), "\(result.text)")
    }
}

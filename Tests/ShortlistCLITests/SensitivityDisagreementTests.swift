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
        // The note is a paragraph of its own, between the stability table and the verdict.
        #expect(section(startingWith: "--disagreement", of: text) == ["--disagreement has no effect at the group level: group scores are not sampled; use --level criteria to sample rated criteria between the lowest and highest rating"])
        // And the numbers are those of a run without it.
        let with = try decodeJSON(SensitivityJSON.self, from: Self.run(["--disagreement", "--format", "json"]).stdout)
        let without = try decodeJSON(SensitivityJSON.self, from: Self.run(["--format", "json"]).stdout)
        #expect(with.acceptability == without.acceptability)
        #expect(with.disagreement?.cells == 0)
        #expect(with.disagreement?.note == "--disagreement has no effect at the group level: group scores are not sampled; use --level criteria to sample rated criteria between the lowest and highest rating")
        #expect(without.disagreement == nil)
    }

    @Test func atTheCriteriaLevelItCountsTheCellsItSampled() throws {
        // Retail: 4 evaluators rate 3 criteria of 3 vendors; the cells with two different ratings counted and no
        // override are the ones sampled (yunqi's core-module-demo is overridden, so it is not one of them).
        let result = Self.run(["--disagreement", "--level", "criteria", "--format", "json"])
        let disagreement = try #require(try decodeJSON(SensitivityJSON.self, from: result.stdout).disagreement)
        #expect(disagreement.cells == 5)
        #expect(disagreement.note == "--disagreement: 5 vendor × criterion cells sampled between the lowest and highest evaluator rating")
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
        #expect(result.section(startingWith: "--disagreement") == ["--disagreement has no effect here: no rated criterion of an analysed vendor has evaluators who disagree (each cell has one rating, equal ratings or a recorded override)"])
    }
}

import Foundation
import ShortlistKit
import Testing

/// A scenario's `"consensus": "trimmedMean"` trims what its `trimPercent` says, else what the panel's
/// own trimmed mean trims, else 20 % — before, a scenario's trimmed mean always trimmed 20 %.
@Suite struct ScenarioConsensusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: root.appendingPathComponent(path))) }

    /// The retail sample's selection.json (panel consensus "mean") with `scenarios` added, and the panel's
    /// consensus line replaced by `panel` when given.
    static func profile(scenarios: String, panel: String? = nil) throws -> RequirementProfile {
        let catalog = try Catalog(json: bytes("criteria/hris.json"), file: "hris.json", bases: ["saas": bytes("criteria/saas.json")])
        var text = String(decoding: try bytes("samples/retail-10-stores/selection.json"), as: UTF8.self)
        if let panel {
            // The line the replacement needs, exactly once, as a whole line of the sample.
            #expect(text.split(separator: "\n").filter { $0 == "    \"consensus\": \"mean\"," }.count == 1)
            text = text.replacingOccurrences(of: "\"consensus\": \"mean\",", with: panel)
        }
        let end = try #require(text.lastIndex(of: "}"))
        text.replaceSubrange(end...end, with: ", \"scenarios\": \(scenarios) }")
        return try RequirementProfile(json: Array(text.utf8), catalog: catalog)
    }

    @Test func aScenarioTrimsWhatItSays() throws {
        let profile = try Self.profile(scenarios: #"{ "robust panel": { "consensus": "trimmedMean", "trimPercent": 25 } }"#)
        #expect(profile.scenarios.map(\.overrides.consensus) == [.trimmedMean(fraction: 0.25)])
    }

    @Test func withoutTrimPercentItTrimsAsThePanelDoesElseTwentyPercent() throws {
        let scenario = #"{ "robust panel": { "consensus": "trimmedMean" } }"#
        #expect(try Self.profile(scenarios: scenario).scenarios.map(\.overrides.consensus) == [.trimmedMean(fraction: 0.2)])
        let trimming = try Self.profile(scenarios: scenario, panel: #""consensus": "trimmedMean", "trimPercent": 10,"#)
        #expect(trimming.panel.consensus == .trimmedMean(fraction: 0.1))
        #expect(trimming.scenarios.map(\.overrides.consensus) == [.trimmedMean(fraction: 0.1)])
    }

    @Test func trimPercentNeedsATrimmedMeanAndARange() throws {
        let withoutMethod = try #require(throws: InputErrors.self) { try Self.profile(scenarios: #"{ "robust panel": { "trimPercent": 10 } }"#) }
        #expect(withoutMethod.diagnostics.map { $0.path + ": " + $0.message } == [#"scenarios."robust panel".trimPercent: "trimPercent" applies only to "consensus": "trimmedMean""#])
        let median = try #require(throws: InputErrors.self) { try Self.profile(scenarios: #"{ "robust panel": { "consensus": "median", "trimPercent": 10 } }"#) }
        #expect(median.diagnostics.map { $0.path + ": " + $0.message } == [#"scenarios."robust panel".trimPercent: "trimPercent" applies only to "consensus": "trimmedMean""#])
        let half = try #require(throws: InputErrors.self) { try Self.profile(scenarios: #"{ "robust panel": { "consensus": "trimmedMean", "trimPercent": 50 } }"#) }
        #expect(half.diagnostics.map { $0.path + ": " + $0.message } == [#"scenarios."robust panel".trimPercent: expected a number ≥ 0 and < 50, found 50"#])
    }
}

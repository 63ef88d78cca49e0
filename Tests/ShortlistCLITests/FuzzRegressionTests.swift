import Foundation
import ShortlistKit
import Testing

/// Every input in `.fuzz/regressions/` (named `<target>-<what>`) through the path its fuzz target
/// takes (see `.fuzz/Harness.swift`), in `swift test`: none may crash or end in an internal error.
/// The seed corpora go through the parsers as well.
@Suite(.serialized) struct FuzzRegressionTests {
    static let fuzz = BinaryRunner.repositoryRoot.appendingPathComponent(".fuzz")

    /// The regression inputs, by name.
    static var regressions: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fuzz.appendingPathComponent("regressions").path)) ?? []).sorted()
    }

    /// Where each workspace target puts its input, and what it runs.
    static let targets: [String: (file: String, commands: [[String]])] = [
        "selection": ("selection.json", [["validate"], ["rank"]]),
        "vendor": ("vendors/lingxi.json", [["validate"]]),
        "catalog": ("criteria/hris.json", [["validate"]]),
        "ratings": ("ratings/zhou-min.json", [["validate"]]),
        "pilot-plan": ("pilots/lingxi.json", [["pilot", "status"]]),
        "pilot-log": ("pilots/lingxi.log.jsonl", [["pilot", "status", "--format", "json"]]),
        "weight-lock": ("weights.lock.json", [["validate"]]),
        "decision": ("decision.json", [["verify"]]),
        "evaluation": ("vendors/yunqi.json", [["rank"], ["rank", "--format", "json"], ["rank", "--format", "csv"], ["rank", "--format", "markdown"], ["rank", "--method", "all"],
                                               ["report"], ["report", "--format", "markdown", "--lang", "zh"], ["explain", "yunqi", "--against", "lingxi"],
                                               ["sensitivity", "--samples", "200"], ["compare"], ["weights"], ["decide", "--format", "json"]]),
    ]

    @Test func thereAreRegressionInputsForTheIssue11Attacks() {
        #expect(Self.regressions.count >= 7)
        for name in Self.regressions {
            let target = Self.targets.keys.first { name.hasPrefix($0 + "-") } ?? ["json", "csv", "matrix"].first { name.hasPrefix($0 + "-") }
            #expect(target != nil, "\(name) starts with a target name")
        }
    }

    @Test(arguments: regressions)
    func regressionInput(_ name: String) throws {
        let input = try [UInt8](Data(contentsOf: Self.fuzz.appendingPathComponent("regressions/" + name)))
        if name.hasPrefix("json-") { _ = try? JSONParser.parse(input); return }
        if name.hasPrefix("csv-") {
            // Mixed separators are refused, naming the separator found and why.
            #expect(throws: CSVError.self) { try CSVReader.parse(input) }
            return
        }
        let copy = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        defer { try? FileManager.default.removeItem(at: copy.directory) }
        let ws = copy.workspace.path
        try FileManager.default.createDirectory(atPath: ws + "/criteria", withIntermediateDirectories: true)
        try Data(contentsOf: BinaryRunner.repositoryRoot.appendingPathComponent("criteria/hris.json")).write(to: URL(fileURLWithPath: ws + "/criteria/hris.json"))
        let environment = ["SHORTLIST_NOW": "2026-07-01T09:00:00Z", "SHORTLIST_USER": "fuzz"]
        if name.hasPrefix("matrix-") {
            let csv = copy.directory.appendingPathComponent("input.csv").path
            try Data(input).write(to: URL(fileURLWithPath: csv))
            for normalization in ["minmax", "vector", "max", "sum"] {
                let result = try BinaryRunner.run(["matrix", csv, "--weights", "0.5,0.3,0.2", "--types", "+,-,+", "--method", "all", "--normalization", normalization])
                #expect(result.status == 0 || result.status == 1, "\(name) \(normalization): \(result.stderr)")
            }
            #expect([0, 1].contains(try BinaryRunner.run(["ahp", csv]).status))
            return
        }
        let target = try #require(Self.targets.first { name.hasPrefix($0.key + "-") })
        try Data(input).write(to: URL(fileURLWithPath: ws + "/" + target.value.file))
        for command in target.value.commands {
            var arguments = command
            arguments.insert(ws, at: command.first == "pilot" ? 2 : 1)
            let result = try BinaryRunner.run(arguments, environment: environment)
            #expect(result.status == 0 || result.status == 1, "\(name) \(command): status \(result.status) \(result.stderr)")
        }
    }

    @Test func everySeedGoesThroughTheParsers() throws {
        let corpus = Self.fuzz.appendingPathComponent("corpus")
        var seeds = 0
        for target in try FileManager.default.contentsOfDirectory(atPath: corpus.path) {
            for file in try FileManager.default.contentsOfDirectory(atPath: corpus.path + "/" + target) {
                let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: corpus.path + "/" + target + "/" + file)))
                if file.hasSuffix(".csv") {
                    #expect(throws: Never.self, "\(target)/\(file) is valid CSV") { _ = try CSVReader.parse(bytes) }
                } else if file.hasSuffix(".json") {
                    #expect(throws: Never.self, "\(target)/\(file) is valid JSON") { _ = try JSONParser.parse(bytes) }
                }
                seeds += 1
            }
        }
        #expect(seeds >= 40)
    }
}

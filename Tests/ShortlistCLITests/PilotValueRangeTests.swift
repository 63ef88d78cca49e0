import Foundation
import Testing

/// Pilot values are checked against the metric's unit and its declared `min`/`max`: refused with exit 1
/// and nothing written when recorded, an error in the plan, a skipped line (with a warning) in a log.
@Suite struct PilotValueRangeTests {
    typealias Workspace = PilotDecisionEndToEndTests.Workspace
    static let during = PilotDecisionEndToEndTests.duringRetailPilot

    @Test func valuesOutsideTheUnitAreRefusedAndNothingIsWritten() throws {
        let workspace = try Workspace(sample: "retail-10-stores")
        defer { workspace.remove() }
        let log = workspace.file("pilots/lingxi.log.jsonl")
        let original = try Data(contentsOf: log)
        let base = ["pilot", "record", workspace.root.path, "--by", "wang-lei", "--vendor", "lingxi"]
        let cases: [(metric: String, value: String, message: String)] = [
            ("satisfaction", "120", "error: '--value' 120: satisfaction is a percentage (unit \"%\") and must lie within 0–100, not 120; a metric that can leave 0–100 (a change, say) declares \"min\" and \"max\" in the pilot plan"),
            ("satisfaction", "-0.5", "error: '--value' -0.5: satisfaction is a percentage (unit \"%\") and must lie within 0–100, not -0.5; a metric that can leave 0–100 (a change, say) declares \"min\" and \"max\" in the pilot plan"),
            ("crashes", "-1", "error: '--value' -1: crashes is measured in crashes/week, which cannot be negative, not -1; a metric that can be negative declares \"min\" in the pilot plan"),
            ("stats-time", "-2", "error: '--value' -2: stats-time is measured in days, which cannot be negative, not -2; a metric that can be negative declares \"min\" in the pilot plan"),
            ("payroll-time", "-0.25", "error: '--value' -0.25: payroll-time is measured in hours, which cannot be negative, not -0.25; a metric that can be negative declares \"min\" in the pilot plan"),
            // The plan declares "min": -100 for the change in sales, which has no upper bound then.
            ("sales-change", "-101", "error: '--value' -101: sales-change must be at least -100 (its \"min\"/\"max\" in the pilot plan), not -101"),
        ]
        for item in cases {
            let result = try BinaryRunner.run(base + ["--metric", item.metric, "--value", item.value], environment: Self.during)
            #expect(result.status == 1, "\(item.metric) \(item.value): \(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == item.message + "\n")
            #expect(try Data(contentsOf: log) == original, "the log is byte-identical")
        }
        // Within range: 100 %, 0 crashes, a fall in sales of 5 % (declared min -100), a rise of 150 %.
        for (metric, value) in [("satisfaction", "100"), ("crashes", "0"), ("sales-change", "-5"), ("sales-change", "150")] {
            let result = try BinaryRunner.run(base + ["--metric", metric, "--value", value], environment: Self.during)
            #expect(result.status == 0, "\(metric) \(value): \(result.stderr)")
        }
    }

    @Test func aPlanIsCheckedToo() throws {
        let workspace = try Workspace(sample: "retail-10-stores")
        defer { workspace.remove() }
        let plan = workspace.file("pilots/lingxi.json")
        var text = try String(contentsOf: plan, encoding: .utf8)
        text = text.replacingOccurrences(of: #""baseline": 55, "target": 75"#, with: #""baseline": 55, "target": 175"#)
        text = text.replacingOccurrences(of: #""min": -100"#, with: #""min": 20, "max": 10"#)
        try Data(text.utf8).write(to: plan)
        let result = try BinaryRunner.run(["validate", workspace.root.path])
        #expect(result.status == 1)
        #expect(result.stderrLines == [
            #"pilots/lingxi.json:13:33: error: metrics[2].target: the target: satisfaction is a percentage (unit "%") and must lie within 0–100, not 175; a metric that can leave 0–100 (a change, say) declares "min" and "max" in the pilot plan"#,
            #"pilots/lingxi.json:15:54: error: metrics[3].max: "max" (10) must be above "min" (20)"#,
            "2 errors found",
            "",
        ])
    }

    @Test func aLogLineOutsideTheRangeIsSkippedWithAWarning() throws {
        let workspace = try Workspace(sample: "retail-10-stores")
        defer { workspace.remove() }
        let log = workspace.file("pilots/lingxi.log.jsonl")
        let before = try BinaryRunner.run(["pilot", "status", workspace.root.path, "--format", "json"], environment: Self.during)
        let line = #"{"by":"wang-lei","date":"2026-04-15","id":"o0999","metric":"satisfaction","recorded":"2026-04-15T09:00:00Z","value":180}"# + "\n"
        let handle = try FileHandle(forWritingTo: log)
        handle.seekToEndOfFile()
        handle.write(Data(line.utf8))
        try handle.close()
        let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").count
        let after = try BinaryRunner.run(["pilot", "status", workspace.root.path, "--format", "json"], environment: Self.during)
        #expect(after.status == 0, "\(after.stderr)")
        #expect((after.text + after.stderr).contains("line \(lines) records a value outside the metric's range: satisfaction is a percentage (unit \"%\") and must lie within 0–100, not 180"), "\(after.stderr)")
        // The line does not count: satisfaction's latest value is what it was.
        let status = { (data: Data) throws -> Double? in
            try decodeJSON([PilotStatusJSON].self, from: data).first?.metric("satisfaction")?.current
        }
        #expect(try status(before.stdout) == 80)       // the sample's latest satisfaction reading
        #expect(try status(after.stdout) == 80)
    }
}

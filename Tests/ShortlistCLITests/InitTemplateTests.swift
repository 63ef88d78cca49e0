import Foundation
import Testing

/// `shortlist init`'s template, as a new user meets it: every file it writes validates, ranks,
/// explains, shows its pilot, decides and reports as it is (issue 13 §5).
@Suite struct InitTemplateTests {
    @Test func theTemplateShowsEverySectionAndEveryCommandRunsOnIt() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let created = try BinaryRunner.run(["init", "ws"], in: directory)
        #expect(created.status == 0, "\(created.stderr)")
        let files = FileManager.default.subpaths(atPath: directory.appendingPathComponent("ws").path)?.sorted() ?? []
        #expect(files == ["criteria", "criteria/hris.json", "criteria/saas.json", "pilots", "pilots/example-vendor.json", "ratings",
                          "ratings/example-evaluator.json", "selection.json", "vendors", "vendors/example-vendor.json"])
        // Every section the README's "Model your own selection" names is in the files, each with its note. (Presence
        // of a key anywhere in a template the user edits freely: `contains` on purpose; validate below checks the values.)
        let selection = try String(contentsOf: directory.appendingPathComponent("ws/selection.json"), encoding: .utf8)
        for key in ["\"exchangeRates\"", "\"budget\"", "\"criteria\"", "\"panel\"", "\"decision\"", "\"pilotRequired\"", "\"scenarios\"", "\"gates\""] {
            #expect(selection.contains(key), "selection.json lacks \(key)")
        }
        let vendor = try String(contentsOf: directory.appendingPathComponent("ws/vendors/example-vendor.json"), encoding: .utf8)
        #expect(vendor.contains("\"quote\"") && vendor.contains("\"escalationCapPercent\"") && vendor.contains("maintenancePercent"))
        let pilot = try String(contentsOf: directory.appendingPathComponent("ws/pilots/example-vendor.json"), encoding: .utf8)
        #expect(pilot.contains("\"goNoGo\"") && pilot.contains("\"note\""))

        let validate = try BinaryRunner.run(["validate", "ws"], in: directory)
        #expect(validate.text == "ok: ws is valid — 1 vendor, catalog hris (101 criteria, 7 gates)\n", "\(validate.stderr)")

        // The quote, 250 employees, no growth, 3 years: subscription 25 × 12 × 250 = 75,000; × 1.05 = 78,750;
        // × 1.05² = 82,687.5 capped at 108 % of 75,000 = 81,000. Platform fee 10,000; × 1.03 = 10,300; × 1.03² = 10,609.
        // Implementation 20,000 and training 5,000 once. Year 1: 75,000 + 10,000 + 25,000 = 110,000;
        // TCO 234,750 + 30,909 + 25,000 = 290,659.
        let rank = try BinaryRunner.run(["rank", "ws", "--format", "json"], in: directory)
        #expect(rank.status == 0, "\(rank.stderr)")
        let cost = try #require(try rank.json(RankJSON.self).ranking.first?.cost)
        #expect(cost.lines.map(\.label) == ["Subscription", "Platform fee", "Implementation", "Training"])
        #expect(cost.lines.map(\.years) == [[75_000, 78_750, 81_000], [10_000, 10_300, 10_609], [20_000, 0, 0], [5_000, 0, 0]])
        #expect(cost.oneOff == 25_000 && cost.recurring == [85_000, 89_050, 91_609])
        #expect(cost.firstYear == 110_000 && cost.tco == 290_659)

        let explain = try BinaryRunner.run(["explain", "ws", "example-vendor"], in: directory)
        #expect(explain.status == 0, "\(explain.stderr)")
        #expect(section("Cost (CNY): one-off 25,000; recurring by year 85,000, 89,050, 91,609; first year 110,000; 3-year TCO 290,659", of: explain.lines) == [
            "Cost (CNY): one-off 25,000; recurring by year 85,000, 89,050, 91,609; first year 110,000; 3-year TCO 290,659",
            "  headcount by year (growth 0 % a year, organisation.headcountGrowthPercent): 250, 250, 250",
            "  Subscription, recurring: 75,000 / 78,750 / 81,000; total 234,750 (25 × 12 × 250 employees; +5 % a year, capped at +8 %)",
            "  Platform fee, recurring: 10,000 / 10,300 / 10,609; total 30,909 (10,000 a year; +3 % a year)",
            "  Implementation, one-off: 20,000 / 0 / 0; total 20,000 (20,000 once)",
            "  Training, one-off: 5,000 / 0 / 0; total 5,000 (5,000 once)",
        ], "\(explain.text)")

        // The pilot plan: a threshold metric (no baseline) beside three targets, 2 of 3 needed; nothing observed yet.
        let status = try BinaryRunner.run(["pilot", "status", "ws"], in: directory, environment: ["SHORTLIST_NOW": "2026-05-02T09:00:00Z"])
        #expect(status.status == 0, "\(status.stderr)")
        // With nothing observed there is no score and no verdict (it said "pilot score 0.00 … NO-GO" before).
        #expect(status.lines == [
            "example-vendor — pilot in Head office HR, 2026-04-01 – 2026-04-30 (ended 2 days ago)",
            "Metric                    Baseline     Target  Current  Obs  Progress  Met  Trend",
            "availability (must-pass)         –   ≥ 99.5 %        –    0         –  no",
            "process-time              24 hours  ≤ 8 hours        –    0         –  no",
            "satisfaction                  60 %     ≥ 75 %        –    0         –  no",
            "self-service                  20 %     ≥ 60 %        –    0         –  no",
            "no observations recorded yet: no score and no go/no-go verdict until the first (`shortlist pilot record`); decide treats the vendor as not piloted",
            "", "",
        ], "\(status.text)")

        // decide: a pilot with no observation yet is not a failed must-pass; the vendor is scored on desk and demo
        // (notPiloted rescale) and recommended.
        let decide = try BinaryRunner.run(["decide", "ws"], in: directory)
        #expect(decide.status == 0, "\(decide.stderr)")
        // Combined (40 × 72.31 + 30 × 56.41) ÷ 70 = 65.49 on the stages it has; no MUST-PASS or go/no-go line.
        #expect(decide.lines == [
            "Decision — HRIS selection (replace with your project's name)",
            "stages: desk 40, demo 30, pilot 30; vendors without a pilot: scored on their other stages",
            "",
            "Rank  Vendor                             Combined   Desk   Demo  Pilot  Coverage  Status",
            "   1  Example HR Cloud (example-vendor)     65.49  72.31  56.41      –      100%  ranked",
            "  example-vendor: the pilot has no observations yet: scored on its other stages (rescaled)",
            "",
            "recommended: example-vendor (the only vendor left)",
            "",
            "pilot example-vendor (Head office HR, 2026-04-01 – 2026-04-30): no observations recorded yet, so not piloted",
            "",
        ], "\(decide.text)")

        let report = try BinaryRunner.run(["report", "ws", "--format", "markdown"], in: directory)
        #expect(report.status == 0, "\(report.stderr)")
        // The board's cost table lists the quote's lines, the same figures as rank's JSON above.
        let costs = try #require(report.lines.firstIndex(of: "### Costs over 3 years"), "\(report.text)")
        #expect(section("| Vendor | Line | Type | Year 1 | Year 2 | Year 3 | Total |", of: Array(report.lines[costs...])) == [
            "| Vendor | Line | Type | Year 1 | Year 2 | Year 3 | Total |",
            "|---|---|---|---:|---:|---:|---:|",
            "| Example HR Cloud | Subscription | recurring | 75,000 | 78,750 | 81,000 | 234,750 |",
            "| Example HR Cloud | Platform fee | recurring | 10,000 | 10,300 | 10,609 | 30,909 |",
            "| Example HR Cloud | Implementation | one-off | 20,000 | 0 | 0 | 20,000 |",
            "| Example HR Cloud | Training | one-off | 5,000 | 0 | 0 | 5,000 |",
            "| Example HR Cloud | **Year-1 cash / TCO (CNY)** |  | **110,000** | **89,050** | **91,609** | **290,659** |",
        ], "\(report.text)")
    }

    @Test func theNewNotesAreStringsAndTheirKeysAreChecked() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try BinaryRunner.run(["init", "ws"], in: directory).status == 0)
        func replace(_ path: String, _ old: String, _ new: String) throws {
            let url = directory.appendingPathComponent("ws/" + path)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.components(separatedBy: old).count == 2, "\(path) holds \(old) once")
            try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
        }
        try replace("vendors/example-vendor.json", "\"note\": \"The vendor's own price lines", "\"nte\": \"The vendor's own price lines")
        try replace("pilots/example-vendor.json", "\"note\": \"A time-boxed trial of one vendor. ", "\"note\": 5, \"x\": \"")
        try replace("selection.json", "\"source\": \"ECB euro reference rate\", \"note\": \"", "\"source\": \"ECB euro reference rate\", \"notes\": \"")
        let validate = try BinaryRunner.run(["validate", "ws"], in: directory)
        #expect(validate.status == 1)
        #expect(validate.stderr == """
        selection.json:30:87: error: exchangeRates.EUR.notes: unknown key "notes"; did you mean "note"?
        vendors/example-vendor.json:21:5: error: quote.nte: unknown key "nte"; did you mean "note"?
        pilots/example-vendor.json:3:14: error: x: unknown key "x"; expected one of: department, end, goNoGo, metrics, note, start, vendor, version
        pilots/example-vendor.json:3:11: error: note: expected a string, found the number 5
        4 errors found

        """, "\(validate.stderr)")
    }

    @Test func theDecisionNoteIsTrueWithPilotRequiredTheTemplateRecommendsNobody() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try BinaryRunner.run(["init", "ws"], in: directory).status == 0)
        let url = directory.appendingPathComponent("ws/selection.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.components(separatedBy: "\"pilotRequired\": false").count == 2, "selection.json sets pilotRequired to false once")
        try text.replacingOccurrences(of: "\"pilotRequired\": false", with: "\"pilotRequired\": true").write(to: url, atomically: true, encoding: .utf8)
        let decide = try BinaryRunner.run(["decide", "ws"], in: directory)
        #expect(decide.status == 1)
        // Not ranked, so no combined score; the line below the table says why.
        #expect(section("Rank  Vendor                             Combined   Desk   Demo  Pilot  Coverage  Status", of: decide.lines) == [
            "Rank  Vendor                             Combined   Desk   Demo  Pilot  Coverage  Status",
            "   –  Example HR Cloud (example-vendor)         –  72.31  56.41      –      100%  not piloted",
            "  example-vendor: the pilot has no observations yet, and decision.pilotRequired needs a pilot that says go",
        ], "\(decide.text)")
    }
}

/// The lines of `lines` from the one equal to `heading` up to, not including, the next blank line (empty when no
/// line is `heading`). Fileprivate until `Support/TextSections.swift` (branch i12g) reaches main.
fileprivate func section(_ heading: String, of lines: [String]) -> [String] {
    guard let start = lines.firstIndex(of: heading) else { return [] }
    return Array(lines[start...].prefix { !$0.isEmpty })
}

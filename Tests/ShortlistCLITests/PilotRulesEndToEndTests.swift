import Foundation
import Testing

/// Runs the real `shortlist` binary on copies of the internet-300 sample: go/no-go rules in
/// `pilot status` and `decide`, `decision.pilotRequired`, threshold metrics, `pilot import`
/// (Excel dialects, repeated files) and the bad input of each, with exact messages and nothing written.
@Suite struct PilotRulesEndToEndTests {
    /// After the sample's pilots (2026-05-18 – 2026-06-28).
    static let afterPilots = ["SHORTLIST_NOW": "2026-07-01T09:00:00Z", "SHORTLIST_USER": "wang-li"]

    /// The 3-of-4 rule the sample ships with, as it appears in both pilot plans.
    static let shippedRule = #""goNoGo": { "require": "atLeast", "atLeast": 3, "of": ["okr-checkins", "feedback", "review-close", "satisfaction"] }"#

    // MARK: - Go/no-go in pilot status and decide

    @Test func pilotStatusNamesTheTargetsHitAndMissed() throws {
        let ws = try Sample()
        defer { ws.remove() }
        let result = try ws.run(["pilot", "status", "<ws>"])
        #expect(result.status == 0, "\(result.stderr)")
        let verdicts = result.text.split(separator: "\n").filter { $0.hasPrefix("go/no-go:") }
        // xinyue: okr 86.33 ≥ 85, feedback 2.23 ≥ 2, review-close 3 ≤ 3 hit; satisfaction 74 < 75 missed: 3 of 4,
        // but sso-failures 2.7 > 2 fails its must-pass. yunqi: only satisfaction 76 ≥ 75 hit: 1 of 4 < 3.
        #expect(verdicts == [
            "go/no-go: NO-GO: must-pass not met (sso-failures); 3 of 4 targets hit (okr-checkins, feedback, review-close; missed satisfaction), 3 needed",
            "go/no-go: NO-GO: every must-pass metric met; 1 of 4 targets hit (satisfaction; missed okr-checkins, feedback, review-close), 3 needed",
        ])
        let json = try ws.run(["pilot", "status", "<ws>", "--vendor", "yunqi", "--format", "json"])
        let status = try #require(try json.json([PilotStatusJSON].self).first)
        let goNoGo = try #require(status.goNoGo)
        #expect(!goNoGo.go)
        #expect(goNoGo.hit == ["satisfaction"])
        #expect(goNoGo.missed == ["okr-checkins", "feedback", "review-close"])
        #expect(goNoGo.targets == ["okr-checkins", "feedback", "review-close", "satisfaction"])
        #expect(goNoGo.needed == 3)
        #expect(goNoGo.require == "atLeast")
        #expect(goNoGo.mustPassMet)
        #expect(goNoGo.failedMustPass == [])
        #expect(goNoGo.text == "NO-GO: every must-pass metric met; 1 of 4 targets hit (satisfaction; missed okr-checkins, feedback, review-close), 3 needed")
    }

    @Test func withoutPilotRequiredANoGoIsSaidButTheRankingStands() throws {
        let ws = try Sample()
        defer { ws.remove() }
        let result = try ws.run(["decide", "<ws>"])
        #expect(result.status == 0, "\(result.stderr)")
        // yunqi ranks with its no-go said; xinyue is blocked by its must-pass metric, so yunqi is the only one left.
        #expect(result.section(startingWith: "Rank ") == [
            "Rank  Vendor                       Combined   Desk   Demo  Pilot  Coverage  Status",
            "   1  Yunqi HR (yunqi)                77.36  79.72  63.11  82.12      100%  ranked",
            "   –  Xinyue People (xinyue)              –  81.70  64.77  84.67      100%  blocked",
            "   –  Qingteng HR (qingteng)              –  77.96  53.00      –      100%  not piloted",
            "   –  Beichen HCM Suite (beichen)         –  84.20  65.36      –      100%  knocked out",
            "  yunqi: the pilot says no-go (1 of 4 targets hit (satisfaction; missed okr-checkins, feedback, review-close), 3 needed); it counts as a scoring stage only, as decision.pilotRequired is not set",
            "  xinyue: blocked: must-pass pilot metric sso-failures is 2.7 per 1,000 logins, target ≤ 2 per 1,000 logins",
            "  qingteng: not piloted; the decision excludes vendors without a pilot",
            "  beichen: knocked out by gate-go-live: needs 12 weeks to implement; go-live is due in 8 weeks",
        ])
        #expect(result.section(startingWith: "recommended:") == ["recommended: yunqi (the only vendor left)"])
    }

    @Test func pilotRequiredWithNoVendorSayingGoRecommendsNobodyAndExits1() throws {
        let ws = try Sample()
        defer { ws.remove() }
        try ws.replace("selection.json", #""decision": {"#, #""decision": { "pilotRequired": true,"#)
        let result = try ws.run(["decide", "<ws>"])
        #expect(result.status == 1)
        #expect(result.stderr == "wrote decision.json (15 input files hashed)\n")
        #expect(result.section(startingWith: "Rank ") == [
            "Rank  Vendor                       Combined   Desk   Demo  Pilot  Coverage  Status",
            "   –  Xinyue People (xinyue)              –  81.70  64.77  84.67      100%  blocked",
            "   –  Yunqi HR (yunqi)                    –  79.72  63.11  82.12      100%  blocked",
            "   –  Qingteng HR (qingteng)              –  77.96  53.00      –      100%  not piloted",
            "   –  Beichen HCM Suite (beichen)         –  84.20  65.36      –      100%  knocked out",
            "  xinyue: blocked: must-pass pilot metric sso-failures is 2.7 per 1,000 logins, target ≤ 2 per 1,000 logins",
            "  yunqi: blocked: the pilot says no-go and decision.pilotRequired is set (1 of 4 targets hit (satisfaction; missed okr-checkins, feedback, review-close), 3 needed)",
            "  qingteng: not piloted, and decision.pilotRequired needs a pilot that says go",
            "  beichen: knocked out by gate-go-live: needs 12 weeks to implement; go-live is due in 8 weeks",
        ])
        #expect(result.section(startingWith: "no recommendation:") == ["no recommendation: no vendor remains (every vendor is knocked out, blocked, not piloted or incomplete)"])
        #expect(!result.lines.contains { $0.hasPrefix("recommended:") }) // negative check
        let record = try decodeJSON(DecisionRecordJSON.self, from: Data(contentsOf: ws.file("decision.json")))
        #expect(record.settings.pilotRequired == true)
        #expect(record.decision.winner == nil)
        #expect(record.decision.margin == nil)
    }

    @Test func pilotRequiredWithAMetRuleRecommendsTheVendorThatSaysGo() throws {
        let ws = try Sample()
        defer { ws.remove() }
        try ws.replace("selection.json", #""decision": {"#, #""decision": { "pilotRequired": true,"#)
        // "any" of the four targets: yunqi hits satisfaction, and its must-pass holds → go.
        try ws.replace("pilots/yunqi.json", Self.shippedRule, #""goNoGo": { "require": "any" }"#)
        let result = try ws.run(["decide", "<ws>"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.section("pilot yunqi (Engineering, 2026-05-18 – 2026-06-28): score 82.12, every must-pass metric met") == [
            "  go/no-go: GO: every must-pass metric met; 1 of 4 targets hit (satisfaction; missed okr-checkins, feedback, review-close), 1 needed",
        ])
        #expect(result.section(startingWith: "recommended:") == ["recommended: yunqi (the only vendor left)"])
        // qingteng has no pilot: out, with the reason.
        #expect(result.section(startingWith: "Rank ") == [
            "Rank  Vendor                       Combined   Desk   Demo  Pilot  Coverage  Status",
            "   1  Yunqi HR (yunqi)                77.36  79.72  63.11  82.12      100%  ranked",
            "   –  Xinyue People (xinyue)              –  81.70  64.77  84.67      100%  blocked",
            "   –  Qingteng HR (qingteng)              –  77.96  53.00      –      100%  not piloted",
            "   –  Beichen HCM Suite (beichen)         –  84.20  65.36      –      100%  knocked out",
            "  xinyue: blocked: must-pass pilot metric sso-failures is 2.7 per 1,000 logins, target ≤ 2 per 1,000 logins",
            "  qingteng: not piloted, and decision.pilotRequired needs a pilot that says go",
            "  beichen: knocked out by gate-go-live: needs 12 weeks to implement; go-live is due in 8 weeks",
        ])
    }

    // MARK: - Threshold metrics

    @Test func aThresholdMetricIsMetOrNotAndNeverNaN() throws {
        let ws = try Sample()
        defer { ws.remove() }
        // A fifth metric without a baseline: availability ≥ 99.5 %, weight 20 (total weight 100 → 120).
        try ws.replace("pilots/yunqi.json", #""metrics": ["#, #""metrics": [ { "id": "availability", "name": "Availability", "unit": "%", "target": 99.5, "direction": "higher", "weight": 20 },"#)
        try ws.write("obs.csv", "vendor,metric,value,date\nyunqi,availability,99.7,2026-06-20\n")
        let imported = try ws.run(["pilot", "import", "<ws>", "obs.csv"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let json = try ws.run(["pilot", "status", "<ws>", "--vendor", "yunqi", "--format", "json"])
        #expect(!json.text.contains("NaN")) // negative check: nowhere in the JSON
        let status = try #require(try json.json([PilotStatusJSON].self).first)
        let metric = try #require(status.metric("availability"))
        #expect(metric.baseline == nil)
        #expect(metric.progress == nil)
        #expect(metric.current == 99.7 && metric.target == 99.5)
        #expect(metric.met)
        // Before: 82.12 from Σ weight × capped progress = 8,212.5 over weight 100 (okr 25 × 72.5, feedback 15 × 64.71,
        // review 20 × 71.43, sso 20 × 100, satisfaction 20 × 100). The met threshold adds 20 × 100 = 2,000 over weight 120:
        // (8,212.5… + 2,000) ÷ 120 = 85.10.
        #expect(abs(status.score - 85.10) < 0.005)
        let text = try ws.run(["pilot", "status", "<ws>", "--vendor", "yunqi"])
        #expect(text.lines.contains("availability                                       –                    ≥ 99.5 %                      99.7 %    1         –  yes  ▄")) // the metric's whole row
    }

    // MARK: - pilot import

    @Test func anExcelFileIsImportedWholeWithTheNextIds() throws {
        let ws = try Sample()
        defer { ws.remove() }
        let before = try String(contentsOf: ws.file("pilots/yunqi.log.jsonl"), encoding: .utf8)
        // As Excel saves with a Chinese locale: BOM, ';' and a decimal comma, CRLF, a blank row, columns in another order, by left blank.
        try ws.write("obs.csv", "\u{FEFF}Date;Vendor;Metric;Value;By;Note\r\n2026-06-20;yunqi;okr-checkins;80,5;zhao-peng;week 5\r\n;;;;;\r\n2026-06-21;yunqi;review-close;4;;\r\n2026-06-22;xinyue;satisfaction;77;li-na;\"survey, 40 answers\"\r\n")
        let result = try ws.run(["pilot", "import", "<ws>", "obs.csv"])
        #expect(result.status == 0, "\(result.stderr)")
        // yunqi's log ends at o0016 and xinyue's at o0015 (ids are per log); the imported entries follow them.
        #expect(result.text == "imported 1 observation to pilots/xinyue.log.jsonl (o0016); 2 observations to pilots/yunqi.log.jsonl (o0017–o0018) from obs.csv\n")
        let after = try String(contentsOf: ws.file("pilots/yunqi.log.jsonl"), encoding: .utf8)
        #expect(after.hasPrefix(before))
        #expect(String(after.dropFirst(before.count)) == """
            {"by":"zhao-peng","date":"2026-06-20","id":"o0017","metric":"okr-checkins","note":"week 5","recorded":"2026-07-01T09:00:00Z","value":80.5}
            {"by":"wang-li","date":"2026-06-21","id":"o0018","metric":"review-close","recorded":"2026-07-01T09:00:00Z","value":4}

            """)
        // Imported twice: refused, nothing appended.
        let again = try ws.run(["pilot", "import", "<ws>", "obs.csv"])
        #expect(again.status == 1)
        #expect(again.stderr == """
            obs.csv: error: row 5: repeats entry o0016 of pilots/xinyue.log.jsonl (satisfaction = 77 on 2026-06-22 by li-na); was the file imported before?
            obs.csv: error: row 2: repeats entry o0017 of pilots/yunqi.log.jsonl (okr-checkins = 80.5 on 2026-06-20 by zhao-peng); was the file imported before?
            obs.csv: error: row 4: repeats entry o0018 of pilots/yunqi.log.jsonl (review-close = 4 on 2026-06-21 by wang-li); was the file imported before?
            obs.csv: error: nothing was imported
            4 errors found

            """)
        #expect(try String(contentsOf: ws.file("pilots/yunqi.log.jsonl"), encoding: .utf8) == after)
    }

    // MARK: - Bad input

    static let badInput: [BadCase] = [
        BadCase("atLeast above the number of targets",
                .replace("pilots/yunqi.json", shippedRule, #""goNoGo": { "require": "atLeast", "atLeast": 5, "of": ["okr-checkins", "feedback", "review-close", "satisfaction"] }"#),
                stderr: #"pilots/yunqi.json:7:48: error: goNoGo.atLeast: "atLeast" is 5, but the rule counts only 4 targets"#),
        BadCase("an unknown target metric",
                .replace("pilots/yunqi.json", shippedRule, #""goNoGo": { "require": "atLeast", "atLeast": 3, "of": ["okr-checkin", "feedback", "review-close", "satisfaction"] }"#),
                stderr: #"pilots/yunqi.json:7:58: error: goNoGo.of[0]: unknown metric "okr-checkin"; did you mean "okr-checkins"?"#),
        BadCase("a must-pass metric listed as a target",
                .replace("pilots/yunqi.json", shippedRule, #""goNoGo": { "require": "atLeast", "atLeast": 3, "of": ["okr-checkins", "sso-failures", "review-close", "satisfaction"] }"#),
                stderr: #"pilots/yunqi.json:7:74: error: goNoGo.of[1]: sso-failures is must-pass, so it must be met anyway; list only the targets counted towards "require""#),
        BadCase("an unknown requirement",
                .replace("pilots/yunqi.json", shippedRule, #""goNoGo": { "require": "most", "of": ["okr-checkins"] }"#),
                stderr: #"pilots/yunqi.json:7:26: error: goNoGo.require: expected one of "all", "any", "atLeast", found "most""#),
        BadCase("atLeast without its number",
                .replace("pilots/yunqi.json", shippedRule, #""goNoGo": { "require": "atLeast" }"#),
                stderr: #"pilots/yunqi.json:7:26: error: goNoGo.require: "require": "atLeast" needs "atLeast": k, the number of targets to hit"#),
        BadCase("a misspelt key in the rule",
                .replace("pilots/yunqi.json", shippedRule, #""goNoGo": { "require": "all", "atleast": 3 }"#),
                stderr: #"pilots/yunqi.json:7:33: error: goNoGo.atleast: unknown key "atleast"; did you mean "atLeast"?"#),
        BadCase("a number with require all",
                .replace("pilots/yunqi.json", shippedRule, #""goNoGo": { "require": "all", "atLeast": 3 }"#),
                stderr: #"pilots/yunqi.json:7:44: error: goNoGo.atLeast: "atLeast" applies only to "require": "atLeast""#),
        BadCase("a fractional count",
                .replace("pilots/yunqi.json", shippedRule, #""goNoGo": { "require": "atLeast", "atLeast": 2.5 }"#),
                stderr: #"pilots/yunqi.json:7:48: error: goNoGo.atLeast: expected a whole number, found 2.5"#),
        BadCase("an empty list of targets",
                .replace("pilots/yunqi.json", shippedRule, #""goNoGo": { "require": "any", "of": [] }"#),
                stderr: #"pilots/yunqi.json:7:39: error: goNoGo.of: list at least one target metric, or leave "of" out to count every metric that is not must-pass"#),
        BadCase("pilotRequired as a string",
                .replace("selection.json", #""decision": {"#, #""decision": { "pilotRequired": "yes","#),
                stderr: #"selection.json:90:34: error: decision.pilotRequired: expected true or false, found the string "yes""#),
        BadCase("pilotRequired misspelt",
                .replace("selection.json", #""decision": {"#, #""decision": { "pilotRequire": true,"#),
                stderr: #"selection.json:90:17: error: decision.pilotRequire: unknown key "pilotRequire"; did you mean "pilotRequired"?"#),
        BadCase("import: a misspelt column",
                .write("obs.csv", "vendor,metrc,value,date\nyunqi,okr-checkins,50,2026-06-20\n"), import: true,
                stderr: #"obs.csv:1:8: error: row 1 column 2 (metrc): unknown column "metrc"; did you mean "metric"?"#),
        BadCase("import: no date column",
                .write("obs.csv", "vendor,metric,value\nyunqi,okr-checkins,50\n"), import: true,
                stderr: #"obs.csv:1:1: error: row 1: the header lacks the column "date""#),
        BadCase("import: an empty file",
                .write("obs.csv", "\u{FEFF}\r\n\r\n"), import: true,
                stderr: #"obs.csv: error: the file is empty; expected a header row (vendor, metric, value, date, by, note) and one observation a row"#),
        BadCase("import: a header without rows",
                .write("obs.csv", "vendor,metric,value,date\n"), import: true,
                stderr: #"obs.csv: error: the file has a header but no observations"#),
        BadCase("import: every bad row reported at once, by row and column",
                .write("obs.csv", """
                    vendor,metric,value,date
                    yunqu,okr-checkins,1,2026-06-20
                    yunqi,okr,1,2026-06-20
                    yunqi,okr-checkins,120,2026-06-20
                    yunqi,okr-checkins,abc,2026-06-20
                    yunqi,okr-checkins,50,2026-07-20
                    yunqi,okr-checkins,50,2026-02-30
                    yunqi,okr-checkins,50
                    qingteng,x,1,2026-06-01
                    yunqi,okr-checkins,1e999,2026-06-20
                    yunqi,feedback,1,2026-06-20
                    yunqi,feedback,1,2026-06-20

                    """), import: true,
                stderr: [
                    #"obs.csv:2:1: error: row 2 column 1 (vendor): unknown vendor "yunqu"; did you mean "yunqi"?"#,
                    #"obs.csv:3:7: error: row 3 column 2 (metric): the pilot of yunqi has no metric "okr"; did you mean "okr-checkins"?"#,
                    #"obs.csv:4:20: error: row 4 column 3 (value): okr-checkins is a percentage (unit "%") and must lie within 0–100, not 120; a metric that can leave 0–100 (a change, say) declares "min" and "max" in the pilot plan"#,
                    #"obs.csv:5:20: error: row 5 column 3 (value): expected a number, found "abc""#,
                    #"obs.csv:6:23: error: row 6 column 4 (date): the date 2026-07-20 is in the future (today is 2026-07-01)"#,
                    #"obs.csv:7:23: error: row 7 column 4 (date): expected a date written YYYY-MM-DD, found "2026-02-30""#,
                    #"obs.csv:8:1: error: row 8: the row has 3 fields but the header has 4"#,
                    #"obs.csv:9:1: error: row 9 column 1 (vendor): qingteng has no pilot plan; create one with `shortlist pilot init <workspace> --vendor qingteng`"#,
                    #"obs.csv:10:20: error: row 10 column 3 (value): expected a number, found "1e999""#,
                    #"obs.csv:12:1: error: row 12: the row repeats row 11 (yunqi, feedback, 2026-06-20, 1)"#,
                ], countLine: "10 errors found"),
        BadCase("import: nobody named as observer",
                .write("obs.csv", "vendor,metric,value,date\nyunqi,feedback,1,2026-06-20\n"), import: true, anonymous: true,
                stderr: #"obs.csv:2:1: error: row 2: say who observed it in the column "by" (or give --by, or set SHORTLIST_USER)"#),
    ]

    @Test(arguments: badInput)
    func badInputIsRefusedWithNothingWritten(_ bad: BadCase) throws {
        let ws = try Sample()
        defer { ws.remove() }
        try bad.mutation.apply(ws)
        let before = try ws.snapshot()
        let arguments = bad.isImport ? ["pilot", "import", "<ws>", "obs.csv"] : ["validate", "<ws>"]
        let result = try ws.run(arguments, anonymous: bad.anonymous)
        #expect(result.status == 1)
        #expect(result.stderr == bad.expectedStderr)
        #expect(result.stdout.isEmpty)
        #expect(try ws.snapshot() == before, "nothing written")
    }

    // MARK: - Support

    struct BadCase: Sendable, CustomTestStringConvertible {
        enum Mutation: Sendable {
            case replace(String, String, String)
            case write(String, String)

            func apply(_ ws: Sample) throws {
                switch self {
                case .replace(let file, let old, let new): try ws.replace(file, old, new)
                case .write(let file, let text): try ws.write(file, text)
                }
            }
        }

        let name: String
        let mutation: Mutation
        let isImport: Bool
        let anonymous: Bool
        let stderr: [String]
        let countLine: String

        init(_ name: String, _ mutation: Mutation, import isImport: Bool = false, anonymous: Bool = false, stderr: String) {
            self.init(name, mutation, import: isImport, anonymous: anonymous, stderr: [stderr], countLine: "1 error found")
        }

        init(_ name: String, _ mutation: Mutation, import isImport: Bool = false, anonymous: Bool = false, stderr: [String], countLine: String) {
            self.name = name
            self.mutation = mutation
            self.isImport = isImport
            self.anonymous = anonymous
            self.stderr = stderr
            self.countLine = countLine
        }

        var expectedStderr: String { (stderr + [countLine]).map { $0 + "\n" }.joined() }
        var testDescription: String { name }
    }

    /// A copy of the internet-300 sample in a temporary folder (the folder is the current directory of each run).
    struct Sample: Sendable {
        let directory: URL
        let workspace: URL

        init() throws { (directory, workspace) = try BinaryRunner.copyOfSample("samples/internet-300") }

        func file(_ relative: String) -> URL { workspace.appendingPathComponent(relative) }

        func remove() { try? FileManager.default.removeItem(at: directory) }

        func run(_ arguments: [String], anonymous: Bool = false) throws -> BinaryRunner.Result {
            var environment = PilotRulesEndToEndTests.afterPilots
            if anonymous { environment["SHORTLIST_USER"] = ""; environment["USER"] = "" }
            return try BinaryRunner.run(arguments.map { $0 == "<ws>" ? "ws" : $0 }, in: directory, environment: environment)
        }

        /// Replaces `old`, which must occur once in the workspace file, by `new`.
        func replace(_ relative: String, _ old: String, _ new: String) throws {
            let text = try String(contentsOf: file(relative), encoding: .utf8)
            let parts = text.components(separatedBy: old)
            try #require(parts.count == 2, "\(relative) must contain \(old) exactly once")
            try Data(parts.joined(separator: new).utf8).write(to: file(relative))
        }

        /// Writes a file beside the workspace (`obs.csv`) or, for a path with a folder, inside it.
        func write(_ relative: String, _ text: String) throws {
            try Data(text.utf8).write(to: directory.appendingPathComponent(relative))
        }

        /// Every file of the workspace with its bytes.
        func snapshot() throws -> [String: Data] {
            var files: [String: Data] = [:]
            let enumerator = FileManager.default.enumerator(atPath: workspace.path)
            while let relative = enumerator?.nextObject() as? String {
                var isDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: workspace.path + "/" + relative, isDirectory: &isDirectory)
                files[relative] = isDirectory.boolValue ? Data() : try Data(contentsOf: file(relative))
            }
            return files
        }
    }
}

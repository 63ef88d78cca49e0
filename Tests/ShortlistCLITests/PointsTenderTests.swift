import Foundation
import Testing

/// The sample `hris-points-tender`: a 70/30 quality/price tender on the shipped `hris` catalog,
/// tailored in selection.json. Its figures checked by hand, and its reports against golden files.
///
/// The tailored tree, global weights = tender points (total 100):
///   quality 70 = sap-posting 70 × 10% = 7, functional-fit 70 × 60% = 42 (required-modules 21,
///   core-module-demo 21), service 70 × 30% = 21 (response-time 21); price (cost) 30 (total-cost 30).
/// Budget: 400,000 a year + 150,000 one-off, hard; 3 years, so the TCO budget is
/// 400,000 × 3 + 150,000 = 1,350,000, and budgetRange scores 100 at 60% (810,000) and 0 at 110% (1,485,000).
/// Headcount 800, no growth, so every per-employee line bills 800 seats a year (9,600 seat-months) unless a minimum says more.
///
/// The quotes, year by year (years 1 / 2 / 3; TCO = their sum):
///   zhizao (per employee, escalation with a cap, one-off lines): subscription 30 × 12 × 800 = 288,000;
///     × 1.05 = 302,400; × 1.05² = 317,520 capped at 108 % of year 1 = 311,040; implementation 80,000 and
///     migration 20,000 in year 1. Year-1 cash 388,000; TCO 288,000 + 302,400 + 311,040 + 100,000 = 1,001,440.
///   xinghe (minimum seats and a discount): 40 × 12 × max(800, 850) = 408,000 × (1 − 12.5 %) = 357,000 a year;
///     implementation 80,000. Year-1 cash 437,000; TCO 357,000 × 3 + 80,000 = 1,151,000.
///   huanyu-hcm (licence + maintenance): licence 240,000 in year 1; maintenance 18 % × 240,000 = 43,200 in
///     years 2 and 3; hosting 30 × 12 × 800 = 288,000 a year; implementation 100,000. Year-1 cash
///     240,000 + 288,000 + 100,000 = 628,000; TCO 240,000 + 86,400 + 864,000 + 100,000 = 1,290,400.
///   gongfang (the old `pricing` object): 38 × 9,600 = 364,800 a year + implementation 100,000; TCO 1,194,400.
/// Price points (budgetRange on the TCO) = 30 × (1,485,000 − TCO) / 675,000.
@Suite(.serialized) struct PointsTenderTests {
    static let sample = "samples/hris-points-tender"
    /// After the sample's pilots (2026-05-04 – 2026-05-29), so that "ended N days ago" is fixed.
    static let afterPilots = ["SHORTLIST_NOW": "2026-06-01T09:00:00Z"]

    private func json<T: Decodable>(_ type: T.Type, _ arguments: [String]) throws -> T {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try result.json(type)
    }

    @Test func pointsPerCriterionAndTotalsAreTheHandComputedOnes() throws {
        let ranking = try json(RankJSON.self, ["rank", Self.sample, "--format", "json"]).ranking
        #expect(ranking.map(\.vendor) == ["zhizao", "xinghe", "huanyu-hcm"])
        func points(_ vendor: String) throws -> RankJSON.Points {
            try #require(ranking.first { $0.vendor == vendor }?.points)
        }
        func earned(_ vendor: String, criterion: String) throws -> Double {
            try #require(try points(vendor).criteria[criterion]?.earned)
        }
        // zhizao: sap-posting yes → 7; all five required modules full → 21; core demo mean(7, 7) = 7 on
        // 0–10 → 70 → 21 × 0.7 = 14.7; response 16 h on 4→100, 24→70: 100 − 12/20 × 30 = 82 → 21 × 0.82 = 17.22;
        // TCO 1,001,440 → (1,485,000 − 1,001,440) / 675,000 = 71.638… % → 30 × 0.71638 = 21.4916.
        #expect(abs(try earned("zhizao", criterion: "sap-posting") - 7) < 1e-6)
        #expect(abs(try earned("zhizao", criterion: "core-module-demo") - 14.7) < 1e-6)
        #expect(abs(try earned("zhizao", criterion: "response-time") - 17.22) < 1e-6)
        #expect(abs(try earned("zhizao", criterion: "total-cost") - 30 * 483_560 / 675_000) < 1e-4)
        // Total 7 + 21 + 14.7 + 17.22 + 21.4916 = 81.4116.
        #expect(abs(try points("zhizao").total - (7 + 21 + 14.7 + 17.22 + 30 * 483_560 / 675_000)) < 1e-4)
        #expect(try points("zhizao").totalAvailable == 100)
        // xinghe: core mean(8, 7) = 7.5 → 15.75; response 4 h → 21; TCO 1,151,000
        // → 334,000 / 675,000 → 14.8444; total 7 + 21 + 15.75 + 21 + 14.8444 = 79.5944.
        #expect(abs(try points("xinghe").total - (7 + 21 + 15.75 + 21 + 30 * 334_000 / 675_000)) < 1e-4)
        // huanyu-hcm: core mean(9, 8) = 8.5 → 17.85; 2 h → 21 (the curve is flat above 100);
        // TCO 1,290,400 → 194,600 / 675,000 → 8.6489; total 66.85 + 8.6489 = 75.4989.
        let huanyu = try points("huanyu-hcm")
        #expect(abs(huanyu.total - (66.85 + 30 * 194_600 / 675_000)) < 1e-4)
        let groups = huanyu.groups
        #expect(groups["quality"]?.available == 70)
        #expect(abs((groups["quality"]?.earned ?? 0) - (7 + 21 + 17.85 + 21)) < 1e-6)
        #expect(groups["cost"]?.available == 30)
        #expect(abs((groups["cost"]?.earned ?? 0) - 30 * 194_600 / 675_000) < 1e-6)
    }

    /// The `cost` object of `rank --format json`, as far as these tests read it.
    private struct Cost: Decodable {
        struct Line: Decodable { var kind: String; var label: String; var years: [Double]; var total: Double; var oneOff: Bool }
        var lines: [Line]
        var oneOff: Double
        var recurring: [Double]
        var firstYear: Double
        var tco: Double
    }

    private struct RankCosts: Decodable {
        struct Entry: Decodable { var vendor: String; var cost: Cost }
        var ranking: [Entry]
        var eliminated: [Entry]
        func cost(_ vendor: String) throws -> Cost { try #require((ranking + eliminated).first { $0.vendor == vendor }?.cost) }
    }

    @Test func everyQuoteLineIsCostedYearByYear() throws {
        let result = try BinaryRunner.run(["rank", Self.sample, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let costs = try JSONDecoder().decode(RankCosts.self, from: result.stdout)
        func lines(_ cost: Cost) -> [String] { cost.lines.map { "\($0.kind) \($0.label): \($0.years.map { String(format: "%.0f", $0) }.joined(separator: " / ")) = \(String(format: "%.0f", $0.total))" } }
        // zhizao: 30 × 12 × 800 = 288,000; × 1.05 = 302,400; × 1.1025 = 317,520 > 288,000 × 1.08 = 311,040, so capped.
        let zhizao = try costs.cost("zhizao")
        #expect(lines(zhizao) == [
            "perEmployeeMonth SaaS subscription: 288000 / 302400 / 311040 = 901440",
            "oneOff:implementation Implementation: 80000 / 0 / 0 = 80000",
            "oneOff:migration Data migration from the legacy payroll: 20000 / 0 / 0 = 20000",
        ])
        #expect(zhizao.oneOff == 100_000 && zhizao.recurring == [288_000, 302_400, 311_040])
        #expect(zhizao.firstYear == 388_000 && zhizao.tco == 1_001_440)
        // xinghe: 850 seats (the minimum, above 800) × 40 × 12 = 408,000 × (1 − 0.125) = 357,000 every year.
        let xinghe = try costs.cost("xinghe")
        #expect(lines(xinghe) == [
            "perEmployeeMonth People Cloud subscription: 357000 / 357000 / 357000 = 1071000",
            "oneOff:implementation Implementation and training: 80000 / 0 / 0 = 80000",
        ])
        #expect(xinghe.firstYear == 437_000 && xinghe.tco == 1_151_000)
        // huanyu-hcm: the licence once; 18 % × 240,000 = 43,200 maintenance from year 2; hosting 288,000 a year.
        let huanyu = try costs.cost("huanyu-hcm")
        #expect(lines(huanyu) == [
            "licence Payroll engine, perpetual licence: 240000 / 0 / 0 = 240000",
            "maintenance Payroll engine, perpetual licence — maintenance: 0 / 43200 / 43200 = 86400",
            "perEmployeeMonth Hosted HCM service: 288000 / 288000 / 288000 = 864000",
            "oneOff:implementation Implementation: 100000 / 0 / 0 = 100000",
        ])
        #expect(huanyu.oneOff == 340_000 && huanyu.recurring == [288_000, 331_200, 331_200])
        #expect(huanyu.firstYear == 628_000 && huanyu.tco == 1_290_400)
        // gongfang keeps the old pricing object, costed as before: 38 × 9,600 = 364,800 a year + 100,000 once.
        let gongfang = try costs.cost("gongfang")
        #expect(gongfang.recurring == [364_800, 364_800, 364_800] && gongfang.oneOff == 100_000)
        #expect(gongfang.firstYear == 464_800 && gongfang.tco == 1_194_400)
    }

    @Test func theKOfNPilotRuleSaysGoForXingheAndNoGoForZhizao() throws {
        struct Status: Decodable {
            struct GoNoGo: Decodable { var go: Bool; var hit: [String]; var missed: [String]; var needed: Int; var mustPassMet: Bool }
            var vendor: String
            var score: Double
            var goNoGo: GoNoGo
        }
        let result = try BinaryRunner.run(["pilot", "status", Self.sample, "--format", "json"], environment: Self.afterPilots)
        #expect(result.status == 0, "\(result.stderr)")
        let statuses = try JSONDecoder().decode([Status].self, from: result.stdout)
        #expect(statuses.map(\.vendor) == ["xinghe", "zhizao"])
        // xinghe: availability mean(99.8, 99.9) = 99.85 ≥ 99.5 (the must-pass threshold metric) met;
        // roster-time latest 1.8 ≤ 2, payslip-errors mean(1.25, 0.75) = 1 ≤ 1, satisfaction 78 ≥ 75 hit;
        // self-service 64 < 70 missed: 3 of 4 ≥ 3, go. Score: progress 100 (threshold met), 105 → 100, 100,
        // (64 − 20) / 50 = 88, 115 → 100; mean (100 + 100 + 100 + 88 + 100) / 5 = 97.6.
        #expect(statuses[0].goNoGo.go && statuses[0].goNoGo.mustPassMet && statuses[0].goNoGo.needed == 3)
        #expect(statuses[0].goNoGo.hit == ["roster-time", "payslip-errors", "satisfaction"] && statuses[0].goNoGo.missed == ["self-service"])
        #expect(abs(statuses[0].score - 97.6) < 1e-9)
        // zhizao: availability mean(99.7, 99.6) = 99.65 met; roster-time latest 3 > 2 and self-service 58 < 70 missed;
        // payslip-errors 0.9 ≤ 1 and satisfaction 76 ≥ 75 hit: 2 of 4 < 3, no-go. Score (100 + (3 − 6) / (2 − 6) = 75
        // + 102.5 → 100 + (58 − 20) / 50 = 76 + 105 → 100) / 5 = 90.2.
        #expect(!statuses[1].goNoGo.go && statuses[1].goNoGo.mustPassMet)
        #expect(statuses[1].goNoGo.hit == ["payslip-errors", "satisfaction"] && statuses[1].goNoGo.missed == ["roster-time", "self-service"])
        #expect(abs(statuses[1].score - 90.2) < 1e-9)
    }

    @Test func thePilotIsAGateSoTheDecisionGoesToXinghe() throws {
        let (directory, workspace) = try BinaryRunner.copyOfSample(Self.sample)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try BinaryRunner.run(["decide", workspace.path], environment: Self.afterPilots)
        #expect(result.status == 0, "\(result.stderr)")
        struct Record: Decodable {
            struct Outcome: Decodable { var winner: String? }
            struct Entry: Decodable { var vendor: String; var status: String; var combined: Double? }
            var decision: Outcome
            var ranking: [Entry]
        }
        let record = try JSONDecoder().decode(Record.self, from: Data(contentsOf: workspace.appendingPathComponent("decision.json")))
        // zhizao leads on points but its pilot says no-go, and decision.pilotRequired is set: blocked.
        // huanyu-hcm has no pilot: not piloted. gongfang is knocked out. xinghe is the only vendor left.
        #expect(record.decision.winner == "xinghe")
        #expect(record.ranking.map { "\($0.vendor) \($0.status)" } == ["xinghe ranked", "zhizao blocked", "huanyu-hcm not piloted", "gongfang knocked out"])
        // xinghe's stages (desk 40, demo 30, pilot 30): desk over the weights 7 + 21 + 21 + 30 = 79 of the unrated criteria:
        // (7 × 100 + 21 × 100 + 21 × 100 + 30 × 100 × 334,000 / 675,000) / 79 = 80.8158; demo 7.5 of 10 = 75; pilot 97.6.
        // Combined 0.4 × 80.8158 + 0.3 × 75 + 0.3 × 97.6 = 84.1063.
        let cost: Double = 3000 * 334_000 / 675_000
        let desk: Double = (700 + 2100 + 2100 + cost) / 79
        let combined: Double = 0.4 * desk + 0.3 * 75 + 0.3 * 97.6
        #expect(abs((record.ranking[0].combined ?? 0) - combined) < 1e-5)
        // The table and the reason for each vendor not ranked, then the recommendation after a blank line.
        #expect(section("Rank  Vendor                              Combined   Desk   Demo  Pilot  Coverage  Status", of: result.lines) == [
            "Rank  Vendor                              Combined   Desk   Demo  Pilot  Coverage  Status",
            "   1  Xinghe People Cloud (xinghe)           84.11  80.82  75.00  97.60      100%  ranked",
            "   –  Zhizao HR (zhizao)                         –  84.45  70.00  90.20      100%  blocked",
            "   –  Huanyu HCM Enterprise (huanyu-hcm)         –  72.97  85.00      –      100%  not piloted",
            "   –  Gongfang HR Suite (gongfang)               –  67.92  55.00      –      100%  knocked out",
            "  zhizao: blocked: the pilot says no-go and decision.pilotRequired is set (2 of 4 targets hit (payslip-errors, satisfaction; missed roster-time, self-service), 3 needed)",
            "  huanyu-hcm: not piloted, and decision.pilotRequired needs a pilot that says go",
            "  gongfang: knocked out by gate-sap-posting: integrations = erp (required: contains sap-erp-posting)",
        ], "\(result.text)")
        #expect(section("recommended: xinghe (the only vendor left)", of: result.lines) == ["recommended: xinghe (the only vendor left)"], "\(result.text)")
    }

    @Test func theREADMEWalkthroughQuotesRealOutput() throws {
        // Every line of the text excerpts in README "Model your own selection" (but "$ command" and "…")
        // is a whole line of what the commands print on the sample now.
        let readme = try String(contentsOf: BinaryRunner.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "\n## Model your own selection\n"))
        let end = try #require(readme.range(of: "\n## ", range: start.upperBound..<readme.endIndex))
        let section = readme[start.upperBound..<end.lowerBound]
        var excerpts: [String] = []
        var inText = false
        for line in section.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "```text" { inText = true } else if line == "```" { inText = false } else if inText, !line.hasPrefix("$ "), line != "…" { excerpts.append(String(line)) }
        }
        #expect(excerpts.count >= 10, "\(excerpts)")
        let (directory, workspace) = try BinaryRunner.copyOfSample(Self.sample)
        defer { try? FileManager.default.removeItem(at: directory) }
        var printed = Set<String>()
        for arguments in [["explain", workspace.path, "zhizao"], ["explain", workspace.path, "huanyu-hcm"], ["rank", workspace.path],
                          ["pilot", "status", workspace.path], ["decide", workspace.path]] {
            let result = try BinaryRunner.run(arguments, environment: Self.afterPilots)
            printed.formUnion(result.text.split(separator: "\n").map(String.init))
        }
        for line in excerpts {
            #expect(printed.contains(line), "README shows a line the sample does not print: \(line)")   // set membership of whole lines
        }
    }

    @Test func theOverBudgetVendorIsFlaggedAndStaysRanked() throws {
        let object = try json(RankJSON.self, ["rank", Self.sample, "--format", "json"])
        let ranking = object.ranking
        let huanyu = try #require(ranking.first { $0.vendor == "huanyu-hcm" })
        // Year-1 cash 240,000 + 288,000 + 100,000 = 628,000 against 400,000 + 150,000 = 550,000: 78,000 over (14.2%).
        #expect(huanyu.rank == 3)
        let flags = try #require(huanyu.flags)
        #expect(flags.count == 1)
        #expect(flags.first?.gate == "gate-year-1-budget")
        #expect(flags.first?.kind == "budget")
        #expect(flags.first?.severity == "flag")
        // The same figures, structured beside the sentence: 628,000 − 550,000 = 78,000 = 14.1818…% of the limit.
        let checks = try #require(flags.first?.figures?.checks)
        #expect(checks.count == 1)
        #expect(checks[0].check == "firstYear" && checks[0].years == 1 && checks[0].currency == "CNY")
        #expect(checks[0].cost == 628_000 && checks[0].limit == 550_000 && checks[0].budgeted == 550_000)
        #expect(checks[0].exceeded && checks[0].overrun == 78_000)
        #expect(abs(checks[0].overrunPercent - 78_000.0 / 550_000 * 100) < 1e-6)
        #expect(flags.first?.reason == "first-year cost 628,000 CNY exceeds the limit 550,000 (budget 400,000 + one-off 150,000, hard cap) by 78,000 (14.2% over)")
        #expect(ranking.filter { $0.flags != nil }.count == 1, "only huanyu-hcm is flagged")
        // gongfang posts no journals to SAP: the knock-out gate on the added vocabulary entry removes it.
        let eliminated = object.eliminated
        #expect(eliminated.map(\.vendor) == ["gongfang"])
        #expect(eliminated.first?.gates == ["gate-sap-posting"])
        #expect(eliminated.first?.reasons == ["integrations = erp (required: contains sap-erp-posting)"])
    }

    @Test func theLowestPriceScenarioChangesTheWinnerAndSaysWhy() throws {
        // Under lowestPrice, S = 100 × 1,001,440 / P: zhizao 100 → 30, total 59.92 + 30 = 89.92; xinghe 87.006 → 26.1018,
        // total 64.75 + 26.1018 = 90.8518; huanyu-hcm 77.607 → 23.2821, total 66.85 + 23.2821 = 90.1321.
        // xinghe wins by 0.7197 over huanyu-hcm; in the base view zhizao by 81.4116 − 79.5944 = 1.8172 over xinghe.
        let views = try json(CompareJSON.self, ["compare", Self.sample, "--format", "json"]).views
        #expect(views.map(\.winner) == ["zhizao", "xinghe"])
        #expect(abs((views[0].margin ?? 0) - ((7 + 21 + 14.7 + 17.22 + 30 * 483_560 / 675_000) - (7 + 21 + 15.75 + 21 + 30 * 334_000 / 675_000))) < 1e-4)
        #expect(abs((views[1].margin ?? 0) - ((64.75 + 30 * 1_001_440 / 1_151_000) - (66.85 + 30 * 1_001_440 / 1_290_400))) < 1e-4)
        #expect(views[1].changes == ["price formula of total-cost → lowestPrice"])
        let text = try BinaryRunner.run(["compare", Self.sample]).text
        // 0.7197 → 0.72 points; 0.7197 ÷ 90.8518 = 0.79 % → 0.8 %.
        let lines = text.components(separatedBy: "\n")
        let summary = try #require(lines.firstIndex(of: "The views disagree on the winner: base → zhizao, lowest price → xinghe."), "\(text)")
        #expect(section(lines[summary], of: lines) == [
            "The views disagree on the winner: base → zhizao, lowest price → xinghe.",
            "* rank differs between views: zhizao, xinghe, huanyu-hcm",
            "base: zhizao wins by 1.82 points over xinghe (2.2% of its score)",
            "lowest price: xinghe wins by 0.72 points over huanyu-hcm (0.8% of its score); it differs from base in: price formula of total-cost → lowestPrice",
        ], "\(text)")
    }

    @Test func theBoardShowsPointsBesideScores() throws {
        let result = try BinaryRunner.run(["report", Self.sample])
        #expect(result.status == 0, "\(result.stderr)")
        let html = result.text, lines = result.lines   // the board writes each table row on a line of its own
        // The rank table's Points column: 81.4116 → "81.41 / 100", 79.5944 → "79.59 / 100", 75.4989 → "75.50 / 100";
        // every points cell of the page, in order (gongfang, knocked out, has none).
        #expect(lines.contains("<thead><tr><th class=\"num\">Rank</th><th>Vendor</th><th class=\"num\">Score</th><th class=\"num\">Coverage</th><th class=\"num\">Points</th><th></th></tr></thead>"), "\(html)")
        #expect(html.matches(of: /<td class="points num">([^<]*)<\/td>/).map { String($0.output.1) } == ["81.41 / 100", "79.59 / 100", "75.50 / 100"])
        // Points by group, of 70 and 30: zhizao quality 7 + 21 + 14.7 + 17.22 = 59.92 → 59.9, price 21.4916 → 21.5;
        // xinghe 7 + 21 + 15.75 + 21 = 64.75 → 64.8, 14.8444 → 14.8; huanyu-hcm 66.85 → 66.9, 8.6489 → 8.6.
        let pointsTable = try #require(lines.firstIndex(of: "<table class=\"points\" id=\"group-points\">"), "\(html)")
        #expect(Array(lines[pointsTable...].prefix(8)) == [
            "<table class=\"points\" id=\"group-points\">",
            "<caption>Points by group (tender total 100)</caption>",
            "<thead><tr><th>Group</th><th class=\"num\">Max</th><th class=\"num\">zhizao</th><th class=\"num\">xinghe</th><th class=\"num\">huanyu-hcm</th></tr></thead>",
            "<tbody>",
            "<tr><td>Quality</td><td class=\"num\">70</td><td class=\"num\">59.9</td><td class=\"num\">64.8</td><td class=\"num\">66.9</td></tr>",
            "<tr><td>Price</td><td class=\"num\">30</td><td class=\"num\">21.5</td><td class=\"num\">14.8</td><td class=\"num\">8.6</td></tr>",
            "</tbody>",
            "</table>",
        ])
        // The live sliders rewrite the points from the score: the page's data carries the total.
        struct BoardData: Decodable {
            struct Points: Decodable, Equatable { var total: Double; var totalText: String }
            var points: Points?
        }
        let dataOpening = "<script type=\"application/json\" id=\"board-data\">"
        let data = try #require(lines.firstIndex { $0.hasPrefix(dataOpening) }, "\(html)")
        #expect(lines[data + 1] == "</script>", "the data is the rest of its line")
        let board = try decodeJSON(BoardData.self, from: Data(lines[data].dropFirst(dataOpening.count).utf8))
        #expect(board.points == BoardData.Points(total: 100, totalText: "100"))
        let zh = try BinaryRunner.run(["report", Self.sample, "--lang", "zh"]).lines
        #expect(zh.contains("<thead><tr><th class=\"num\">名次</th><th>供应商</th><th class=\"num\">得分</th><th class=\"num\">覆盖率</th><th class=\"num\">招标分</th><th></th></tr></thead>"))
        #expect(zh.contains("<caption>各组得分（招标总分 100）</caption>"))
        // A workspace without a points scheme has neither (absence anywhere in the page: `contains` on purpose).
        let plain = try BinaryRunner.run(["report", "samples/retail-10-stores"]).text
        #expect(!plain.contains("points num") && !plain.contains("group-points") && !plain.contains("\"points\":"))
    }

    @Test func theWorkbookShowsPointsBesideScores() throws {
        let (_, sheets, _) = try RankWorkbookEndToEndTests.run(Self.sample)
        let ranking = sheets[0], groups = sheets[1]
        #expect(ranking[0, 8] == "Points (100)")
        // Ranked vendors' points = score × 100 / 100, rounded to 2 decimals: 81.41, 79.59, 75.50; gongfang (knocked out) none.
        #expect((1..<ranking.rowCount).map { ranking[$0, 1] } == ["zhizao", "xinghe", "huanyu-hcm", "gongfang"])
        #expect((1..<ranking.rowCount).map { ranking[$0, 8] } == ["81.41", "79.59", "75.5", ""])
        // Group points of 70 and 30 after the two group scores: zhizao 59.92 and 21.49 (21.4916 rounded).
        #expect(groups[0, 5] == "Points: Quality (Max 70)" && groups[0, 6] == "Points: Price (Max 30)")
        #expect(groups[1, 1] == "zhizao" && Double(groups[1, 5]) == 59.92 && Double(groups[1, 6]) == 21.49)
        #expect(Double(groups[3, 5]) == 66.85 && Double(groups[3, 6]) == 8.65)
    }

    @Test(arguments: [
        (["rank", sample], "hris-points-tender.table.txt"),
        (["rank", sample, "--lang", "zh"], "hris-points-tender.zh.table.txt"),
        (["rank", sample, "--format", "json"], "hris-points-tender.json"),
        (["rank", sample, "--format", "csv"], "hris-points-tender.csv"),
        (["rank", sample, "--format", "markdown"], "hris-points-tender.md"),
        (["explain", sample, "huanyu-hcm"], "hris-points-tender.explain-huanyu-hcm.txt"),
        (["compare", sample], "hris-points-tender.compare.txt"),
        (["criteria", sample], "hris-points-tender.criteria.txt"),
        (["criteria", sample, "--lang", "zh"], "hris-points-tender.zh.criteria.txt"),
        (["explain", sample, "zhizao"], "hris-points-tender.explain-zhizao.txt"),
        (["pilot", "status", sample], "hris-points-tender.pilot-status.txt"),
    ])
    func reportMatchesSnapshot(_ arguments: [String], _ file: String) throws {
        let result = try BinaryRunner.run(arguments, environment: Self.afterPilots)
        #expect(result.status == 0, "\(result.stderr)")
        try Snapshot.compare(result.stdout, file)
    }
}

/// The lines of `lines` from the one equal to `heading` up to, not including, the next blank line (empty when no
/// line is `heading`). Fileprivate until `Support/TextSections.swift` (branch i12g) reaches main.
fileprivate func section(_ heading: String, of lines: [String]) -> [String] {
    guard let start = lines.firstIndex(of: heading) else { return [] }
    return Array(lines[start...].prefix { !$0.isEmpty })
}

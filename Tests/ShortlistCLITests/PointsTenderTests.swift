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
@Suite(.serialized) struct PointsTenderTests {
    static let sample = "samples/hris-points-tender"

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
        // TCO 30 × 800 × 12 × 3 + 100,000 = 964,000 → (1,485,000 − 964,000) / 675,000 = 77.185… → 30 × 0.77185 = 23.156.
        #expect(abs(try earned("zhizao", criterion: "sap-posting") - 7) < 1e-6)
        #expect(abs(try earned("zhizao", criterion: "core-module-demo") - 14.7) < 1e-6)
        #expect(abs(try earned("zhizao", criterion: "response-time") - 17.22) < 1e-6)
        #expect(abs(try earned("zhizao", criterion: "total-cost") - 30 * 521_000 / 675_000) < 1e-4)
        // Total 7 + 21 + 14.7 + 17.22 + 23.156 = 83.076.
        #expect(abs(try points("zhizao").total - (7 + 21 + 14.7 + 17.22 + 30 * 521_000 / 675_000)) < 1e-4)
        #expect(try points("zhizao").totalAvailable == 100)
        // xinghe: core mean(8, 7) = 7.5 → 15.75; response 4 h → 21; TCO 35 × 9,600 × 3 + 120,000 = 1,128,000
        // → 357,000 / 675,000 → 15.867; total 7 + 21 + 15.75 + 21 + 15.867 = 80.617.
        #expect(abs(try points("xinghe").total - (7 + 21 + 15.75 + 21 + 30 * 357_000 / 675_000)) < 1e-4)
        // huanyu-hcm: core mean(9, 8) = 8.5 → 17.85; 2 h → 21 (the curve is flat above 100);
        // TCO 45 × 9,600 × 3 + 180,000 = 1,476,000 → 9,000 / 675,000 → 0.4; total 67.25.
        let huanyu = try points("huanyu-hcm")
        #expect(abs(huanyu.total - 67.25) < 1e-4)
        let groups = huanyu.groups
        #expect(groups["quality"]?.available == 70)
        #expect(abs((groups["quality"]?.earned ?? 0) - (7 + 21 + 17.85 + 21)) < 1e-6)
        #expect(groups["cost"]?.available == 30)
        #expect(abs((groups["cost"]?.earned ?? 0) - 0.4) < 1e-6)
    }

    @Test func theOverBudgetVendorIsFlaggedAndStaysRanked() throws {
        let object = try json(RankJSON.self, ["rank", Self.sample, "--format", "json"])
        let ranking = object.ranking
        let huanyu = try #require(ranking.first { $0.vendor == "huanyu-hcm" })
        // Year-1 cash 432,000 + 180,000 = 612,000 against 400,000 + 150,000 = 550,000: 62,000 over (11.3%).
        #expect(huanyu.rank == 3)
        let flags = try #require(huanyu.flags)
        #expect(flags.count == 1)
        #expect(flags.first?.gate == "gate-year-1-budget")
        #expect(flags.first?.kind == "budget")
        #expect(flags.first?.severity == "flag")
        // The same figures, structured beside the sentence: 612,000 − 550,000 = 62,000 = 11.2727…% of the limit.
        let checks = try #require(flags.first?.figures?.checks)
        #expect(checks.count == 1)
        #expect(checks[0].check == "firstYear" && checks[0].years == 1 && checks[0].currency == "CNY")
        #expect(checks[0].cost == 612_000 && checks[0].limit == 550_000 && checks[0].budgeted == 550_000)
        #expect(checks[0].exceeded && checks[0].overrun == 62_000)
        #expect(abs(checks[0].overrunPercent - 62_000.0 / 550_000 * 100) < 1e-6)
        #expect(flags.first?.reason == "first-year cost 612,000 CNY exceeds the limit 550,000 (budget 400,000 + one-off 150,000, hard cap) by 62,000 (11.3% over)")
        #expect(ranking.filter { $0.flags != nil }.count == 1, "only huanyu-hcm is flagged")
        // gongfang posts no journals to SAP: the knock-out gate on the added vocabulary entry removes it.
        let eliminated = object.eliminated
        #expect(eliminated.map(\.vendor) == ["gongfang"])
        #expect(eliminated.first?.gates == ["gate-sap-posting"])
        #expect(eliminated.first?.reasons == ["integrations = erp (required: contains sap-erp-posting)"])
    }

    @Test func theLowestPriceScenarioChangesTheWinnerAndSaysWhy() throws {
        // Under lowestPrice, S = 100 × 964,000 / P: zhizao 100 → 30, total 89.92; xinghe 85.461 → 25.638,
        // total 64.75 + 25.638 = 90.388; huanyu-hcm 65.312 → 19.593, total 86.444. xinghe wins by 0.468.
        let views = try json(CompareJSON.self, ["compare", Self.sample, "--format", "json"]).views
        #expect(views.map(\.winner) == ["zhizao", "xinghe"])
        #expect(abs((views[0].margin ?? 0) - ((7 + 21 + 14.7 + 17.22 + 30 * 521_000 / 675_000) - (7 + 21 + 15.75 + 21 + 30 * 357_000 / 675_000))) < 1e-4)
        #expect(abs((views[1].margin ?? 0) - ((64.75 + 30 * 964_000 / 1_128_000) - 89.92)) < 1e-4)
        #expect(views[1].changes == ["price formula of total-cost → lowestPrice"])
        let text = try BinaryRunner.run(["compare", Self.sample]).text
        #expect(text.contains("lowest price: xinghe wins by 0.47 points over zhizao (0.5% of its score); it differs from base in: price formula of total-cost → lowestPrice\n"), "\(text)")
    }

    @Test func theBoardShowsPointsBesideScores() throws {
        let result = try BinaryRunner.run(["report", Self.sample])
        #expect(result.status == 0, "\(result.stderr)")
        let html = result.text
        // The rank table's Points column: 83.076 → "83.08 / 100", 80.617 → "80.62 / 100", 67.25 → "67.25 / 100".
        #expect(html.contains("<th class=\"num\">Points</th><th></th></tr></thead>"))
        #expect(html.contains("<td class=\"points num\">83.08 / 100</td>") && html.contains("<td class=\"points num\">80.62 / 100</td>") && html.contains("<td class=\"points num\">67.25 / 100</td>"))
        // Points by group, of 70 and 30: zhizao quality 7 + 21 + 14.7 + 17.22 = 59.92 → 59.9, price 23.156 → 23.2;
        // xinghe 7 + 21 + 15.75 + 21 = 64.75 → 64.8, 15.867 → 15.9; huanyu-hcm 66.85 → 66.9, 0.4.
        #expect(html.contains("<tr><td>Quality</td><td class=\"num\">70</td><td class=\"num\">59.9</td><td class=\"num\">64.8</td><td class=\"num\">66.9</td></tr>"), "\(html)")
        #expect(html.contains("<tr><td>Price</td><td class=\"num\">30</td><td class=\"num\">23.2</td><td class=\"num\">15.9</td><td class=\"num\">0.4</td></tr>"))
        // The live sliders rewrite the points from the score: the page carries the total.
        #expect(html.contains("\"points\":{\"total\":100.0,\"totalText\":\"100\"}"))
        let zh = try BinaryRunner.run(["report", Self.sample, "--lang", "zh"]).text
        #expect(zh.contains("<th class=\"num\">招标分</th>") && zh.contains("<caption>各组得分（招标总分 100）</caption>"))
        // A workspace without a points scheme has neither.
        let plain = try BinaryRunner.run(["report", "samples/retail-10-stores"]).text
        #expect(!plain.contains("points num") && !plain.contains("group-points") && !plain.contains("\"points\":"))
    }

    @Test func theWorkbookShowsPointsBesideScores() throws {
        let (_, sheets, _) = try RankWorkbookEndToEndTests.run(Self.sample)
        let ranking = sheets[0], groups = sheets[1]
        #expect(ranking[0, 8] == "Points (100)")
        // Ranked vendors' points = score × 100 / 100, rounded to 2 decimals: 83.08, 80.62, 67.25; gongfang (knocked out) none.
        #expect((1..<ranking.rowCount).map { ranking[$0, 1] } == ["zhizao", "xinghe", "huanyu-hcm", "gongfang"])
        #expect((1..<ranking.rowCount).map { ranking[$0, 8] } == ["83.08", "80.62", "67.25", ""])
        // Group points of 70 and 30 after the two group scores: zhizao 59.92 and 23.16 (23.156 rounded).
        #expect(groups[0, 5] == "Points: Quality (Max 70)" && groups[0, 6] == "Points: Price (Max 30)")
        #expect(groups[1, 1] == "zhizao" && Double(groups[1, 5]) == 59.92 && Double(groups[1, 6]) == 23.16)
        #expect(Double(groups[3, 5]) == 66.85 && Double(groups[3, 6]) == 0.4)
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
    ])
    func reportMatchesSnapshot(_ arguments: [String], _ file: String) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        try Snapshot.compare(result.stdout, file)
    }
}

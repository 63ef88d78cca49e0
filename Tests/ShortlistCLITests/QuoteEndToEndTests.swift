import Foundation
import Testing

/// Runs the real `shortlist` binary on copies of the manufacturing sample, whose Gongfang dossier
/// is a licence-plus-maintenance quote: the cost breakdown in `explain`, and bad quotes and rates
/// refused with exact messages.
@Suite struct QuoteEndToEndTests {
    @Test func explainShowsEveryLineYearByYear() throws {
        let result = try BinaryRunner.run(["explain", "samples/manufacturing-2000", "gongfang"])
        #expect(result.status == 0, "\(result.stderr)")
        // Licence 300,000 once; maintenance 20 % × 300,000 = 60,000 a year from year 1; implementation 180,000 and
        // training 20,000 once. One-off 300,000 + 180,000 + 20,000 = 500,000; year-1 cash 500,000 + 60,000 = 560,000;
        // 5-year TCO 500,000 + 5 × 60,000 = 800,000 — the figures of the former pricing object, unchanged.
        #expect(result.text.contains("""
            Cost (CNY): one-off 500,000; recurring by year 60,000, 60,000, 60,000, 60,000, 60,000; first year 560,000; 5-year TCO 800,000
              headcount by year (growth 3 % a year, organisation.headcountGrowthPercent): 2000, 2060, 2121.8, 2185.45, 2251.02
              Perpetual licence, 2,500 seats, one-off: 300,000 / 0 / 0 / 0 / 0; total 300,000 (300,000 once)
              Perpetual licence, 2,500 seats — maintenance, recurring: 60,000 / 60,000 / 60,000 / 60,000 / 60,000; total 300,000 (20 % of 300,000 a year from year 1)
              Implementation, one-off: 180,000 / 0 / 0 / 0 / 0; total 180,000 (180,000 once)
              Training, one-off: 20,000 / 0 / 0 / 0 / 0; total 20,000 (20,000 once)

            """))
    }

    static let cases: [(String, String, String, String, [String])] = [
        ("a currency without a rate", "vendors/gongfang.json", #""currency": "CNY","#, #""currency": "EUR","#,
         [#"vendors/gongfang.json:24:17: error: quote.currency: the quote is in EUR but the budget in CNY, and selection.json states no rate for EUR; add "exchangeRates": {"EUR": {"rate": …, "date": "YYYY-MM-DD", "source": …}}"#]),
        ("two prices on one line", "vendors/gongfang.json", #""oneOff": 20000, "category": "training""#, #""oneOff": 20000, "annual": 5, "category": "training""#,
         [#"vendors/gongfang.json:29:7: error: quote.lines[2]: a line has one price, found "annual" and "oneOff"; split it into 2 lines"#]),
        ("a misspelt category", "vendors/gongfang.json", #""oneOff": 20000, "category": "training""#, #""oneOff": 20000, "category": "trainig""#,
         [#"vendors/gongfang.json:29:59: error: quote.lines[2].category: expected one of "implementation", "migration", "training", "hardware", "customDevelopment", "other", found "trainig"; did you mean "training"?"#]),
        ("an escalating one-off fee", "vendors/gongfang.json", #""oneOff": 20000, "category": "training""#, #""oneOff": 20000, "category": "training", "escalationPercent": 3"#,
         [#"vendors/gongfang.json:29:92: error: quote.lines[2].escalationPercent: a one-off fee is paid once and cannot escalate"#]),
        ("tiers that shrink, and a last band with a limit", "vendors/gongfang.json", #""oneOff": 20000, "category": "training""#,
         #""tiers": [{"upTo": 100, "perEmployeeMonth": 3}, {"upTo": 50, "perEmployeeMonth": 2}, {"upTo": 9, "perEmployeeMonth": 1}]"#,
         [#"vendors/gongfang.json:29:87: error: quote.lines[2].tiers[1].upTo: the bands must grow: 50 follows 100"#,
          #"vendors/gongfang.json:29:124: error: quote.lines[2].tiers[2].upTo: the last band has no "upTo": it prices every headcount above the band before it"#]),
        ("a licence without maintenance", "vendors/gongfang.json", #""maintenancePercent": 20, "#, "",
         [#"vendors/gongfang.json:26:7: error: quote.lines[0]: missing key "maintenancePercent" (the yearly maintenance, % of the licence)"#]),
        ("pricing and quote both", "vendors/gongfang.json", #""quote": {"#, #""pricing": {"currency": "CNY", "annualBaseFee": 1}, "quote": {"#,
         [#"vendors/gongfang.json:22:64: error: quote: a dossier states its prices once: "quote" (line items) or "pricing" (the older fixed fields), not both; move the pricing fields into quote lines"#]),
        ("a cap without an escalation", "vendors/gongfang.json", #""category": "implementation" }"#, #""category": "implementation", "escalationCapPercent": 5 }"#,
         [#"vendors/gongfang.json:28:108: error: quote.lines[1].escalationCapPercent: "escalationCapPercent" caps an escalation; the line has no "escalationPercent""#]),
        ("a zero rate on a day that does not exist", "selection.json", #""tcoYears""#, #""exchangeRates": {"EUR": {"rate": 0, "date": "2026-11-31", "source": "ECB"}}, "tcoYears""#,
         [#"selection.json:48:37: error: exchangeRates.EUR.rate: expected a number > 0, found 0"#,
          #"selection.json:48:48: error: exchangeRates.EUR.date: expected a date written YYYY-MM-DD, found "2026-11-31", a day that does not exist"#]),
    ]

    @Test(arguments: cases.indices)
    func aBadQuoteOrRateIsRefused(_ index: Int) throws {
        let (_, file, old, new, lines) = Self.cases[index]
        let (directory, workspace) = try BinaryRunner.copyOfSample("samples/manufacturing-2000")
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = workspace.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let parts = text.components(separatedBy: old)
        try #require(parts.count == 2)
        try Data(parts.joined(separator: new).utf8).write(to: url)
        let result = try BinaryRunner.run(["validate", "ws"], in: directory)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == (lines + ["\(lines.count) error\(lines.count == 1 ? "" : "s") found"]).map { $0 + "\n" }.joined())
    }
}

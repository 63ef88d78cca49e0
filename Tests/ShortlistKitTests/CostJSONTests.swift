import Testing
@testable import ShortlistKit

/// The `cost` object of `rank --format json`, worked by hand.
@Suite struct CostJSONTests {
    @Test func aConvertedQuoteWritesEveryLineYearByYearWithTheRateUsed() {
        // 100 employees, no growth, 2 years; the quote is in EUR, 8 CNY per EUR (ECB 2026-11-30).
        // SaaS: 2 EUR × 12 × 100 = 2,400 EUR a year × 8 = 19,200 CNY in each year.
        // Implementation: 1,000 EUR once × 8 = 8,000 CNY in year 1.
        // Year-1 cash = 8,000 + 19,200 = 27,200; TCO = 8,000 + 19,200 × 2 = 46,400.
        let quote = Quote(currency: "EUR", lines: [
            QuoteLine(label: "SaaS", source: "quote Q-1", kind: .perEmployeeMonth(2)),
            QuoteLine(label: "Implementation", kind: .oneOff(1_000, .implementation)),
        ])
        let rate = ExchangeRate(currency: "EUR", rate: 8, date: "2026-11-30", source: "ECB")
        let cost = CostBreakdown(quote: quote, profile: Fixtures.profile(years: 2), rate: rate)
        var w = JSONWriter()
        w.cost(cost)
        #expect(w.text == """
            {
              "conversion": {
                "currency": "EUR",
                "date": "2026-11-30",
                "rate": 8,
                "source": "ECB"
              },
              "currency": "CNY",
              "firstYear": 27200,
              "headcount": [
                100,
                100
              ],
              "lines": [
                {
                  "formula": "2 × 12 × 100 employees × 8 (ECB 2026-11-30)",
                  "formulaZh": "2 × 12 × 100 名员工 × 8（ECB 2026-11-30）",
                  "kind": "perEmployeeMonth",
                  "label": "SaaS",
                  "oneOff": false,
                  "quoted": true,
                  "source": "quote Q-1",
                  "total": 38400,
                  "years": [
                    19200,
                    19200
                  ]
                },
                {
                  "formula": "1,000 once × 8 (ECB 2026-11-30)",
                  "formulaZh": "一次性 1,000 × 8（ECB 2026-11-30）",
                  "kind": "oneOff:implementation",
                  "label": "Implementation",
                  "oneOff": true,
                  "quoted": true,
                  "source": null,
                  "total": 8000,
                  "years": [
                    8000,
                    0
                  ]
                }
              ],
              "oneOff": 8000,
              "quoteCurrency": "EUR",
              "recurring": [
                19200,
                19200
              ],
              "tco": 46400,
              "unquoted": [],
              "years": 2
            }

            """)
    }

    @Test func aVendorWithoutAPriceWritesNull() {
        var w = JSONWriter()
        w.cost(nil)
        #expect(w.text == "null\n")  // a finished document ends with a newline
    }
}

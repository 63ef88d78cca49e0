import Testing
@testable import ShortlistKit

/// Quotes of line items costed year by year, worked by hand.
@Suite struct QuoteCostTests {
    /// 300 employees growing 5 % a year, 10 sites, 3 years.
    static func profile() -> RequirementProfile {
        var profile = Fixtures.profile(years: 3, growth: 5)
        profile.organisation.headcount = 300
        profile.organisation.sites = 10
        return profile
    }

    @Test func perEmployeeWithMinimumSeatsEscalationAndCap() throws {
        // 30 per employee-month, at least 310 seats, +6 % a year capped at +10 % over year 1, 5 % line discount.
        // headcount 300, 315, 330.75 → seats 310, 315, 330.75; escalation 1, 1.06, min(1.1236, 1.10) = 1.10.
        let line = QuoteLine(label: "SaaS", kind: .perEmployeeMonth(30), minimumSeats: 310, discountPercent: 5, escalationPercent: 6, escalationCapPercent: 10)
        let cost = CostBreakdown(quote: Quote(currency: "CNY", lines: [line]), profile: Self.profile())
        let years = try #require(cost.lines.first?.years)
        #expect(abs(years[0] - 106_020) < 1e-6)          // 30 × 12 × 310 × 0.95
        #expect(abs(years[1] - 114_193.8) < 1e-6)        // 30 × 12 × 315 = 113,400; × 1.06 = 120,204; × 0.95
        #expect(abs(years[2] - 124_428.15) < 1e-6)       // 30 × 12 × 330.75 = 119,070; × 1.10 = 130,977; × 0.95
        #expect(cost.oneOff == 0)
        #expect(abs(cost.firstYear - 106_020) < 1e-6)
        #expect(abs(cost.tco - 344_641.95) < 1e-6)        // 106,020 + 114,193.8 + 124,428.15
        #expect(cost.headcount == [300, 315, 330.75])
    }

    @Test func licencePlusMaintenanceFromYearTwo() throws {
        // Licence 400,000 once; maintenance 18 % of it a year from year 2, escalating 3 %: 0, 72,000, 74,160.
        let quote = Quote(currency: "CNY", lines: [
            QuoteLine(label: "Licence", kind: .licence(400_000, maintenancePercent: 18, maintenanceFrom: 2), escalationPercent: 3),
            QuoteLine(label: "Migration", kind: .oneOff(50_000, .migration)),
        ])
        let cost = CostBreakdown(quote: quote, profile: Self.profile())
        #expect(cost.lines.map(\.label) == ["Licence", "Licence — maintenance", "Migration"])
        #expect(cost.lines[0].years == [400_000, 0, 0])
        let maintenance = cost.lines[1].years
        #expect(maintenance[0] == 0)
        #expect(abs(maintenance[1] - 74_160) < 1e-6)      // 400,000 × 18 % × 1.03 (escalation counts from year 1's price)
        #expect(abs(maintenance[2] - 76_384.8) < 1e-6)    // 400,000 × 18 % × 1.03²
        #expect(cost.oneOff == 450_000)                   // licence + migration
        #expect(cost.firstYear == 450_000)                // year-1 cash: no maintenance in year 1
        #expect(abs(cost.tco - 600_544.8) < 1e-6)         // 450,000 + 74,160 + 76,384.8
    }

    @Test func tiersPriceEverySeatAtTheBandTheHeadcountFallsIn() throws {
        // Bands: up to 310 at 20, above at 18. Year 1: 300 → 20 × 12 × 300 = 72,000; year 2: 315 → 18 × 12 × 315 = 68,040;
        // year 3: 330.75 → 18 × 12 × 330.75 = 71,442.
        let line = QuoteLine(label: "Seats", kind: .tiers([.init(upTo: 310, perEmployeeMonth: 20), .init(upTo: nil, perEmployeeMonth: 18)]))
        let cost = CostBreakdown(quote: Quote(currency: "CNY", lines: [line]), profile: Self.profile())
        let years = try #require(cost.lines.first?.years)
        #expect(years[0] == 72_000)
        #expect(abs(years[1] - 68_040) < 1e-6)
        #expect(abs(years[2] - 71_442) < 1e-6)
    }

    @Test func perSiteAnnualWithQuoteDiscountAndConversion() throws {
        // 100 EUR per site-month × 12 × 10 sites = 12,000 EUR; a flat 3,000 EUR a year escalating 10 %;
        // 10 % off the whole quote; 7.82 CNY per EUR (ECB 2026-11-30).
        // Year 1: (12,000 + 3,000) × 0.9 × 7.82 = 105,570; year 2 adds 300 × 0.9 × 7.82 = 2,111.4 → 107,681.4.
        let quote = Quote(currency: "EUR", lines: [
            QuoteLine(label: "Stores", kind: .perSiteMonth(100)),
            QuoteLine(label: "Platform", kind: .annual(3_000), escalationPercent: 10),
        ], discountPercent: 10)
        let rate = ExchangeRate(currency: "EUR", rate: 7.82, date: "2026-11-30", source: "ECB")
        let cost = CostBreakdown(quote: quote, profile: Self.profile(), rate: rate)
        #expect(cost.currency == "CNY")
        #expect(abs(cost.lines[0].years[0] - 84_456) < 1e-6)     // 12,000 × 0.9 × 7.82
        #expect(abs(cost.recurring[0] - 105_570) < 1e-6)
        #expect(abs(cost.recurring[1] - 107_681.4) < 1e-6)
        #expect(cost.lines[0].formula.en == "100 × 12 × 10 sites × 0.9 (discount) × 7.82 (ECB 2026-11-30)")
        #expect(CostWording.conversion(rate, into: "CNY").en == "quote in EUR, converted at 7.82 CNY per EUR (ECB 2026-11-30)")
    }

    @Test func aPricingObjectCostsExactlyAsItsEquivalentQuote() {
        let pricing = Pricing(currency: "CNY", perEmployeeMonth: Evidence(13), annualBaseFee: Evidence(1_000), annualSupportFee: nil, implementationFee: Evidence(5_000), trainingFee: nil, otherOneTimeFees: Evidence(700), escalationPercent: Evidence(4))
        let a = CostBreakdown(pricing: pricing, profile: Self.profile())
        let b = CostBreakdown(quote: Quote(pricing: pricing), profile: Self.profile())
        #expect(a == b)
        #expect(a.unquoted == ["annualSupportFee", "trainingFee"])
        // 13 × 12 × 300 = 46,800; × 1.05 × 1.04 = 51,105.6 in year 2.
        #expect(a.licence[0] == 46_800)
        #expect(abs(a.licence[1] - 51_105.6) < 1e-6)
    }
}

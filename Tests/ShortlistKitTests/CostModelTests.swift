import Testing
@testable import ShortlistKit

/// TCO arithmetic, worked by hand.
@Suite struct CostModelTests {
    @Test func tcoWithGrowthAndEscalation() {
        // 100 staff growing 10 %/year, 10 CNY per employee-month escalating 5 %/year, 3 years,
        // base fee 1,000/year, support 500/year, implementation 5,000 + training 1,000.
        var profile = Fixtures.profile(years: 3, growth: 10)
        profile.organisation.headcount = 100
        let pricing = Pricing(currency: "CNY", perEmployeeMonth: Evidence(10), annualBaseFee: Evidence(1_000), annualSupportFee: Evidence(500), implementationFee: Evidence(5_000), trainingFee: Evidence(1_000), otherOneTimeFees: nil, escalationPercent: Evidence(5))
        let cost = CostBreakdown(pricing: pricing, profile: profile)
        #expect(cost.oneOff == 6_000)
        #expect(cost.licence[0] == 12_000)                                  // 10 × 12 × 100
        #expect(abs(cost.licence[1] - 13_860) < 1e-9)                        // × 1.1 × 1.05
        #expect(abs(cost.licence[2] - 16_008.3) < 1e-9)                      // × 1.155 again
        #expect(abs(cost.tco - 52_368.3) < 1e-9)                             // 6,000 + 41,868.3 + 3 × 1,500
        #expect(cost.firstYear == 19_500)                                    // 6,000 + 12,000 + 1,500
        #expect(cost.annual == 13_500)
        #expect(cost.unquoted == ["otherOneTimeFees"])
    }

    @Test func budgetLimits() throws {
        let budget = Budget(annual: 80_000, oneTime: 20_000, currency: "CNY", tolerance: 0.1)
        #expect(abs(try #require(budget.firstYearLimit) - 110_000) < 1e-9)       // (80,000 + 20,000) × 1.1
        #expect(abs(try #require(budget.totalLimit(years: 3)) - 286_000) < 1e-9)  // (3 × 80,000 + 20,000) × 1.1
    }
}

import Testing
@testable import ShortlistKit

/// Budgets as buyers hold them: each year's recurring cost against the annual budget, the one-off cost
/// against the one-off budget, year-1 cash, and the TCO against an N-year total — every figure worked out by hand.
@Suite struct BudgetCheckTests {
    /// 100 staff, no growth, a 3-year horizon; a per-employee quote of 60 a month escalating 5 % a year and a
    /// one-off implementation of 60,000:
    ///
    ///     recurring  year 1  60 × 12 × 100         = 72,000
    ///                year 2  72,000 × 1.05          = 75,600
    ///                year 3  72,000 × 1.05²         = 79,380
    ///     one-off                                   = 60,000
    ///     year-1 cash 60,000 + 72,000               = 132,000
    ///     TCO 60,000 + 72,000 + 75,600 + 79,380     = 286,980
    static let vendor: VendorDossier = {
        var vendor = Fixtures.vendor("a")
        vendor.quote = Quote(currency: "CNY", lines: [
            QuoteLine(label: "Subscription", kind: .perEmployeeMonth(60), escalationPercent: 5),
            QuoteLine(label: "Implementation", kind: .oneOff(60_000, .implementation)),
        ])
        return vendor
    }()

    static func profile(_ budget: Budget) -> RequirementProfile {
        var profile = Fixtures.profile(years: 3)
        profile.budget = budget
        return profile
    }

    static func test(_ basis: BudgetTest, _ budget: Budget) -> GateResult {
        let profile = profile(budget)
        return GateEvaluator(profile: profile, catalog: Fixtures.catalog([])).test(Gate(id: "g", kind: .budget(basis)), facts: VendorFacts(dossier: vendor, profile: profile))
    }

    static func checks(_ result: GateResult) -> [GateFigures.BudgetCheck] {
        guard case .budget(let checks)? = result.figures else { return [] }
        return checks
    }

    @Test func escalationMakesYearThreeOverrunTheAnnualBudget() {
        // Annual budget 76,000, hard: years 1 and 2 (72,000, 75,600) are within; year 3 is 79,380 − 76,000 = 3,380 over,
        // 3,380 ÷ 76,000 = 4.447 % → 4.4 %.
        let result = Self.test(.recurring, Budget(annual: 76_000, currency: "CNY"))
        #expect(!result.passed)
        #expect(result.reason(in: .english) == "year-3 recurring cost 79,380 CNY exceeds the limit 76,000 (annual budget 76,000, hard cap) by 3,380 (4.4% over)")
        #expect(result.reason(in: .chinese) == "第 3 年经常性费用 79,380 CNY 超出上限 76,000（年度预算 76,000，硬性上限），超出 3,380（4.4%）")
        let checks = Self.checks(result)
        #expect(checks.map(\.check) == [.recurring, .recurring, .recurring])
        #expect(checks.map(\.year) == [1, 2, 3])
        #expect(checks.map(\.years) == [1, 1, 1])
        #expect(checks.map(\.exceeded) == [false, false, true])
        #expect(close(checks[2].cost, 79_380, 1e-6) && checks[2].limit == 76_000 && checks[2].budgeted == 76_000)
        #expect(close(checks[2].overrun, 3_380, 1e-6) && close(checks[2].overrunShare, 3_380.0 / 76_000, 1e-9))
    }

    @Test func aToleranceLiftsEveryYearsLimit() {
        // Soft, 5 %: 76,000 × 1.05 = 79,800 ≥ 79,380, so every year passes; the dearest is year 3.
        let result = Self.test(.recurring, Budget(annual: 76_000, currency: "CNY", tolerance: 0.05))
        #expect(result.passed)
        #expect(result.reason == "recurring cost within the limit 79,800 (annual budget 76,000, +5% tolerance) in each of the 3 years (highest: year 3, 79,380 CNY)")
        #expect(Self.checks(result).map(\.limit).allSatisfy { close($0, 79_800, 1e-6) })
    }

    @Test func theOneOffCostAgainstTheOneOffBudget() {
        // 60,000 − 50,000 = 10,000 over, 10,000 ÷ 50,000 = 20 %.
        let result = Self.test(.oneOff, Budget(annual: 100_000, oneTime: 50_000, currency: "CNY"))
        #expect(result.reason == "one-off cost 60,000 CNY exceeds the limit 50,000 (one-off budget 50,000, hard cap) by 10,000 (20% over)")
        #expect(result.reason(in: .chinese) == "一次性费用 60,000 CNY 超出上限 50,000（一次性预算 50,000，硬性上限），超出 10,000（20%）")
        #expect(Self.checks(result) == [GateFigures.BudgetCheck(check: .oneOff, years: 1, cost: 60_000, limit: 50_000, budgeted: 50_000, currency: "CNY")])
        // A one-off budget of 0 allows no one-off fee; the overrun is in money only (a share of 0 means nothing).
        #expect(Self.test(.oneOff, Budget(annual: 100_000, oneTime: 0, currency: "CNY")).reason == "one-off cost 60,000 CNY exceeds the limit 0 (one-off budget 0, hard cap) by 60,000")
    }

    @Test func theTCOAgainstAnNYearTotalWithoutAnAnnualBudget() {
        // TCO 286,980 against the 3-year total 280,000: 6,980 over, 6,980 ÷ 280,000 = 2.493 % → 2.5 %.
        let result = Self.test(.tco, Budget(annual: nil, total: 280_000, currency: "CNY"))
        #expect(result.reason == "3-year TCO 286,980 CNY exceeds the limit 280,000 (3-year total budget 280,000, hard cap) by 6,980 (2.5% over)")
        #expect(result.reason(in: .chinese) == "3 年总拥有成本 286,980 CNY 超出上限 280,000（3 年总预算 280,000，硬性上限），超出 6,980（2.5%）")
        let checks = Self.checks(result)
        #expect(checks.count == 1 && checks[0].check == .tco && checks[0].years == 3 && checks[0].year == nil)
        #expect(close(checks[0].cost, 286_980, 1e-6) && close(checks[0].overrun, 6_980, 1e-6))
        // A total replaces annual × N + one-off even when both are given: 3 × 80,000 + 60,000 = 300,000 would pass.
        #expect(!Self.test(.tco, Budget(annual: 80_000, oneTime: 60_000, total: 280_000, currency: "CNY")).passed)
        #expect(Self.test(.tco, Budget(annual: 80_000, oneTime: 60_000, currency: "CNY")).passed)
    }

    @Test func everyCheckInOrderWhenAllPass() {
        // Year 1: 132,000 ≤ 80,000 + 60,000 = 140,000; recurring ≤ 80,000 each year (highest 79,380 in year 3);
        // one-off 60,000 ≤ 60,000; TCO 286,980 ≤ 300,000.
        let result = Self.test(.all, Budget(annual: 80_000, oneTime: 60_000, total: 300_000, currency: "CNY"))
        #expect(result.passed)
        #expect(result.reason == "first-year cost 132,000 CNY against the limit 140,000 (budget 80,000 + one-off 60,000, hard cap); "
                + "recurring cost within the limit 80,000 (annual budget 80,000, hard cap) in each of the 3 years (highest: year 3, 79,380 CNY); "
                + "one-off cost 60,000 CNY against the limit 60,000 (one-off budget 60,000, hard cap); "
                + "3-year TCO 286,980 CNY against the limit 300,000 (3-year total budget 300,000, hard cap)")
        let checks = Self.checks(result)
        #expect(checks.map(\.check) == [.firstYear, .recurring, .recurring, .recurring, .oneOff, .tco])
        #expect(checks.map(\.year) == [nil, 1, 2, 3, nil, nil])
    }

    @Test func aFailureNamesOnlyTheChecksThatFailed() {
        // Annual 76,000, one-off 50,000, total 280,000: year-1 cash 132,000 > 126,000 (6,000 over, 4.8 %), year 3
        // recurring 3,380 over, one-off 10,000 over, TCO 6,980 over; years 1 and 2 are within and not mentioned.
        let result = Self.test(.all, Budget(annual: 76_000, oneTime: 50_000, total: 280_000, currency: "CNY"))
        #expect(result.reason == "first-year cost 132,000 CNY exceeds the limit 126,000 (budget 76,000 + one-off 50,000, hard cap) by 6,000 (4.8% over); "
                + "year-3 recurring cost 79,380 CNY exceeds the limit 76,000 (annual budget 76,000, hard cap) by 3,380 (4.4% over); "
                + "one-off cost 60,000 CNY exceeds the limit 50,000 (one-off budget 50,000, hard cap) by 10,000 (20% over); "
                + "3-year TCO 286,980 CNY exceeds the limit 280,000 (3-year total budget 280,000, hard cap) by 6,980 (2.5% over)")
    }

    @Test func aCheckWithoutItsBudgetFigureFailsAndSaysWhy() {
        // Only a profile built in code gets here (the loader refuses it): no annual budget for a year-1 check.
        let result = Self.test(.firstYear, Budget(annual: nil, total: 300_000, currency: "CNY"))
        #expect(!result.passed)
        #expect(result.reason == "the firstYear check has no budget to compare with: the budget states no annual")
        #expect(Self.checks(result).isEmpty)
    }

    @Test func aBasisIsASetOfChecksInAFixedOrder() {
        #expect(BudgetTest([.tco, .firstYear, .tco]) == .both)
        #expect(BudgetTest([.tco, .firstYear]).name == "both")
        #expect(BudgetTest([.tco, .recurring]).name == "recurring+tco")
        #expect(BudgetTest(BudgetCheckKind.allCases).name == "all")
        // The budget figure each check needs: a budget without an annual amount has no year-1 or recurring figure.
        let totalOnly = Budget(annual: nil, oneTime: 20_000, total: 250_000, currency: "CNY")
        #expect(totalOnly.budgeted(.firstYear, years: 3) == nil && totalOnly.budgeted(.recurring, years: 3) == nil)
        #expect(totalOnly.budgeted(.oneOff, years: 3) == 20_000 && totalOnly.budgeted(.tco, years: 3) == 250_000)
    }

    @Test func aScenarioTighteningTheTotalFlipsTheVendorFromPassToKnockOutOrFlag() throws {
        // Base total 300,000 ≥ TCO 286,980: ranked. The scenario's 280,000 is exceeded by 6,980: knocked out, or
        // flagged and still ranked when the scenario also makes the gate a flag.
        var profile = Self.profile(Budget(annual: nil, total: 300_000, currency: "CNY"))
        var tight = WeightScenario(name: "tight")
        tight.overrides.budget.total = 280_000
        var flagged = tight
        flagged.overrides.gates = [.init(gate: "gate-total", severity: .flag)]
        profile.scenarios = [tight, flagged]
        let catalog = Fixtures.catalog([Fixtures.criterion("price", 1, .cost(basis: .tco, method: .lowestPrice))], gates: [Gate(id: "gate-total", kind: .budget(.tco))])
        let workspace = Workspace(profile: profile, catalog: catalog, vendors: [Self.vendor])
        let base = try Evaluation(workspace: workspace)
        #expect(base.ranking.ranked.map(\.vendorID) == ["a"] && base.ranking.ranked[0].flags.isEmpty)

        let knockedOut = try Evaluation(workspace: workspace.applying(tight))
        #expect(knockedOut.ranking.ranked.isEmpty)
        #expect(knockedOut.ranking.eliminated.first?.knockOuts.map(\.reason) == ["3-year TCO 286,980 CNY exceeds the limit 280,000 (3-year total budget 280,000, hard cap) by 6,980 (2.5% over)"])

        let stillRanked = try Evaluation(workspace: workspace.applying(flagged))
        #expect(stillRanked.ranking.ranked.map(\.vendorID) == ["a"])
        let flag = try #require(stillRanked.ranking.ranked[0].flags.first)
        #expect(flag.gate == "gate-total" && flag.kind == "budget")
        guard case .budget(let checks)? = flag.figures else { Issue.record("no budget figures"); return }
        #expect(checks.count == 1 && close(checks[0].overrun, 6_980, 1e-6) && checks[0].limit == 280_000)
        #expect(tight.overrides.changes == ["budget total 280,000"])
    }
}

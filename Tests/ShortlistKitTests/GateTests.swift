import Testing
@testable import ShortlistKit

/// Knock-out gates, each with a passing and a failing vendor.
@Suite struct GateTests {
    let profile = Fixtures.profile()
    var gates: GateEvaluator { GateEvaluator(profile: profile, catalog: Fixtures.catalog([])) }

    func test(_ kind: GateKind, _ vendor: VendorDossier, passesWhenMissing: Bool = false) -> GateResult {
        gates.test(Gate(id: "g", kind: kind, passesWhenMissing: passesWhenMissing), facts: VendorFacts(dossier: vendor, profile: profile))
    }

    @Test func requiredModules() {
        let full = Fixtures.vendor("a", modules: ["payroll": .full, "attendance": .full])
        let partial = Fixtures.vendor("b", modules: ["payroll": .full, "attendance": .partial])
        let planned = Fixtures.vendor("c", modules: ["payroll": .full, "attendance": .planned])
        #expect(test(.requiredModules(minimumLevel: .partial), full).passed)
        #expect(test(.requiredModules(minimumLevel: .partial), partial).passed)
        #expect(!test(.requiredModules(minimumLevel: .full), partial).passed)
        #expect(test(.requiredModules(minimumLevel: .full), partial).reason == "covers the required module attendance only partly; full coverage is required")
        #expect(test(.requiredModules(minimumLevel: .partial), planned).reason == "has the required module attendance only on its roadmap")
        #expect(test(.requiredModules(minimumLevel: .partial), Fixtures.vendor("d", modules: ["payroll": .full])).reason == "lacks the required module attendance")
    }

    @Test func budgetAndFactGatesCarryTheirFiguresBesideTheReason() throws {
        // As in budgetFirstYearAndTCO: first year 68,000 against the limit (50,000 + 10,000) × 1.1 = 66,000
        // (budgeted 60,000): 2,000 over = 2,000 ÷ 66,000 = 3.03% of the limit; the 2-year TCO 116,000 is
        // within (50,000 × 2 + 10,000) × 1.1 = 121,000 (budgeted 110,000).
        let over = Fixtures.vendor("b", pricing: Fixtures.pricing(perEmployeeMonth: 40, implementation: 20_000))
        guard case .budget(let checks)? = test(.budget(.both), over).figures else { Issue.record("no budget figures"); return }
        #expect(checks.map(\.check) == [.firstYear, .tco])
        #expect(checks.map(\.years) == [1, 2])
        #expect(checks[0].cost == 68_000 && checks[0].limit == 66_000 && checks[0].budgeted == 60_000 && checks[0].currency == "CNY")
        #expect(checks[0].exceeded && abs(checks[0].overrun - 2_000) < 1e-6 && abs(checks[0].overrunShare - 2_000.0 / 66_000) < 1e-9)
        #expect(checks[1].cost == 116_000 && abs(checks[1].limit - 121_000) < 1e-6 && checks[1].budgeted == 110_000)
        #expect(!checks[1].exceeded && checks[1].overrun == 0 && checks[1].overrunShare == 0)
        // A test of one check carries that check only.
        guard case .budget(let tcoOnly)? = test(.budget(.tco), over).figures else { Issue.record("no budget figures"); return }
        #expect(tcoOnly.map(\.check) == [.tco])
        // A fact gate: the fact, the operator, the required value and the value found.
        let vendor = Fixtures.vendor("a", facts: ["support.responseHours": Fact(.number(48))])
        #expect(test(.fact("support.responseHours", .lessThan, .number(24)), vendor).figures
                == .fact(fact: "support.responseHours", operator: .lessThan, required: .number(24), found: .number(48)))
        // A missing fact has nothing to compare: no figures.
        #expect(test(.fact("support.twentyFourSeven", .equal, .boolean(true)), vendor).figures == nil)
    }

    @Test func budgetFirstYearAndTCO() {
        // Limits: first year (50,000 + 10,000) × 1.1 = 66,000; 2-year TCO (100,000 + 10,000) × 1.1 = 121,000.
        let within = Fixtures.vendor("a", pricing: Fixtures.pricing(perEmployeeMonth: 40, implementation: 10_000))   // 58,000 first year, 106,000 TCO
        let firstYearOver = Fixtures.vendor("b", pricing: Fixtures.pricing(perEmployeeMonth: 40, implementation: 20_000))  // 68,000 / 116,000
        let tcoOver = Fixtures.vendor("c", pricing: Fixtures.pricing(perEmployeeMonth: 50, implementation: 0, escalation: 10))  // 60,000 / 126,000
        #expect(test(.budget(.both), within).passed)
        #expect(!test(.budget(.both), firstYearOver).passed)
        #expect(test(.budget(.tco), firstYearOver).passed)
        #expect(!test(.budget(.tco), tcoOver).passed)
        #expect(test(.budget(.firstYear), tcoOver).passed)
        // 68,000 − 66,000 = 2,000 = 3.0% of the limit; 68,000 is 13.3% over the 60,000 budgeted (8,000 ÷ 60,000).
        #expect(test(.budget(.firstYear), firstYearOver).reason == "first-year cost 68,000 CNY exceeds the limit 66,000 (budget 50,000 + one-off 10,000, +10% tolerance) by 2,000 (3% over the limit, 13.3% over the budget of 60,000)")
        #expect(!test(.budget(.both), Fixtures.vendor("d")).passed)          // no quote: fails
        #expect(test(.budget(.both), Fixtures.vendor("d"), passesWhenMissing: true).passed)
    }

    @Test func budgetOverrunsInPercentAndTheToleranceAsWritten() {
        // A 2-year TCO of 126,000 (50 × 12 × 100 = 60,000, then +10 %: 66,000).
        let vendor = Fixtures.vendor("c", pricing: Fixtures.pricing(perEmployeeMonth: 50, implementation: 0, escalation: 10))
        func reason(_ budget: Budget) -> String {
            var profile = Fixtures.profile()
            profile.budget = budget
            let gates = GateEvaluator(profile: profile, catalog: Fixtures.catalog([]))
            return gates.test(Gate(id: "g", kind: .budget(.tco)), facts: VendorFacts(dossier: vendor, profile: profile)).reason
        }
        // Hard cap: limit 2 × 50,000 + 10,000 = 110,000; 16,000 over = 14.5% (16,000 ÷ 110,000 = 0.14545).
        #expect(reason(Budget(annual: 50_000, oneTime: 10_000, currency: "CNY")) == "2-year TCO 126,000 CNY exceeds the limit 110,000 (2 × 50,000 + 10,000, hard cap) by 16,000 (14.5% over)")
        // A soft limit with 0 % tolerance is not a hard cap.
        #expect(reason(Budget(annual: 50_000, oneTime: 10_000, currency: "CNY", tolerance: 0, soft: true)) == "2-year TCO 126,000 CNY exceeds the limit 110,000 (2 × 50,000 + 10,000, +0% tolerance) by 16,000 (14.5% over)")
        // 1.34 % is shown as written: limit 110,000 × 1.0134 = 111,474; 14,526 over = 13.0% of it, 14.5% over 110,000.
        #expect(reason(Budget(annual: 50_000, oneTime: 10_000, currency: "CNY", tolerance: 0.0134)) == "2-year TCO 126,000 CNY exceeds the limit 111,474 (2 × 50,000 + 10,000, +1.34% tolerance) by 14,526 (13% over the limit, 14.5% over the budget of 110,000)")
    }

    @Test func deploymentCertificationsDeadline() {
        #expect(test(.deployment, Fixtures.vendor("a", facts: ["deployments": Fact(.set(["privateCloud"]))])).passed)
        #expect(test(.deployment, Fixtures.vendor("b", facts: ["deployments": Fact(.set(["onPremise"]))])).reason == "offers only onPremise; acceptable: saas, privateCloud")
        #expect(test(.certifications, Fixtures.vendor("c", facts: ["security.certifications": Fact(.set(["iso27001"]))])).passed)
        #expect(test(.certifications, Fixtures.vendor("d", facts: ["security.certifications": Fact(.set([]))])).reason == "lacks the required certification ISO/IEC 27001")
        #expect(test(.deadline, Fixtures.vendor("e", facts: ["implementationWeeks": Fixtures.number(10)])).passed)
        #expect(test(.deadline, Fixtures.vendor("f", facts: ["implementationWeeks": Fixtures.number(12)])).reason == "needs 12 weeks to implement; go-live is due in 10 weeks")
    }

    @Test func factGates() {
        let vendor = Fixtures.vendor("a", facts: ["support.responseHours": Fixtures.number(48), "security.certifications": Fact(.set(["iso27001"]))])
        #expect(test(.fact("support.responseHours", .atMost, .number(72)), vendor).passed)
        #expect(!test(.fact("support.responseHours", .lessThan, .number(24)), vendor).passed)
        #expect(test(.fact("support.responseHours", .lessThan, .number(24)), vendor).reason == "support.responseHours = 48 hours (required: < 24 hours)")
        #expect(test(.fact("security.certifications", .contains, .text("iso27001")), vendor).passed)
        #expect(!test(.fact("support.twentyFourSeven", .equal, .boolean(true)), vendor).passed)    // missing → fails by default
        #expect(test(.fact("support.twentyFourSeven", .equal, .boolean(true)), vendor, passesWhenMissing: true).passed)
    }
}

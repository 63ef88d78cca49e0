import Testing
@testable import ShortlistKit

/// Each rule kind on hand-computed cases.
@Suite struct RuleTests {
    let profile = Fixtures.profile()
    var evaluator: RuleEvaluator { RuleEvaluator(profile: profile, catalog: Fixtures.catalog([])) }

    func score(_ rule: Rule, _ vendor: VendorDossier) -> Double? {
        evaluator.evaluate(rule, facts: VendorFacts(dossier: vendor, profile: profile), explain: true).score
    }

    @Test func piecewiseLinearInterpolatesAndIsFlatBeyondTheEnds() {
        let curve = PiecewiseLinear([(4, 100), (24, 70), (72, 0)])
        #expect(curve.value(at: 0) == 100)
        #expect(curve.value(at: 4) == 100)
        #expect(curve.value(at: 14) == 85)          // 100 − 30 × 10/20
        #expect(curve.value(at: 24) == 70)
        #expect(curve.value(at: 48) == 35)          // 70 − 70 × 24/48
        #expect(curve.value(at: 100) == 0)
    }

    @Test(arguments: [(4.0, 100.0), (14, 85), (24, 70), (48, 35), (96, 0)])
    func scaleOverResponseHours(hours: Double, expected: Double) {
        let rule = Rule.scale(fact: "support.responseHours", curve: PiecewiseLinear([(4, 100), (24, 70), (72, 0)]))
        #expect(score(rule, Fixtures.vendor("a", facts: ["support.responseHours": Fixtures.number(hours)])) == expected)
    }

    @Test func scaleWithMissingFactGivesNoScore() {
        let rule = Rule.scale(fact: "support.responseHours", curve: PiecewiseLinear([(4, 100), (72, 0)]))
        let outcome = evaluator.evaluate(rule, facts: VendorFacts(dossier: Fixtures.vendor("a"), profile: profile), explain: true)
        #expect(outcome.score == nil)
        #expect(outcome.missingFact == "support.responseHours")
        #expect(outcome.explanation == LocalizedText(en: "support.responseHours is not stated", zh: "未提供 support.responseHours"))
    }

    @Test func modulesAverageTheCoverageLevels() {
        let vendor = Fixtures.vendor("a", modules: ["payroll": .full, "attendance": .partial, "performance": .planned])
        #expect(score(.modules(.required), vendor) == 75)        // (1 + 0.5) / 2
        #expect(score(.modules(.desired), vendor) == 0)          // planned counts 0
        #expect(score(.modules(.list(["payroll", "recruiting"])), vendor) == 50)
        #expect(score(.modules(.required), Fixtures.vendor("b")) == nil)   // no modules section: missing, not zero
    }

    @Test func industryExperienceUsesTheBuyersIndustry() {
        let curve = PiecewiseLinear([(0, 0), (1, 30), (3, 70), (5, 100)])
        let retail = IndustryExperience(industry: "retail", years: Evidence(4))
        let factory = IndustryExperience(industry: "manufacturing", years: Evidence(10))
        #expect(score(.industryExperience(curve: curve), Fixtures.vendor("a", industries: [retail, factory])) == 85)   // 70 + 30 × 1/2
        #expect(score(.industryExperience(curve: curve), Fixtures.vendor("b", industries: [factory])) == 0)            // listed industries lack retail: 0 years
        #expect(score(.industryExperience(curve: curve), Fixtures.vendor("c")) == nil)                                 // no list: missing
    }

    @Test func booleanUsesItsTwoScores() {
        let rule = Rule.boolean(fact: "support.twentyFourSeven", whenTrue: 100, whenFalse: 20)
        #expect(score(rule, Fixtures.vendor("a", facts: ["support.twentyFourSeven": Fixtures.bool(true)])) == 100)
        #expect(score(rule, Fixtures.vendor("a", facts: ["support.twentyFourSeven": Fixtures.bool(false)])) == 20)
    }

    @Test func coverageAgainstTheProfileAndAList() {
        let vendor = Fixtures.vendor("a", facts: ["integrations": Fact(.set(["erp", "crm"])), "security.certifications": Fact(.set([]))])
        #expect(score(.coverage(fact: "integrations", required: .profile), vendor) == 50)   // erp of erp, pos
        #expect(close(score(.coverage(fact: "integrations", required: .list(["erp", "crm", "pos"])), vendor), 200.0 / 3))
        #expect(score(.coverage(fact: "security.certifications", required: .profile), vendor) == 0)
        #expect(score(.coverage(fact: "integrations", required: .list([])), vendor) == 100)  // nothing required
    }

    @Test func lookupUsesTheTableOrOtherwise() {
        let table = [LookupEntry(value: "aes-256", score: 100), LookupEntry(value: "aes-128", score: 60)]
        let vendor = Fixtures.vendor("a", facts: ["encryption": Fact(.text("aes-128"))])
        let other = Fixtures.vendor("b", facts: ["encryption": Fact(.text("des"))])
        #expect(score(.lookup(fact: "encryption", table: table, otherwise: 0), vendor) == 60)
        #expect(score(.lookup(fact: "encryption", table: table, otherwise: 10), other) == 10)
        #expect(score(.lookup(fact: "encryption", table: table, otherwise: nil), other) == nil)   // not in table, no otherwise: a gap
    }

    @Test func deploymentPrefersTheFirstChoice() {
        let rule = Rule.deployment(preferred: 100, acceptable: 70)
        #expect(score(rule, Fixtures.vendor("a", facts: ["deployments": Fact(.set(["saas", "onPremise"]))])) == 100)
        #expect(score(rule, Fixtures.vendor("b", facts: ["deployments": Fact(.set(["privateCloud"]))])) == 70)
        #expect(score(rule, Fixtures.vendor("c", facts: ["deployments": Fact(.set(["onPremise"]))])) == 0)
    }

    @Test func deadlineScoresTheRatioToGoLive() {
        let rule = Rule.deadline(curve: PiecewiseLinear([(0.5, 100), (1, 60), (1.5, 0)]))
        #expect(score(rule, Fixtures.vendor("a", facts: ["implementationWeeks": Fixtures.number(5)])) == 100)   // 5/10 = 0.5
        #expect(score(rule, Fixtures.vendor("b", facts: ["implementationWeeks": Fixtures.number(8)])) == 76)    // 0.8 → 100 − 40 × 0.6
        #expect(score(rule, Fixtures.vendor("c", facts: ["implementationWeeks": Fixtures.number(12.5)])) == 30) // 1.25 → 60 − 60 × 0.5
    }

    @Test func ratingMapsTheScaleToPercent() {
        let rule = Rule.rating(fact: "ratings.usability", scale: RatingScale(min: 1, max: 5))
        #expect(score(rule, Fixtures.vendor("a", facts: ["ratings.usability": Fixtures.number(4)])) == 75)
        #expect(score(rule, Fixtures.vendor("b", facts: ["ratings.usability": Fixtures.number(1)])) == 0)
        #expect(score(rule, Fixtures.vendor("c", facts: ["ratings.usability": Fixtures.number(6)])) == nil)   // off the scale: not scored
    }

    @Test func absolutePriceRangesDependOnlyOnTheVendorsPrice() {
        // Budgeted 2-year TCO = 2 × 50,000 + 10,000 = 110,000; best 50 % = 55,000, worst 100 % = 110,000.
        let (s1, _) = evaluator.priceScore(58_000, basis: .tco, method: .budgetRange(best: 0.5, worst: 1.0), explain: false)
        #expect(abs(s1 - 100 * 52_000 / 55_000) < 1e-9)
        #expect(evaluator.priceScore(40_000, basis: .tco, method: .budgetRange(best: 0.5, worst: 1.0), explain: false).0 == 100)
        #expect(evaluator.priceScore(120_000, basis: .tco, method: .budgetRange(best: 0.5, worst: 1.0), explain: false).0 == 0)
        #expect(evaluator.priceScore(75_000, basis: .annual, method: .fixedRange(best: 50_000, worst: 100_000), explain: false).0 == 50)
    }

    @Test func relativePriceFormulasMatchTheProcurementTextbook() {
        let ranged = RuleEvaluator(profile: profile, catalog: Fixtures.catalog([]), priceRanges: [.tco: PriceRange(lowest: 100_000, highest: 150_000)])
        // S = 100 · Pmin / P
        #expect(ranged.priceScore(125_000, basis: .tco, method: .lowestPrice, explain: false).0 == 80)
        // S = 100 · (1 − (P − Pmin) / Pmin), floored at 0
        #expect(ranged.priceScore(125_000, basis: .tco, method: .linearDeduction, explain: false).0 == 75)
        #expect(ranged.priceScore(250_000, basis: .tco, method: .linearDeduction, explain: false).0 == 0)
        // S = 100 · (Pmax − P) / (Pmax − Pmin)
        #expect(ranged.priceScore(125_000, basis: .tco, method: .minMax, explain: false).0 == 50)
        #expect(ranged.priceScore(150_000, basis: .tco, method: .minMax, explain: false).0 == 0)
        // A zero price does not divide by zero.
        #expect(ranged.priceScore(0, basis: .tco, method: .lowestPrice, explain: false).0 == 100)
    }

    @Test func explanationsShowTheArithmetic() {
        let rule = Rule.scale(fact: "support.responseHours", curve: PiecewiseLinear([(4, 100), (24, 70), (72, 0)]))
        let vendor = Fixtures.vendor("a", facts: ["support.responseHours": Fact(.number(14), source: "RFP 3.2")])
        let outcome = evaluator.evaluate(rule, facts: VendorFacts(dossier: vendor, profile: profile), explain: true)
        // The same arithmetic in both languages; only the words around it differ.
        #expect(outcome.explanation == LocalizedText(en: "support.responseHours = 14 → 85 on the curve 4→100, 24→70, 72→0",
                                                     zh: "support.responseHours = 14 → 按曲线 4→100, 24→70, 72→0 得 85"))
        #expect(outcome.evidence.first?.source == "RFP 3.2")
    }

    @Test func aCappedPriceScoreSaysSoInItsExplanation() {
        let ranges: [CostBasis: PriceRange] = [.tco: PriceRange(lowest: 196_938, highest: 300_000)]
        let evaluator = RuleEvaluator(profile: profile, catalog: Fixtures.catalog([]), priceRanges: ranges)
        // A (knocked-out) bid below the lowest compliant price: 100 × 196,938 ÷ 144,000 = 136.76, capped at 100.
        let low = evaluator.priceScore(144_000, basis: .tco, method: .lowestPrice, explain: true)
        #expect(low.0 == 100)
        #expect(low.1 == LocalizedText(en: "relative to the lowest compliant price 196,938 → min(100, 100 × 196,938 ÷ 144,000 = 136.76) = 100",
                                       zh: "相对最低合规价格 196,938 → min(100, 100 × 196,938 ÷ 144,000 = 136.76) = 100"))
        // Not capped: 100 × 196,938 ÷ 200,000 = 98.469.
        #expect(evaluator.priceScore(200_000, basis: .tco, method: .lowestPrice, explain: true).1.en == "relative to the lowest compliant price 196,938 → 100 × 196,938 ÷ 200,000 = 98.47")
        // Fixed range best 100,000, worst 200,000: 250,000 gives 100 × (200,000 − 250,000) ÷ 100,000 = −50, floored at 0.
        let high = evaluator.priceScore(250_000, basis: .tco, method: .fixedRange(best: 100_000, worst: 200_000), explain: true)
        #expect(high.0 == 0)
        #expect(high.1 == LocalizedText(en: "absolute range: best 100,000, worst 200,000 → max(0, 100 × (200,000 − 250,000) ÷ (200,000 − 100,000) = -50) = 0",
                                        zh: "绝对区间：最优 100,000，最差 200,000 → max(0, 100 × (200,000 − 250,000) ÷ (200,000 − 100,000) = -50) = 0"))
        // Linear deduction: 100 × (1 − (450,000 − 196,938) ÷ 196,938) = −28.5, floored at 0.
        #expect(evaluator.priceScore(450_000, basis: .tco, method: .linearDeduction, explain: true).1.en.hasSuffix("= -28.5) = 0"))
    }
}

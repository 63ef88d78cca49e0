import Testing
@testable import ShortlistKit

/// The rule summaries `criteria` prints, in both languages, for the rules no shipped catalog uses:
/// fixed-range and relative cost formulas, listed and desired modules, a yes/no fact without a unit.
@Suite struct RuleSummaryTests {
    @Test(arguments: [
        (Rule.cost(basis: .firstYear, method: .fixedRange(best: 50_000, worst: 120_000)), "cost firstYear, fixedRange 50,000–120,000 (absolute)", "成本 firstYear，fixedRange 50,000–120,000（绝对）"),
        (Rule.cost(basis: .annual, method: .lowestPrice), "cost annual, lowestPrice (relative: rank reversal possible)", "成本 annual，lowestPrice（相对：可能出现排名反转）"),
        (Rule.modules(.desired), "modules: desired", "模块：期望模块"),
        (Rule.modules(.list(["payroll", "attendance"])), "modules: payroll, attendance", "模块：payroll、attendance"),
        (Rule.boolean(fact: "interop.webhooks", whenTrue: 100, whenFalse: 20), "boolean interop.webhooks: yes 100, no 20", "是否 interop.webhooks：是 100，否 20"),
    ])
    func summaryInBothLanguages(_ rule: Rule, _ english: String, _ chinese: String) {
        #expect(CatalogPrinter.summary(rule, in: .english) == english)
        #expect(CatalogPrinter.summary(rule, in: .chinese) == chinese)
    }
}

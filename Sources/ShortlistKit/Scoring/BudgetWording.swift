/// The sentences of a budget gate, one per check, both languages side by side so that a translator
/// sees them together. Amounts are formatted once and are the same in both languages.
enum BudgetWording {
    private static func a(_ x: Double) -> String { NumberFormatting.amount(x) }

    /// ", +10% tolerance" for a soft budget (the tolerance as written, 1.34 % not 1.3 %), ", hard cap" for a hard one.
    static func tolerance(_ budget: Budget) -> LocalizedText {
        let written = NumberFormatting.percent(budget.tolerance, 6)
        return budget.isSoft
            ? LocalizedText(en: ", +\(written) tolerance", zh: "，+\(written) 容差")
            : LocalizedText(en: ", hard cap", zh: "，硬性上限")
    }

    /// How far over: in money, as a share of the limit and, with a tolerance, of the budget itself;
    /// in money only when the limit is 0 (a share of nothing has no meaning).
    static func overrun(_ cost: Double, limit: Double, budgeted: Double, tolerance: Double) -> LocalizedText {
        let over = a(cost - limit)
        guard limit > 0 else { return LocalizedText(en: " by \(over)", zh: "，超出 \(over)") }
        let ofLimit = NumberFormatting.percent((cost - limit) / limit)
        guard tolerance > 0, budgeted > 0 else { return LocalizedText(en: " by \(over) (\(ofLimit) over)", zh: "，超出 \(over)（\(ofLimit)）") }
        let ofBudget = NumberFormatting.percent((cost - budgeted) / budgeted)
        return LocalizedText(en: " by \(over) (\(ofLimit) over the limit, \(ofBudget) over the budget of \(a(budgeted)))",
                             zh: "，超出 \(over)（超出上限 \(ofLimit)，超出预算 \(a(budgeted)) 的 \(ofBudget)）")
    }

    /// "exceeds" / "against" and "超出" / "未超出".
    private static func verb(_ over: Bool) -> (en: String, zh: String) { over ? ("exceeds", "超出") : ("against", "未超出") }

    /// Year-1 cash against annual + one-off.
    static func firstYear(cost: Double, currency: String, over: Bool, limit: Double, annual: Double, oneTime: Double, tolerance t: LocalizedText, overrun o: LocalizedText) -> LocalizedText {
        let v = verb(over)
        return LocalizedText(
            en: "first-year cost \(a(cost)) \(currency) \(v.en) the limit \(a(limit)) (budget \(a(annual)) + one-off \(a(oneTime))\(t.en))\(o.en)",
            zh: "首年费用 \(a(cost)) \(currency) \(v.zh)上限 \(a(limit))（预算 \(a(annual)) + 一次性 \(a(oneTime))\(t.text(in: .chinese))）\(o.text(in: .chinese))")
    }

    /// One year's recurring cost against the annual budget.
    static func recurring(year: Int, cost: Double, currency: String, over: Bool, limit: Double, annual: Double, tolerance t: LocalizedText, overrun o: LocalizedText) -> LocalizedText {
        let v = verb(over)
        return LocalizedText(
            en: "year-\(year) recurring cost \(a(cost)) \(currency) \(v.en) the limit \(a(limit)) (annual budget \(a(annual))\(t.en))\(o.en)",
            zh: "第 \(year) 年经常性费用 \(a(cost)) \(currency) \(v.zh)上限 \(a(limit))（年度预算 \(a(annual))\(t.text(in: .chinese))）\(o.text(in: .chinese))")
    }

    /// Every year's recurring cost within the annual budget, with the dearest year.
    static func recurringWithin(years: Int, highestYear: Int, highest: Double, currency: String, limit: Double, annual: Double, tolerance t: LocalizedText) -> LocalizedText {
        LocalizedText(
            en: "recurring cost within the limit \(a(limit)) (annual budget \(a(annual))\(t.en)) in each of the \(years) years (highest: year \(highestYear), \(a(highest)) \(currency))",
            zh: "\(years) 年中每年经常性费用均未超出上限 \(a(limit))（年度预算 \(a(annual))\(t.text(in: .chinese))）（最高：第 \(highestYear) 年，\(a(highest)) \(currency)）")
    }

    /// The one-off cost against the one-off budget.
    static func oneOff(cost: Double, currency: String, over: Bool, limit: Double, oneTime: Double, tolerance t: LocalizedText, overrun o: LocalizedText) -> LocalizedText {
        let v = verb(over)
        return LocalizedText(
            en: "one-off cost \(a(cost)) \(currency) \(v.en) the limit \(a(limit)) (one-off budget \(a(oneTime))\(t.en))\(o.en)",
            zh: "一次性费用 \(a(cost)) \(currency) \(v.zh)上限 \(a(limit))（一次性预算 \(a(oneTime))\(t.text(in: .chinese))）\(o.text(in: .chinese))")
    }

    /// The TCO against annual × N + one-off (no total stated).
    static func tco(years: Int, cost: Double, currency: String, over: Bool, limit: Double, annual: Double, oneTime: Double, tolerance t: LocalizedText, overrun o: LocalizedText) -> LocalizedText {
        let v = verb(over)
        return LocalizedText(
            en: "\(years)-year TCO \(a(cost)) \(currency) \(v.en) the limit \(a(limit)) (\(years) × \(a(annual)) + \(a(oneTime))\(t.en))\(o.en)",
            zh: "\(years) 年总拥有成本 \(a(cost)) \(currency) \(v.zh)上限 \(a(limit))（\(years) × \(a(annual)) + \(a(oneTime))\(t.text(in: .chinese))）\(o.text(in: .chinese))")
    }

    /// The TCO against the stated total over the horizon.
    static func tcoAgainstTotal(years: Int, cost: Double, currency: String, over: Bool, limit: Double, total: Double, tolerance t: LocalizedText, overrun o: LocalizedText) -> LocalizedText {
        let v = verb(over)
        return LocalizedText(
            en: "\(years)-year TCO \(a(cost)) \(currency) \(v.en) the limit \(a(limit)) (\(years)-year total budget \(a(total))\(t.en))\(o.en)",
            zh: "\(years) 年总拥有成本 \(a(cost)) \(currency) \(v.zh)上限 \(a(limit))（\(years) 年总预算 \(a(total))\(t.text(in: .chinese))）\(o.text(in: .chinese))")
    }

    /// A check whose budget figure is not stated (only reachable by a profile built in code; the loader refuses it).
    static func unbudgeted(_ check: BudgetCheckKind) -> LocalizedText {
        let field = Budget.needed(by: check)
        return LocalizedText(en: "the \(check.rawValue) check has no budget to compare with: the budget states no \(field)",
                             zh: "\(check.rawValue) 检查无可比较的预算：预算未给出 \(field)")
    }
}

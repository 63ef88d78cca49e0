/// The one-line rule summaries `criteria` prints, both languages on one line: ids (facts, modules,
/// rule and method names as catalogs write them) and numbers stay as they are; the words are prose.
package enum RuleSummaryWording {
    /// The items of a list: ", " in English, "、" in Chinese.
    private static func list(_ items: [String]) -> LocalizedText {
        LocalizedText(en: items.joined(separator: ", "), zh: items.joined(separator: "、"))
    }

    /// A `modules` rule over the profile's required modules.
    package static let modulesRequired = LocalizedText(en: "modules: required", zh: "模块：必需模块")
    /// A `modules` rule over the profile's desired modules.
    package static let modulesDesired = LocalizedText(en: "modules: desired", zh: "模块：期望模块")
    /// A `modules` rule over the modules it lists.
    package static func modules(_ ids: [String]) -> LocalizedText {
        LocalizedText(en: "modules: \(list(ids).en)", zh: "模块：\(list(ids).text(in: .chinese))")
    }
    /// Years in the buyer's industry, on a curve.
    package static func industryYears(_ curve: String) -> LocalizedText { LocalizedText(en: "industry years: \(curve)", zh: "行业年限：\(curve)") }
    /// A number fact on a curve, with the unit of its values.
    package static func scale(_ fact: String, unit: LocalizedText?, _ curve: String) -> LocalizedText {
        LocalizedText(en: "scale \(fact)\(unit.map { " (\($0.en))" } ?? ""): \(curve)", zh: "分段 \(fact)\(unit.map { "（\($0.text(in: .chinese))）" } ?? "")：\(curve)")
    }
    /// A yes/no fact: the scores of yes and of no.
    package static func boolean(_ fact: String, yes: String, no: String) -> LocalizedText {
        LocalizedText(en: "boolean \(fact): yes \(yes), no \(no)", zh: "是否 \(fact)：是 \(yes)，否 \(no)")
    }
    /// The share of listed items a fact covers.
    package static func coverage(_ fact: String, of ids: [String]) -> LocalizedText {
        LocalizedText(en: "coverage \(fact) of \(list(ids).en)", zh: "覆盖 \(fact)：\(list(ids).text(in: .chinese))")
    }
    /// The share of the profile's list a fact covers.
    package static func coverageOfProfile(_ fact: String) -> LocalizedText {
        LocalizedText(en: "coverage \(fact) of the profile's list", zh: "覆盖 \(fact)：选型文件所列各项")
    }
    /// A table of values and scores, with the score of any other value.
    package static func lookup(_ fact: String, entries: [String], otherwise: String?) -> LocalizedText {
        LocalizedText(en: "lookup \(fact): " + entries.joined(separator: ", ") + (otherwise.map { ", otherwise \($0)" } ?? ""),
                      zh: "查表 \(fact)：" + entries.joined(separator: "，") + (otherwise.map { "，其他 \($0)" } ?? ""))
    }
    /// Cost scored between shares of the budget (absolute).
    package static func costBudgetRange(_ basis: String, best: String, worst: String) -> LocalizedText {
        LocalizedText(en: "cost \(basis), budgetRange \(best)–\(worst) of budget (absolute)", zh: "成本 \(basis)，budgetRange 预算的 \(best)–\(worst)（绝对）")
    }
    /// Cost scored between two amounts (absolute).
    package static func costFixedRange(_ basis: String, best: String, worst: String) -> LocalizedText {
        LocalizedText(en: "cost \(basis), fixedRange \(best)–\(worst) (absolute)", zh: "成本 \(basis)，fixedRange \(best)–\(worst)（绝对）")
    }
    /// Cost scored against the other vendors' prices (relative).
    package static func costRelative(_ basis: String, method: String) -> LocalizedText {
        LocalizedText(en: "cost \(basis), \(method) (relative: rank reversal possible)", zh: "成本 \(basis)，\(method)（相对：可能出现排名反转）")
    }
    /// The scores of a preferred and of an acceptable deployment.
    package static func deployment(preferred: String, acceptable: String) -> LocalizedText {
        LocalizedText(en: "deployment: preferred \(preferred), acceptable \(acceptable)", zh: "部署方式：首选 \(preferred)，可接受 \(acceptable)")
    }
    /// Implementation weeks over the weeks to go-live, on a curve.
    package static func deadline(_ curve: String) -> LocalizedText {
        LocalizedText(en: "deadline ratio: \(curve)", zh: "实施周期/上线期限：\(curve)")
    }
    /// A panel rating on its scale.
    package static func rating(_ fact: String, from low: String, to high: String) -> LocalizedText {
        LocalizedText(en: "rating \(fact) on \(low)–\(high)", zh: "评分 \(fact)，\(low)–\(high) 分")
    }
    /// A comparison operator: the symbols stay, `contains` is a word.
    package static func comparison(_ op: ComparisonOperator) -> LocalizedText {
        op == .contains ? LocalizedText(en: "contains", zh: "包含") : LocalizedText(en: op.rawValue, zh: op.rawValue)
    }
}

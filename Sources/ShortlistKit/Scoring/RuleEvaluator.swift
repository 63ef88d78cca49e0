/// One fact a score was computed from, with its evidence.
public struct FactUse: Sendable, Equatable {
    /// The fact's name.
    public var fact: String
    /// Its value as text.
    public var value: String
    /// Where the user said it came from.
    public var source: String?
    /// The dossier's note on it.
    public var note: String?
    /// The dossier file and where in it the value stands.
    public var file: String?
    /// The position in the file.
    public var location: SourceLocation?
    /// For a number: the unit it is counted in (`weeks` / `周`), printed after the value.
    public var unit: LocalizedText? = nil
}

/// The score a rule gave a vendor, and why.
package struct RuleOutcome: Sendable, Equatable {
    /// The score from 0 to 100, or nil when a fact it needs is missing.
    public var score: Double?
    /// The missing fact, when the score is nil.
    public var missingFact: String?
    /// How the score came about, in English and Chinese with the same numbers (empty when not asked for).
    public var explanation: LocalizedText
    /// The facts used (empty when not asked for).
    public var evidence: [FactUse]
}

/// The lowest and highest price among compliant vendors, for the relative price formulas.
package struct PriceRange: Sendable, Equatable {
    /// The lowest price.
    public var lowest: Double
    /// The highest price.
    public var highest: Double
}

/// Applies scoring rules to a vendor's facts.
package struct RuleEvaluator: Sendable {
    /// The requirement profile.
    public let profile: RequirementProfile
    /// The catalog, for display names.
    public let catalog: Catalog
    /// Price ranges over compliant vendors, by basis.
    public let priceRanges: [CostBasis: PriceRange]

    /// Creates an evaluator.
    public init(profile: RequirementProfile, catalog: Catalog, priceRanges: [CostBasis: PriceRange] = [:]) {
        self.profile = profile
        self.catalog = catalog
        self.priceRanges = priceRanges
    }

    private func use(_ name: String, _ fact: Fact, _ facts: VendorFacts) -> FactUse {
        FactUse(fact: name, value: fact.value.description, source: fact.source, note: fact.note, file: facts.dossier.file, location: fact.location,
                unit: fact.value.type == .number ? FactUnits.unit(of: name, catalog: catalog, currency: profile.budget.currency) : nil)
    }

    private func missing(_ fact: String, _ explain: Bool) -> RuleOutcome {
        RuleOutcome(score: nil, missingFact: fact, explanation: explain ? LocalizedText(en: "\(fact) is not stated", zh: "未提供 \(fact)") : Self.none, evidence: [])
    }

    /// The explanation of an outcome nobody asked to explain.
    static let none = LocalizedText(en: "", zh: "")

    /// Scores `rule` for the vendor whose facts are `facts`; with `explain`, says how, in English
    /// and Chinese at once; the arithmetic is the same in both.
    ///
    /// - Parameters:
    ///   - explain: whether to write the explanation.
    ///   - withEvidence: whether to list the facts used (only with `explain`).
    public func evaluate(_ rule: Rule, facts: VendorFacts, explain: Bool, withEvidence: Bool = true) -> RuleOutcome {
        let listEvidence = explain && withEvidence
        func s(_ x: Double, _ d: Int = 2) -> String { NumberFormatting.short(x, d) }
        switch rule {
        case .modules(let selection):
            guard let offered = facts.dossier.modules else { return missing("modules", explain) }
            let ids: [String]
            let label: LocalizedText
            switch selection {
            case .required: (ids, label) = (profile.requiredModules, LocalizedText(en: "required", zh: "必需"))
            case .desired: (ids, label) = (profile.desiredModules, LocalizedText(en: "desired", zh: "期望"))
            case .list(let list): (ids, label) = (list, LocalizedText(en: "listed", zh: "所列"))
            }
            guard !ids.isEmpty else {
                return RuleOutcome(score: 100, explanation: explain ? LocalizedText(en: "no \(label.en) modules to cover → 100", zh: "没有需要覆盖的\(label.text(in: .chinese))模块 → 100") : Self.none, evidence: [])
            }
            var sum = 0.0
            for id in ids { sum += offered[id]?.value.level ?? 0 }
            let score = sum / Double(ids.count) * 100
            guard explain else { return RuleOutcome(score: score, explanation: Self.none, evidence: []) }
            let parts = ids.map { id -> LocalizedText in
                let name = Vocabulary.localizedName(of: id, in: catalog.vocabulary.modules)
                let level = offered[id].map { Self.coverageWord($0.value) } ?? LocalizedText(en: "not offered", zh: "未提供")
                return LocalizedText(en: "\(name.en) \(level.en)", zh: "\(name.text(in: .chinese)) \(level.text(in: .chinese))")
            }
            let evidence = !listEvidence ? [] : ids.compactMap { id in offered[id].map { FactUse(fact: "modules.\(id)", value: $0.value.rawValue, source: $0.source, note: $0.note, file: facts.dossier.file, location: $0.location) } }
            let arithmetic = "\(s(sum / Double(ids.count), 3)) × 100 = \(s(score, 2))"
            return RuleOutcome(score: score, explanation: LocalizedText(en: "\(label.en) modules: \(parts.map(\.en).joined(separator: ", ")) → mean coverage \(arithmetic)",
                                                                        zh: "\(label.text(in: .chinese))模块：\(parts.map { $0.text(in: .chinese) }.joined(separator: "、")) → 平均覆盖度 \(arithmetic)"), evidence: evidence)

        case .industryExperience(let curve):
            guard let fact = facts["industry.years"], case .number(let years) = fact.value else { return missing("industries", explain) }
            let score = curve.value(at: years)
            guard explain else { return RuleOutcome(score: score, explanation: Self.none, evidence: []) }
            let industry = Vocabulary.localizedName(of: profile.organisation.industry, in: catalog.vocabulary.industries)
            let note = fact.note.map { " (\($0))" } ?? "", noteZh = fact.note.map { "（\($0)）" } ?? ""
            return RuleOutcome(score: score, explanation: LocalizedText(en: "\(s(years)) years in \(industry.en)\(note) → \(s(score)) on the curve \(curve.summary)",
                                                                        zh: "\(industry.text(in: .chinese))行业 \(s(years)) 年\(noteZh) → 按曲线 \(curve.summary) 得 \(s(score))"),
                               evidence: listEvidence ? [use("industry.years", fact, facts)] : [])

        case .scale(let name, let curve):
            guard let fact = facts[name], case .number(let x) = fact.value else { return missing(name, explain) }
            let score = curve.value(at: x)
            return RuleOutcome(score: score, explanation: explain ? LocalizedText(en: "\(name) = \(s(x)) → \(s(score)) on the curve \(curve.summary)", zh: "\(name) = \(s(x)) → 按曲线 \(curve.summary) 得 \(s(score))") : Self.none, evidence: listEvidence ? [use(name, fact, facts)] : [])

        case .boolean(let name, let whenTrue, let whenFalse):
            guard let fact = facts[name], case .boolean(let b) = fact.value else { return missing(name, explain) }
            let score = b ? whenTrue : whenFalse
            return RuleOutcome(score: score, explanation: explain ? LocalizedText(en: "\(name) = \(b ? "yes" : "no") → \(s(score))", zh: "\(name) = \(b ? "是" : "否") → \(s(score))") : Self.none, evidence: listEvidence ? [use(name, fact, facts)] : [])

        case .coverage(let name, let required):
            guard let fact = facts[name], case .set(let items) = fact.value else { return missing(name, explain) }
            let wanted: [String]
            switch required {
            case .list(let list): wanted = list
            case .profile:
                switch name {
                case "integrations": wanted = profile.integrations
                case "security.certifications": wanted = profile.certifications
                default: wanted = profile.deployments.map(\.rawValue)
                }
            }
            guard !wanted.isEmpty else {
                return RuleOutcome(score: 100, explanation: explain ? LocalizedText(en: "nothing required for \(name) → 100", zh: "\(name) 无要求 → 100") : Self.none, evidence: listEvidence ? [use(name, fact, facts)] : [])
            }
            let have = wanted.filter { items.contains($0) }
            let score = Double(have.count) / Double(wanted.count) * 100
            guard explain else { return RuleOutcome(score: score, explanation: Self.none, evidence: []) }
            let lacking = wanted.filter { !items.contains($0) }
            var text = LocalizedText(en: "has \(have.count) of \(wanted.count) required (\(wanted.joined(separator: ", ")))",
                                     zh: "具备要求的 \(wanted.count) 项中的 \(have.count) 项（\(wanted.joined(separator: "、"))）")
            if !lacking.isEmpty {
                text.en += "; lacks \(lacking.joined(separator: ", "))"
                text.zh! += "；缺少 \(lacking.joined(separator: "、"))"
            }
            text.en += " → \(s(score))"
            text.zh! += " → \(s(score))"
            return RuleOutcome(score: score, explanation: text, evidence: listEvidence ? [use(name, fact, facts)] : [])

        case .lookup(let name, let table, let otherwise):
            guard let fact = facts[name], case .text(let value) = fact.value else { return missing(name, explain) }
            if let entry = table.first(where: { $0.value == value }) {
                return RuleOutcome(score: entry.score, explanation: explain ? LocalizedText(en: "\(name) = \(value) → \(s(entry.score)) from the table", zh: "\(name) = \(value) → 查表得 \(s(entry.score))") : Self.none, evidence: listEvidence ? [use(name, fact, facts)] : [])
            }
            guard let otherwise else {
                return RuleOutcome(score: nil, missingFact: name, explanation: explain ? LocalizedText(en: "\(name) = \(value) is not in the table and the rule gives no \"otherwise\" score", zh: "\(name) = \(value) 不在表中，且规则未给出 otherwise 分数") : Self.none, evidence: listEvidence ? [use(name, fact, facts)] : [])
            }
            return RuleOutcome(score: otherwise, explanation: explain ? LocalizedText(en: "\(name) = \(value) is not in the table → otherwise \(s(otherwise))", zh: "\(name) = \(value) 不在表中 → otherwise 得 \(s(otherwise))") : Self.none, evidence: listEvidence ? [use(name, fact, facts)] : [])

        case .cost(let basis, let method):
            guard let cost = facts.cost else { return missing("pricing", explain) }
            let price = cost.amount(for: basis)
            let (score, formula) = priceScore(price, basis: basis, method: method, explain: explain)
            guard explain else { return RuleOutcome(score: score, explanation: Self.none, evidence: []) }
            let name = basisName(basis), amount = "\(NumberFormatting.amount(price)) \(cost.currency)"
            var text = LocalizedText(en: "\(name.en) \(amount); \(formula.en)", zh: "\(name.text(in: .chinese)) \(amount)；\(formula.text(in: .chinese))")
            if !cost.unquoted.isEmpty {
                text.en += " (not quoted, counted as 0: \(cost.unquoted.joined(separator: ", ")))"
                text.zh! += "（未报价，按 0 计：\(cost.unquoted.joined(separator: "、"))）"
            }
            return RuleOutcome(score: score, explanation: text, evidence: listEvidence ? priceEvidence(facts) : [])

        case .deployment(let preferred, let acceptable):
            guard let fact = facts["deployments"], case .set(let offered) = fact.value else { return missing("deployments", explain) }
            let first = profile.deployments.first?.rawValue
            let score: Double
            let text: LocalizedText
            if let first, offered.contains(first) {
                (score, text) = (preferred, LocalizedText(en: "offers \(first), the first preference → \(s(preferred))", zh: "提供 \(first)，即首选 → \(s(preferred))"))
            } else if let other = profile.deployments.first(where: { offered.contains($0.rawValue) }) {
                (score, text) = (acceptable, LocalizedText(en: "offers \(other.rawValue), acceptable but not preferred → \(s(acceptable))", zh: "提供 \(other.rawValue)，可接受但非首选 → \(s(acceptable))"))
            } else {
                let list = profile.deployments.map(\.rawValue)
                (score, text) = (0, LocalizedText(en: "offers none of the acceptable deployments (\(list.joined(separator: ", "))) → 0", zh: "不提供任何可接受的部署方式（\(list.joined(separator: "、"))）→ 0"))
            }
            return RuleOutcome(score: score, explanation: explain ? text : Self.none, evidence: listEvidence ? [use("deployments", fact, facts)] : [])

        case .deadline(let curve):
            guard let fact = facts["implementationWeeks"], case .number(let weeks) = fact.value else { return missing("implementationWeeks", explain) }
            let ratio = weeks / profile.goLiveWeeks
            let score = curve.value(at: ratio)
            return RuleOutcome(score: score, explanation: explain ? LocalizedText(en: "\(s(weeks)) weeks ÷ \(s(profile.goLiveWeeks)) weeks to go-live = \(s(ratio, 3)) → \(s(score)) on the curve \(curve.summary)",
                                                                              zh: "\(s(weeks)) 周 ÷ 上线期限 \(s(profile.goLiveWeeks)) 周 = \(s(ratio, 3)) → 按曲线 \(curve.summary) 得 \(s(score))") : Self.none, evidence: listEvidence ? [use("implementationWeeks", fact, facts)] : [])

        case .rating(let name, let scale):
            guard let fact = facts[name], case .number(let value) = fact.value else { return missing(name, explain) }
            guard value >= scale.min && value <= scale.max else {
                return RuleOutcome(score: nil, missingFact: name, explanation: explain ? LocalizedText(en: "\(name) = \(s(value)) lies outside the scale \(s(scale.min))–\(s(scale.max))", zh: "\(name) = \(s(value)) 超出量表 \(s(scale.min))–\(s(scale.max))") : Self.none, evidence: listEvidence ? [use(name, fact, facts)] : [])
            }
            let score = scale.score(value)
            guard explain else { return RuleOutcome(score: score, explanation: Self.none, evidence: []) }
            let arithmetic = "(\(s(value)) − \(s(scale.min))) ÷ \(s(scale.max - scale.min)) × 100 = \(s(score))"
            var text = LocalizedText(en: "rating \(s(value)) on \(s(scale.min))–\(s(scale.max)) → \(arithmetic)", zh: "评分 \(s(value))（量表 \(s(scale.min))–\(s(scale.max))）→ \(arithmetic)")
            if value == value.rounded(), let anchor = scale.anchor(at: value) {
                text.en += " (\(anchor.line(in: .english)))"
                text.zh! += "（\(anchor.line(in: .chinese))）"
            }
            if fact.source == "evaluator panel", let note = fact.note {
                text.en += " — \(note)"
                text.zh! += " —— \(fact.noteZh ?? note)"
            }
            return RuleOutcome(score: score, explanation: text, evidence: listEvidence ? [use(name, fact, facts)] : [])
        }
    }

    private func basisName(_ basis: CostBasis) -> LocalizedText {
        switch basis {
        case .tco: return LocalizedText(en: "TCO over \(profile.tcoYears) years", zh: "\(profile.tcoYears) 年总拥有成本（TCO）")
        case .firstYear: return LocalizedText(en: "first-year cost", zh: "首年费用")
        case .annual: return LocalizedText(en: "annual recurring cost", zh: "年度经常性费用")
        }
    }

    /// A module's coverage in words: "full", "partial", "planned", "none".
    private static func coverageWord(_ coverage: ModuleCoverage) -> LocalizedText {
        switch coverage {
        case .full: return LocalizedText(en: "full", zh: "完整")
        case .partial: return LocalizedText(en: "partial", zh: "部分")
        case .planned: return LocalizedText(en: "planned", zh: "规划中")
        case .none: return LocalizedText(en: "none", zh: "无")
        }
    }

    /// The budget a basis is measured against: the budgeted TCO (the stated total, or annual × N + one-off),
    /// annual + one-off for the first year, the annual budget for the annual cost; nil when the budget lacks the figure.
    public func budgetAmount(for basis: CostBasis) -> Double? {
        profile.budget.budgeted(Self.budgetCheck(basis), years: profile.tcoYears)
    }

    /// The budget check that holds the same figure as a cost basis.
    package static func budgetCheck(_ basis: CostBasis) -> BudgetCheckKind {
        switch basis {
        case .tco: return .tco
        case .firstYear: return .firstYear
        case .annual: return .recurring
        }
    }

    /// The price score and, with `explain`, the formula with its numbers in English and Chinese
    /// (the arithmetic is the same in both).
    public func priceScore(_ price: Double, basis: CostBasis, method: PriceMethod, explain: Bool) -> (Double, LocalizedText) {
        let a = NumberFormatting.amount
        func s(_ x: Double, _ d: Int = 2) -> String { NumberFormatting.short(x, d) }
        // A formula's value kept to 0–100, and the formula saying when it was capped:
        // "min(100, 100 × 196,938 ÷ 144,000 = 136.76) = 100".
        func bounded(_ raw: Double, _ formula: @autoclosure () -> String) -> (Double, String) {
            let score = min(100, max(0, raw))
            guard explain else { return (score, "") }
            if raw > 100 { return (score, "min(100, \(formula()) = \(s(raw))) = 100") }
            if raw < 0 { return (score, "max(0, \(formula()) = \(s(raw))) = 0") }
            return (score, "\(formula()) = \(s(score))")
        }
        let noPrices = LocalizedText(en: "no compliant vendor has a price to compare with", zh: "没有可供比较价格的合规供应商")
        func said(_ en: @autoclosure () -> String, _ zh: @autoclosure () -> String) -> LocalizedText {
            explain ? LocalizedText(en: en(), zh: zh()) : Self.none
        }
        switch method {
        case .budgetRange(let bestShare, let worstShare), .fixedRange(let bestShare, let worstShare):
            var best = bestShare, worst = worstShare
            var scale = Self.none
            if case .budgetRange = method {
                guard let budget = budgetAmount(for: basis) else {
                    // Only a profile built in code gets here: the loader refuses a budgetRange rule without its budget figure.
                    let field = Budget.needed(by: Self.budgetCheck(basis))
                    return (0, said("no budget to score against: the budget states no \(field)", "无可据以评分的预算：预算未给出 \(field)"))
                }
                (best, worst) = (bestShare * budget, worstShare * budget)
                let shares = (NumberFormatting.percent(bestShare, 0), NumberFormatting.percent(worstShare, 0))
                scale = said(" (\(shares.0) and \(shares.1) of the budgeted \(a(budget)))", "（预算 \(a(budget)) 的 \(shares.0) 与 \(shares.1)）")
            }
            let (score, text) = bounded(100 * (worst - price) / (worst - best), "100 × (\(a(worst)) − \(a(price))) ÷ (\(a(worst)) − \(a(best)))")
            return (score, said("absolute range: best \(a(best)), worst \(a(worst))\(scale.en) → \(text)",
                                "绝对区间：最优 \(a(best))，最差 \(a(worst))\(scale.text(in: .chinese)) → \(text)"))
        case .lowestPrice:
            guard let range = priceRanges[basis] else { return (0, noPrices) }
            if price <= 0 { return (100, said("relative to the lowest compliant price \(a(range.lowest)): a price of \(a(price)) → 100", "相对最低合规价格 \(a(range.lowest))：价格 \(a(price)) → 100")) }
            let (score, text) = bounded(100 * range.lowest / price, "100 × \(a(range.lowest)) ÷ \(a(price))")
            return (score, said("relative to the lowest compliant price \(a(range.lowest)) → \(text)", "相对最低合规价格 \(a(range.lowest)) → \(text)"))
        case .linearDeduction:
            guard let range = priceRanges[basis] else { return (0, noPrices) }
            if range.lowest <= 0 {
                let score: Double = price <= 0 ? 100 : 0
                return (score, said("linear deduction from the lowest compliant price \(a(range.lowest)), which is not positive: \(a(price)) → \(s(score))",
                                    "自最低合规价格 \(a(range.lowest)) 线性扣分，该价格不为正：\(a(price)) → \(s(score))"))
            }
            let (score, text) = bounded(100 * (1 - (price - range.lowest) / range.lowest), "100 × (1 − (\(a(price)) − \(a(range.lowest))) ÷ \(a(range.lowest)))")
            return (score, said("linear deduction from the lowest compliant price \(a(range.lowest)) → \(text)", "自最低合规价格 \(a(range.lowest)) 线性扣分 → \(text)"))
        case .minMax:
            guard let range = priceRanges[basis] else { return (0, noPrices) }
            if range.highest == range.lowest { return (100, said("min–max over compliant prices: all equal \(a(range.lowest)) → 100", "合规价格最小–最大法：全部等于 \(a(range.lowest)) → 100")) }
            let (score, text) = bounded(100 * (range.highest - price) / (range.highest - range.lowest), "100 × (\(a(range.highest)) − \(a(price))) ÷ (\(a(range.highest)) − \(a(range.lowest)))")
            return (score, said("min–max over compliant prices \(a(range.lowest))–\(a(range.highest)) → \(text)", "合规价格 \(a(range.lowest))–\(a(range.highest)) 最小–最大法 → \(text)"))
        }
    }

    private func priceEvidence(_ facts: VendorFacts) -> [FactUse] {
        if facts.dossier.pricing == nil, let cost = facts.cost {
            // A quote of line items: each line's year-1 amount and source (the cost breakdown shows each line's formula in both languages).
            return cost.lines.map { FactUse(fact: "quote.\($0.label)", value: NumberFormatting.short($0.years.first ?? 0), source: $0.source, note: nil, file: facts.dossier.file, location: nil) }
        }
        guard let pricing = facts.dossier.pricing else { return [] }
        let fields: [(String, Evidence<Double>?)] = [
            ("perEmployeeMonth", pricing.perEmployeeMonth), ("annualBaseFee", pricing.annualBaseFee), ("annualSupportFee", pricing.annualSupportFee),
            ("implementationFee", pricing.implementationFee), ("trainingFee", pricing.trainingFee), ("otherOneTimeFees", pricing.otherOneTimeFees),
            ("escalationPercent", pricing.escalationPercent),
        ]
        return fields.compactMap { name, e in
            e.map { FactUse(fact: "pricing.\(name)", value: NumberFormatting.short($0.value), source: $0.source, note: $0.note, file: facts.dossier.file, location: $0.location) }
        }
    }
}

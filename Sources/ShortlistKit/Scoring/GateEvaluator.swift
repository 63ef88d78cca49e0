/// Why a vendor was knocked out by one gate (or by a missing fact under the `knockOut` policy).
public struct KnockOut: Sendable, Equatable {
    /// The gate's id, or the criterion's id for a `knockOut` missing-fact policy.
    public var gate: String
    /// What failed, in English and Chinese.
    public var localizedReason: LocalizedText
    /// The facts the decision used.
    public var evidence: [FactUse]

    /// Creates a knock-out.
    public init(gate: String, reason: LocalizedText, evidence: [FactUse] = []) {
        self.gate = gate
        self.localizedReason = reason
        self.evidence = evidence
    }

    /// What failed, in a full English sentence: the English of ``localizedReason``.
    public var reason: String {
        get { localizedReason.en }
        set { localizedReason.en = newValue }
    }

    /// The reason in `language` (Chinese falls back to English).
    public func reason(in language: Language) -> String { localizedReason.text(in: language) }
}

/// The result of one gate for one vendor, failed or passed, for traces.
public struct GateResult: Sendable, Equatable {
    /// The gate.
    public var gate: Gate
    /// Whether the vendor passed.
    public var passed: Bool
    /// What was tested and found, in English and Chinese.
    public var localizedReason: LocalizedText
    /// The missing fact's name, when a fact the gate needs was missing.
    public var missingFact: String?
    /// The figures tested (budget checks, or a fact gate's comparison), when the gate compared numbers or values.
    public var figures: GateFigures?

    /// Creates a result.
    public init(gate: Gate, passed: Bool, reason: LocalizedText, missingFact: String? = nil) {
        self.gate = gate
        self.passed = passed
        self.localizedReason = reason
        self.missingFact = missingFact
    }

    /// What was tested and found, in English: the English of ``localizedReason``.
    public var reason: String {
        get { localizedReason.en }
        set { localizedReason.en = newValue }
    }

    /// Whether a fact the gate needs was missing.
    public var factMissing: Bool { missingFact != nil }

    /// The reason in `language` (Chinese falls back to English).
    public func reason(in language: Language) -> String { localizedReason.text(in: language) }
}

/// Applies knock-out gates.
package struct GateEvaluator: Sendable {
    /// The profile the gates test against.
    public let profile: RequirementProfile
    /// The catalog, for names.
    public let catalog: Catalog

    /// Creates a gate evaluator.
    public init(profile: RequirementProfile, catalog: Catalog) {
        self.profile = profile
        self.catalog = catalog
    }

    /// The gates in effect: the catalog's (those with a `when` only when it holds for the profile's organisation), then the profile's.
    public var gates: [Gate] { (catalog.gates + profile.gates).filter { $0.when?.holds(for: profile.organisation) ?? true } }

    private func moduleName(_ id: String) -> LocalizedText { Vocabulary.localizedName(of: id, in: catalog.vocabulary.modules) }

    /// Tests `gate` on a vendor; without `explain`, a passing gate's reason is left empty and not
    /// even composed (failures always say why).
    ///
    /// Every reason is written in English and Chinese at once (``GateResult/localizedReason``),
    /// with the same numbers; module and certification names come from the catalog in each language.
    public func test(_ gate: Gate, facts: VendorFacts, explain: Bool = true) -> GateResult {
        let a = NumberFormatting.amount
        func result(_ passed: Bool, _ reason: @autoclosure () -> LocalizedText) -> GateResult {
            GateResult(gate: gate, passed: passed, reason: passed && !explain ? LocalizedText(en: "") : reason())
        }
        func result(_ passed: Bool, _ en: @autoclosure () -> String, _ zh: @autoclosure () -> String) -> GateResult {
            result(passed, LocalizedText(en: en(), zh: zh()))
        }
        func missing(_ what: String) -> GateResult {
            let passes = gate.passesWhenMissing
            var outcome = result(passes, "\(what) is not stated" + (passes ? " (the gate passes missing facts)" : ""),
                                 "未提供 \(what)" + (passes ? "（门槛对缺失事实判定通过）" : ""))
            outcome.missingFact = what
            return outcome
        }
        switch gate.kind {
        case .requiredModules(let minimum):
            guard let offered = facts.dossier.modules else { return missing("modules") }
            var problems: [LocalizedText] = []
            for id in profile.requiredModules {
                let level = offered[id]?.value ?? .none
                if level.level < minimum.level || level.level == 0 {
                    let name = moduleName(id)
                    let zhName = name.text(in: .chinese)
                    switch level {
                    case .none:
                        problems.append(LocalizedText(en: "lacks the required module \(name.en)", zh: "缺少必需模块 \(zhName)"))
                    case .planned:
                        problems.append(LocalizedText(en: "has the required module \(name.en) only on its roadmap", zh: "必需模块 \(zhName) 仅在产品路线图中"))
                    default:
                        problems.append(LocalizedText(en: "covers the required module \(name.en) only partly; full coverage is required", zh: "必需模块 \(zhName) 仅部分覆盖，要求完全覆盖"))
                    }
                }
            }
            let count = profile.requiredModules.count
            return problems.isEmpty
                ? result(true, "covers all \(count) required modules at least \(minimum.rawValue)", "全部 \(count) 个必需模块均" + (minimum == .full ? "完全覆盖" : "至少\(Self.coverageName(minimum))"))
                : result(false, .joined(problems, en: "; ", zh: "；"))

        case .budget(let test):
            guard let cost = facts.cost else { return missing("pricing") }
            let checks = budgetChecks(test, cost: cost)
            let passed = !checks.contains { $0.figures?.exceeded ?? true }
            guard !passed || explain else { return result(true, LocalizedText(en: "")) }
            // A pass says every check; a failure only the checks that failed.
            let said = checks.filter { !$0.text.en.isEmpty && (passed || ($0.figures?.exceeded ?? true)) }
            var outcome = result(passed, .joined(said.map(\.text), en: "; ", zh: "；"))
            outcome.figures = .budget(checks.compactMap(\.figures))
            return outcome

        case .deployment:
            guard case .set(let offered)? = facts["deployments"]?.value else { return missing("deployments") }
            let acceptable = profile.deployments.map(\.rawValue)
            if offered.contains(where: acceptable.contains) {
                return result(true, "offers an acceptable deployment", "提供可接受的部署方式")
            }
            return result(false, "offers only \(offered.isEmpty ? "no deployment" : offered.joined(separator: ", ")); acceptable: \(acceptable.joined(separator: ", "))",
                          (offered.isEmpty ? "未提供任何部署方式" : "仅提供 \(offered.joined(separator: "、"))") + "；可接受：\(acceptable.joined(separator: "、"))")

        case .certifications:
            guard !profile.certifications.isEmpty else { return result(true, "no certification required", "无认证要求") }
            guard case .set(let held)? = facts["security.certifications"]?.value else { return missing("security.certifications") }
            let lacking = profile.certifications.filter { !held.contains($0) }
            if lacking.isEmpty { return result(true, "holds every required certification", "持有全部必需认证") }
            let names = lacking.map { Vocabulary.localizedName(of: $0, in: catalog.vocabulary.certifications) }
            return result(false, "lacks the required certification\(lacking.count > 1 ? "s" : "") \(names.map(\.en).joined(separator: ", "))",
                          "缺少必需认证 \(names.map { $0.text(in: .chinese) }.joined(separator: "、"))")

        case .deadline:
            guard let weeks = facts.number("implementationWeeks") else { return missing("implementationWeeks") }
            func s(_ x: Double, _ d: Int = 2) -> String { NumberFormatting.short(x, d) }
            if weeks <= profile.goLiveWeeks {
                return result(true, "\(s(weeks)) weeks to implement, within the \(s(profile.goLiveWeeks)) weeks to go-live", "实施需 \(s(weeks)) 周，在 \(s(profile.goLiveWeeks)) 周的上线期限内")
            }
            return result(false, "needs \(s(weeks)) weeks to implement; go-live is due in \(s(profile.goLiveWeeks)) weeks", "实施需 \(s(weeks)) 周；上线期限为 \(s(profile.goLiveWeeks)) 周")

        case .fact(let name, let op, let reference):
            guard let fact = facts[name] else { return missing(name) }
            let holds = op.holds(fact.value, reference) ?? false
            let unit = FactUnits.unit(of: name, catalog: catalog, currency: profile.budget.currency)
            func en(_ value: FactValue) -> String { FactUnits.text(value, unit: unit, in: .english) }
            func zh(_ value: FactValue) -> String { FactUnits.text(value, unit: unit, in: .chinese) }
            var outcome = result(holds, "\(name) = \(en(fact.value)) (required: \(op.rawValue) \(en(reference)))", "\(name) = \(zh(fact.value))（要求：\(RuleSummaryWording.comparison(op).text(in: .chinese)) \(zh(reference))）")
            outcome.figures = .fact(fact: name, operator: op, required: reference, found: fact.value)
            return outcome
        }
    }

    /// A budget gate's checks of `cost`, in the order tested (first year, recurring year 1…N, one-off, TCO), each
    /// with its sentence and figures. A recurring check that passes every year is one sentence (with the dearest
    /// year); one that fails says so for each year over. A check whose budget figure is absent (a profile built in
    /// code; the loader refuses one) fails without figures.
    private func budgetChecks(_ test: BudgetTest, cost: CostBreakdown) -> [(text: LocalizedText, figures: GateFigures.BudgetCheck?)] {
        let budget = profile.budget, years = profile.tcoYears, currency = cost.currency
        let tolerance = BudgetWording.tolerance(budget)
        var out: [(text: LocalizedText, figures: GateFigures.BudgetCheck?)] = []
        func figures(_ check: BudgetCheckKind, _ amount: Double, year: Int? = nil) -> GateFigures.BudgetCheck? {
            guard let budgeted = budget.budgeted(check, years: years), let limit = budget.limit(check, years: years) else { return nil }
            return GateFigures.BudgetCheck(check: check, years: check == .tco ? years : 1, year: year, cost: amount, limit: limit, budgeted: budgeted, currency: currency)
        }
        func overrun(_ f: GateFigures.BudgetCheck) -> LocalizedText {
            f.exceeded ? BudgetWording.overrun(f.cost, limit: f.limit, budgeted: f.budgeted, tolerance: budget.tolerance) : LocalizedText(en: "")
        }
        for check in test.checks {
            switch check {
            case .firstYear:
                guard let f = figures(.firstYear, cost.firstYear), let annual = budget.annual else { out.append((BudgetWording.unbudgeted(check), nil)); continue }
                out.append((BudgetWording.firstYear(cost: f.cost, currency: currency, over: f.exceeded, limit: f.limit, annual: annual, oneTime: budget.oneTime ?? 0, tolerance: tolerance, overrun: overrun(f)), f))
            case .recurring:
                let each = cost.recurring.enumerated().compactMap { figures(.recurring, $0.element, year: $0.offset + 1) }
                guard each.count == cost.recurring.count, let annual = budget.annual, let first = each.first else { out.append((BudgetWording.unbudgeted(check), nil)); continue }
                if each.contains(where: \.exceeded) {
                    // A sentence for each year over; the years within are in the figures only.
                    for f in each {
                        out.append((f.exceeded ? BudgetWording.recurring(year: f.year ?? 1, cost: f.cost, currency: currency, over: true, limit: f.limit, annual: annual, tolerance: tolerance, overrun: overrun(f)) : LocalizedText(en: ""), f))
                    }
                } else {
                    // One sentence for all the years that pass; each year's figures are still listed.
                    let dearest = each.reduce(first) { $1.cost > $0.cost ? $1 : $0 }
                    let summary = BudgetWording.recurringWithin(years: each.count, highestYear: dearest.year ?? 1, highest: dearest.cost, currency: currency, limit: first.limit, annual: annual, tolerance: tolerance)
                    out.append((summary, first))
                    out += each.dropFirst().map { (LocalizedText(en: ""), $0) }
                }
            case .oneOff:
                guard let f = figures(.oneOff, cost.oneOff), let oneTime = budget.oneTime else { out.append((BudgetWording.unbudgeted(check), nil)); continue }
                out.append((BudgetWording.oneOff(cost: f.cost, currency: currency, over: f.exceeded, limit: f.limit, oneTime: oneTime, tolerance: tolerance, overrun: overrun(f)), f))
            case .tco:
                guard let f = figures(.tco, cost.tco) else { out.append((BudgetWording.unbudgeted(check), nil)); continue }
                if let total = budget.total {
                    out.append((BudgetWording.tcoAgainstTotal(years: years, cost: f.cost, currency: currency, over: f.exceeded, limit: f.limit, total: total, tolerance: tolerance, overrun: overrun(f)), f))
                } else {
                    out.append((BudgetWording.tco(years: years, cost: f.cost, currency: currency, over: f.exceeded, limit: f.limit, annual: budget.annual ?? 0, oneTime: budget.oneTime ?? 0, tolerance: tolerance, overrun: overrun(f)), f))
                }
            }
        }
        return out
    }

    /// A module coverage level in Chinese, for "at least …".
    private static func coverageName(_ level: ModuleCoverage) -> String {
        switch level {
        case .full: return "完全覆盖"
        case .partial: return "部分覆盖"
        case .planned: return "列入产品路线图"
        case .none: return "未提供"
        }
    }
}

/// What a scenario changes beyond weights: price formulas, the budget, gate severities, the
/// missing-fact policy and the panel's consensus rule. Every field is optional; nil leaves the base.
package struct ScenarioOverrides: Sendable, Equatable {
    /// Price formulas by cost criterion id, in file order.
    package var price: [PriceOverride] = []
    /// Budget fields to replace.
    package var budget = BudgetOverride()
    /// Gate severities by gate id, in file order.
    package var gates: [GateSeverityOverride] = []
    /// The default missing-fact policy.
    package var missingFacts: MissingFactPolicy?
    /// The panel's consensus rule.
    package var consensus: ConsensusMethod?

    /// Creates overrides that change nothing.
    package init() {}

    /// Whether nothing is changed.
    package var isEmpty: Bool { self == ScenarioOverrides() }

    /// One cost criterion's price formula.
    package struct PriceOverride: Sendable, Equatable {
        /// The criterion's id.
        package var criterion: String
        /// The formula.
        package var method: PriceMethod
    }

    /// One gate's severity.
    package struct GateSeverityOverride: Sendable, Equatable {
        /// The gate's id.
        package var gate: String
        /// The severity.
        package var severity: GateSeverity
    }

    /// The budget fields a scenario may replace: each nil one keeps the base's. New budget fields
    /// get a member here and a line in ``apply(to:)`` — the one place overrides are applied.
    package struct BudgetOverride: Sendable, Equatable {
        /// The yearly budget.
        package var annual: Double?
        /// The budget for one-off fees.
        package var oneTime: Double?
        /// The total over the profile's `tcoYears`.
        package var total: Double?
        /// The tolerance as a fraction (0.1 = 10 %), with `soft` set by the limit.
        package var tolerance: Double?
        /// Whether the limit is soft.
        package var soft: Bool?

        /// Creates an override that changes nothing.
        package init() {}

        /// `budget` with these fields replaced.
        package func apply(to budget: inout Budget) {
            if let annual { budget.annual = annual }
            if let oneTime { budget.oneTime = oneTime }
            if let total { budget.total = total }
            if let soft {
                budget.isSoft = soft
                if !soft { budget.tolerance = 0 }
            }
            if let tolerance { budget.tolerance = tolerance }
        }

        /// The changed fields, as written in selection.json: "annual 500,000", "tolerancePercent 10".
        var changes: [String] {
            var out: [String] = []
            if let annual { out.append("annual \(NumberFormatting.amount(annual))") }
            if let oneTime { out.append("oneTime \(NumberFormatting.amount(oneTime))") }
            if let total { out.append("total \(NumberFormatting.amount(total))") }
            if let soft { out.append("limit \(soft ? "soft" : "hard")") }
            if let tolerance { out.append("tolerancePercent \(NumberFormatting.short(tolerance * 100))") }
            return out
        }
    }

    /// What the overrides change, one phrase each, as written in selection.json: the English of ``localizedChanges``.
    package var changes: [String] { localizedChanges.map(\.en) }

    /// What the overrides change, one phrase each with the keys as written in selection.json, in English and Chinese.
    package var localizedChanges: [LocalizedText] {
        var out: [LocalizedText] = []
        out += price.map { LocalizedText(en: "price formula of \($0.criterion) → \($0.method.name)", zh: "\($0.criterion) 的价格公式 → \($0.method.name)") }
        out += budget.changes.map { LocalizedText(en: "budget \($0)", zh: "预算 \($0)") }
        out += gates.map { LocalizedText(en: "gate \($0.gate) → \($0.severity.rawValue)", zh: "门槛 \($0.gate) → \($0.severity.rawValue)") }
        if let missingFacts { out.append(LocalizedText(en: "missingFacts → \(missingFacts.rawValue)", zh: "missingFacts → \(missingFacts.rawValue)")) }
        if let consensus {
            let phrase: String
            switch consensus {
            case .mean: phrase = "consensus → mean"
            case .median: phrase = "consensus → median"
            case .trimmedMean(let fraction): phrase = "consensus → trimmedMean \(NumberFormatting.short(fraction * 100))%"
            }
            out.append(LocalizedText(en: phrase, zh: phrase))
        }
        return out
    }
}

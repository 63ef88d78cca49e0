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
}

/// The score a rule gave a vendor, and why.
public struct RuleOutcome: Sendable, Equatable {
    /// The score from 0 to 100, or nil when a fact it needs is missing.
    public var score: Double?
    /// The missing fact, when the score is nil.
    public var missingFact: String?
    /// How the score came about, in words (empty when not asked for).
    public var explanation: String
    /// The facts used (empty when not asked for).
    public var evidence: [FactUse]
}

/// The lowest and highest price among compliant vendors, for the relative price formulas.
public struct PriceRange: Sendable, Equatable {
    /// The lowest price.
    public var lowest: Double
    /// The highest price.
    public var highest: Double
}

/// Applies scoring rules to a vendor's facts.
public struct RuleEvaluator: Sendable {
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
        FactUse(fact: name, value: fact.value.description, source: fact.source, note: fact.note, file: facts.dossier.file, location: fact.location)
    }

    private func missing(_ fact: String, _ explain: Bool) -> RuleOutcome {
        RuleOutcome(score: nil, missingFact: fact, explanation: explain ? "\(fact) is not stated" : "", evidence: [])
    }

    /// Scores `rule` for the vendor whose facts are `facts`; with `explain`, says how.
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
            let label: String
            switch selection {
            case .required: (ids, label) = (profile.requiredModules, "required")
            case .desired: (ids, label) = (profile.desiredModules, "desired")
            case .list(let list): (ids, label) = (list, "listed")
            }
            guard !ids.isEmpty else {
                return RuleOutcome(score: 100, explanation: explain ? "no \(label) modules to cover → 100" : "", evidence: [])
            }
            var sum = 0.0
            for id in ids { sum += offered[id]?.value.level ?? 0 }
            let score = sum / Double(ids.count) * 100
            guard explain else { return RuleOutcome(score: score, explanation: "", evidence: []) }
            let parts = ids.map { id -> String in
                let name = Vocabulary.name(of: id, in: catalog.vocabulary.modules)
                return "\(name) \(offered[id]?.value.rawValue ?? "not offered")"
            }
            let evidence = !listEvidence ? [] : ids.compactMap { id in offered[id].map { FactUse(fact: "modules.\(id)", value: $0.value.rawValue, source: $0.source, note: $0.note, file: facts.dossier.file, location: $0.location) } }
            return RuleOutcome(score: score, explanation: "\(label) modules: \(parts.joined(separator: ", ")) → mean coverage \(s(sum / Double(ids.count), 3)) × 100 = \(s(score, 2))", evidence: evidence)

        case .industryExperience(let curve):
            guard let fact = facts["industry.years"], case .number(let years) = fact.value else { return missing("industries", explain) }
            let score = curve.value(at: years)
            guard explain else { return RuleOutcome(score: score, explanation: "", evidence: []) }
            let industry = Vocabulary.name(of: profile.organisation.industry, in: catalog.vocabulary.industries)
            let note = fact.note.map { " (\($0))" } ?? ""
            return RuleOutcome(score: score, explanation: "\(s(years)) years in \(industry)\(note) → \(s(score)) on the curve \(curve.summary)", evidence: listEvidence ? [use("industry.years", fact, facts)] : [])

        case .scale(let name, let curve):
            guard let fact = facts[name], case .number(let x) = fact.value else { return missing(name, explain) }
            let score = curve.value(at: x)
            return RuleOutcome(score: score, explanation: explain ? "\(name) = \(s(x)) → \(s(score)) on the curve \(curve.summary)" : "", evidence: listEvidence ? [use(name, fact, facts)] : [])

        case .boolean(let name, let whenTrue, let whenFalse):
            guard let fact = facts[name], case .boolean(let b) = fact.value else { return missing(name, explain) }
            let score = b ? whenTrue : whenFalse
            return RuleOutcome(score: score, explanation: explain ? "\(name) = \(b ? "yes" : "no") → \(s(score))" : "", evidence: listEvidence ? [use(name, fact, facts)] : [])

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
                return RuleOutcome(score: 100, explanation: explain ? "nothing required for \(name) → 100" : "", evidence: listEvidence ? [use(name, fact, facts)] : [])
            }
            let have = wanted.filter { items.contains($0) }
            let score = Double(have.count) / Double(wanted.count) * 100
            guard explain else { return RuleOutcome(score: score, explanation: "", evidence: []) }
            let lacking = wanted.filter { !items.contains($0) }
            var text = "has \(have.count) of \(wanted.count) required (\(wanted.joined(separator: ", ")))"
            if !lacking.isEmpty { text += "; lacks \(lacking.joined(separator: ", "))" }
            return RuleOutcome(score: score, explanation: text + " → \(s(score))", evidence: listEvidence ? [use(name, fact, facts)] : [])

        case .lookup(let name, let table, let otherwise):
            guard let fact = facts[name], case .text(let value) = fact.value else { return missing(name, explain) }
            if let entry = table.first(where: { $0.value == value }) {
                return RuleOutcome(score: entry.score, explanation: explain ? "\(name) = \(value) → \(s(entry.score)) from the table" : "", evidence: listEvidence ? [use(name, fact, facts)] : [])
            }
            guard let otherwise else {
                return RuleOutcome(score: nil, missingFact: name, explanation: explain ? "\(name) = \(value) is not in the table and the rule gives no \"otherwise\" score" : "", evidence: listEvidence ? [use(name, fact, facts)] : [])
            }
            return RuleOutcome(score: otherwise, explanation: explain ? "\(name) = \(value) is not in the table → otherwise \(s(otherwise))" : "", evidence: listEvidence ? [use(name, fact, facts)] : [])

        case .cost(let basis, let method):
            guard let cost = facts.cost else { return missing("pricing", explain) }
            let price = cost.amount(for: basis)
            let (score, formula) = priceScore(price, basis: basis, method: method, explain: explain)
            guard explain else { return RuleOutcome(score: score, explanation: "", evidence: []) }
            var text = "\(basisName(basis)) \(NumberFormatting.amount(price)) \(cost.currency); \(formula)"
            if !cost.unquoted.isEmpty { text += " (not quoted, counted as 0: \(cost.unquoted.joined(separator: ", ")))" }
            return RuleOutcome(score: score, explanation: text, evidence: listEvidence ? priceEvidence(facts) : [])

        case .deployment(let preferred, let acceptable):
            guard let fact = facts["deployments"], case .set(let offered) = fact.value else { return missing("deployments", explain) }
            let first = profile.deployments.first?.rawValue
            let score: Double
            let text: String
            if let first, offered.contains(first) {
                (score, text) = (preferred, "offers \(first), the first preference → \(s(preferred))")
            } else if let other = profile.deployments.first(where: { offered.contains($0.rawValue) }) {
                (score, text) = (acceptable, "offers \(other.rawValue), acceptable but not preferred → \(s(acceptable))")
            } else {
                (score, text) = (0, "offers none of the acceptable deployments (\(profile.deployments.map(\.rawValue).joined(separator: ", "))) → 0")
            }
            return RuleOutcome(score: score, explanation: explain ? text : "", evidence: listEvidence ? [use("deployments", fact, facts)] : [])

        case .deadline(let curve):
            guard let fact = facts["implementationWeeks"], case .number(let weeks) = fact.value else { return missing("implementationWeeks", explain) }
            let ratio = weeks / profile.goLiveWeeks
            let score = curve.value(at: ratio)
            return RuleOutcome(score: score, explanation: explain ? "\(s(weeks)) weeks ÷ \(s(profile.goLiveWeeks)) weeks to go-live = \(s(ratio, 3)) → \(s(score)) on the curve \(curve.summary)" : "", evidence: listEvidence ? [use("implementationWeeks", fact, facts)] : [])

        case .rating(let name, let scale):
            guard let fact = facts[name], case .number(let value) = fact.value else { return missing(name, explain) }
            guard value >= scale.min && value <= scale.max else {
                return RuleOutcome(score: nil, missingFact: name, explanation: explain ? "\(name) = \(s(value)) lies outside the scale \(s(scale.min))–\(s(scale.max))" : "", evidence: listEvidence ? [use(name, fact, facts)] : [])
            }
            let score = scale.score(value)
            var text = "rating \(s(value)) on \(s(scale.min))–\(s(scale.max)) → (\(s(value)) − \(s(scale.min))) ÷ \(s(scale.max - scale.min)) × 100 = \(s(score))"
            if explain, value == value.rounded(), let anchor = scale.anchors.first(where: { $0.level == value }) { text += " (\(s(anchor.level)): \(anchor.text))" }
            if explain, fact.source == "evaluator panel", let note = fact.note { text += " — \(note)" }
            return RuleOutcome(score: score, explanation: explain ? text : "", evidence: listEvidence ? [use(name, fact, facts)] : [])
        }
    }

    private func basisName(_ basis: CostBasis) -> String {
        switch basis {
        case .tco: return "TCO over \(profile.tcoYears) years"
        case .firstYear: return "first-year cost"
        case .annual: return "annual recurring cost"
        }
    }

    /// The budget a basis is measured against.
    public func budgetAmount(for basis: CostBasis) -> Double {
        let b = profile.budget
        switch basis {
        case .tco: return b.annual * Double(profile.tcoYears) + b.oneTime
        case .firstYear: return b.annual + b.oneTime
        case .annual: return b.annual
        }
    }

    /// The price score and, with `explain`, the formula with its numbers.
    public func priceScore(_ price: Double, basis: CostBasis, method: PriceMethod, explain: Bool) -> (Double, String) {
        let a = NumberFormatting.amount
        func s(_ x: Double, _ d: Int = 2) -> String { NumberFormatting.short(x, d) }
        // A formula's value kept to 0–100, and the formula in words saying when it was capped:
        // "min(100, 100 × 196,938 ÷ 144,000 = 136.76) = 100".
        func bounded(_ raw: Double, _ formula: @autoclosure () -> String) -> (Double, String) {
            let score = min(100, max(0, raw))
            guard explain else { return (score, "") }
            if raw > 100 { return (score, "min(100, \(formula()) = \(s(raw))) = 100") }
            if raw < 0 { return (score, "max(0, \(formula()) = \(s(raw))) = 0") }
            return (score, "\(formula()) = \(s(score))")
        }
        switch method {
        case .budgetRange(let bestShare, let worstShare), .fixedRange(let bestShare, let worstShare):
            var best = bestShare, worst = worstShare
            var scale = ""
            if case .budgetRange = method {
                let budget = budgetAmount(for: basis)
                (best, worst) = (bestShare * budget, worstShare * budget)
                scale = explain ? " (\(NumberFormatting.percent(bestShare, 0)) and \(NumberFormatting.percent(worstShare, 0)) of the budgeted \(a(budget)))" : ""
            }
            let (score, text) = bounded(100 * (worst - price) / (worst - best), "100 × (\(a(worst)) − \(a(price))) ÷ (\(a(worst)) − \(a(best)))")
            return (score, explain ? "absolute range: best \(a(best)), worst \(a(worst))\(scale) → \(text)" : "")
        case .lowestPrice:
            guard let range = priceRanges[basis] else { return (0, "no compliant vendor has a price to compare with") }
            if price <= 0 { return (100, explain ? "relative to the lowest compliant price \(a(range.lowest)): a price of \(a(price)) → 100" : "") }
            let (score, text) = bounded(100 * range.lowest / price, "100 × \(a(range.lowest)) ÷ \(a(price))")
            return (score, explain ? "relative to the lowest compliant price \(a(range.lowest)) → \(text)" : "")
        case .linearDeduction:
            guard let range = priceRanges[basis] else { return (0, "no compliant vendor has a price to compare with") }
            if range.lowest <= 0 {
                let score: Double = price <= 0 ? 100 : 0
                return (score, explain ? "linear deduction from the lowest compliant price \(a(range.lowest)), which is not positive: \(a(price)) → \(s(score))" : "")
            }
            let (score, text) = bounded(100 * (1 - (price - range.lowest) / range.lowest), "100 × (1 − (\(a(price)) − \(a(range.lowest))) ÷ \(a(range.lowest)))")
            return (score, explain ? "linear deduction from the lowest compliant price \(a(range.lowest)) → \(text)" : "")
        case .minMax:
            guard let range = priceRanges[basis] else { return (0, "no compliant vendor has a price to compare with") }
            if range.highest == range.lowest { return (100, explain ? "min–max over compliant prices: all equal \(a(range.lowest)) → 100" : "") }
            let (score, text) = bounded(100 * (range.highest - price) / (range.highest - range.lowest), "100 × (\(a(range.highest)) − \(a(price))) ÷ (\(a(range.highest)) − \(a(range.lowest)))")
            return (score, explain ? "min–max over compliant prices \(a(range.lowest))–\(a(range.highest)) → \(text)" : "")
        }
    }

    private func priceEvidence(_ facts: VendorFacts) -> [FactUse] {
        if facts.dossier.pricing == nil, let cost = facts.cost {
            // A quote of line items: each line's year-1 amount, with its formula and source.
            return cost.lines.map { FactUse(fact: "quote.\($0.label)", value: NumberFormatting.short($0.years.first ?? 0) + " (\($0.formula))", source: $0.source, note: nil, file: facts.dossier.file, location: nil) }
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

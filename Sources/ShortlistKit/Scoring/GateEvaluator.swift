/// Why a vendor was knocked out by one gate (or by a missing fact under the `knockOut` policy).
public struct KnockOut: Sendable, Equatable {
    /// The gate's id, or the criterion's id for a `knockOut` missing-fact policy.
    public var gate: String
    /// What failed, in a full sentence.
    public var reason: String
    /// The facts the decision used.
    public var evidence: [FactUse]
}

/// The result of one gate for one vendor, failed or passed, for traces.
public struct GateResult: Sendable, Equatable {
    /// The gate.
    public var gate: Gate
    /// Whether the vendor passed.
    public var passed: Bool
    /// What was tested and found.
    public var reason: String
    /// Whether a fact the gate needs was missing.
    public var factMissing: Bool
    /// The missing fact's name, when one was missing.
    public var missingFact: String? = nil
}

/// Applies knock-out gates.
public struct GateEvaluator: Sendable {
    /// The profile the gates test against.
    public let profile: RequirementProfile
    /// The catalog, for names.
    public let catalog: Catalog

    /// Creates a gate evaluator.
    public init(profile: RequirementProfile, catalog: Catalog) {
        self.profile = profile
        self.catalog = catalog
    }

    /// The gates in effect: the catalog's, then the profile's.
    public var gates: [Gate] { catalog.gates + profile.gates }

    private func moduleName(_ id: String) -> String { Vocabulary.name(of: id, in: catalog.vocabulary.modules) }

    /// Tests `gate` on a vendor; without `explain`, a passing gate's reason is left empty (failures always say why).
    public func test(_ gate: Gate, facts: VendorFacts, explain: Bool = true) -> GateResult {
        let a = NumberFormatting.amount
        func missing(_ what: String) -> GateResult {
            GateResult(gate: gate, passed: gate.passesWhenMissing, reason: "\(what) is not stated" + (gate.passesWhenMissing ? " (the gate passes missing facts)" : ""), factMissing: true, missingFact: what)
        }
        switch gate.kind {
        case .requiredModules(let minimum):
            guard let offered = facts.dossier.modules else { return missing("modules") }
            var problems: [String] = []
            for id in profile.requiredModules {
                let level = offered[id]?.value ?? .none
                if level.level < minimum.level || level.level == 0 {
                    switch level {
                    case .none: problems.append("lacks the required module \(moduleName(id))")
                    case .planned: problems.append("has the required module \(moduleName(id)) only on its roadmap")
                    default: problems.append("covers the required module \(moduleName(id)) only partly; full coverage is required")
                    }
                }
            }
            return problems.isEmpty
                ? GateResult(gate: gate, passed: true, reason: "covers all \(profile.requiredModules.count) required modules at least \(minimum.rawValue)", factMissing: false)
                : GateResult(gate: gate, passed: false, reason: problems.joined(separator: "; "), factMissing: false)

        case .budget(let test):
            guard let cost = facts.cost else { return missing("pricing") }
            let budget = profile.budget
            let firstYearLimit = budget.firstYearLimit, totalLimit = budget.totalLimit(years: profile.tcoYears)
            let firstYearOver = test != .tco && cost.firstYear > firstYearLimit + 1e-9
            let totalOver = test != .firstYear && cost.tco > totalLimit + 1e-9
            let passed = !firstYearOver && !totalOver
            guard !passed || explain else { return GateResult(gate: gate, passed: true, reason: "", factMissing: false) }
            var problems: [String] = []
            var checks: [String] = []
            let tolerance = budget.tolerance > 0 ? ", +\(NumberFormatting.percent(budget.tolerance)) tolerance" : ", hard cap"
            if test != .tco {
                let line = "first-year cost \(a(cost.firstYear)) \(cost.currency) \(firstYearOver ? "exceeds" : "against") the limit \(a(firstYearLimit)) (budget \(a(budget.annual)) + one-off \(a(budget.oneTime))\(tolerance))"
                if firstYearOver { problems.append(line) } else { checks.append(line) }
            }
            if test != .firstYear {
                let line = "\(profile.tcoYears)-year TCO \(a(cost.tco)) \(cost.currency) \(totalOver ? "exceeds" : "against") the limit \(a(totalLimit)) (\(profile.tcoYears) × \(a(budget.annual)) + \(a(budget.oneTime))\(tolerance))"
                if totalOver { problems.append(line) } else { checks.append(line) }
            }
            return GateResult(gate: gate, passed: passed, reason: (passed ? checks : problems).joined(separator: "; "), factMissing: false)

        case .deployment:
            guard case .set(let offered)? = facts["deployments"]?.value else { return missing("deployments") }
            let acceptable = profile.deployments.map(\.rawValue)
            if offered.contains(where: acceptable.contains) {
                return GateResult(gate: gate, passed: true, reason: "offers an acceptable deployment", factMissing: false)
            }
            return GateResult(gate: gate, passed: false, reason: "offers only \(offered.isEmpty ? "no deployment" : offered.joined(separator: ", ")); acceptable: \(acceptable.joined(separator: ", "))", factMissing: false)

        case .certifications:
            guard !profile.certifications.isEmpty else { return GateResult(gate: gate, passed: true, reason: "no certification required", factMissing: false) }
            guard case .set(let held)? = facts["security.certifications"]?.value else { return missing("security.certifications") }
            let lacking = profile.certifications.filter { !held.contains($0) }
            if lacking.isEmpty { return GateResult(gate: gate, passed: true, reason: "holds every required certification", factMissing: false) }
            let names = lacking.map { Vocabulary.name(of: $0, in: catalog.vocabulary.certifications) }
            return GateResult(gate: gate, passed: false, reason: "lacks the required certification\(lacking.count > 1 ? "s" : "") \(names.joined(separator: ", "))", factMissing: false)

        case .deadline:
            guard let weeks = facts.number("implementationWeeks") else { return missing("implementationWeeks") }
            func s(_ x: Double, _ d: Int = 2) -> String { NumberFormatting.short(x, d) }
            if weeks <= profile.goLiveWeeks { return GateResult(gate: gate, passed: true, reason: "\(s(weeks)) weeks to implement, within the \(s(profile.goLiveWeeks)) weeks to go-live", factMissing: false) }
            return GateResult(gate: gate, passed: false, reason: "needs \(s(weeks)) weeks to implement; go-live is due in \(s(profile.goLiveWeeks)) weeks", factMissing: false)

        case .fact(let name, let op, let reference):
            guard let fact = facts[name] else { return missing(name) }
            let holds = op.holds(fact.value, reference) ?? false
            guard !holds || explain else { return GateResult(gate: gate, passed: true, reason: "", factMissing: false) }
            return GateResult(gate: gate, passed: holds, reason: "\(name) = \(fact.value) (required: \(op.rawValue) \(reference))", factMissing: false)
        }
    }
}

/// What the buyer needs: the content of a workspace's `selection.json`.
public struct RequirementProfile: Sendable, Equatable {
    /// A title for reports.
    public var title: String?
    /// The catalog to use: a shipped catalog's name or a path relative to the workspace.
    public var catalog: String
    /// The buying organisation.
    public var organisation: Organisation
    /// Module ids the system must have; a vendor without one is knocked out.
    public var requiredModules: [String]
    /// Module ids that earn points when present.
    public var desiredModules: [String]
    /// The budget and how hard it is.
    package var budget: Budget
    /// Acceptable deployments, most preferred first.
    public var deployments: [Deployment]
    /// Integration ids the system must support.
    public var integrations: [String]
    /// Certification ids the vendor must hold.
    public var certifications: [String]
    /// Weeks until the system must be live.
    public var goLiveWeeks: Double
    /// Years of the total cost of ownership.
    public var tcoYears: Int
    /// Weight overrides: criterion or group id → raw weight, in file order.
    package var weights: [WeightOverride]
    /// Knock-out gates the buyer adds to the catalog's.
    public var gates: [Gate]
    /// The default missing-facts policy, overriding the catalog's.
    public var missingFacts: MissingFactPolicy?
    /// The least coverage (share of the total weight a vendor is scored on, 0–1) for a vendor to be
    /// ranked with the others (`settings.minimumCoverage`, default 0.9); see ``VendorScore/coverage``.
    public var minimumCoverage = 0.9
    /// How evaluator ratings combine.
    package var panel = PanelSettings()
    /// How desk scoring, demo ratings and the pilot combine into the decision.
    public var decision = DecisionSettings()
    /// Named weight scenarios (stakeholder views) that `compare` and `rank --scenario` use.
    public var scenarios: [WeightScenario] = []
    /// Rates converting quotes in other currencies into the budget's, by quote currency (`exchangeRates`).
    package var exchangeRates: [String: ExchangeRate] = [:]

    /// The profile with `scenario`'s weights applied on top of its own.
    public func applying(_ scenario: WeightScenario) -> RequirementProfile {
        var copy = self
        copy.weights = weights.filter { w in !scenario.weights.contains { $0.id == w.id } } + scenario.weights
        copy.weighting = weighting.filter { w in !scenario.weighting.contains { $0.group == w.group } } + scenario.weighting
        return copy
    }
    /// Weighting methods for groups, replacing the catalog's: group id (or "root" for the top level) → method.
    package var weighting: [WeightingOverride] = []

    /// Creates a profile.
    package init(title: String? = nil, catalog: String, organisation: Organisation, requiredModules: [String], desiredModules: [String] = [], budget: Budget, deployments: [Deployment], integrations: [String] = [], certifications: [String] = [], goLiveWeeks: Double, tcoYears: Int = 3, weights: [(id: String, weight: Double)] = [], gates: [Gate] = [], missingFacts: MissingFactPolicy? = nil) {
        self.title = title
        self.catalog = catalog
        self.organisation = organisation
        self.requiredModules = requiredModules
        self.desiredModules = desiredModules
        self.budget = budget
        self.deployments = deployments
        self.integrations = integrations
        self.certifications = certifications
        self.goLiveWeeks = goLiveWeeks
        self.tcoYears = tcoYears
        self.weights = weights.map { WeightOverride(id: $0.id, weight: $0.weight) }
        self.gates = gates
        self.missingFacts = missingFacts
    }
}

/// The buying organisation.
public struct Organisation: Sendable, Equatable {
    /// Its name.
    public var name: String
    /// Employees today.
    public var headcount: Double
    /// Yearly growth of the headcount in percent, used in the TCO.
    public var headcountGrowthPercent: Double
    /// Sites, plants or stores.
    public var sites: Int
    /// Its industry, an id from the catalog's vocabulary.
    public var industry: String
    /// Who owns it, one of ``ownershipKinds``; switches on a catalog's gates for such buyers (e.g. `state` → domestic stack).
    public var ownership: String?
    /// The countries it employs people in (ISO 3166-1 alpha-2, e.g. `CN`); switches on gates such as multi-country payroll.
    public var countries: [String] = []

    /// The words `ownership` takes.
    public static let ownershipKinds = ["state", "private", "foreignInvested", "jointVenture", "government", "nonProfit"]

    /// Creates an organisation.
    public init(name: String, headcount: Double, headcountGrowthPercent: Double = 0, sites: Int = 1, industry: String) {
        self.name = name
        self.headcount = headcount
        self.headcountGrowthPercent = headcountGrowthPercent
        self.sites = sites
        self.industry = industry
    }
}

/// The money the buyer can spend: an annual recurring budget, a one-off budget and/or a total over
/// the profile's `tcoYears`, in one currency, with one tolerance for every check.
package struct Budget: Sendable, Equatable {
    /// The yearly recurring budget; nil when the buyer holds only a horizon ``total``.
    package var annual: Double?
    /// The budget for one-off fees (implementation, training, migration); nil when not stated (counted as 0 in
    /// year-1 cash and in annual × N + one-off, but a one-off check needs it).
    package var oneTime: Double?
    /// The budget for the whole horizon of `tcoYears` years (one-off fees included); nil when not stated, and the
    /// horizon is then held to annual × N + one-off.
    package var total: Double?
    /// ISO 4217 code such as `CNY`; every vendor's prices must be in it.
    package var currency: String
    /// How far over budget a vendor may go before it is knocked out, as a fraction (0.1 = 10 %); 0 for a hard cap.
    package var tolerance: Double
    /// Whether the budget is a soft limit (`"limit": "soft"`), which may have a tolerance of 0 and is then still not a hard cap.
    package var isSoft: Bool

    /// Creates a budget; it is soft when `soft` says so, or by default when it has a tolerance.
    package init(annual: Double?, oneTime: Double? = nil, total: Double? = nil, currency: String, tolerance: Double = 0, soft: Bool? = nil) {
        self.annual = annual
        self.oneTime = oneTime
        self.total = total
        self.currency = currency
        self.tolerance = tolerance
        self.isSoft = soft ?? (tolerance > 0)
    }

    /// The budget a check holds a cost to, before tolerance; nil when the figure it needs is absent:
    ///
    ///     firstYear  annual + oneTime
    ///     recurring  annual (each year)
    ///     oneOff     oneTime
    ///     tco        total, or annual × years + oneTime when no total is given
    package func budgeted(_ check: BudgetCheckKind, years: Int) -> Double? {
        switch check {
        case .firstYear: return annual.map { $0 + (oneTime ?? 0) }
        case .recurring: return annual
        case .oneOff: return oneTime
        case .tco: return total ?? annual.map { $0 * Double(years) + (oneTime ?? 0) }
        }
    }

    /// The most a vendor may cost under a check: ``budgeted(_:years:)`` × (1 + tolerance).
    package func limit(_ check: BudgetCheckKind, years: Int) -> Double? {
        budgeted(check, years: years).map { $0 * (1 + tolerance) }
    }

    /// The budget fields a check needs, as written in selection.json ("annual", "oneTime", "total or annual").
    package static func needed(by check: BudgetCheckKind) -> String {
        switch check {
        case .firstYear, .recurring: return "annual"
        case .oneOff: return "oneTime"
        case .tco: return "total or annual"
        }
    }

    /// The most a vendor may cost in its first year: (annual + one-time) × (1 + tolerance); nil without an annual budget.
    package var firstYearLimit: Double? { limit(.firstYear, years: 1) }

    /// The most a vendor may cost over `years`: total × (1 + tolerance), or (annual × years + one-time) × (1 + tolerance)
    /// without a total; nil without either.
    package func totalLimit(years: Int) -> Double? { limit(.tco, years: years) }
}

/// A stakeholder's view of the weights, e.g. "Finance view": overrides applied on top of the profile's.
public struct WeightScenario: Sendable, Equatable {
    /// The scenario's name.
    public var name: String
    /// What the view stands for.
    public var description: String?
    /// Raw weight overrides by node id.
    package var weights: [WeightOverride]
    /// Weighting methods by group id ("root" for the top level).
    package var weighting: [WeightingOverride]
    /// What the scenario changes beyond weights (applied by ``Workspace/applying(_:)``).
    package var overrides = ScenarioOverrides()

    /// Creates a scenario.
    package init(name: String, description: String? = nil, weights: [(id: String, weight: Double)] = [], weighting: [(group: String, spec: WeightingSpec)] = []) {
        self.name = name
        self.description = description
        self.weights = weights.map { WeightOverride(id: $0.id, weight: $0.weight) }
        self.weighting = weighting.map { WeightingOverride(group: $0.group, spec: $0.spec) }
    }
}

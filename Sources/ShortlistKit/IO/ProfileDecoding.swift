/// Decodes `selection.json` and checks its ids against the catalog.
struct ProfileDecoder {
    let context: DecodingContext
    /// The catalog, when it could be loaded; without it ids are not checked.
    let catalog: Catalog?
    /// What `selection.json`'s `criteria` took out of the catalog, to say so when a weight names it.
    var removed = TailoringRemovals()

    static let keys = ["version", "title", "catalog", "organisation", "modules", "budget", "deployments", "integrations", "certifications", "goLiveWeeks", "tcoYears", "weights", "weighting", "gates", "settings", "panel", "decision", "scenarios", "criteria", "note", "exchangeRates"]

    func decode(_ reader: JSONReader) -> RequirementProfile? {
        let before = context.errorCount
        guard let object = reader.object(keys: Self.keys) else { return nil }
        object.version()
        _ = object.optional("note")?.string()
        let title = object.optional("title")?.string()
        let catalogName = object.required("catalog", "a shipped catalog's name, such as \"hris\", or a path")?.string()
        let organisation = object.required("organisation", "the buying organisation").flatMap(decodeOrganisation)
        var required: [String] = [], desired: [String] = []
        if let modules = object.required("modules", "{\"required\": [...], \"desired\": [...]}")?.object(keys: ["required", "desired", "note"]) {
            _ = modules.optional("note")?.string()
            let known = catalog?.vocabulary.modules.map(\.id) ?? []
            required = modules.required("required", "the modules the system must have").flatMap { scopeIDs($0, known: known, kind: "module") } ?? []
            desired = modules.optional("desired").flatMap { scopeIDs($0, known: known, kind: "module") } ?? []
            for id in desired where required.contains(id) {
                modules.optional("desired")!.fail("module \"\(id)\" is both required and desired; list it once")
            }
        }
        let budget = object.required("budget", "the yearly budget").flatMap(decodeBudget)
        var deployments: [Deployment] = []
        if let list = object.required("deployments", "acceptable deployments, most preferred first") {
            deployments = scopeIDs(list, known: Deployment.allCases.map(\.rawValue), kind: "deployment")?.compactMap(Deployment.init(rawValue:)) ?? []
            if deployments.isEmpty, case .array(let a) = list.node.value, a.isEmpty { list.fail("expected at least one acceptable deployment") }
        }
        let integrations = object.optional("integrations").flatMap { scopeIDs($0, known: catalog?.vocabulary.integrations.map(\.id) ?? [], kind: "integration") } ?? []
        let certifications = object.optional("certifications").flatMap { scopeIDs($0, known: catalog?.vocabulary.certifications.map(\.id) ?? [], kind: "certification") } ?? []
        let goLive = object.required("goLiveWeeks", "weeks until go-live")?.number(.positive)
        let years = object.optional("tcoYears")?.integer(.between(1, 10)) ?? 3
        let weights = object.optional("weights").map { decodeWeights($0, base: []) } ?? []
        var gates: [Gate] = []
        if let list = object.optional("gates")?.array() {
            let scope = FactScope(declared: catalog?.facts ?? [], vocabulary: catalog?.vocabulary ?? Vocabulary())
            let taken = catalog?.gates.map(\.id) ?? []
            for element in list {
                guard let gate = GateDecoder(context: context, scope: scope).decode(element) else { continue }
                if taken.contains(gate.id) || gates.contains(where: { $0.id == gate.id }) {
                    element.fail("a gate with id \"\(gate.id)\" already exists")
                } else {
                    gates.append(gate)
                }
            }
        }
        var missing: MissingFactPolicy?
        var minimumCoverage: Double?
        if let settings = object.optional("settings")?.object(keys: ["missingFacts", "minimumCoverage", "note"]) {
            _ = settings.optional("note")?.string()
            missing = settings.optional("missingFacts")?.missingFactPolicy()
            if let reader = settings.optional("minimumCoverage"), let x = reader.number() {
                // A share, not a percentage: 90 is refused with the share it probably means.
                if x >= 0 && x <= 1 { minimumCoverage = x } else {
                    reader.fail("expected a share of the total weight between 0 and 1, found \(JSONWriter.formatNumber(x))" + (x >= 5 && x <= 100 ? "; for \(JSONWriter.formatNumber(x)) % write \(JSONWriter.formatNumber(x / 100))" : ""))
                }
            }
        }
        let panel = object.optional("panel").flatMap(decodePanel) ?? PanelSettings()
        let weighting = object.optional("weighting").map { decodeWeighting($0, weights: weights) } ?? []
        var scenarios: [WeightScenario] = []
        if let map = object.optional("scenarios")?.map() {
            for (name, reader) in map {
                guard let scenario = reader.object(keys: ["description", "weights", "weighting", "price", "budget", "gates", "missingFacts", "consensus", "trimPercent", "note"]) else { continue }
                _ = scenario.optional("note")?.string()
                let description = scenario.optional("description")?.string()
                let scenarioWeights = scenario.optional("weights").map { decodeWeights($0, base: weights) } ?? []
                let merged = weights.filter { w in !scenarioWeights.contains { $0.id == w.id } } + scenarioWeights
                let scenarioWeighting = scenario.optional("weighting").map { decodeWeighting($0, weights: merged) } ?? []
                var entry = WeightScenario(name: name, description: description)
                entry.weights = scenarioWeights
                entry.weighting = scenarioWeighting
                entry.overrides = decodeOverrides(scenario, profileGates: gates, panel: panel)
                scenarios.append(entry)
            }
        }
        if let budget, let budgetReader = object.optional("budget") {
            checkBudgetFigures(budgetReader, budget: budget, gates: gates, organisation: organisation, scenarios: scenarios)
            checkScenarioBudgets(object.optional("scenarios"), budget: budget, scenarios: scenarios)
        }
        guard context.errorCount == before, let catalogName, let organisation, let budget, let goLive else { return nil }
        var profile = RequirementProfile(title: title, catalog: catalogName, organisation: organisation, requiredModules: required, desiredModules: desired, budget: budget, deployments: deployments, integrations: integrations, certifications: certifications, goLiveWeeks: goLive, tcoYears: years, gates: gates, missingFacts: missing)
        profile.weights = weights
        profile.panel = panel
        if let minimumCoverage { profile.minimumCoverage = minimumCoverage }
        profile.weighting = weighting
        profile.scenarios = scenarios
        if let decision = object.optional("decision").flatMap(decodeDecision) { profile.decision = decision }
        if let rates = object.optional("exchangeRates") { profile.exchangeRates = decodeExchangeRates(rates, budget: budget.currency) }
        return profile
    }

    /// Reads a `weights` map (id → raw weight) and checks that no group sums to zero with `base` overrides applied first.
    private func decodeWeights(_ reader: JSONReader, base: [WeightOverride]) -> [WeightOverride] {
        var weights: [WeightOverride] = []
        guard let map = reader.map() else { return [] }
        let ids = catalog?.allNodes.map(\.id) ?? []
        var readers: [String: JSONReader] = [:]
        for (id, value) in map {
            if catalog != nil && !ids.contains(id) {
                value.failAtKey(removed.message(id, consequence: "it cannot be weighted") ?? unknownIDMessage(id, known: ids, kind: "criterion or group"))
                continue
            }
            if let w = value.number(.weight) {
                weights.append(WeightOverride(id: id, weight: w))
                readers[id] = value
            }
        }
        let merged = base.filter { b in !weights.contains { $0.id == b.id } } + weights
        if let catalog { checkOverriddenWeights(catalog.criteria, group: nil, weights: merged, readers: readers) }
        return weights
    }

    /// Reads a `weighting` map (group id or "root" → method) and checks each against the group's children.
    private func decodeWeighting(_ reader: JSONReader, weights: [WeightOverride]) -> [WeightingOverride] {
        var weighting: [WeightingOverride] = []
        guard let map = reader.map() else { return [] }
        for (group, reader) in map {
            guard let spec = reader.weightingSpec() else { continue }
            guard let catalog else { weighting.append(WeightingOverride(group: group, spec: spec)); continue }
            let children: [CriterionNode]
            if group == "root" {
                children = catalog.criteria
            } else if let node = catalog.allNodes.first(where: { $0.id == group }) {
                guard !node.children.isEmpty else {
                    reader.failAtKey("\"\(group)\" is a criterion, not a group; only a group's children can be weighted")
                    continue
                }
                children = node.children
            } else {
                let groups = ["root"] + catalog.allNodes.filter { !$0.children.isEmpty }.map(\.id)
                reader.failAtKey(unknownIDMessage(group, known: groups, kind: "group"))
                continue
            }
            let overridden = weights.filter { w in children.contains { $0.id == w.id } }.map(\.id)
            if spec != .points, !overridden.isEmpty {
                reader.fail("group \"\(group)\" is weighted by \(spec.name), so the point overrides of \(overridden.joined(separator: ", ")) in \"weights\" would be ignored; remove one or the other")
                continue
            }
            let points = children.map { child in weights.last { $0.id == child.id }?.weight ?? child.weight }
            do {
                _ = try spec.resolve(children: children.map(\.id), points: points)
                weighting.append(WeightingOverride(group: group, spec: spec))
            } catch {
                reader.weightingEntry(error.entry, part: error.part).fail(error.description)
            }
        }
        return weighting
    }

    private func scopeIDs(_ reader: JSONReader, known: [String], kind: String) -> [String]? {
        FactScope(declared: [], vocabulary: Vocabulary()).ids(reader, known: known, kind: kind)
    }

    /// The `exchangeRates` section: quote currency → `rate` (budget currency per unit), `date` and `source`.
    private func decodeExchangeRates(_ reader: JSONReader, budget: String) -> [String: ExchangeRate] {
        var rates: [String: ExchangeRate] = [:]
        guard let map = reader.map() else { return rates }
        for (code, value) in map {
            guard code.count == 3, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
                value.failAtKey("expected a three-letter ISO 4217 currency code such as \"EUR\", found \"\(code)\"")
                continue
            }
            if code == budget {
                value.failAtKey("\(code) is the budget's own currency; it needs no rate")
                continue
            }
            guard let object = value.object(keys: ["rate", "date", "source", "note"]) else { continue }
            _ = object.optional("note")?.string()
            let rate = object.required("rate", "units of \(budget) per \(code), > 0")?.number(.positive)
            let date = object.required("date", "the day the rate was taken, YYYY-MM-DD").flatMap(isoDate)
            let source = object.required("source", "where the rate comes from, e.g. \"ECB\"")?.string()
            if let rate, let date, let source { rates[code] = ExchangeRate(currency: code, rate: rate, date: date, source: source) }
        }
        return rates
    }

    /// The `decision` section: stage weights, what happens to vendors without a pilot, the clear-winner margin.
    private func decodeDecision(_ reader: JSONReader) -> DecisionSettings? {
        guard let object = reader.object(keys: ["stages", "notPiloted", "clearWinnerPercent", "note", "pilotRequired"]) else { return nil }
        _ = object.optional("note")?.string()
        var settings = DecisionSettings()
        if let map = object.required("stages", "stage weights, e.g. {\"desk\": 40, \"demo\": 30, \"pilot\": 30}")?.map() {
            var stages: [DecisionSettings.StageWeight] = []
            for (name, value) in map {
                guard let stage = DecisionSettings.Stage(rawValue: name) else {
                    value.failAtKey(unknownIDMessage(name, known: DecisionSettings.Stage.allCases.map(\.rawValue), kind: "stage"))
                    continue
                }
                if let weight = value.number(.weight) { stages.append(DecisionSettings.StageWeight(stage: stage, weight: weight)) }
            }
            if !stages.isEmpty && stages.reduce(0, { $0 + $1.weight }) <= 0 {
                object.optional("stages")!.fail("the stage weights sum to zero; at least one must be positive")
            }
            settings.stages = stages
        }
        if let mode = object.optional("notPiloted")?.oneOf(["exclude", "rescale"]) { settings.excludeNotPiloted = mode == "exclude" }
        if let margin = object.optional("clearWinnerPercent")?.number(.percent) { settings.clearWinnerShare = margin / 100 }
        if let required = object.optional("pilotRequired")?.bool() { settings.pilotRequired = required }
        return settings
    }

    /// The `panel` section: consensus method, disagreement threshold, calibration and overrides.
    /// Override vendors and criteria are checked once the dossiers are loaded.
    private func decodePanel(_ reader: JSONReader) -> PanelSettings? {
        guard let object = reader.object(keys: ["consensus", "trimPercent", "disagreementPercent", "calibrate", "leniencyPercent", "overrides", "note"]) else { return nil }
        _ = object.optional("note")?.string()
        var settings = PanelSettings()
        let method = object.optional("consensus")?.oneOf(["mean", "median", "trimmedMean"]) ?? "mean"
        let trim = object.optional("trimPercent")
        switch method {
        case "median": settings.consensus = .median
        case "trimmedMean": settings.consensus = .trimmedMean(fraction: (trim?.number(NumberRange(lower: 0, upper: 50, upperInclusive: false)) ?? 20) / 100)
        default: settings.consensus = .mean
        }
        if let trim, method != "trimmedMean" { trim.fail("\"trimPercent\" applies only to \"consensus\": \"trimmedMean\"") }
        if let threshold = object.optional("disagreementPercent")?.number(NumberRange(lower: 0, lowerInclusive: false, upper: 100)) {
            settings.disagreementThreshold = threshold / 100
        }
        settings.calibrate = object.optional("calibrate")?.bool() ?? false
        if let threshold = object.optional("leniencyPercent")?.number(NumberRange(lower: 0, lowerInclusive: false, upper: 100)) {
            settings.leniencyThreshold = threshold / 100
        }
        if let list = object.optional("overrides")?.array() {
            for element in list {
                guard let entry = element.object(keys: ["vendor", "criterion", "value", "reason", "by"]) else { continue }
                let vendorReader = entry.required("vendor", "the vendor's id"), criterionReader = entry.required("criterion", "a rated criterion's id")
                let vendor = vendorReader?.string()
                let criterion = criterionReader?.string()
                let valueReader = entry.required("value", "the agreed rating")
                let value = valueReader?.number()
                let reason = entry.required("reason", "why the panel agreed on this value")?.string()
                let by = entry.optional("by")?.string()
                if let vendor, let criterion, let value, let reason {
                    var override = ConsensusOverride(vendor: vendor, criterion: criterion, value: value, reason: reason, by: by, location: valueReader?.node.location)
                    override.vendorLocation = vendorReader?.node.location
                    override.criterionLocation = criterionReader?.node.location
                    settings.overrides.append(override)
                }
            }
        }
        return settings
    }

    private func decodeOrganisation(_ reader: JSONReader) -> Organisation? {
        guard let object = reader.object(keys: ["name", "headcount", "headcountGrowthPercent", "sites", "industry", "ownership", "countries", "note"]) else { return nil }
        _ = object.optional("note")?.string()
        let name = object.required("name", "the organisation's name")?.string()
        let headcount = object.required("headcount", "employees, > 0")?.number(.positive)
        let growth = object.optional("headcountGrowthPercent")?.number(.between(-100, 1000)) ?? 0
        let sites = object.optional("sites")?.integer(NumberRange(lower: 1)) ?? 1
        var industry: String?
        if let industryReader = object.required("industry", "an industry id from the catalog") {
            industry = industryReader.string()
            let known = catalog?.vocabulary.industries.map(\.id) ?? []
            if let id = industry, !known.isEmpty, !known.contains(id) {
                industryReader.fail(unknownIDMessage(id, known: known, kind: "industry"))
                industry = nil
            }
        }
        let ownership = object.optional("ownership")?.oneOf(Organisation.ownershipKinds)
        let countries = object.optional("countries")?.countryCodes() ?? []
        guard let name, let headcount, let industry else { return nil }
        var organisation = Organisation(name: name, headcount: headcount, headcountGrowthPercent: growth, sites: sites, industry: industry)
        organisation.ownership = ownership
        organisation.countries = countries
        return organisation
    }

    /// A scenario's changes beyond weights: `price` (cost criterion → lowestPrice, linearDeduction or
    /// minMax, or {"method", "best", "worst"} for the absolute ones), `budget` (any of annual, oneTime,
    /// total, limit, tolerancePercent), `gates` (gate id → knockOut or flag), `missingFacts`, `consensus` (with
    /// `trimPercent` for a trimmed mean: by default the panel's own when it trims, else 20).
    private func decodeOverrides(_ scenario: ObjectReader, profileGates: [Gate], panel: PanelSettings) -> ScenarioOverrides {
        var overrides = ScenarioOverrides()
        if let map = scenario.optional("price")?.map() {
            let costCriteria = catalog?.allNodes.filter { if case .criterion(.cost, _) = $0.content { return true } else { return false } }.map(\.id) ?? []
            for (id, value) in map {
                guard let method = priceMethod(value) else { continue }
                if catalog != nil && !costCriteria.contains(id) {
                    value.failAtKey(costCriteria.isEmpty ? "the catalog has no price criteria (rule kind cost)" : unknownIDMessage(id, known: costCriteria, kind: "price criterion (rule kind cost)"))
                    continue
                }
                overrides.price.append(.init(criterion: id, method: method))
            }
        }
        if let budgetReader = scenario.optional("budget"), let budget = budgetReader.object(keys: ["annual", "oneTime", "total", "limit", "tolerancePercent"]) {
            overrides.budget.annual = budget.optional("annual")?.number(.positive)
            overrides.budget.oneTime = budget.optional("oneTime")?.number(.nonNegative)
            overrides.budget.total = budget.optional("total")?.number(.positive)
            let limit = budget.optional("limit")?.oneOf(["hard", "soft"])
            if let limit { overrides.budget.soft = limit == "soft" }
            if let t = budget.optional("tolerancePercent") {
                if limit == "hard" {
                    t.fail("a hard budget has no tolerance; remove \"tolerancePercent\" or set \"limit\": \"soft\"")
                } else if let percent = t.number(.percent) {
                    overrides.budget.tolerance = percent / 100
                    if limit == nil { overrides.budget.soft = true }
                }
            }
            if case .object(let members) = budgetReader.node.value, members.isEmpty { budgetReader.fail("expected at least one of annual, oneTime, total, limit, tolerancePercent") }
        }
        if let map = scenario.optional("gates")?.map() {
            let known = (catalog?.gates.map(\.id) ?? []) + profileGates.map(\.id)
            for (id, value) in map {
                guard let severity = value.oneOf(GateSeverity.allCases.map(\.rawValue)).flatMap(GateSeverity.init(rawValue:)) else { continue }
                if catalog != nil && !known.contains(id) {
                    value.failAtKey(unknownIDMessage(id, known: known, kind: "gate"))
                    continue
                }
                overrides.gates.append(.init(gate: id, severity: severity))
            }
        }
        overrides.missingFacts = scenario.optional("missingFacts")?.missingFactPolicy()
        let consensus = scenario.optional("consensus")
        let method = consensus?.oneOf(["mean", "median", "trimmedMean"])
        let trim = scenario.optional("trimPercent")
        switch method {
        case "median"?: overrides.consensus = .median
        case "mean"?: overrides.consensus = .mean
        case "trimmedMean"?:
            var fraction = 0.2
            if case .trimmedMean(let panelFraction) = panel.consensus { fraction = panelFraction }
            if let percent = trim?.number(NumberRange(lower: 0, upper: 50, upperInclusive: false)) { fraction = percent / 100 }
            overrides.consensus = .trimmedMean(fraction: fraction)
        default: break
        }
        if let trim, method != "trimmedMean", consensus == nil || method != nil { trim.fail("\"trimPercent\" applies only to \"consensus\": \"trimmedMean\"") }
        return overrides
    }

    /// A price formula: a relative one by name, or any as {"method", "best", "worst"} (the absolute ones need their range).
    private func priceMethod(_ reader: JSONReader) -> PriceMethod? {
        let names = ["lowestPrice", "linearDeduction", "minMax", "budgetRange", "fixedRange"]
        let relative = ["lowestPrice": PriceMethod.lowestPrice, "linearDeduction": .linearDeduction, "minMax": .minMax]
        if case .string = reader.node.value {
            guard let name = reader.oneOf(names) else { return nil }
            if let method = relative[name] { return method }
            reader.fail("\"\(name)\" needs its range: write {\"method\": \"\(name)\", \"best\": …, \"worst\": …}")
            return nil
        }
        guard let object = reader.object(keys: ["method", "best", "worst"]),
              let name = object.required("method", names.joined(separator: ", "))?.oneOf(names) else { return nil }
        if let method = relative[name] {
            for key in ["best", "worst"] where object.has(key) { object.optional(key)!.fail("\"\(key)\" applies only to budgetRange and fixedRange") }
            return method
        }
        guard let best = object.required("best", name == "budgetRange" ? "the share of the budget that scores 100" : "the price that scores 100")?.number(.nonNegative),
              let worst = object.required("worst", name == "budgetRange" ? "the share of the budget that scores 0" : "the price that scores 0")?.number(.positive) else { return nil }
        guard best < worst else {
            reader.fail("\"best\" (\(NumberFormatting.short(best))) must be below \"worst\" (\(NumberFormatting.short(worst)))")
            return nil
        }
        return name == "budgetRange" ? .budgetRange(best: best, worst: worst) : .fixedRange(best: best, worst: worst)
    }

    private func decodeBudget(_ reader: JSONReader) -> Budget? {
        guard let object = reader.object(keys: ["annual", "oneTime", "total", "currency", "limit", "tolerancePercent", "note"]) else { return nil }
        _ = object.optional("note")?.string()
        // The annual budget, the total over tcoYears, or both; a budget without either has nothing to hold costs to.
        let annual = object.has("total") ? object.optional("annual")?.number(.positive) : object.required("annual", "the yearly budget, > 0; or \"total\", the budget over tcoYears")?.number(.positive)
        let oneTime = object.optional("oneTime")?.number(.nonNegative)
        let total = object.optional("total")?.number(.positive)
        let currency = object.required("currency", "an ISO 4217 code such as CNY").flatMap(currencyCode)
        let limit = object.optional("limit")?.oneOf(["hard", "soft"]) ?? (object.has("tolerancePercent") ? "soft" : "hard")
        var tolerance = 0.0
        if let t = object.optional("tolerancePercent") {
            if limit == "hard" {
                t.fail("a hard budget has no tolerance; remove \"tolerancePercent\" or set \"limit\": \"soft\"")
            } else {
                tolerance = (t.number(.percent) ?? 0) / 100
            }
        } else if limit == "soft" {
            reader.fail("a soft budget needs \"tolerancePercent\" (how far over budget a vendor may go, 0–100)")
        }
        if let total, let reader = object.optional("total") {
            // The total covers every year of the horizon, one-off fees included, so it cannot be below one year's budget.
            let yearOne = (annual ?? 0) + (oneTime ?? 0)
            if total < yearOne {
                let parts = [annual.map { "annual \(NumberFormatting.amount($0))" }, oneTime.map { "oneTime \(NumberFormatting.amount($0))" }].compactMap { $0 }
                reader.fail("the total \(JSONWriter.formatNumber(total)) is less than one year's budget (\(parts.joined(separator: " + ")) = \(NumberFormatting.amount(yearOne))); \"total\" is the budget for the whole horizon of tcoYears years, one-off fees included")
            }
        }
        guard annual != nil || total != nil, let currency else { return nil }
        return Budget(annual: annual, oneTime: oneTime, total: total, currency: currency, tolerance: tolerance, soft: limit == "soft")
    }

    /// Reports each group whose weights sum to zero once the overrides replace the catalog's weights,
    /// at the first override inside it (the catalog itself was checked when it was decoded).
    private func checkOverriddenWeights(_ nodes: [CriterionNode], group: String?, weights: [WeightOverride], readers: [String: JSONReader]) {
        let overridden = nodes.filter { readers[$0.id] != nil }
        if let first = overridden.first {
            let sum = nodes.reduce(0) { sum, node in sum + (weights.last { $0.id == node.id }?.weight ?? node.weight) }
            if sum <= 0 {
                let place = group.map { "inside group \"\($0)\" (\(nodes.map(\.id).joined(separator: ", ")))" } ?? "of the top-level groups"
                readers[first.id]!.fail("with this override the weights \(place) sum to zero; at least one must be positive")
            }
        }
        for node in nodes where !node.children.isEmpty {
            checkOverriddenWeights(node.children, group: node.id, weights: weights, readers: readers)
        }
    }
}

/// Reads a three-letter upper-case currency code.
func currencyCode(_ reader: JSONReader) -> String? {
    guard let code = reader.string() else { return nil }
    guard code.count == 3, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
        reader.fail("expected a three-letter ISO 4217 currency code such as \"CNY\", found \"\(code)\"")
        return nil
    }
    return code
}

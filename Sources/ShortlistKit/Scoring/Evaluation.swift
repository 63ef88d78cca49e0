/// Scores a workspace: gates, rules, weights and ranking, keeping what is needed to explain every number.
public struct Evaluation: Sendable {
    /// The workspace evaluated.
    public let workspace: Workspace
    /// The normalised weight tree, with the profile's overrides.
    public let tree: WeightTree
    /// Each vendor's facts, in workspace order.
    public let facts: [VendorFacts]
    /// Each vendor's gate results, in gate order; a passing gate's reason is empty here (see ``gateTrace(vendor:)``).
    public let gateResults: [[GateResult]]
    /// The rule evaluator, with the price ranges of compliant vendors.
    public let rules: RuleEvaluator
    /// The ranking.
    public let ranking: Ranking
    /// The evaluator panel's consensus per vendor and rated criterion.
    public let panel: PanelConsensus
    /// Changes to locked weights since `shortlist lock`, in words.
    public let lockNotes: [String]

    /// Whether incomplete vendors are ranked (marked) instead of listed apart (`rank --allow-incomplete`).
    public let allowsIncomplete: Bool

    /// Leaves no compliant vendor answered (dropped by `exclude` for every one): not part of the coverage.
    let unansweredLeaves: Set<Int>
    /// The share of the total weight coverage is measured against: 1 less the unanswered leaves' weight.
    let countedWeight: Double

    /// How far (in coverage, 0–1) a vendor may lag behind the best-covered compliant vendor and still be ranked.
    public static let coverageLag = 0.10

    /// Evaluates `workspace`.
    ///
    /// A compliant vendor whose ``VendorScore/coverage`` is below `settings.minimumCoverage`, or more
    /// than ``coverageLag`` behind the best-covered compliant vendor, is *incomplete*: listed in
    /// ``Ranking/incomplete`` with no rank, or — with `allowIncomplete` — ranked and marked.
    ///
    /// - Throws: ``InputErrors`` when the profile's weight overrides leave a group whose weights sum to zero.
    public init(workspace: Workspace, allowIncomplete: Bool = false) throws(InputErrors) {
        self.allowsIncomplete = allowIncomplete
        let profile = workspace.profile, catalog = workspace.catalog
        let tree = WeightTree(catalog: catalog, overrides: profile.weights, weighting: profile.weighting)
        let problems = tree.problems()
        guard problems.isEmpty else {
            throw InputErrors(problems.map { Diagnostic(file: "selection.json", path: "weights", message: $0) })
        }
        self.workspace = workspace
        self.tree = tree
        let vendors = workspace.vendors
        let gateEvaluator = GateEvaluator(profile: profile, catalog: catalog)
        let gates = gateEvaluator.gates
        let leafCount = tree.leaves.count
        let policies = tree.leaves.map { tree.nodes[$0].missingPolicy ?? profile.missingFacts ?? catalog.missingFacts }
        let rules = tree.leaves.map { tree.nodes[$0].rule! }
        let relative = rules.map { rule -> Bool in
            if case .cost(_, let method) = rule { return method.isRelative }
            return false
        }
        // A rating criterion without a rating is *awaiting* the panel, whatever the missing-fact policy.
        let isRating = rules.map { rule -> Bool in
            if case .rating = rule { return true }
            return false
        }

        // Pass 1, per vendor on all cores: facts, gates, and every rule but the relative
        // price formulas, which need the set of compliant vendors.
        let plain = RuleEvaluator(profile: profile, catalog: catalog)
        let ratingFacts: [(criterion: String, fact: String, scale: RatingScale)] = tree.leaves.compactMap { leaf in
            if case .rating(let fact, let scale)? = tree.nodes[leaf].rule { return (tree.nodes[leaf].id, fact, scale) }
            return nil
        }
        let rated = ratingFacts.map { PanelConsensus.RatedCriterion(id: $0.criterion, scale: $0.scale) }
        let panel = PanelConsensus(sheets: workspace.ratings, settings: profile.panel, criteria: rated, vendors: vendors.map(\.id))
        self.panel = panel
        // `missing` is allocated only for a vendor with a missing fact: the name of the fact each unscored criterion lacks.
        let firstPass = Parallel.map(vendors.count) { v -> (facts: VendorFacts, gates: [GateResult], scores: [Double?], missing: [String?], knockOuts: [KnockOut]) in
            var overlay: [String: Fact] = [:]
            if !panel.cells.isEmpty {
                for rating in ratingFacts {
                    if let cell = panel.cell(vendor: vendors[v].id, criterion: rating.criterion), let value = cell.consensus {
                        overlay[rating.fact] = Fact(.number(value), source: "evaluator panel", note: Self.describe(cell, settings: profile.panel))
                    }
                }
            }
            let facts = VendorFacts(dossier: vendors[v], profile: profile, overlay: overlay)
            let results = gates.map { gateEvaluator.test($0, facts: facts, explain: false) }
            var knockOuts: [KnockOut] = []
            for result in results where !result.passed {
                knockOuts.append(KnockOut(gate: result.gate.id, reason: result.localizedReason))
            }
            var scores = [Double?](repeating: nil, count: leafCount)
            var missing: [String?] = []
            for l in 0..<leafCount {
                let outcome = plain.evaluate(rules[l], facts: facts, explain: false)
                scores[l] = outcome.score
                guard outcome.score == nil else { continue }
                let fact = outcome.missingFact ?? rules[l].fact
                if missing.isEmpty { missing = [String?](repeating: nil, count: leafCount) }
                missing[l] = fact
                if policies[l] == .knockOut && !isRating[l] {
                    let id = tree.nodes[tree.leaves[l]].id
                    knockOuts.append(KnockOut(gate: id, reason: Self.missingFactKnockOut(fact: fact, criterion: id)))
                }
            }
            return (facts, results, scores, missing, knockOuts)
        }
        let facts = firstPass.map(\.facts)
        self.facts = facts
        let gateResults = firstPass.map(\.gates)
        self.gateResults = gateResults

        // Price ranges over compliant vendors, for the relative formulas.
        var ranges: [CostBasis: PriceRange] = [:]
        for basis in CostBasis.allCases {
            let prices = firstPass.filter { $0.knockOuts.isEmpty }.compactMap { $0.facts.cost?.amount(for: basis) }
            if let low = prices.min(), let high = prices.max() { ranges[basis] = PriceRange(lowest: low, highest: high) }
        }
        let evaluator = RuleEvaluator(profile: profile, catalog: catalog, priceRanges: ranges)
        self.rules = evaluator
        let hasRelative = relative.contains(true)
        let drops = (0..<leafCount).map { policies[$0] == .exclude || isRating[$0] }
        let dropsAny = drops.contains(true)
        let globalWeights = tree.leaves.map { tree.nodes[$0].globalWeight }

        // Pass 2, per vendor on all cores: relative prices, missing-fact policies, weights, totals.
        let secondPass = Parallel.map(vendors.count) { v -> (score: VendorScore, gaps: [DataGap]) in
            var scores = firstPass[v].scores
            if hasRelative {
                for l in 0..<leafCount where relative[l] { scores[l] = evaluator.evaluate(rules[l], facts: facts[v], explain: false).score }
            }
            let missing = firstPass[v].missing
            let weights = !dropsAny || scores.allSatisfy({ $0 != nil }) ? globalWeights : tree.effectiveWeights(present: (0..<leafCount).map { scores[$0] != nil || !drops[$0] })
            var criteria: [CriterionScore] = []
            criteria.reserveCapacity(leafCount)
            var gaps: [DataGap] = []
            var total = 0.0
            var coverage = 0.0
            var groupSums = [Double](repeating: 0, count: tree.topLevel.count)
            var groupWeights = [Double](repeating: 0, count: tree.topLevel.count)
            let id = vendors[v].id
            for l in 0..<leafCount {
                let status: CriterionScore.Status
                let score: Double
                if let s = scores[l] {
                    (score, status) = (s, .scored)
                } else if isRating[l] {
                    (score, status) = (0, .awaiting)
                    let criterion = tree.nodes[tree.leaves[l]].id
                    gaps.append(DataGap(vendorID: id, usedBy: LocalizedText(en: criterion), fact: (missing.isEmpty ? nil : missing[l]) ?? rules[l].fact, handling: Self.awaitingHandling))
                } else {
                    let policy = policies[l]
                    switch policy {
                    case .neutral: (score, status) = (50, .missing(.neutral))
                    case .exclude: (score, status) = (0, .excluded)
                    case .knockOut: (score, status) = (0, .missing(.knockOut))
                    case .worst: (score, status) = (0, .missing(.worst))
                    }
                    let criterion = tree.nodes[tree.leaves[l]].id
                    gaps.append(DataGap(vendorID: id, usedBy: LocalizedText(en: criterion), fact: (missing.isEmpty ? nil : missing[l]) ?? rules[l].fact, handling: Self.gapHandling(policy)))
                }
                let weight = weights[l]
                if !status.isDropped { coverage += globalWeights[l] }
                let contribution = weight * score
                total += contribution
                groupSums[tree.leafTopGroup[l]] += contribution
                groupWeights[tree.leafTopGroup[l]] += weight
                criteria.append(CriterionScore(leaf: l, weight: weight, score: score, contribution: contribution, status: status))
            }
            for result in gateResults[v] {
                if let fact = result.missingFact {
                    gaps.append(DataGap(vendorID: id, usedBy: Self.gapUser(gate: result.gate.id), fact: fact, handling: Self.gapHandling(gatePassed: result.passed)))
                }
            }
            let groupScores = zip(groupSums, groupWeights).map { sum, weight -> Double? in weight > 0 ? sum / weight : nil }
            return (VendorScore(vendorID: id, name: vendors[v].name, vendorIndex: v, rank: nil, tied: false, score: total, groupScores: groupScores, criteria: criteria, knockOuts: firstPass[v].knockOuts, coverage: min(1, coverage)), gaps)
        }
        var all = secondPass.map(\.score)
        let (gaps, unanswered) = Self.collapsingUnanswered(secondPass.flatMap(\.gaps), vendorCount: vendors.count, tree: tree, policies: policies)

        // Coverage leaves out the criteria that no compliant vendor answered (dropped by `exclude` for
        // every one of them): they tell the vendors apart in nothing, and the unanswered note names them.
        let compliant = all.indices.filter { all[$0].knockOuts.isEmpty }
        var unansweredLeaves = Set<Int>(), countedWeight = 1.0
        if !compliant.isEmpty {
            unansweredLeaves = Set((0..<leafCount).filter { l in compliant.allSatisfy { all[$0].criteria[l].status == .excluded } })
            let unansweredWeight = unansweredLeaves.reduce(0.0) { $0 + globalWeights[$1] }
            if unansweredWeight > 1e-12 && unansweredWeight < 1 - 1e-12 {
                countedWeight = 1 - unansweredWeight
                for v in all.indices { all[v].coverage = min(1, all[v].coverage / countedWeight) }
            } else {
                unansweredLeaves = []
            }
        }
        self.unansweredLeaves = unansweredLeaves
        self.countedWeight = countedWeight
        // Coverage: a vendor scored on too little of the weight is not ranked with the others.
        let minimumCoverage = profile.minimumCoverage
        let bestCoverage = all.filter { $0.knockOuts.isEmpty }.map(\.coverage).max() ?? 1
        for v in all.indices where all[v].knockOuts.isEmpty {
            all[v].incomplete = Self.isIncomplete(all[v].coverage, minimum: minimumCoverage, best: bestCoverage)
        }
        let incomplete = allowIncomplete ? [] : all.filter { $0.knockOuts.isEmpty && $0.incomplete }
            .sorted { $0.coverage != $1.coverage ? $0.coverage > $1.coverage : $0.vendorID < $1.vendorID }
        var ranked = all.filter { $0.knockOuts.isEmpty && (allowIncomplete || !$0.incomplete) }
        ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.vendorID < $1.vendorID }
        for i in ranked.indices {
            if i > 0 && Self.tie(ranked[i].score, ranked[i - 1].score) {
                ranked[i].rank = ranked[i - 1].rank
                ranked[i].tied = true
                ranked[i - 1].tied = true
            } else {
                ranked[i].rank = i + 1
            }
        }

        var warnings: [EvaluationWarning] = workspace.warnings.map { .load($0) }
        warnings += Self.rankReversalWarnings(tree: tree, ranked: ranked, facts: facts, profile: profile, catalog: catalog)
        if let note = Self.unansweredNote(unanswered, tree: tree, catalog: catalog.id) { warnings.append(note) }
        for (id, weight) in profile.weights {
            if let index = tree.index(of: id), tree.nodes[index].catalogWeight != weight {
                warnings.append(.weightOverride(criterion: id, weight: weight, catalogWeight: tree.nodes[index].catalogWeight))
            }
        }
        var i = 0
        while i < ranked.count {
            var j = i
            while j + 1 < ranked.count && ranked[j + 1].rank == ranked[i].rank { j += 1 }
            if j > i {
                warnings.append(.tie(rank: ranked[i].rank!, vendors: ranked[i...j].map(\.vendorID), score: ranked[i].score))
            }
            i = j + 1
        }
        if ranked.isEmpty && incomplete.isEmpty { warnings.append(.noVendorPasses) }
        let unranked = allowIncomplete ? ranked.filter(\.incomplete) : incomplete
        if !unranked.isEmpty {
            warnings.append(.incomplete(vendors: unranked.map { .init(vendor: $0.vendorID, coverage: $0.coverage) }, minimum: minimumCoverage,
                                        lagPoints: Self.coverageLag * 100, best: bestCoverage, rankedAnyway: allowIncomplete))
        }
        let lockChanges = workspace.weightLock?.changeList(in: tree) ?? []
        self.lockNotes = lockChanges.map(\.text.en)
        warnings += lockChanges.map { .lockedWeightChanged($0) }
        var ranking = Ranking(ranked: ranked, eliminated: all.filter { !$0.knockOuts.isEmpty }, gaps: gaps, warnings: warnings)
        ranking.incomplete = incomplete
        ranking.minimumCoverage = minimumCoverage
        ranking.bestCoverage = bestCoverage
        let cells = panel.cells.values.sorted { ($0.vendor, $0.criterion) < ($1.vendor, $1.criterion) }
        ranking.disagreements = cells.filter(\.disagreement)
        for sheet in workspace.ratings {
            for conflict in sheet.conflicts {
                let rated = sheet.ratings.filter { $0.vendor == conflict.vendor }.map(\.criterion)
                ranking.panelNotes.append(.conflict(evaluator: sheet.evaluator, vendor: conflict.vendor, reason: conflict.reason, criteria: rated))
            }
        }
        ranking.panelNotes += Self.calibrationNotes(panel, settings: profile.panel, scales: rated.map(\.scale))
        for cell in cells {
            if !cell.missing.isEmpty {
                ranking.panelNotes.append(.missingRatings(vendor: cell.vendor, criterion: cell.criterion, missing: cell.missing, consensusOf: cell.entries.count))
            }
            if let override = cell.override {
                ranking.panelNotes.append(.override(vendor: cell.vendor, criterion: cell.criterion, value: override.value, by: override.by, computed: cell.computed, reason: override.reason))
            }
        }
        if !workspace.ratings.isEmpty {
            for rating in ratingFacts {
                for vendor in vendors where panel.cell(vendor: vendor.id, criterion: rating.criterion)?.consensus == nil && vendor.facts[rating.fact] != nil {
                    ranking.panelNotes.append(.dossierFallback(vendor: vendor.id, criterion: rating.criterion, fact: rating.fact))
                }
            }
        }
        self.ranking = ranking
    }

    /// Every gate's result for one vendor with the reason written out, passing gates included.
    public func gateTrace(vendor: Int) -> [GateResult] {
        let evaluator = GateEvaluator(profile: workspace.profile, catalog: workspace.catalog)
        return evaluator.gates.map { evaluator.test($0, facts: facts[vendor], explain: true) }
    }

    /// The panel's consensus in words, e.g. "mean of 3 ratings: li 4, wang 5, zhao 3".
    static func describe(_ cell: PanelCell, settings: PanelSettings) -> String {
        let s = { (x: Double) in NumberFormatting.short(x) }
        let list = cell.entries.map { entry in
            entry.used == entry.value ? "\(entry.evaluator) \(s(entry.value))" : "\(entry.evaluator) \(s(entry.value)) (calibrated \(s(entry.used)))"
        }.joined(separator: ", ")
        var text: String
        if let override = cell.override {
            text = "panel override \(s(override.value))\(override.by.map { " by \($0)" } ?? ""): \(override.reason); ratings: \(list.isEmpty ? "none" : list)"
        } else {
            let method: String
            switch settings.consensus {
            case .mean: method = "mean"
            case .median: method = "median"
            case .trimmedMean(let fraction): method = "\(NumberFormatting.percent(fraction, 0)) trimmed mean"
            }
            text = "\(method) of \(cell.entries.count) rating\(cell.entries.count == 1 ? "" : "s"): \(list)"
        }
        if !cell.excluded.isEmpty { text += "; excluded (conflict of interest): \(cell.excluded.map(\.evaluator).joined(separator: ", "))" }
        if !cell.missing.isEmpty { text += "; not rated by \(cell.missing.joined(separator: ", "))" }
        if cell.disagreement { text += "; DISAGREEMENT: spread \(s(cell.spread))" }
        return text
    }

    /// The knock-out of a vendor that leaves open a fact its criterion's `knockOut` policy requires.
    static func missingFactKnockOut(fact: String, criterion: String) -> LocalizedText {
        LocalizedText(en: "\(fact) is not stated and criterion \(criterion) knocks out vendors that leave it open",
                      zh: "未提供 \(fact)，指标 \(criterion) 会淘汰未提供该事实的供应商")
    }

    /// What a criterion's missing-fact policy did with a vendor's gap.
    static func gapHandling(_ policy: MissingFactPolicy) -> LocalizedText {
        switch policy {
        case .neutral: return LocalizedText(en: "scored 50 (policy neutral)", zh: "按 50 分计（策略 neutral）")
        case .exclude: return LocalizedText(en: "criterion dropped for this vendor, its weight shared among its siblings (policy exclude)", zh: "该供应商不计此指标，其权重分给同级指标（策略 exclude）")
        case .knockOut: return LocalizedText(en: "vendor knocked out (policy knockOut)", zh: "供应商被淘汰（策略 knockOut）")
        case .worst: return LocalizedText(en: "scored 0 (policy worst)", zh: "按 0 分计（策略 worst）")
        }
    }

    /// What was done with a rating criterion the panel has not rated yet for a vendor.
    static let awaitingHandling = LocalizedText(en: "awaiting panel ratings: left out of the total and of the coverage until rated",
                                                zh: "等待评审小组评分：评分前不计入总分与覆盖率")

    /// Whether a compliant vendor with `coverage` is incomplete: below `minimum`, or more than
    /// ``coverageLag`` behind the `best` coverage (with 1e-9 of slack for rounding).
    static func isIncomplete(_ coverage: Double, minimum: Double, best: Double) -> Bool {
        coverage < minimum - 1e-9 || coverage < best - coverageLag - 1e-9
    }

    /// What an incomplete (or knocked-out) vendor's score leaves out, e.g. "awaiting panel ratings
    /// for: Functional demo (70% of the weight)"; nil when its coverage is whole.
    public func shortfall(of score: VendorScore) -> LocalizedText? {
        var awaiting: [(en: String, zh: String)] = [], excluded: [(en: String, zh: String)] = []
        for criterion in score.criteria where criterion.status.isDropped && !unansweredLeaves.contains(criterion.leaf) {
            let node = tree.nodes[tree.leaves[criterion.leaf]]
            let share = NumberFormatting.percent(node.globalWeight / countedWeight)
            let en = "\(node.name.text(in: .english)) (\(share) of the weight)", zh = "\(node.name.text(in: .chinese))（占权重 \(share)）"
            if criterion.status == .awaiting { awaiting.append((en, zh)) } else { excluded.append((en, zh)) }
        }
        guard !awaiting.isEmpty || !excluded.isEmpty else { return nil }
        var en: [String] = [], zh: [String] = []
        if !awaiting.isEmpty {
            en.append("awaiting panel ratings for: " + awaiting.map(\.en).joined(separator: ", "))
            zh.append("等待评审小组评分：" + awaiting.map(\.zh).joined(separator: "、"))
        }
        if !excluded.isEmpty {
            en.append("not scored for missing facts (policy exclude): " + excluded.map(\.en).joined(separator: ", "))
            zh.append("因缺少事实未计分（策略 exclude）：" + excluded.map(\.zh).joined(separator: "、"))
        }
        return LocalizedText(en: en.joined(separator: "; "), zh: zh.joined(separator: "；"))
    }

    /// What a gate did with a vendor that leaves its fact open.
    static func gapHandling(gatePassed: Bool) -> LocalizedText {
        gatePassed ? LocalizedText(en: "gate passed (onMissing pass)", zh: "门槛判定通过（onMissing pass）")
            : LocalizedText(en: "gate failed: vendor knocked out", zh: "门槛未通过：供应商被淘汰")
    }

    /// A gate as the user of a missing fact, e.g. "gate gate-budget".
    static func gapUser(gate: String) -> LocalizedText {
        LocalizedText(en: "gate \(gate)", zh: "门槛 \(gate)")
    }

    /// Whether two scores count as tied: equal to within rounding noise (1e-9).
    static func tie(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(a)) }

    /// The index of the vendor with `id`.
    public func vendorIndex(of id: String) -> Int? { facts.firstIndex { $0.dossier.id == id } }

    /// The score entry of the vendor with `id`, ranked, incomplete or eliminated.
    public func score(of id: String) -> VendorScore? {
        ranking.ranked.first { $0.vendorID == id } ?? ranking.incomplete.first { $0.vendorID == id } ?? ranking.eliminated.first { $0.vendorID == id }
    }

    /// The rule outcome with its explanation and evidence for one vendor and criterion.
    public func outcome(vendor: Int, leaf: Int) -> RuleOutcome {
        rules.evaluate(tree.nodes[tree.leaves[leaf]].rule!, facts: facts[vendor], explain: true)
    }

    /// One line explaining a criterion score, including how a missing fact was handled, in `language`.
    public func explanation(of criterion: CriterionScore, vendor: Int, language: Language = .english) -> String {
        localizedExplanation(of: criterion, vendor: vendor).text(in: language)
    }

    /// One line explaining a criterion score, including how a missing fact was handled, in English and Chinese.
    public func localizedExplanation(of criterion: CriterionScore, vendor: Int) -> LocalizedText {
        let text = rules.evaluate(tree.nodes[tree.leaves[criterion.leaf]].rule!, facts: facts[vendor], explain: true, withEvidence: false).explanation
        let handling: LocalizedText
        switch criterion.status {
        case .scored: return text
        case .missing(let policy): handling = MessageWording.missingPolicy(policy.rawValue, score: criterion.score)
        case .excluded: handling = MessageWording.excludedHandling
        case .awaiting: handling = MessageWording.awaitingHandling
        }
        return LocalizedText(en: text.en + handling.en, zh: text.text(in: .chinese) + handling.text(in: .chinese))
    }
}

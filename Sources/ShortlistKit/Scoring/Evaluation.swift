/// Scores a workspace: gates, rules, weights and ranking, keeping what is needed to explain every number.
public struct Evaluation: Sendable {
    /// The workspace evaluated.
    public let workspace: Workspace
    /// The normalised weight tree, with the profile's overrides.
    package let tree: WeightTree
    /// Each vendor's facts, in workspace order.
    package let facts: [VendorFacts]
    /// Each vendor's gate results, in gate order; a passing gate's reason is empty here (see ``gateTrace(vendor:)``).
    package let gateResults: [[GateResult]]
    /// The rule evaluator, with the price ranges of compliant vendors.
    package let rules: RuleEvaluator
    /// The ranking.
    public let ranking: Ranking
    /// The evaluator panel's consensus per vendor and rated criterion.
    public let panel: PanelConsensus
    /// Changes to locked weights since `shortlist lock`, as values: render each with
    /// ``WeightLockChange/text`` in the report's language.
    public let lockChanges: [WeightLockChange]
    /// Changes to locked weights since `shortlist lock`, in English words (as the decision record keeps them).
    public var lockNotes: [String] { lockChanges.map(\.text.en) }

    /// Whether incomplete vendors are ranked (marked) instead of listed apart (`rank --allow-incomplete`).
    public let allowsIncomplete: Bool

    /// Leaves no compliant vendor answered (dropped by `exclude` for every one): not part of the coverage.
    let unansweredLeaves: Set<Int>
    /// The share of the total weight coverage is measured against: 1 less the unanswered leaves' weight.
    let countedWeight: Double
    /// The results computed on first use and shared by copies (the robustness verdict).
    let cache = EvaluationCache()

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
        let tree = try Self.weightTree(of: workspace)
        self.workspace = workspace
        self.tree = tree
        let plan = LeafPlan(tree: tree, profile: profile, catalog: catalog)
        let rated = plan.ratedFacts.map { PanelConsensus.RatedCriterion(id: $0.criterion, scale: $0.scale) }
        let panel = PanelConsensus(sheets: workspace.ratings, settings: profile.panel, criteria: rated, vendors: workspace.vendors.map(\.id))
        self.panel = panel

        let firstPass = Self.firstPass(workspace, tree: tree, plan: plan, panel: panel)
        let facts = firstPass.map(\.facts)
        self.facts = facts
        self.gateResults = firstPass.map(\.gates)
        let evaluator = RuleEvaluator(profile: profile, catalog: catalog, priceRanges: Self.priceRanges(firstPass))
        self.rules = evaluator
        let secondPass = Self.secondPass(workspace, tree: tree, plan: plan, firstPass: firstPass, evaluator: evaluator)

        var all = secondPass.map(\.score)
        let (gaps, unanswered) = Self.collapsingUnanswered(secondPass.flatMap(\.gaps), vendorCount: workspace.vendors.count, tree: tree, policies: plan.policies)
        (unansweredLeaves, countedWeight) = Self.rescaleCoverage(&all, plan: plan)
        let placement = Self.place(&all, minimumCoverage: profile.minimumCoverage, allowIncomplete: allowIncomplete)

        let lockChanges = workspace.weightLock?.changeList(in: tree) ?? []
        self.lockChanges = lockChanges
        let warnings = Self.warnings(workspace, tree: tree, facts: facts, placement: placement, unanswered: unanswered, allowIncomplete: allowIncomplete, lockChanges: lockChanges)
        var ranking = Ranking(ranked: placement.ranked, eliminated: all.filter { !$0.knockOuts.isEmpty }, gaps: gaps, warnings: warnings)
        ranking.incomplete = placement.incomplete
        ranking.minimumCoverage = profile.minimumCoverage
        ranking.bestCoverage = placement.bestCoverage
        let cells = panel.cells.values.sorted { ($0.vendor, $0.criterion) < ($1.vendor, $1.criterion) }
        ranking.disagreements = cells.filter(\.disagreement)
        ranking.panelNotes = Self.panelNotes(workspace, plan: plan, panel: panel, cells: cells)
        self.ranking = ranking
    }

    /// Every gate's result for one vendor with the reason written out, passing gates included.
    package func gateTrace(vendor: Int) -> [GateResult] {
        let evaluator = GateEvaluator(profile: workspace.profile, catalog: workspace.catalog)
        return evaluator.gates.map { evaluator.test($0, facts: facts[vendor], explain: true) }
    }

    /// The panel's consensus in words, e.g. "mean of 3 ratings: li 4, wang 5, zhao 3".
    static func describe(_ cell: PanelCell, settings: PanelSettings) -> LocalizedText {
        MessageWording.consensus(cell, settings: settings)
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

    /// The index of the vendor with `id`.
    public func vendorIndex(of id: String) -> Int? { facts.firstIndex { $0.dossier.id == id } }

    /// The score entry of the vendor with `id`, ranked, incomplete or eliminated.
    public func score(of id: String) -> VendorScore? {
        ranking.ranked.first { $0.vendorID == id } ?? ranking.incomplete.first { $0.vendorID == id } ?? ranking.eliminated.first { $0.vendorID == id }
    }

    /// The rule outcome with its explanation and evidence for one vendor and criterion.
    package func outcome(vendor: Int, leaf: Int) -> RuleOutcome {
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

/// The scoring passes of ``Evaluation/init(workspace:allowIncomplete:)``, in the order they run:
/// the weight tree, the facts and gates with every absolute rule, the price ranges of the compliant
/// vendors, and the totals with the relative price formulas and the missing-fact policies.
extension Evaluation {
    /// One vendor after the first pass: its facts, gate results, absolute scores and knock-outs.
    struct FirstPass: Sendable {
        /// The vendor's facts, with the panel's consensus laid over its dossier.
        let facts: VendorFacts
        /// Each gate's result, in gate order.
        let gates: [GateResult]
        /// Each leaf's score; nil for a missing fact and, until the second pass, for relative price formulas.
        let scores: [Double?]
        /// The name of the fact each unscored leaf lacks; empty (not allocated) when no fact is missing.
        let missing: [String?]
        /// The failed gates and the `knockOut` policies the vendor triggered.
        let knockOuts: [KnockOut]
        /// The failed gates of severity flag: the vendor stays ranked, marked with each.
        var flags: [GateFlag] = []
    }

    /// The weight tree of `workspace`, normalised, with the profile's overrides.
    ///
    /// - Throws: ``InputErrors`` when the overrides leave a group whose weights sum to zero.
    static func weightTree(of workspace: Workspace) throws(InputErrors) -> WeightTree {
        let profile = workspace.profile
        let tree = WeightTree(catalog: workspace.catalog, overrides: profile.weights, weighting: profile.weighting)
        let problems = tree.problems()
        guard problems.isEmpty else {
            throw InputErrors(problems.map { Diagnostic(file: "selection.json", path: "weights", message: $0) })
        }
        return tree
    }

    /// Pass 1, per vendor on all cores: facts (with the panel's consensus), gates, and every rule
    /// but the relative price formulas, which need the set of compliant vendors.
    static func firstPass(_ workspace: Workspace, tree: WeightTree, plan: LeafPlan, panel: PanelConsensus) -> [FirstPass] {
        let profile = workspace.profile, catalog = workspace.catalog, vendors = workspace.vendors
        let gateEvaluator = GateEvaluator(profile: profile, catalog: catalog)
        let gates = gateEvaluator.gates
        let plain = RuleEvaluator(profile: profile, catalog: catalog)
        let leafCount = plan.count
        return Parallel.map(vendors.count) { v -> FirstPass in
            var overlay: [String: Fact] = [:]
            if !panel.cells.isEmpty {
                for rating in plan.ratedFacts {
                    if let cell = panel.cell(vendor: vendors[v].id, criterion: rating.criterion), let value = cell.consensus {
                        let note = Self.describe(cell, settings: profile.panel)
                        var fact = Fact(.number(value), source: "evaluator panel", note: note.en)
                        fact.noteZh = note.zh
                        overlay[rating.fact] = fact
                    }
                }
            }
            let facts = VendorFacts(dossier: vendors[v], profile: profile, overlay: overlay)
            let results = gates.map { gateEvaluator.test($0, facts: facts, explain: false) }
            var knockOuts: [KnockOut] = [], flags: [GateFlag] = []
            for result in results where !result.passed {
                guard result.gate.severity == .knockOut else {
                    flags.append(GateFlag(gate: result.gate.id, kind: result.gate.kind.name, reason: result.localizedReason, figures: result.figures))
                    continue
                }
                knockOuts.append(KnockOut(gate: result.gate.id, reason: result.localizedReason))
            }
            var scores = [Double?](repeating: nil, count: leafCount)
            var missing: [String?] = []
            for l in 0..<leafCount {
                let outcome = plain.evaluate(plan.rules[l], facts: facts, explain: false)
                scores[l] = outcome.score
                guard outcome.score == nil else { continue }
                let fact = outcome.missingFact ?? plan.rules[l].fact
                if missing.isEmpty { missing = [String?](repeating: nil, count: leafCount) }
                missing[l] = fact
                if plan.policies[l] == .knockOut && !plan.isRating[l] {
                    let id = tree.nodes[tree.leaves[l]].id
                    knockOuts.append(KnockOut(gate: id, reason: Self.missingFactKnockOut(fact: fact, criterion: id)))
                }
            }
            return FirstPass(facts: facts, gates: results, scores: scores, missing: missing, knockOuts: knockOuts, flags: flags)
        }
    }

    /// The lowest and highest price of each cost basis over the vendors that no gate knocked out,
    /// for the relative price formulas.
    static func priceRanges(_ firstPass: [FirstPass]) -> [CostBasis: PriceRange] {
        var ranges: [CostBasis: PriceRange] = [:]
        for basis in CostBasis.allCases {
            let prices = firstPass.filter { $0.knockOuts.isEmpty }.compactMap { $0.facts.cost?.amount(for: basis) }
            if let low = prices.min(), let high = prices.max() { ranges[basis] = PriceRange(lowest: low, highest: high) }
        }
        return ranges
    }

    /// Pass 2, per vendor on all cores: relative prices, missing-fact policies, weights, totals
    /// and group scores; each vendor's score with the data gaps found on the way.
    static func secondPass(_ workspace: Workspace, tree: WeightTree, plan: LeafPlan, firstPass: [FirstPass], evaluator: RuleEvaluator) -> [(score: VendorScore, gaps: [DataGap])] {
        let vendors = workspace.vendors
        let leafCount = plan.count, hasRelative = plan.hasRelative, dropsAny = plan.dropsAny
        let globalWeights = plan.globalWeights
        return Parallel.map(vendors.count) { v -> (score: VendorScore, gaps: [DataGap]) in
            let facts = firstPass[v].facts
            var scores = firstPass[v].scores
            if hasRelative {
                for l in 0..<leafCount where plan.relative[l] { scores[l] = evaluator.evaluate(plan.rules[l], facts: facts, explain: false).score }
            }
            let missing = firstPass[v].missing
            let weights = !dropsAny || scores.allSatisfy({ $0 != nil }) ? globalWeights : tree.effectiveWeights(present: (0..<leafCount).map { scores[$0] != nil || !plan.drops[$0] })
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
                } else if plan.isRating[l] {
                    (score, status) = (0, .awaiting)
                    let criterion = tree.nodes[tree.leaves[l]].id
                    gaps.append(DataGap(vendorID: id, usedBy: LocalizedText(en: criterion), fact: (missing.isEmpty ? nil : missing[l]) ?? plan.rules[l].fact, handling: Self.awaitingHandling))
                } else {
                    let policy = plan.policies[l]
                    switch policy {
                    case .neutral: (score, status) = (50, .missing(.neutral))
                    case .exclude: (score, status) = (0, .excluded)
                    case .knockOut: (score, status) = (0, .missing(.knockOut))
                    case .worst: (score, status) = (0, .missing(.worst))
                    }
                    let criterion = tree.nodes[tree.leaves[l]].id
                    gaps.append(DataGap(vendorID: id, usedBy: LocalizedText(en: criterion), fact: (missing.isEmpty ? nil : missing[l]) ?? plan.rules[l].fact, handling: Self.gapHandling(policy)))
                }
                let weight = weights[l]
                if !status.isDropped { coverage += globalWeights[l] }
                let contribution = weight * score
                total += contribution
                groupSums[tree.leafTopGroup[l]] += contribution
                groupWeights[tree.leafTopGroup[l]] += weight
                criteria.append(CriterionScore(leaf: l, weight: weight, score: score, contribution: contribution, status: status))
            }
            for result in firstPass[v].gates {
                if let fact = result.missingFact {
                    gaps.append(DataGap(vendorID: id, usedBy: Self.gapUser(gate: result.gate.id), fact: fact, handling: Self.gapHandling(gatePassed: result.passed)))
                }
            }
            let groupScores = zip(groupSums, groupWeights).map { sum, weight -> Double? in weight > 0 ? sum / weight : nil }
            var score = VendorScore(vendorID: id, name: vendors[v].name, vendorIndex: v, rank: nil, tied: false, score: total, groupScores: groupScores, criteria: criteria, knockOuts: firstPass[v].knockOuts, coverage: min(1, coverage))
            score.flags = firstPass[v].flags
            return (score, gaps)
        }
    }
}

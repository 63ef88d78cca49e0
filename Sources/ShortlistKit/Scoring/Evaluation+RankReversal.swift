extension Evaluation {
    /// The prefix of every rank-reversal warning, so that `compare` can pick them out.
    static let rankReversalPrefix = "rank reversal: "

    /// The leave-one-out check of the relative price formulas: for each compliant vendor in turn,
    /// the others' scores are worked out again without its bid (the price range of the compliant
    /// vendors changes, and with it every relative price score), and a warning is written when two
    /// of the others change order, e.g. "rank reversal: without v4, v1 would rank above v2 (80.12 to
    /// 79.40; now 78.55 to 79.02): the lowestPrice formula of criterion cost scores each price
    /// against the lowest compliant one, so v4's bid moves the others' price points; the absolute
    /// methods budgetRange and fixedRange cannot do this". Silent when no relative formula carries
    /// weight or when no removal changes the order of the others.
    ///
    /// Only the relative criteria's points change without a bid, so each other vendor's new total is
    /// its total plus Σ weight × (new price score − old price score) over those criteria, with the
    /// weights it was scored with (the rank-reversal test of Triantaphyllou, *Multi-Criteria Decision
    /// Making Methods*, 2000, ch. 10, applied to one removed alternative at a time).
    static func rankReversalWarnings(tree: WeightTree, ranked: [VendorScore], facts: [VendorFacts], profile: RequirementProfile, catalog: Catalog) -> [EvaluationWarning] {
        let relative: [(leaf: Int, basis: CostBasis, method: PriceMethod)] = tree.leaves.enumerated().compactMap { l, node in
            guard case .cost(let basis, let method)? = tree.nodes[node].rule, method.isRelative, tree.nodes[node].globalWeight > 0 else { return nil }
            return (l, basis, method)
        }
        guard !relative.isEmpty, ranked.count >= 3 else { return [] }
        let bases = Set(relative.map(\.basis))
        func ranges(without removed: Int?) -> [CostBasis: PriceRange] {
            var result: [CostBasis: PriceRange] = [:]
            for basis in bases {
                let prices = ranked.indices.filter { $0 != removed }.compactMap { facts[ranked[$0].vendorIndex].cost?.amount(for: basis) }
                if let low = prices.min(), let high = prices.max() { result[basis] = PriceRange(lowest: low, highest: high) }
            }
            return result
        }
        let all = ranges(without: nil)
        let formulas = relative.map { EvaluationWarning.RankReversal.Formula(method: $0.method.name, criterion: tree.nodes[tree.leaves[$0.leaf]].id) }
        var warnings: [EvaluationWarning] = []
        // Only a bid at an end of a price range can move the others' price scores.
        let candidates = ranked.indices.filter { k in
            bases.contains { basis in
                guard let price = facts[ranked[k].vendorIndex].cost?.amount(for: basis), let range = all[basis] else { return false }
                return price == range.lowest || price == range.highest
            }
        }
        for k in candidates {
            let without = ranges(without: k)
            guard without != all else { continue }           // another bid holds the same end
            let evaluator = RuleEvaluator(profile: profile, catalog: catalog, priceRanges: without)
            let others = ranked.indices.filter { $0 != k }
            let scores = others.map { i -> Double in
                let entry = ranked[i], vendorFacts = facts[entry.vendorIndex]
                var total = entry.score
                for r in relative where entry.criteria[r.leaf].status == .scored {
                    let criterion = entry.criteria[r.leaf]
                    let now = evaluator.evaluate(tree.nodes[tree.leaves[r.leaf]].rule!, facts: vendorFacts, explain: false).score ?? criterion.score
                    total += criterion.weight * (now - criterion.score)
                }
                return total
            }
            // The best-ranked vendor that one ranked strictly below it would now overtake (ties within
            // rounding do not count), and of those below it the one with the highest new score: one pass
            // from the bottom keeps the highest new score below each tie group.
            var best: (score: Double, index: Int)? = nil
            var pair: (upper: Int, lower: Int)? = nil
            var end = others.count
            while end > 0 {
                var start = end - 1
                while start > 0 && CompetitionRanking.tied(ranked[others[start - 1]].score, ranked[others[end - 1]].score) { start -= 1 }
                if let below = best {
                    for a in start..<end where below.score > scores[a] && !CompetitionRanking.tied(below.score, scores[a]) { pair = (a, below.index); break }
                }
                for b in start..<end where best == nil || scores[b] > best!.score { best = (scores[b], b) }
                end = start
            }
            if let (a, b) = pair {
                let upper = ranked[others[a]], lower = ranked[others[b]], removed = ranked[k]
                warnings.append(.rankReversal(.init(removed: removed.vendorID, lower: lower.vendorID, upper: upper.vendorID, scoresWithout: [scores[b], scores[a]],
                                                    scoresNow: [lower.score, upper.score], formulas: formulas)))
            }
        }
        return warnings
    }
}

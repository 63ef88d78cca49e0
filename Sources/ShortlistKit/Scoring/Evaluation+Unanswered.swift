extension Evaluation {
    /// Takes out of `gaps` the criteria that no vendor has answered and that are left out when
    /// missing (policy `exclude`, not rated criteria): a catalog's questions nobody has asked yet
    /// would otherwise fill the gaps with one line per vendor and criterion. Returns the other
    /// gaps, and the leaf positions of the criteria taken out, in catalog order.
    static func collapsingUnanswered(_ gaps: [DataGap], vendorCount: Int, tree: WeightTree, policies: [MissingFactPolicy]) -> (gaps: [DataGap], unanswered: [Int]) {
        guard vendorCount > 0 else { return (gaps, []) }
        var candidates: [String: Int] = [:]
        for (l, leaf) in tree.leaves.enumerated() where policies[l] == .exclude {
            if case .rating? = tree.nodes[leaf].rule { continue }
            candidates[tree.nodes[leaf].id] = l
        }
        var missingFor: [String: Set<String>] = [:]
        for gap in gaps where candidates[gap.localizedUsedBy.en] != nil { missingFor[gap.localizedUsedBy.en, default: []].insert(gap.vendorID) }
        let unanswered = Set(missingFor.filter { $0.value.count == vendorCount }.keys)
        guard !unanswered.isEmpty else { return (gaps, []) }
        return (gaps.filter { !unanswered.contains($0.localizedUsedBy.en) }, unanswered.compactMap { candidates[$0] }.sorted())
    }

    /// One warning naming how many criteria no vendor answered, by top-level group.
    static func unansweredNote(_ leaves: [Int], tree: WeightTree, catalog: String) -> EvaluationWarning? {
        guard !leaves.isEmpty else { return nil }
        var groups: [EvaluationWarning.GroupCount] = []
        for l in leaves {
            let group = tree.nodes[tree.topLevel[tree.leafTopGroup[l]]].id
            if let last = groups.last, last.group == group { groups[groups.count - 1].count += 1 } else { groups.append(.init(group: group, count: 1)) }
        }
        return .unanswered(count: leaves.count, groups: groups, catalog: catalog)
    }
}

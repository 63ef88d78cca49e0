/// What the evaluation needs to know about each criterion (leaf of the weight tree) before it
/// scores any vendor: its rule, its missing-fact policy, its global weight, and whether it is a
/// relative price formula or a rating. Arrays are in the tree's leaf order.
struct LeafPlan: Sendable {
    /// A rated criterion: the criterion's id, the fact its rating fills, and its rating scale.
    struct RatedFact: Sendable {
        /// The criterion's id.
        let criterion: String
        /// The fact the panel's consensus fills in for the rule.
        let fact: String
        /// The rating scale.
        let scale: RatingScale
    }

    /// Each leaf's rule.
    let rules: [Rule]
    /// Each leaf's missing-fact policy: the criterion's own, else the profile's, else the catalog's.
    let policies: [MissingFactPolicy]
    /// Whether each leaf is a price formula relative to the other compliant vendors' prices.
    let relative: [Bool]
    /// Whether each leaf is rated by the panel (a rating criterion without a rating is *awaiting*
    /// the panel, whatever the missing-fact policy).
    let isRating: [Bool]
    /// Whether each leaf is dropped (not scored 0) when a vendor has no score for it: policy
    /// `exclude`, or a rating criterion.
    let drops: [Bool]
    /// Each leaf's global weight (the product of the normalised weights on its path).
    let globalWeights: [Double]
    /// The rated criteria, in leaf order.
    let ratedFacts: [RatedFact]

    /// The number of leaves.
    var count: Int { rules.count }
    /// Whether any leaf is a relative price formula.
    var hasRelative: Bool { relative.contains(true) }
    /// Whether any leaf can be dropped.
    var dropsAny: Bool { drops.contains(true) }

    /// The plan of `tree`'s leaves under `profile` and `catalog`.
    init(tree: WeightTree, profile: RequirementProfile, catalog: Catalog) {
        policies = tree.leaves.map { tree.nodes[$0].missingPolicy ?? profile.missingFacts ?? catalog.missingFacts }
        rules = tree.leaves.map { tree.nodes[$0].rule! }
        relative = rules.map { rule -> Bool in
            if case .cost(_, let method) = rule { return method.isRelative }
            return false
        }
        isRating = rules.map { rule -> Bool in
            if case .rating = rule { return true }
            return false
        }
        drops = zip(policies, isRating).map { $0 == .exclude || $1 }
        globalWeights = tree.leaves.map { tree.nodes[$0].globalWeight }
        ratedFacts = tree.leaves.compactMap { leaf in
            if case .rating(let fact, let scale)? = tree.nodes[leaf].rule { return RatedFact(criterion: tree.nodes[leaf].id, fact: fact, scale: scale) }
            return nil
        }
    }
}

/// An SMAA-2 problem: alternatives, criteria, the value of each alternative on each criterion,
/// and what is known about the weights.
package struct SMAAProblem: Sendable {
    /// Alternative names, in result order.
    package let alternatives: [String]
    /// Criterion names, in weight order.
    package let criteria: [String]
    /// `values[alternative][criterion]`: what the alternative scores, mapped by `scales[criterion]`
    /// to a partial value (with the default ``CriterionScale/unit`` the numbers are partial values on 0…1).
    package let values: [[ScoreDistribution]]
    /// One scale per criterion.
    package let scales: [CriterionScale]
    /// The weight information.
    package let weights: WeightInformation

    /// Validates and stores a problem.
    ///
    /// - Parameter scales: One per criterion; nil means ``CriterionScale/unit`` for all.
    /// - Throws: ``SMAAError`` naming the first thing that is wrong.
    package init(
        alternatives: [String], criteria: [String], values: [[ScoreDistribution]],
        weights: WeightInformation = .missing, scales: [CriterionScale]? = nil
    ) throws(SMAAError) {
        guard !alternatives.isEmpty else { throw .empty("alternatives") }
        guard !criteria.isEmpty else { throw .empty("criteria") }
        for (kind, names) in [("alternative", alternatives), ("criterion", criteria)] {
            var seen: Set<String> = []
            for name in names where !seen.insert(name).inserted { throw .duplicateName(kind: kind, name: name) }
        }
        guard values.count == alternatives.count else {
            throw .shape("values has \(values.count) rows but there are \(alternatives.count) alternatives")
        }
        for (a, row) in values.enumerated() {
            guard row.count == criteria.count else {
                throw .shape("the values of alternative '\(alternatives[a])' have \(row.count) entries but there are \(criteria.count) criteria")
            }
            for (c, value) in row.enumerated() {
                if let reason = value.problem { throw .invalidDistribution(alternative: alternatives[a], criterion: criteria[c], reason: reason) }
            }
        }
        let scales = scales ?? Array(repeating: .unit, count: criteria.count)
        guard scales.count == criteria.count else { throw .shape("there are \(scales.count) scales but \(criteria.count) criteria") }
        for (c, scale) in scales.enumerated() where !(scale.lower.isFinite && scale.upper.isFinite && scale.lower < scale.upper) {
            throw .invalidScale(criterion: criteria[c], reason: "lower (\(scale.lower)) must be a finite number below upper (\(scale.upper))")
        }
        switch weights {
        case .missing:
            break
        case .ordinal(let ranks):
            guard ranks.count == criteria.count else { throw .invalidWeights("the rank order has \(ranks.count) ranks but there are \(criteria.count) criteria") }
            if let (c, rank) = ranks.enumerated().first(where: { $0.element < 1 }) {
                throw .invalidWeights("criterion '\(criteria[c])' has rank \(rank); ranks start at 1")
            }
        case .interval(let center, let relative):
            guard center.count == criteria.count else { throw .invalidWeights("there are \(center.count) centre weights but \(criteria.count) criteria") }
            if let (c, w) = center.enumerated().first(where: { !($0.element.isFinite && $0.element >= 0) }) {
                throw .invalidWeights("the centre weight of criterion '\(criteria[c])' is \(w); it must be a finite number ≥ 0")
            }
            guard center.reduce(0, +) > 0 else { throw .invalidWeights("the centre weights sum to 0") }
            guard relative.isFinite && relative >= 0 else { throw .invalidWeights("the relative interval width is \(relative); it must be a finite number ≥ 0") }
        }
        self.alternatives = alternatives
        self.criteria = criteria
        self.values = values
        self.scales = scales
        self.weights = weights
    }
}

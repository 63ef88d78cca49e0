/// A scoring rule: how facts become a score from 0 to 100.
package enum Rule: Sendable, Equatable {
    /// The mean coverage level of some modules × 100.
    case modules(ModuleSelection)
    /// Years of experience in the buyer's industry, through a curve.
    case industryExperience(curve: PiecewiseLinear)
    /// A numeric fact through a piecewise-linear curve.
    case scale(fact: String, curve: PiecewiseLinear)
    /// A yes/no fact.
    case boolean(fact: String, whenTrue: Double, whenFalse: Double)
    /// The share of required ids that a set fact contains × 100.
    case coverage(fact: String, required: RequiredItems)
    /// A categorical fact looked up in a table.
    case lookup(fact: String, table: [LookupEntry], otherwise: Double?)
    /// A price scored by a price formula.
    case cost(basis: CostBasis, method: PriceMethod)
    /// Whether the vendor offers the buyer's preferred or another acceptable deployment.
    case deployment(preferred: Double, acceptable: Double)
    /// Implementation weeks relative to the buyer's go-live deadline, through a curve.
    case deadline(curve: PiecewiseLinear)
    /// A rating on an anchored scale, read from a fact until evaluator ratings replace it.
    case rating(fact: String, scale: RatingScale)

    /// The rule kind as written in catalogs.
    package var kind: String { ruleKind.rawValue }

    /// The rule's kind.
    package var ruleKind: RuleKind {
        switch self {
        case .modules: return .modules
        case .industryExperience: return .industryExperience
        case .scale: return .scale
        case .boolean: return .boolean
        case .coverage: return .coverage
        case .lookup: return .lookup
        case .cost: return .cost
        case .deployment: return .deployment
        case .deadline: return .deadline
        case .rating: return .rating
        }
    }

    /// The fact the rule reads.
    package var fact: String {
        switch self {
        case .modules: return "modules"
        case .industryExperience: return "industry.years"
        case .scale(let fact, _), .boolean(let fact, _, _), .coverage(let fact, _), .lookup(let fact, _, _), .rating(let fact, _): return fact
        case .cost(let basis, _): return basis.fact
        case .deployment: return "deployments"
        case .deadline: return "implementationWeeks"
        }
    }
}

/// Which modules a `modules` rule looks at.
package enum ModuleSelection: Sendable, Equatable {
    /// The profile's required modules.
    case required
    /// The profile's desired modules.
    case desired
    /// A fixed list of module ids.
    case list([String])
}

/// The ids a `coverage` rule requires.
package enum RequiredItems: Sendable, Equatable {
    /// The profile's list for the fact (integrations, certifications or deployments).
    case profile
    /// A fixed list.
    case list([String])
}

/// A piecewise-linear curve through points with increasing x, flat beyond its ends.
package struct PiecewiseLinear: Sendable, Equatable {
    /// The points, x strictly increasing.
    package let points: [Point]
    /// The points as text, `4→100, 24→70, 72→0`, made once for the explanations.
    package let summary: String

    /// One point of the curve.
    package struct Point: Sendable, Equatable {
        /// The fact's value.
        package var x: Double
        /// The score at it.
        package var y: Double

        /// Creates a point.
        package init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// Creates a curve; `points` must be non-empty with strictly increasing x.
    package init(_ points: [(x: Double, y: Double)]) {
        self.init(points: points.map { Point(x: $0.x, y: $0.y) })
    }

    /// Creates a curve; `points` must be non-empty with strictly increasing x.
    package init(points: [Point]) {
        self.points = points
        summary = points.map { "\(NumberFormatting.short($0.x))→\(NumberFormatting.short($0.y))" }.joined(separator: ", ")
    }

    /// The curve's value at `x`: linear interpolation between neighbouring points, the end values beyond the ends.
    package func value(at x: Double) -> Double {
        let p = points
        if x <= p[0].x { return p[0].y }
        let last = p[p.count - 1]
        if x >= last.x { return last.y }
        var i = 1
        while p[i].x < x { i += 1 }
        let a = p[i - 1], b = p[i]
        return a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x)
    }
}

/// An anchored rating scale such as 1–5.
package struct RatingScale: Sendable, Equatable {
    /// The lowest rating.
    package var min: Double
    /// The highest rating.
    package var max: Double
    /// What each level means, by increasing level.
    package var anchors: [ScaleAnchor]

    /// Creates a scale.
    package init(min: Double, max: Double, anchors: [ScaleAnchor] = []) {
        self.min = min
        self.max = max
        self.anchors = anchors
    }

    /// A rating mapped to 0–100: (value − min) / (max − min) × 100.
    package func score(_ value: Double) -> Double { (value - min) / (max - min) * 100 }

    /// The anchor at `level`, when the scale has one.
    package func anchor(at level: Double) -> ScaleAnchor? { anchors.first { $0.level == level } }
}

/// Which cost figure a cost rule or budget gate looks at.
package enum CostBasis: String, Sendable, Equatable, CaseIterable {
    /// Total cost of ownership over the profile's horizon.
    case tco
    /// One-off fees plus the first year's recurring fees.
    case firstYear
    /// The first year's recurring fees.
    case annual

    /// The derived fact holding this figure.
    package var fact: String { "cost.\(rawValue)" }
}

/// A formula that turns a price into points.
///
/// The relative formulas (`lowestPrice`, `linearDeduction`, `minMax`) score a vendor against the
/// others, so adding or removing a bid that does not win can reverse the order of two others
/// (rank reversal; about 1 in 5 winners changed in a study of 303 Dutch tenders). The absolute
/// formulas (`budgetRange`, `fixedRange`) depend only on the vendor's own price and cannot.
package enum PriceMethod: Sendable, Equatable {
    /// Absolute: `best` and `worst` are shares of the budget for the basis; S = 100 · (worst − P) / (worst − best), clamped to 0–100.
    case budgetRange(best: Double, worst: Double)
    /// Absolute: `best` and `worst` are amounts fixed in advance; same formula.
    case fixedRange(best: Double, worst: Double)
    /// Relative to the lowest compliant price (China MOF Order 87 low-price-first): S = 100 · P_min / P.
    case lowestPrice
    /// Relative: S = 100 · (1 − (P − P_min) / P_min), floored at 0.
    case linearDeduction
    /// Relative: S = 100 · (P_max − P) / (P_max − P_min); 100 for all when every price is equal.
    case minMax

    /// The method's name as written in catalogs.
    package var name: String {
        switch self {
        case .budgetRange: return "budgetRange"
        case .fixedRange: return "fixedRange"
        case .lowestPrice: return "lowestPrice"
        case .linearDeduction: return "linearDeduction"
        case .minMax: return "minMax"
        }
    }

    /// Whether the score depends on other vendors' prices (and so can reverse ranks).
    package var isRelative: Bool {
        switch self {
        case .budgetRange, .fixedRange: return false
        case .lowestPrice, .linearDeduction, .minMax: return true
        }
    }
}

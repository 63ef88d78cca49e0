/// The kinds of rule a catalog can write (`"kind"` in a rule object), with the keys each takes:
/// the one list the decoder, the model and the messages share.
package enum RuleKind: String, Sendable, CaseIterable {
    /// Required and desired modules covered (``Rule/modules(_:)``).
    case modules
    /// Years of experience in the buyer's industry, on a curve.
    case industryExperience
    /// A numeric fact on a piecewise-linear curve.
    case scale
    /// A yes/no fact.
    case boolean
    /// The share of a required set a fact covers.
    case coverage
    /// A text fact looked up in a table.
    case lookup
    /// A price, by a price formula.
    case cost
    /// The deployment the profile prefers or accepts.
    case deployment
    /// Implementation time against the go-live date, on a curve.
    case deadline
    /// An evaluator rating on an anchored scale.
    case rating

    /// The keys a rule of this kind may have besides `kind` and `missing`.
    package var fields: [String] {
        switch self {
        case .modules: return ["modules"]
        case .industryExperience: return ["curve"]
        case .scale: return ["fact", "points"]
        case .boolean: return ["fact", "true", "false"]
        case .coverage: return ["fact", "required"]
        case .lookup: return ["fact", "table", "otherwise"]
        case .cost: return ["basis", "method", "best", "worst"]
        case .deployment: return ["preferred", "acceptable"]
        case .deadline: return ["points"]
        case .rating: return ["fact", "scale"]
        }
    }
}

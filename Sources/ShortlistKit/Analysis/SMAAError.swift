/// A problem that cannot be analysed.
public enum SMAAError: Error, Equatable, CustomStringConvertible {
    /// There are no alternatives or no criteria (the associated value says which).
    case empty(String)
    /// Two alternatives or two criteria share a name.
    case duplicateName(kind: String, name: String)
    /// The numbers of rows, columns or scales do not match.
    case shape(String)
    /// A distribution's parameters are unusable.
    case invalidDistribution(alternative: String, criterion: String, reason: String)
    /// A criterion's scale is unusable.
    case invalidScale(criterion: String, reason: String)
    /// The weight information is unusable.
    case invalidWeights(String)

    public var description: String {
        switch self {
        case .empty(let what): return "An SMAA problem needs at least one of its \(what), but there are none."
        case .duplicateName(let kind, let name): return "The \(kind) name '\(name)' appears twice; names must be unique."
        case .shape(let detail): return "The SMAA problem is inconsistent: \(detail)."
        case .invalidDistribution(let a, let c, let reason): return "The value of '\(a)' on '\(c)' is unusable: \(reason)."
        case .invalidScale(let c, let reason): return "The scale of criterion '\(c)' is unusable: \(reason)."
        case .invalidWeights(let detail): return "The weight information is unusable: \(detail)."
        }
    }
}

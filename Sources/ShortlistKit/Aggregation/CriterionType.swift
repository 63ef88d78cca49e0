/// Whether more of a criterion is better (benefit, `+`) or worse (cost, `-`).
package enum CriterionType: String, CaseIterable, Sendable {
    /// More is better: quality, coverage, references.
    case benefit = "+"
    /// Less is better: price, implementation weeks, risk.
    case cost = "-"

    /// Reads `+`, `max` or `benefit` as a benefit and `-`, `min` or `cost` as a cost (case-insensitive).
    ///
    /// - Parameter text: The type as a user typed it.
    package init?(symbol text: String) {
        switch text.lowercased() {
        case "+", "max", "benefit": self = .benefit
        case "-", "min", "cost": self = .cost
        default: return nil
        }
    }
}

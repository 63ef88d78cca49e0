import Foundation

extension PilotMetric {
    /// The values this metric can take: its declared `min` and `max`; without either, what its unit
    /// implies — 0–100 for a percentage (`%`), at least 0 for a duration (`days`, `hours`, …) or a
    /// count or rate (`per week`, `crashes/week`, `count`); otherwise any number.
    public var valueRange: (lower: Double?, upper: Double?) {
        if minimum != nil || maximum != nil { return (minimum, maximum) }
        switch Self.unitKind(unit) {
        case .percentage: return (0, 100)
        case .nonNegative: return (0, nil)
        case .any: return (nil, nil)
        }
    }

    /// Why `value` cannot be a value of this metric, or nil when it can, e.g. "satisfaction is a
    /// percentage (unit "%") and must lie within 0–100, not 120".
    public func problem(with value: Double) -> String? {
        let (lower, upper) = valueRange
        let s = { (x: Double) in NumberFormatting.short(x, 6) }
        guard (lower.map { value < $0 } ?? false) || (upper.map { value > $0 } ?? false) else { return nil }
        if minimum != nil || maximum != nil {
            let bounds = [lower.map { "at least \(s($0))" }, upper.map { "at most \(s($0))" }].compactMap { $0 }.joined(separator: " and ")
            return "\(id) must be \(bounds) (its \"min\"/\"max\" in the pilot plan), not \(s(value))"
        }
        switch Self.unitKind(unit) {
        case .percentage:
            return "\(id) is a percentage (unit \"\(unit)\") and must lie within 0–100, not \(s(value)); a metric that can leave 0–100 (a change, say) declares \"min\" and \"max\" in the pilot plan"
        case .nonNegative:
            return "\(id) is measured in \(unit), which cannot be negative, not \(s(value)); a metric that can be negative declares \"min\" in the pilot plan"
        case .any:
            return nil
        }
    }

    /// What a unit implies about its values.
    enum UnitKind { case percentage, nonNegative, any }

    /// Durations, counts and rates cannot be negative; percentages lie within 0–100.
    static func unitKind(_ unit: String) -> UnitKind {
        let u = unit.lowercased().trimmingCharacters(in: .whitespaces)
        if u == "%" || u == "percent" || u == "per cent" || u == "percentage" { return .percentage }
        let durations: Set<String> = ["s", "sec", "second", "seconds", "min", "minute", "minutes", "h", "hr", "hrs", "hour", "hours",
                                      "day", "days", "week", "weeks", "month", "months", "year", "years", "working days", "business days"]
        if durations.contains(u) { return .nonNegative }
        let words = u.split(whereSeparator: { !$0.isLetter }).map(String.init)
        if u.contains("/") || words.contains("per") || words.contains("count") || words.contains("times") || words.contains("number") { return .nonNegative }
        return .any
    }
}

/// The bounds on every number Shortlist reads, so that no sum, product, square or reciprocal
/// of validated inputs overflows to infinity or underflows to nothing.
///
/// | what | bound |
/// |---|---|
/// | any number (prices, budgets, headcounts, facts, thresholds, pilot values) | at most 10¹² in size |
/// | any number other than 0 | at least 10⁻⁹ in size |
/// | a weight in points (catalog, `selection.json` weights and scenarios, stages, pilot metrics) | 0 to 1,000,000 |
/// | a ratio of importance (an AHP judgment, an `ahp` matrix cell) | 1/1,000,000 to 1,000,000 |
///
/// With at most 10¹² in size, a sum of a million terms stays below 10¹⁸, a product of two
/// below 10²⁴ and a square below 10²⁴: far from `Double`'s limit of about 1.8 × 10³⁰⁸.
package enum NumberBounds {
    /// The largest size of any number read: 10¹².
    package static let largest = 1e12
    /// The smallest size of a number other than 0: 10⁻⁹.
    package static let smallest = 1e-9
    /// The largest weight, in points.
    package static let largestWeight = 1_000_000.0
    /// The smallest and largest ratio of importance.
    package static let ratios: ClosedRange<Double> = 1e-6...1e6

    /// Why `x` is refused as a number, or nil when it is within the bounds.
    package static func problem(with x: Double) -> String? {
        if !x.isFinite { return "not a finite number" }
        if abs(x) > largest { return "beyond the bound of ±\(NumberFormatting.short(largest)) on every number" }
        if x != 0, abs(x) < smallest { return "too close to 0: a number other than 0 must be at least 0.000000001 (10⁻⁹) in size (write 0 for nothing)" }
        return nil
    }
}

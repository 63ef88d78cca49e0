import Testing

// Numbers compared within a tolerance: floating-point sums differ in the last bits, and published
// figures are rounded. One place for every suite of this target.

/// Whether two numbers agree to within `tolerance` (floating-point sums differ in the last bits).
func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance
}

/// Whether two lists of numbers agree element by element.
func close(_ a: [Double], _ b: [Double], _ tolerance: Double = 1e-9) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance }
}

/// Expects `actual` within `tolerance` of `expected`; `what` names the figure in the failure.
func expectClose(
    _ actual: Double?, _ expected: Double, _ tolerance: Double = 1e-12, _ what: String = "",
    sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let actual else {
        Issue.record("\(what): got nil, expected \(expected)", sourceLocation: sourceLocation)
        return
    }
    #expect(abs(actual - expected) <= tolerance, "\(what): got \(actual), expected \(expected) ± \(tolerance)", sourceLocation: sourceLocation)
}

/// Expects `actual` to have `expected`'s length and each element within `tolerance` of it.
func expectClose(
    _ actual: [Double], _ expected: [Double], _ tolerance: Double = 1e-12, _ what: String = "",
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.count == expected.count, "\(what): got \(actual.count) numbers, expected \(expected.count)", sourceLocation: sourceLocation)
    for (k, (a, e)) in zip(actual, expected).enumerated() {
        #expect(abs(a - e) <= tolerance, "\(what)[\(k)]: got \(a), expected \(e) ± \(tolerance)", sourceLocation: sourceLocation)
    }
}

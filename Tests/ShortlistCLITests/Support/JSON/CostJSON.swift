/// A ranked vendor's `cost` in `rank --format json`, as far as the tests read it: the cost lines (each with its
/// `label`, `source` and amount by year), the one-off and recurring totals, the first year and the TCO, in `currency`.
struct CostJSON: Decodable {
    var currency: String
    var lines: [Line]
    var oneOff: Double
    var recurring: [Double]
    var firstYear: Double
    var tco: Double

    /// One line of the quote (or of the pricing block): what it is, where it comes from, what it costs each year.
    struct Line: Decodable {
        var label: String
        var kind: String
        var source: String?
        var years: [Double]
        var total: Double
        var oneOff: Bool
    }
}

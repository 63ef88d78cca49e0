/// A chart label as the browser test's page script returns it, the array
/// `[chart class, text, left x, right x, chart width]` of an SVG `<text>` and its bounding box.
struct SVGLabel: Decodable, CustomStringConvertible {
    var chart: String?
    var text: String
    var left: Double
    var right: Double
    var chartWidth: Double

    init(from decoder: any Decoder) throws {
        var fields = try decoder.unkeyedContainer()
        chart = try fields.decodeIfPresent(String.self)
        text = try fields.decode(String.self)
        left = try fields.decode(Double.self)
        right = try fields.decode(Double.self)
        chartWidth = try fields.decode(Double.self)
    }

    var description: String { "\(chart ?? "-"): \"\(text)\" \(left)–\(right) of \(chartWidth)" }
}

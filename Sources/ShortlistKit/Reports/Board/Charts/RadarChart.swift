import Foundation

/// A radar (spider) chart of scores 0–100 on three or more axes, as inline SVG for the HTML report.
///
/// The chart is 560 px wide and 360 px plus one 20 px row per legend row high. Axis `k` of `n`
/// points at −90° + k·360°/n (axis 0 straight up, then clockwise); a value `v` sits at distance
/// `R·v/100` from the centre, with `v` clamped to 0–100. Each series is a
/// `<polygon class="series" data-series="i">` in palette colour `i` with a circle at every
/// vertex; a vertex whose value is missing is drawn at the centre as a hollow circle.
package struct RadarChart: Sendable {
    /// One vendor's scores, one per axis.
    package struct Series: Sendable, Equatable {
        /// The vendor's display name (legend and tooltips).
        package var label: String
        /// The score 0–100 per axis, in axis order; nil where there is no score.
        package var values: [Double?]

        /// A series `label` with `values` per axis (nil = no score).
        package init(label: String, values: [Double?]) {
            self.label = label
            self.values = values
        }
    }

    /// The chart's accessible title (the `<title>` of the SVG).
    package var title: String
    /// The axis labels, clockwise from the top.
    package var axes: [String]
    /// The series to draw; the caller keeps this to about five so the chart stays readable.
    package var series: [Series]
    /// The words shown in a vertex tooltip in place of a missing score.
    package var missingText: String

    /// A chart titled `title` of `series` over `axes`; `missingText` stands in for a missing score in tooltips.
    package init(title: String, axes: [String], series: [Series], missingText: String = "no score") {
        self.title = title
        self.axes = axes
        self.series = series
        self.missingText = missingText
    }

    /// Width of the chart.
    static let width = 560.0
    /// x of the centre.
    static let centerX = 280.0
    /// y of the centre.
    static let centerY = 190.0
    /// Radius of the 100 ring.
    static let radius = 130.0
    /// y of the first legend row.
    static let legendTop = 356.0
    /// Longest axis label, in columns, before it is cut with "…".
    static let maxAxisLabelColumns = 18

    /// The point for `value` (0–100, clamped) on axis `k` of `n`.
    static func point(axis k: Int, of n: Int, value: Double) -> (x: Double, y: Double) {
        let angle = (-90.0 + Double(k) * 360.0 / Double(n)) * Double.pi / 180
        let r = radius * min(max(value.isFinite ? value : 0, 0), 100) / 100
        return (centerX + r * cos(angle), centerY + r * sin(angle))
    }

    /// The chart as an inline `<svg>` element, or "" when there are fewer than three axes.
    package func svg() -> String {
        let count = axes.count
        guard count >= 3 else { return "" }
        let n = ChartSVG.n
        let cx = Self.centerX, cy = Self.centerY, r = Self.radius
        func pair(_ p: (x: Double, y: Double)) -> String { n(p.x) + "," + n(p.y) }

        // Grid rings at 25, 50, 75 and 100, spokes, and the ring values along axis 0.
        var body = "<g class=\"grid\" fill=\"none\" stroke=\"\(ChartSVG.grid)\">\n"
        for ring in [25.0, 50, 75, 100] {
            let points = (0..<count).map { pair(Self.point(axis: $0, of: count, value: ring)) }.joined(separator: " ")
            body += "<polygon points=\"\(points)\"/>\n"
        }
        for k in 0..<count {
            let end = Self.point(axis: k, of: count, value: 100)
            body += "<line x1=\"\(n(cx))\" y1=\"\(n(cy))\" x2=\"\(n(end.x))\" y2=\"\(n(end.y))\"/>\n"
        }
        body += "</g>\n<g class=\"ticks\" font-size=\"9\" fill=\"\(ChartSVG.muted)\">\n"
        for ring in [25.0, 50, 75, 100] {
            body += "<text x=\"\(n(cx + 3))\" y=\"\(n(cy - r * ring / 100 - 2))\">\(n(ring))</text>\n"
        }
        body += "</g>\n"

        // Axis labels just outside the ring, anchored away from the centre.
        body += "<g class=\"axes\" font-size=\"11\" fill=\"\(ChartSVG.ink)\">\n"
        for (k, axis) in axes.enumerated() {
            let angle = (-90.0 + Double(k) * 360.0 / Double(count)) * Double.pi / 180
            let (c, s) = (cos(angle), sin(angle))
            let x = cx + (r + 10) * c
            let y = cy + (r + 10) * s + (s > 0.3 ? 9 : s < -0.3 ? -4 : 4)
            let anchor = c > 0.15 ? "start" : c < -0.15 ? "end" : "middle"
            let label = TextWidth.truncate(axis, to: Self.maxAxisLabelColumns)
            let full = label == axis ? "" : "<title>\(HTML.text(axis))</title>"
            body += "<text class=\"axis-label\" data-axis=\"\(k)\" x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\">\(full)\(HTML.text(label))</text>\n"
        }
        body += "</g>\n"

        // One polygon per series, then its vertices (hollow where the score is missing).
        for (i, item) in series.enumerated() {
            let color = ChartPalette.color(i)
            let values = (0..<count).map { $0 < item.values.count ? item.values[$0] : nil }
            let points = values.enumerated().map { pair(Self.point(axis: $0.offset, of: count, value: $0.element ?? 0)) }
            body += "<polygon class=\"series\" data-series=\"\(i)\" points=\"\(points.joined(separator: " "))\""
                + " fill=\"\(color)\" fill-opacity=\"0.12\" stroke=\"\(color)\" stroke-width=\"2\" stroke-linejoin=\"round\"/>\n"
            for (k, value) in values.enumerated() {
                let p = Self.point(axis: k, of: count, value: value ?? 0)
                let shown = value.map { NumberFormatting.short($0, 1) } ?? missingText
                let fill = value == nil ? "#ffffff" : color
                body += "<circle class=\"vertex\" data-axis=\"\(k)\" cx=\"\(n(p.x))\" cy=\"\(n(p.y))\" r=\"3\" fill=\"\(fill)\" stroke=\"\(color)\" stroke-width=\"1.5\">"
                    + "<title>\(HTML.text(item.label)) — \(HTML.text(axes[k])): \(HTML.text(shown))</title></circle>\n"
            }
        }

        let legend = ChartSVG.legend(series.enumerated().map { ($0.element.label, ChartPalette.color($0.offset)) },
                                     x: 20, y: Self.legendTop, maxX: Self.width - 20, maxColumns: 28)
        body += legend.svg
        let height = Self.legendTop + Double(legend.rows) * 20 + 4
        return ChartSVG.document(kind: "radar", width: Self.width, height: height, title: title, body: body)
    }
}

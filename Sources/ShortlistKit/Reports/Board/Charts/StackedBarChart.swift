/// A horizontal stacked bar chart of weighted points per vendor, as inline SVG for the HTML report.
///
/// One bar per vendor, in rank order; each bar is split into one segment per criterion group
/// (the group's weight × the vendor's group score, in points out of 100) and ends with the total.
///
/// The markup follows a fixed DOM contract, because a script in the page re-lays the bars out when
/// the reader moves the weight sliders:
/// - the root is `<svg class="chart stacked" … data-x0="200" data-scale="5" data-top="…" data-row="28">`
///   (x of 0 points, pixels per point, y of the first row, row height);
/// - each vendor is `<g class="bar" data-vendor="<id>" transform="translate(0 <top + index × row>)">`
///   holding, in this order, `<text class="label">`, one
///   `<rect class="seg" data-group-index="i" x="<x0 + points before>" width="<points × scale>">`
///   per group (with a `<title>`), and `<text class="total" x="<x0 + total × scale + 6>">`;
/// - coordinates inside a bar's `<g>` are relative to its row.
package struct StackedBarChart: Sendable {
    /// One vendor's bar.
    package struct Bar: Sendable, Equatable {
        /// The vendor's id, written to `data-vendor` so the page script can find the bar.
        package var id: String
        /// The vendor's display name, shown left of the bar (truncated to 28 columns).
        package var label: String
        /// Points per group (weight × group score), one per entry of ``StackedBarChart/groups``;
        /// the bar's total is their sum.
        package var segments: [Double]

        /// A bar for vendor `id`, labelled `label`, with `segments` points per group.
        package init(id: String, label: String, segments: [Double]) {
            self.id = id
            self.label = label
            self.segments = segments
        }
    }

    /// The chart's accessible title (the `<title>` of the SVG).
    package var title: String
    /// The group labels shown in the legend, one per segment index.
    package var groups: [String]
    /// The bars in rank order, best first.
    package var bars: [Bar]

    /// A chart titled `title` of `bars` (best first) split into `groups`.
    package init(title: String, groups: [String], bars: [Bar]) {
        self.title = title
        self.groups = groups
        self.bars = bars
    }

    /// Width of the whole chart.
    static let width = 760.0
    /// Width of the label column; x of 0 points.
    static let labelWidth = 200.0
    /// The widest the label column grows for long labels (the chart widens with it).
    static let maxLabelWidth = 320.0
    /// Width of the plot for 0–100 points.
    static let plotWidth = 500.0
    /// Pixels per point.
    static let scale = plotWidth / 100
    /// Height of one vendor's row.
    static let rowHeight = 28.0
    /// Height of one bar.
    static let barHeight = 18.0
    /// Longest label, in columns, before it is cut with "…".
    static let maxLabelColumns = 28
    /// y of the first legend row.
    static let legendTop = 8.0
    /// Height of one legend row.
    static let legendRowHeight = 20.0

    /// The y of the first bar row: below the legend rows.
    var top: Double { Self.top(legendRows: legend.rows) }

    /// The y of the first bar row below `legendRows` rows of legend.
    private static func top(legendRows: Int) -> Double { legendTop + Double(legendRows) * legendRowHeight + 6 }

    /// The legend of the groups' colours, wrapped over the plot's width.
    private var legend: (svg: String, rows: Int) {
        ChartSVG.legend(groups.enumerated().map { ($0.element, ChartPalette.color($0.offset)) }, x: Self.labelWidth, y: Self.legendTop, maxX: Self.width - 10)
    }

    /// The chart as an inline `<svg>` element (see the type's documentation for the DOM contract).
    package func svg() -> String {
        let n = ChartSVG.n
        let labels = bars.map { TextWidth.truncate($0.label, to: Self.maxLabelColumns) }
        let x0 = ChartLabel.columnWidth(labels, fontSize: 12, padding: 16, minimum: Self.labelWidth, maximum: Self.maxLabelWidth)
        let width = Self.width + (x0 - Self.labelWidth)
        let scale = Self.scale, row = Self.rowHeight
        let legend = self.legend
        let top = Self.top(legendRows: legend.rows)
        let axisY = top + Double(bars.count) * row + 4
        let height = axisY + 24
        let barY = (row - Self.barHeight) / 2
        let textY = row / 2 + 4.5

        var body = legend.svg

        // Gridlines behind the bars, then the axis with ticks at 0, 25, 50, 75 and 100 points.
        var grid = "<g class=\"grid\" stroke=\"\(ChartSVG.grid)\">\n"
        var axis = "<g class=\"axis\">\n<line x1=\"\(n(x0))\" y1=\"\(n(axisY))\" x2=\"\(n(x0 + Self.plotWidth))\" y2=\"\(n(axisY))\" stroke=\"\(ChartSVG.axis)\"/>\n"
        for tick in stride(from: 0.0, through: 100, by: 25) {
            let x = x0 + tick * scale
            grid += "<line x1=\"\(n(x))\" y1=\"\(n(top - 2))\" x2=\"\(n(x))\" y2=\"\(n(axisY))\"/>\n"
            axis += "<line x1=\"\(n(x))\" y1=\"\(n(axisY))\" x2=\"\(n(x))\" y2=\"\(n(axisY + 4))\" stroke=\"\(ChartSVG.axis)\"/>"
            axis += "<text x=\"\(n(x))\" y=\"\(n(axisY + 16))\" text-anchor=\"middle\" font-size=\"11\" fill=\"\(ChartSVG.muted)\">\(n(tick))</text>\n"
        }
        grid += "</g>\n"
        axis += "</g>\n"
        body += grid

        for (index, bar) in bars.enumerated() {
            let y = top + Double(index) * row
            let label = ChartLabel.fit(labels[index], into: x0 - 16, fontSize: 12)
            body += "<g class=\"bar\" data-vendor=\"\(HTML.attribute(bar.id))\" transform=\"translate(0 \(n(y)))\">\n"
            body += "<text class=\"label\" x=\"\(n(x0 - 8))\" y=\"\(n(textY))\" text-anchor=\"end\" fill=\"\(ChartSVG.ink)\">\(HTML.text(label))</text>\n"
            var before = 0.0
            for (group, points) in bar.segments.enumerated() {
                let name = group < groups.count ? groups[group] : ""
                body += "<rect class=\"seg\" data-group-index=\"\(group)\" x=\"\(n(x0 + before * scale))\" y=\"\(n(barY))\""
                    + " width=\"\(n(max(0, points) * scale))\" height=\"\(n(Self.barHeight))\" fill=\"\(ChartPalette.color(group))\">"
                    + "<title>\(HTML.text(name)): \(NumberFormatting.fixed(points, 2))</title></rect>\n"
                before += points
            }
            body += "<text class=\"total\" x=\"\(n(x0 + before * scale + 6))\" y=\"\(n(textY))\" fill=\"\(ChartSVG.ink)\">\(NumberFormatting.fixed(before, 1))</text>\n"
            body += "</g>\n"
        }
        body += axis

        let attributes = " data-x0=\"\(n(x0))\" data-scale=\"\(n(scale))\" data-top=\"\(n(top))\" data-row=\"\(n(row))\""
        return ChartSVG.document(kind: "stacked", width: width, height: height, title: title, attributes: attributes, body: body)
    }
}

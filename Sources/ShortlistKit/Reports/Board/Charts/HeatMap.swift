/// A heat map of fractions 0–1 (rank acceptabilities: vendor × rank), as inline SVG for the HTML report.
///
/// Rows are labelled on the left in a column as wide as the longest label needs (180 to 320 px;
/// a longer label is cut with "…" inside it, see ``ChartLabel``), columns on top. Each cell is a
/// 56 × 30 `<rect class="cell" data-row="r" data-column="c">` filled from white (0) to dark blue
/// `#1f4e79` (1), with a `<title>` and the value as a whole percentage inside it. An optional
/// extra column of fractions (e.g. confidence factors) is shown as percentages after the cells.
package struct HeatMap: Sendable {
    /// The chart's accessible title (the `<title>` of the SVG).
    package var title: String
    /// One label per row (the vendors).
    package var rowLabels: [String]
    /// One label per column (the ranks "1", "2", …).
    package var columnLabels: [String]
    /// Fractions 0–1, `values[row][column]`; a missing entry counts as 0.
    package var values: [[Double]]
    /// A last text column: its header and one fraction 0–1 per row (nil shows "–"), shown as a percentage.
    package var extraColumn: (label: String, values: [Double?])?
    /// The word naming a column in cell tooltips, as in "Acme, rank 1: 38.2%".
    package var columnWord: String

    /// A heat map titled `title` of `values` (rows × columns, fractions 0–1) with an optional
    /// `extraColumn`; `columnWord` names a column in tooltips.
    package init(title: String, rowLabels: [String], columnLabels: [String], values: [[Double]],
                extraColumn: (label: String, values: [Double?])? = nil, columnWord: String = "rank") {
        self.title = title
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.values = values
        self.extraColumn = extraColumn
        self.columnWord = columnWord
    }

    /// Width of the row label column; x of the first cell.
    static let labelWidth = 180.0
    /// The widest the row label column grows for long labels.
    static let maxLabelWidth = 320.0
    /// Width of one cell.
    static let cellWidth = 56.0
    /// Height of one cell.
    static let cellHeight = 30.0
    /// Height of the column header row; y of the first cell.
    static let headerHeight = 26.0
    /// Width of the extra text column.
    static let extraWidth = 84.0
    /// Longest row label, in columns, before it is cut with "…".
    static let maxLabelColumns = 28
    /// The colour of a cell with value 1.
    static let darkColor = (red: 0x1f, green: 0x4e, blue: 0x79)

    /// The fill for `value`: linear in each RGB channel from `#ffffff` (0 or less) to `#1f4e79`
    /// (1 or more), rounded to whole channel values, as lowercase `#rrggbb`.
    static func fill(_ value: Double) -> String {
        let t = min(max(value.isFinite ? value : 0, 0), 1)
        let digits = Array("0123456789abcdef")
        var out = "#"
        for target in [darkColor.red, darkColor.green, darkColor.blue] {
            let channel = Int((255 + (Double(target) - 255) * t).rounded())
            out.append(digits[channel / 16])
            out.append(digits[channel % 16])
        }
        return out
    }

    /// The chart as an inline `<svg>` element.
    package func svg() -> String {
        let n = ChartSVG.n
        let labels = rowLabels.map { TextWidth.truncate($0, to: Self.maxLabelColumns) }
        let x0 = ChartLabel.columnWidth(labels, fontSize: 12, padding: 16, minimum: Self.labelWidth, maximum: Self.maxLabelWidth)
        let y0 = Self.headerHeight, w = Self.cellWidth, h = Self.cellHeight
        let columns = columnLabels.count
        let extraX = x0 + Double(columns) * w
        let width = extraX + (extraColumn == nil ? 0 : Self.extraWidth) + 10
        let height = y0 + Double(rowLabels.count) * h + 8

        var body = "<g class=\"columns\" font-size=\"11\" fill=\"\(ChartSVG.muted)\" text-anchor=\"middle\">\n"
        for (c, label) in columnLabels.enumerated() {
            body += "<text x=\"\(n(x0 + (Double(c) + 0.5) * w))\" y=\"\(n(y0 - 8))\">\(HTML.text(label))</text>\n"
        }
        if let extra = extraColumn {
            body += "<text x=\"\(n(extraX + Self.extraWidth / 2))\" y=\"\(n(y0 - 8))\">\(HTML.text(extra.label))</text>\n"
        }
        body += "</g>\n"

        for (r, rowLabel) in rowLabels.enumerated() {
            let y = y0 + Double(r) * h
            let label = ChartLabel.fit(labels[r], into: x0 - 16, fontSize: 12)
            body += "<text class=\"row-label\" x=\"\(n(x0 - 8))\" y=\"\(n(y + h / 2 + 4))\" text-anchor=\"end\" fill=\"\(ChartSVG.ink)\">\(HTML.text(label))</text>\n"
            let row = r < values.count ? values[r] : []
            for (c, columnLabel) in columnLabels.enumerated() {
                let value = c < row.count ? row[c] : 0
                let x = x0 + Double(c) * w
                body += "<rect class=\"cell\" data-row=\"\(r)\" data-column=\"\(c)\" x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(w))\" height=\"\(n(h))\""
                    + " fill=\"\(Self.fill(value))\" stroke=\"#ffffff\">"
                    + "<title>\(HTML.text(rowLabel)), \(HTML.text(columnWord)) \(HTML.text(columnLabel)): \(NumberFormatting.percent(value, 1))</title></rect>"
                body += "<text x=\"\(n(x + w / 2))\" y=\"\(n(y + h / 2 + 4))\" text-anchor=\"middle\" font-size=\"11\""
                    + " fill=\"\(value > 0.5 ? "#ffffff" : ChartSVG.ink)\">\(NumberFormatting.fixed(value * 100, 0))%</text>\n"
            }
            if let extra = extraColumn {
                let value = r < extra.values.count ? extra.values[r] : nil
                let shown = value.map { NumberFormatting.fixed($0 * 100, 0) + "%" } ?? "–"
                body += "<text class=\"extra\" data-row=\"\(r)\" x=\"\(n(extraX + Self.extraWidth / 2))\" y=\"\(n(y + h / 2 + 4))\" text-anchor=\"middle\" fill=\"\(ChartSVG.ink)\">\(shown)</text>\n"
            }
        }
        return ChartSVG.document(kind: "heatmap", width: width, height: height, title: title, body: body)
    }
}

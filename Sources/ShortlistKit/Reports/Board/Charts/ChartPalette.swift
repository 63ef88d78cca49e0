/// The colours of the report's charts: a fixed qualitative palette of twelve colours (Tableau 10
/// order, then four from Tableau 20) that stay distinct on white, so that a catalog with up to
/// twelve groups never shows two groups in one colour.
package enum ChartPalette {
    /// The twelve colours, as lowercase `#rrggbb`.
    package static let colors: [String] = [
        "#4e79a7",  // blue
        "#f28e2b",  // orange
        "#59a14f",  // green
        "#e15759",  // red
        "#76b7b2",  // teal
        "#edc948",  // yellow
        "#b07aa1",  // purple
        "#9c755f",  // brown
        "#ff9da7",  // pink
        "#bab0ac",  // grey
        "#8cd17d",  // light green
        "#2f4b7c",  // navy
    ]

    /// The colour for series or group `index`, cycling through the twelve colours
    /// (negative indices cycle too), e.g. `color(0)` → `#4e79a7`, `color(8)` → `#4e79a7`.
    package static func color(_ index: Int) -> String {
        let n = colors.count
        return colors[((index % n) + n) % n]
    }
}

/// Drawing primitives shared by the inline-SVG charts of the HTML report.
///
/// Every number goes through ``n(_:)`` (at most two decimals, trailing zeros trimmed) so that
/// the markup is byte-for-byte the same on every machine; every piece of user text goes
/// through `HTML.text(_:)` or `HTML.attribute(_:)`.
enum ChartSVG {
    /// Colour of ordinary text.
    static let ink = "#1a1a1a"
    /// Colour of secondary text (tick labels, notes).
    static let muted = "#666666"
    /// Colour of gridlines.
    static let grid = "#dddddd"
    /// Colour of axis lines and ticks.
    static let axis = "#888888"

    /// `x` as an SVG number: at most two decimals, no trailing zeros, never `-0`.
    static func n(_ x: Double) -> String { NumberFormatting.short(x, 2) }

    /// A rough width in pixels of `text` at `fontSize`, for wrapping legends (no font metrics
    /// are available: the font is inherited from the page).
    static func estimatedWidth(_ text: String, fontSize: Double) -> Double {
        Double(TextWidth.columns(text)) * fontSize * 0.6
    }

    /// The complete `<svg>` element: classes `chart <kind>`, a `viewBox` and matching
    /// `width`/`height`, `role="img"` labelled by its `<title>` child, then `body`.
    ///
    /// The title's `id` is derived from a digest of the chart's content, so it is deterministic
    /// and different charts on one page get different ids.
    /// - Parameter attributes: Extra attributes, each starting with a space, already escaped.
    static func document(kind: String, width: Double, height: Double, title: String, attributes: String = "", body: String) -> String {
        let escapedTitle = HTML.text(title)
        let digest = SHA256.hex(SHA256.hash(Array((kind + "\u{0}" + escapedTitle + "\u{0}" + body).utf8)))
        let id = "chart-" + kind + "-" + digest.prefix(12)
        return "<svg class=\"chart \(kind)\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\""
            + " role=\"img\" aria-labelledby=\"\(id)\" font-size=\"12\"\(attributes)>\n"
            + "<title id=\"\(id)\">\(escapedTitle)</title>\n"
            + body
            + "</svg>"
    }

    /// A legend of colour swatches with labels, laid out left to right from `x` and wrapped onto
    /// further rows of `rowHeight` before `maxX`. Labels are truncated to `maxColumns` and escaped.
    /// - Returns: The `<g class="legend">` markup (empty when there are no items) and the number of rows.
    static func legend(_ items: [(label: String, color: String)], x: Double, y: Double, maxX: Double,
                       rowHeight: Double = 20, maxColumns: Int = 32) -> (svg: String, rows: Int) {
        guard !items.isEmpty else { return ("", 0) }
        let swatch = 12.0, gap = 5.0, spacing = 16.0, fontSize = 12.0
        var out = "<g class=\"legend\">\n"
        var cursorX = x
        var row = 0
        for (index, item) in items.enumerated() {
            let label = TextWidth.truncate(item.label, to: maxColumns)
            let itemWidth = swatch + gap + estimatedWidth(label, fontSize: fontSize)
            if cursorX > x && cursorX + itemWidth > maxX {
                row += 1
                cursorX = x
            }
            let top = y + Double(row) * rowHeight
            out += "<rect class=\"swatch\" data-index=\"\(index)\" x=\"\(n(cursorX))\" y=\"\(n(top))\" width=\"\(n(swatch))\" height=\"\(n(swatch))\" fill=\"\(item.color)\"/>"
            out += "<text x=\"\(n(cursorX + swatch + gap))\" y=\"\(n(top + 10.5))\" fill=\"\(ink)\">\(HTML.text(label))</text>\n"
            cursorX += itemWidth + spacing
        }
        out += "</g>\n"
        return (out, row + 1)
    }
}

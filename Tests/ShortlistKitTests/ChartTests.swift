import Testing
@testable import ShortlistKit

/// The inline-SVG chart builders of the HTML report, checked against coordinates computed by hand
/// from the documented layouts.
@Suite struct ChartTests {
    // MARK: - Helpers

    /// Every tag (`<…>`) in `svg`; see `SVGMarkup`.
    private func tags(_ svg: String) -> [Substring] { SVGMarkup.tags(svg) }

    /// The opening tags of `svg` named `name`.
    private func tags(_ svg: String, named name: String) -> [Substring] { SVGMarkup.tags(svg, named: name) }

    /// The value of attribute `name` in `tag`, or nil.
    private func attribute(_ name: String, in tag: Substring) -> String? { SVGMarkup.attribute(name, in: tag) }

    /// The tags of `svg` named `name` whose `class` is `className`.
    private func tags(_ svg: String, named name: String, class className: String) -> [Substring] {
        tags(svg, named: name).filter { attribute("class", in: $0) == className }
    }

    /// The texts of the `<title>` elements of `svg`: the chart's own title first, then the tooltips.
    private func titles(_ svg: String) -> [String] { SVGMarkup.texts(svg, named: "title") }

    /// The `<text>` elements of `svg` whose `name` attribute is `value`, as "x,y text".
    private func texts(_ svg: String, where name: String, is value: String) -> [String] {
        SVGMarkup.elements(svg, named: "text").filter { attribute(name, in: $0.tag) == value }
            .map { "\(attribute("x", in: $0.tag) ?? "?"),\(attribute("y", in: $0.tag) ?? "?") \($0.text)" }
    }

    /// The number of non-overlapping occurrences of `needle` in `haystack`.
    private func count(_ needle: String, in haystack: String) -> Int {
        haystack.components(separatedBy: needle).count - 1
    }

    static let hostile = [
        "<img src=x onerror=alert(1)>",
        "</script><script>alert(1)</script>",
        "\" onmouseover=\"x",
    ]

    /// Checks that no hostile text escaped into markup: no `<img` or `</script` anywhere, every tag
    /// made of quoted attributes none of which is an event handler (`on…`), and the escaped form present.
    private func expectInert(_ svg: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        // Presence and absence anywhere in the markup (the hostile text lands in many places): kept as `contains`.
        #expect(!svg.contains("<img"), sourceLocation: sourceLocation)
        #expect(!svg.contains("</script"), sourceLocation: sourceLocation)
        #expect(!svg.contains("<script"), sourceLocation: sourceLocation)
        #expect(svg.contains("&lt;img"), sourceLocation: sourceLocation)
        #expect(svg.contains("&lt;/script&gt;"), sourceLocation: sourceLocation)
        for tag in tags(svg) where !tag.hasPrefix("</") {
            let names = SVGMarkup.attributeNames(tag)
            #expect(names != nil, "malformed tag: \(tag)", sourceLocation: sourceLocation)
            #expect(!(names ?? []).contains { $0.lowercased().hasPrefix("on") }, "attribute injected: \(tag)", sourceLocation: sourceLocation)
        }
        // Inside attribute values the quote itself is escaped.
        #expect(!svg.contains("=\"\" onmouseover"), sourceLocation: sourceLocation)
    }

    // MARK: - Palette

    @Test func paletteCyclesThroughEightColours() {
        #expect(ChartPalette.color(0) == "#4e79a7")
        #expect(ChartPalette.color(3) == "#e15759")
        #expect(ChartPalette.color(7) == "#9c755f")
        #expect(ChartPalette.color(11) == "#2f4b7c")
        #expect(ChartPalette.color(12) == "#4e79a7")
        #expect(ChartPalette.color(-1) == "#2f4b7c")
        #expect(Set((0..<12).map(ChartPalette.color)).count == 12)
    }

    // MARK: - Stacked bars

    private var stacked: StackedBarChart {
        StackedBarChart(title: "Weighted points", groups: ["Fit", "Cost"], bars: [
            .init(id: "acme", label: "Acme", segments: [40, 20]),
            .init(id: "globex", label: "Globex", segments: [30.125, 12.5]),
            .init(id: "initech", label: "Initech", segments: [0, 0]),
        ])
    }

    @Test func stackedBarGeometry() throws {
        let svg = stacked.svg()
        // One legend row: top = 8 + 20 + 6.
        let root = try #require(tags(svg, named: "svg").first)
        #expect(root.hasPrefix("<svg class=\"chart stacked\""))
        #expect(attribute("data-x0", in: root) == "200")
        #expect(attribute("data-scale", in: root) == "5")
        #expect(attribute("data-top", in: root) == "34")
        #expect(attribute("data-row", in: root) == "28")
        #expect(attribute("viewBox", in: root) == "0 0 760 \(34 + 3 * 28 + 4 + 24)")
        #expect(attribute("role", in: root) == "img")

        let groups = tags(svg, named: "g", class: "bar")
        #expect(groups.map { attribute("data-vendor", in: $0) } == ["acme", "globex", "initech"])
        #expect(groups.map { attribute("transform", in: $0) } == ["translate(0 34)", "translate(0 62)", "translate(0 90)"])

        let segs = tags(svg, named: "rect", class: "seg")
        #expect(segs.count == 6)
        #expect(segs.map { attribute("data-group-index", in: $0) } == ["0", "1", "0", "1", "0", "1"])
        #expect(segs.map { attribute("x", in: $0) } == ["200", "400", "200", "350.63", "200", "200"])
        #expect(segs.map { attribute("width", in: $0) } == ["200", "100", "150.63", "62.5", "0", "0"])
        #expect(segs.map { attribute("fill", in: $0) } == ["#4e79a7", "#f28e2b", "#4e79a7", "#f28e2b", "#4e79a7", "#f28e2b"])
        // Row-relative: every bar's rects sit at the same y.
        #expect(Set(segs.map { attribute("y", in: $0) }) == ["5"])
        #expect(Set(segs.map { attribute("height", in: $0) }) == ["18"])
        // The chart's title, then one tooltip per segment: the group and its points to two decimals.
        #expect(titles(svg) == ["Weighted points", "Fit: 40.00", "Cost: 20.00", "Fit: 30.13", "Cost: 12.50", "Fit: 0.00", "Cost: 0.00"])

        // Totals 6 px right of the bar's end: 200 + 60 × 5 + 6 = 506; 200 + 42.625 × 5 + 6 = 419.125 → 419.13; 200 + 0 + 6 = 206.
        let totals = tags(svg, named: "text", class: "total")
        #expect(totals.map { attribute("x", in: $0) } == ["506", "419.13", "206"])
        #expect(Set(totals.map { attribute("y", in: $0) }) == ["18.5"])      // 28 / 2 + 4.5
        #expect(Set(totals.map { attribute("fill", in: $0) }) == ["#1a1a1a"])
        // 40 + 20 = 60.0; 30.125 + 12.5 = 42.625 → 42.6; 0 + 0 = 0.0.
        #expect(SVGMarkup.texts(svg, named: "text", class: "total") == ["60.0", "42.6", "0.0"])
        #expect(SVGMarkup.texts(svg, named: "text", class: "label") == ["Acme", "Globex", "Initech"])

        // Order inside a bar's group: label, segments, total.
        let first = try #require(svg.range(of: "data-vendor=\"acme\""))
        let after = svg[first.upperBound...]
        let label = try #require(after.range(of: "class=\"label\""))
        let seg = try #require(after.range(of: "class=\"seg\""))
        let total = try #require(after.range(of: "class=\"total\""))
        #expect(label.lowerBound < seg.lowerBound && seg.lowerBound < total.lowerBound)
    }

    @Test func stackedBarWidensItsLabelColumnThenCutsLabelsInsideIt() throws {
        let chart = StackedBarChart(title: "Weighted points", groups: ["Fit", "Cost"], bars: [
            .init(id: "acme", label: "Acme", segments: [40, 20]),
            .init(id: "initech", label: String(repeating: "A", count: 40), segments: [0, 0]),
        ])
        let svg = chart.svg()
        let root = try #require(tags(svg, named: "svg").first)
        // 40 capitals are first cut to 28 columns (27 + "…"), which at 12 px × 1 em each need 27 × 12 + 10.2 + 16 > 320:
        // the column stops at its maximum of 320 and the chart widens by 120 to 880.
        #expect(attribute("data-x0", in: root) == "320")
        // Height as before: 34 + 2 rows × 28 + 4 + 24 = 118.
        #expect(attribute("viewBox", in: root) == "0 0 880 118")
        // Inside 320 − 16 = 304 px: 24 capitals (288 px) and "…" (10.2 px).
        #expect(SVGMarkup.texts(svg, named: "text", class: "label") == ["Acme", String(repeating: "A", count: 24) + "…"])
        #expect(!svg.contains(String(repeating: "A", count: 25)))  // absence anywhere, the title included: kept as `contains`
        // A short label keeps the 200 px column.
        #expect(attribute("data-x0", in: try #require(tags(stacked.svg(), named: "svg").first)) == "200")
    }

    @Test func labelWidthsAreUpperBounds() {
        // 1 em for capitals, m, w and wide characters; 0.45 em for narrow punctuation; 0.7 em otherwise.
        #expect(ChartLabel.width("WM", fontSize: 12) == 24)
        #expect(ChartLabel.width("灵犀", fontSize: 12) == 24)
        #expect(abs(ChartLabel.width("a (b)", fontSize: 10) - (7 + 4.5 + 4.5 + 7 + 4.5)) < 1e-9)
        #expect(ChartLabel.fit("Acme", into: 100, fontSize: 12) == "Acme")
        let cut = ChartLabel.fit(String(repeating: "星", count: 30), into: 100, fontSize: 12)
        #expect(cut == String(repeating: "星", count: 7) + "…")          // 7 × 12 + 10.2 = 94.2 ≤ 100
        #expect(ChartLabel.width(cut, fontSize: 12) <= 100)
    }

    @Test func stackedBarLegendWrapsAndMovesTheRowsDown() throws {
        let groups = (1...12).map { "Criterion group number \($0)" }
        let chart = StackedBarChart(title: "t", groups: groups, bars: [.init(id: "a", label: "A", segments: Array(repeating: 5, count: 12))])
        let svg = chart.svg()
        let root = try #require(tags(svg, named: "svg").first)
        let top = try #require(attribute("data-top", in: root).flatMap(Double.init))
        // Each item is a 12 px swatch, 5 px gap and 0.6 em per column: "Criterion group number 1" (24 columns) is
        // 17 + 24 × 7.2 = 189.8 px wide, 16 px apart. From x 200: 200 + 189.8 + 16 = 405.8, 405.8 + 189.8 = 595.6 ≤ 750;
        // the third would end at 611.6 + 189.8 = 801.4 > 750, so two items a row and six rows (items 10 and 11,
        // 25 columns, 197 px each, fit as well: 200 + 197 + 16 + 197 = 610). top = 8 + 6 × 20 + 6 = 134.
        #expect(top == 134)
        #expect(top == chart.top)
        let bar = try #require(tags(svg, named: "g", class: "bar").first)
        #expect(attribute("transform", in: bar) == "translate(0 \(NumberFormatting.short(top, 2)))")
        #expect(count("class=\"swatch\"", in: svg) == 12)
        // Every swatch stays inside the chart.
        for swatch in tags(svg, named: "rect", class: "swatch") {
            let x = try #require(attribute("x", in: swatch).flatMap(Double.init))
            #expect(x + 12 <= 760)
        }
    }

    @Test func stackedBarAxisTicks() {
        let svg = stacked.svg()
        // x = 200 + tick × 5; y = 34 + 3 × 28 + 4 + 16 = 138, below the axis.
        #expect(texts(svg, where: "font-size", is: "11") == ["200,138 0", "325,138 25", "450,138 50", "575,138 75", "700,138 100"])
        let ticks = SVGMarkup.elements(svg, named: "text").filter { attribute("font-size", in: $0.tag) == "11" }
        #expect(Set(ticks.map { attribute("text-anchor", in: $0.tag) }) == ["middle"])
        #expect(Set(ticks.map { attribute("fill", in: $0.tag) }) == ["#666666"])
    }

    // MARK: - Radar

    private var radar: RadarChart {
        RadarChart(title: "Profile", axes: ["Fit", "Cost", "Risk", "Support"], series: [
            .init(label: "Acme", values: [100, 50, nil, 0]),
            .init(label: "Globex", values: [25, 75]),
        ])
    }

    @Test func radarVertices() throws {
        let svg = radar.svg()
        let (cx, cy, r) = (RadarChart.centerX, RadarChart.centerY, RadarChart.radius)
        #expect((cx, cy, r) == (280, 190, 130))
        let polygons = tags(svg, named: "polygon", class: "series")
        #expect(polygons.count == 2)
        #expect(attribute("data-series", in: polygons[0]) == "0")
        // 100 on axis 0 → (cx, cy − R); 50 on axis 1 → (cx + R/2, cy); nil and 0 → centre.
        #expect(attribute("points", in: polygons[0]) == "280,60 345,190 280,190 280,190")
        // Globex: 25 up → (280, 157.5); 75 right → (377.5, 190); missing axes at the centre.
        #expect(attribute("points", in: polygons[1]) == "280,157.5 377.5,190 280,190 280,190")
        #expect(attribute("stroke", in: polygons[1]) == "#f28e2b")
        #expect(attribute("fill-opacity", in: polygons[0]) == "0.12")

        let circles = tags(svg, named: "circle")
        #expect(circles.count == 8)
        // The missing score on axis 2 is hollow; the real 0 on axis 3 is filled.
        #expect(attribute("fill", in: circles[2]) == "#ffffff")
        #expect(attribute("fill", in: circles[3]) == "#4e79a7")
        // One tooltip per vertex; Globex's values stop after axis 1, so its last two are missing too.
        #expect(titles(svg) == ["Profile", "Acme — Fit: 100", "Acme — Cost: 50", "Acme — Risk: no score", "Acme — Support: 0",
                                "Globex — Fit: 25", "Globex — Cost: 75", "Globex — Risk: no score", "Globex — Support: no score"])

        // Grid rings: the 100 ring passes through (cx, cy − R) and (cx − R, cy).
        let rings = tags(svg, named: "polygon").filter { attribute("class", in: $0) == nil }
        #expect(rings.count == 4)
        #expect(attribute("points", in: rings[3]) == "280,60 410,190 280,320 150,190")
        #expect(attribute("points", in: rings[1]) == "280,125 345,190 280,255 215,190")
    }

    @Test func radarAxisLabelsAnchorAwayFromTheCentre() {
        let svg = radar.svg()
        let labels = tags(svg, named: "text", class: "axis-label")
        #expect(labels.map { attribute("text-anchor", in: $0) } == ["middle", "start", "middle", "end"])
        #expect(SVGMarkup.texts(svg, named: "text", class: "axis-label") == ["Fit", "Cost", "Risk", "Support"])
    }

    @Test func radarNeedsThreeAxes() {
        #expect(RadarChart(title: "t", axes: ["a", "b"], series: [.init(label: "x", values: [1, 2])]).svg() == "")
        #expect(RadarChart(title: "t", axes: [], series: []).svg() == "")
        #expect(RadarChart(title: "t", axes: ["a", "b", "c"], series: []).svg().hasPrefix("<svg class=\"chart radar\""))
    }

    // MARK: - Heat map

    private var heatMap: HeatMap {
        HeatMap(title: "Rank acceptability", rowLabels: ["Acme", "Globex", "Initech"], columnLabels: ["1", "2", "3"],
                values: [[0.382, 0.6, 0.018], [0.5, 0, 1], [0.118, 0.4, 0.482]],
                extraColumn: (label: "Confidence", values: [0.91, nil, 0.05]))
    }

    @Test func heatMapColours() {
        #expect(HeatMap.fill(0) == "#ffffff")
        #expect(HeatMap.fill(1) == "#1f4e79")
        // Halfway: 255 + (31 − 255)/2 = 143, 255 + (78 − 255)/2 = 166.5 → 167, 255 + (121 − 255)/2 = 188.
        #expect(HeatMap.fill(0.5) == "#8fa7bc")
        #expect(HeatMap.fill(-0.2) == "#ffffff")
        #expect(HeatMap.fill(1.7) == "#1f4e79")
    }

    @Test func heatMapCells() throws {
        let svg = heatMap.svg()
        let cells = tags(svg, named: "rect", class: "cell")
        #expect(cells.count == 9)
        #expect(count("class=\"cell\"", in: svg) == 3 * 3)
        #expect(cells.map { attribute("data-row", in: $0)! + "," + attribute("data-column", in: $0)! }
            == ["0,0", "0,1", "0,2", "1,0", "1,1", "1,2", "2,0", "2,1", "2,2"])
        // Row 1: 0.5, 0, 1 at x = 180, 236, 292, y = 26 + 30.
        #expect(attribute("fill", in: cells[4]) == "#ffffff")
        #expect(attribute("fill", in: cells[5]) == "#1f4e79")
        #expect(attribute("x", in: cells[5]) == "292")
        #expect(attribute("y", in: cells[5]) == "56")
        #expect(attribute("width", in: cells[5]) == "56")
        #expect(attribute("height", in: cells[5]) == "30")
        // Tooltips to at most one decimal of a percent (trailing zeros trimmed), row by row.
        #expect(titles(svg) == ["Rank acceptability",
                                "Acme, rank 1: 38.2%", "Acme, rank 2: 60%", "Acme, rank 3: 1.8%",
                                "Globex, rank 1: 50%", "Globex, rank 2: 0%", "Globex, rank 3: 100%",
                                "Initech, rank 1: 11.8%", "Initech, rank 2: 40%", "Initech, rank 3: 48.2%"])
        // In the cells, whole percents: dark text on light cells, white text on dark ones (value > 0.5; 0.5 itself is light).
        let values = SVGMarkup.elements(svg, named: "text").filter { attribute("font-size", in: $0.tag) == "11" }
        #expect(values.map { "\(attribute("fill", in: $0.tag) ?? "?") \($0.text)" } == [
            "#1a1a1a 38%", "#ffffff 60%", "#1a1a1a 2%",
            "#1a1a1a 50%", "#1a1a1a 0%", "#ffffff 100%",
            "#1a1a1a 12%", "#1a1a1a 40%", "#1a1a1a 48%",
        ])
        #expect(SVGMarkup.texts(svg, named: "text", class: "row-label") == ["Acme", "Globex", "Initech"])
        // Column headers (the ranks, then the extra column's), and the extra column: 0.91 → 91%, none → "–", 0.05 → 5%.
        #expect(texts(svg, where: "y", is: "18") == ["208,18 1", "264,18 2", "320,18 3", "390,18 Confidence"])  // 180 + 28, …; 348 + 42
        #expect(SVGMarkup.texts(svg, named: "text", class: "extra") == ["91%", "–", "5%"])
        let root = try #require(tags(svg, named: "svg").first)
        #expect(attribute("viewBox", in: root) == "0 0 \(180 + 3 * 56 + 84 + 10) \(26 + 3 * 30 + 8)")
    }

    @Test func heatMapWithoutExtraColumn() throws {
        let svg = HeatMap(title: "t", rowLabels: ["A"], columnLabels: ["1", "2"], values: [[1]]).svg()
        #expect(count("class=\"cell\"", in: svg) == 2)  // the missing value counts as 0
        #expect(SVGMarkup.elements(svg, named: "text").filter { attribute("font-size", in: $0.tag) == "11" }.map(\.text) == ["100%", "0%"])
        let root = try #require(tags(svg, named: "svg").first)
        #expect(attribute("viewBox", in: root) == "0 0 \(180 + 2 * 56 + 10) \(26 + 30 + 8)")
    }

    // MARK: - Pilot metric

    private func pilot(_ points: [(date: String, value: Double)], start: String = "2026-01-01", end: String = "2026-01-31") -> PilotMetricChart {
        PilotMetricChart(title: "Tickets per day", start: start, end: end, baseline: 3, target: 1,
                         points: points, labels: (baseline: "Baseline", target: "Target"))
    }

    @Test func pilotScales() throws {
        let svg = pilot([("2026-01-01", 2), ("2026-01-16", 2.5), ("2026-01-31", 1.5)]).svg()
        // Values span 1…3, padded by 10% to 0.8…3.2, ticks every 1 (1, 2, 3).
        // y(v) = 168 − (v − 0.8)/2.4 · 140; x(day) = 44 + day/30 · 300.
        let circles = tags(svg, named: "circle")
        #expect(circles.map { attribute("cx", in: $0) } == ["44", "194", "344"])
        // 2 → 168 − 70; 2.5 → 168 − 99.1667; 1.5 → 168 − 40.8333.
        #expect(circles.map { attribute("cy", in: $0) } == ["98", "68.83", "127.17"])
        #expect(circles.allSatisfy { attribute("r", in: $0) == "3.5" })
        // The middle date sits at the horizontal middle of the plot area.
        #expect((PilotMetricChart.plotLeft + PilotMetricChart.plotRight) / 2 == 194)
        let observed = try #require(tags(svg, named: "polyline").first)
        #expect(attribute("class", in: observed) == "observed")
        #expect(attribute("points", in: observed) == "44,98 194,68.83 344,127.17")

        let baseline = try #require(tags(svg, named: "line", class: "baseline").first)
        #expect(attribute("y1", in: baseline) == "39.67")  // 168 − 2.2/2.4 · 140 = 168 − 128.333
        #expect(attribute("y2", in: baseline) == "39.67")
        #expect(attribute("stroke-dasharray", in: baseline) != nil)
        let target = try #require(tags(svg, named: "line", class: "target").first)
        #expect(attribute("y1", in: target) == "156.33")  // 168 − 0.2/2.4 · 140 = 168 − 11.667
        #expect(attribute("stroke", in: target) == "#2e7d32")
        // Labels 4 px above their lines: 39.67 − 4 = 35.67, 156.33 − 4 = 152.33.
        #expect(texts(svg, where: "class", is: "baseline-label") == ["48,35.67 Baseline 3"])
        #expect(texts(svg, where: "class", is: "target-label") == ["340,152.33 Target 1"])
        #expect(titles(svg) == ["Tickets per day", "2026-01-01: 2", "2026-01-16: 2.5", "2026-01-31: 1.5"])
        // Ticks 1, 2, 3 (gridline y = 156.33, 98, 39.67), written at x 44 − 4 = 40 and y + 3.5, and the pilot's dates
        // 16 px below the axis at 168 + 16 = 184.
        let gridlines = tags(svg, named: "line").filter { attribute("stroke", in: $0) == "#dddddd" }
        #expect(gridlines.map { attribute("y1", in: $0) } == ["156.33", "98", "39.67"])
        #expect(texts(svg, where: "x", is: "40") == ["40,159.83 1", "40,101.5 2", "40,43.17 3"])
        #expect(texts(svg, where: "y", is: "184") == ["44,184 2026-01-01", "344,184 2026-01-31"])
    }

    @Test func pilotWidensTheDateRangeForOutlyingPoints() throws {
        // A point ten days before the start: the range becomes 2025-12-22 … 2026-01-31 (40 days).
        let svg = pilot([("2025-12-22", 2), ("2026-01-11", 2)]).svg()
        let circles = tags(svg, named: "circle")
        #expect(circles.map { attribute("cx", in: $0) } == ["44", "194"])
        // The start tick moves to 44 + 10/40 · 300 = 119.
        // The end stays at 44 + 40/40 · 300 = 344.
        #expect(texts(svg, where: "y", is: "184") == ["119,184 2026-01-01", "344,184 2026-01-31"])
        #expect(tags(svg, named: "text").filter { attribute("y", in: $0) == "184" }.map { attribute("text-anchor", in: $0) } == ["start", "end"])
    }

    @Test func pilotSpacesPointsEvenlyWhenDatesDoNotParse() {
        let svg = pilot([("week 1", 2), ("week 2", 2), ("week 3", 2)]).svg()
        #expect(tags(svg, named: "circle").map { attribute("cx", in: $0) } == ["44", "194", "344"])
        let single = pilot([("2026-01-16", 2)], start: "soon", end: "later").svg()
        #expect(tags(single, named: "circle").map { attribute("cx", in: $0) } == ["194"])
    }

    @Test func pilotWithoutObservations() throws {
        let svg = pilot([]).svg()
        // In the middle of the plot area: x (44 + 344) / 2 = 194.
        #expect(SVGMarkup.texts(svg, named: "text", class: "empty") == ["no observations yet"])
        #expect(tags(svg, named: "polyline").isEmpty)
        #expect(tags(svg, named: "circle").isEmpty)
        #expect(!svg.contains("<polyline") && !svg.contains("<circle"))  // absence anywhere: kept as `contains`
        #expect(tags(svg, named: "line").compactMap { attribute("class", in: $0) } == ["baseline", "target"])
        let german = PilotMetricChart(title: "t", start: "2026-01-01", end: "2026-01-31", baseline: 5, target: 5, points: [],
                                      labels: (baseline: "Ausgangswert", target: "Ziel"), emptyText: "noch keine Messungen")
        let text = german.svg()
        #expect(SVGMarkup.texts(text, named: "text", class: "empty") == ["noch keine Messungen"])
        #expect(SVGMarkup.texts(text, named: "text", class: "baseline-label") == ["Ausgangswert 5"])
        #expect(SVGMarkup.texts(text, named: "text", class: "target-label") == ["Ziel 5"])
    }

    @Test func pilotTickRanges() {
        // 3 or 4 ticks for a variety of ranges, always covering the data.
        for values in [[0.0, 1], [3, 1, 2.5], [100, 250, 180], [0.02, 0.07], [-5, 5], [42, 42], [1000, 1001],
                       [0.1, 10.1], [0, 0], [-3, -2.9], [1e6, 3e6], [0.001, 0.0011]] {
            let range = PilotMetricChart.niceRange(values)
            let ticks = PilotMetricChart.Scales(xs: [], startX: 0, endX: 0, low: range.low, high: range.high, step: range.step).ticks
            #expect((3...4).contains(ticks.count), "\(values): \(range) \(ticks)")
            #expect(range.low < values.min()! && range.high > values.max()!, "\(values): \(range)")
            #expect(ticks.allSatisfy { $0 >= range.low - 1e-9 && $0 <= range.high + 1e-9 })
        }
        // [0, 1] is padded to −0.1…1.1 with ticks 0, 0.5, 1 (not widened to −1…2).
        let unit = PilotMetricChart.niceRange([0, 1])
        #expect(unit.step == 0.5)
        #expect(abs(unit.low + 0.1) < 1e-12 && abs(unit.high - 1.1) < 1e-12)
    }

    // MARK: - Escaping and determinism

    @Test func hostileTextIsEscapedEverywhere() {
        for bad in Self.hostile {
            let all = Self.hostile.joined()
            expectInert(StackedBarChart(title: all, groups: [bad, all], bars: [
                .init(id: bad, label: bad, segments: [10, 20]),
                .init(id: all, label: all, segments: [5, 5]),
            ]).svg())
            expectInert(RadarChart(title: all, axes: [bad, "b", all], series: [
                .init(label: bad, values: [10, nil, 30]), .init(label: all, values: [1, 2, 3]),
            ], missingText: all).svg())
            expectInert(HeatMap(title: all, rowLabels: [bad, all], columnLabels: [bad, "2"], values: [[0.1, 0.2], [0.3, 0.4]],
                                extraColumn: (label: all, values: [0.5, nil]), columnWord: all).svg())
            expectInert(PilotMetricChart(title: all, start: bad, end: all, baseline: 1, target: 2,
                                         points: [(date: all, value: 1.5)], labels: (baseline: bad, target: all)).svg())
            expectInert(PilotMetricChart(title: all, start: "2026-01-01", end: "2026-01-31", baseline: 1, target: 2,
                                         points: [], labels: (baseline: bad, target: all), emptyText: all).svg())
        }
        // In attribute values the quote is a character reference.
        let svg = StackedBarChart(title: "t", groups: [], bars: [.init(id: "\" onmouseover=\"x", label: "x", segments: [])]).svg()
        #expect(tags(svg, named: "g", class: "bar").map { attribute("data-vendor", in: $0) } == ["&quot; onmouseover=&quot;x"])
        #expect(tags(svg, named: "g", class: "bar").map { SVGMarkup.attributeNames($0) } == [["class", "data-vendor", "transform"]])
    }

    @Test func outputIsDeterministic() throws {
        let charts: [String] = [stacked.svg(), radar.svg(), heatMap.svg(), pilot([("2026-01-16", 2)]).svg()]
        let again: [String] = [stacked.svg(), radar.svg(), heatMap.svg(), pilot([("2026-01-16", 2)]).svg()]
        #expect(charts == again)
        for svg in charts {
            // Accessible name: aria-labelledby names the <title> child.
            let root = try #require(tags(svg, named: "svg").first)
            let id = try #require(attribute("aria-labelledby", in: root))
            #expect(tags(svg, named: "title").first.flatMap { attribute("id", in: $0) } == id)
            #expect(svg.hasSuffix("</svg>"))
            // No external references, fonts or images (absence anywhere: kept as `contains`).
            #expect(!svg.contains("href") && !svg.contains("<image") && !svg.contains("font-family") && !svg.contains("url("))
        }
        // Different charts get different title ids.
        let ids = charts.map { tags($0, named: "svg").first.flatMap { attribute("aria-labelledby", in: $0) } }
        #expect(Set(ids).count == 4)
    }
}

import Foundation

/// A small line chart of one pilot metric over the pilot's dates, with its baseline and target,
/// as inline SVG for the HTML report (360 × 200, meant as one of several small multiples).
///
/// The metric name is shown at the top. x is the date scaled over the pilot from `start` to `end`
/// (widened to include observations outside it; when a date does not parse the observations are
/// spaced evenly instead); y covers the baseline, the target and every value with about 10%
/// padding, with 3–4 ticks at round values. The baseline is a dashed grey
/// `<line class="baseline">`, the target a dashed green `<line class="target">`; observations are a
/// `<polyline class="observed">` with a `<circle class="point">` each. Without observations the
/// chart still shows baseline and target and the words `emptyText`.
package struct PilotMetricChart: Sendable {
    /// The metric's name (with its unit); shown at the top and used as the accessible title.
    package var title: String
    /// The pilot's first day, `YYYY-MM-DD`.
    package var start: String
    /// The pilot's last day, `YYYY-MM-DD`.
    package var end: String
    /// The metric's value before the pilot.
    package var baseline: Double?
    /// The value the pilot must reach.
    package var target: Double
    /// The observations, in date order; dates are `YYYY-MM-DD`.
    package var points: [(date: String, value: Double)]
    /// The localised words for the baseline and target line labels, e.g. "Baseline" and "Target".
    package var labels: (baseline: String, target: String)
    /// The words shown when there are no observations.
    package var emptyText: String

    /// A chart of `points` for metric `title` over the pilot `start`…`end`, with lines at
    /// `baseline` and `target` labelled with `labels`; `emptyText` is shown when `points` is empty.
    package init(title: String, start: String, end: String, baseline: Double?, target: Double,
                points: [(date: String, value: Double)], labels: (baseline: String, target: String),
                emptyText: String = "no observations yet") {
        self.title = title
        self.start = start
        self.end = end
        self.baseline = baseline
        self.target = target
        self.points = points
        self.labels = labels
        self.emptyText = emptyText
    }

    /// Width of the chart.
    static let width = 360.0
    /// Height of the chart.
    static let height = 200.0
    /// Left edge of the plot area.
    static let plotLeft = 44.0
    /// Right edge of the plot area.
    static let plotRight = 344.0
    /// Top edge of the plot area.
    static let plotTop = 28.0
    /// Bottom edge of the plot area.
    static let plotBottom = 168.0
    /// Longest title, in columns, before it is cut with "…".
    static let maxTitleColumns = 44

    /// The scales of one chart: x per observation index and y per value.
    struct Scales {
        /// x of each observation, in `points` order.
        var xs: [Double]
        /// x of the start and end dates (the plot edges when dates do not parse).
        var startX: Double, endX: Double
        /// The y domain (plot bottom to top) and the tick step.
        var low: Double, high: Double, step: Double

        /// y of `value`.
        func y(_ value: Double) -> Double {
            PilotMetricChart.plotBottom - (value - low) / (high - low) * (PilotMetricChart.plotBottom - PilotMetricChart.plotTop)
        }

        /// The tick values: the multiples of `step` from `low` to `high`.
        var ticks: [Double] {
            guard step > 0, step.isFinite else { return [low, high] }
            let first = (low / step - 1e-9).rounded(.up), last = (high / step + 1e-9).rounded(.down)
            guard first <= last else { return [] }
            return stride(from: first, through: last, by: 1).map { $0 * step }
        }
    }

    /// The x and y scales for this chart's data.
    var scales: Scales {
        let left = Self.plotLeft, right = Self.plotRight
        let values = points.map(\.value).filter(\.isFinite)
        let (low, high, step) = Self.niceRange(([baseline, target].compactMap { $0 }.filter(\.isFinite) + values))

        let startDay = CalendarDate(start)?.dayNumber, endDay = CalendarDate(end)?.dayNumber
        let days = points.map { CalendarDate($0.date)?.dayNumber }
        if let startDay, let endDay, !days.contains(where: { $0 == nil }) {
            let known = days.compactMap { $0 } + [startDay, endDay]
            var first = known.min()!, last = known.max()!
            if first == last { first -= 1; last += 1 }
            func x(_ day: Int) -> Double { left + Double(day - first) / Double(last - first) * (right - left) }
            return Scales(xs: known.dropLast(2).map(x), startX: x(startDay), endX: x(endDay), low: low, high: high, step: step)
        }
        let count = points.count
        let xs = (0..<count).map { count == 1 ? (left + right) / 2 : left + Double($0) / Double(count - 1) * (right - left) }
        return Scales(xs: xs, startX: left, endX: right, low: low, high: high, step: step)
    }

    /// A y domain covering `values` with about 10% padding, and a round tick step (1, 2, 2.5 or
    /// 5 × 10ᵏ) that puts three or four ticks inside it; when only two multiples of the step fit,
    /// the domain is widened on the cheaper side to the next multiple.
    static func niceRange(_ values: [Double]) -> (low: Double, high: Double, step: Double) {
        var low = values.min() ?? 0, high = values.max() ?? 1
        if high == low {
            let spread = max(abs(high) * 0.1, 1)
            low -= spread; high += spread
        } else {
            let pad = (high - low) * 0.1
            low -= pad; high += pad
        }
        let raw = (high - low) / 4
        guard raw.isFinite, raw > 0 else { return (low, high, high - low) }
        var magnitude = pow(10, floor(log10(raw)))
        while true {
            for factor in [1.0, 2, 2.5, 5] {
                let step = factor * magnitude
                guard step >= raw * (1 - 1e-9) else { continue }
                let first = (low / step - 1e-9).rounded(.up), last = (high / step + 1e-9).rounded(.down)
                guard last - first + 1 <= 4 else { continue }
                if last - first + 1 < 3 {
                    let below = low - (first - 1) * step, above = (last + 1) * step - high
                    if below <= above { low = (first - 1) * step } else { high = (last + 1) * step }
                }
                return (low, high, step)
            }
            magnitude *= 10
        }
    }

    /// The decimals needed to write multiples of `step` (at most 4).
    static func decimals(for step: Double) -> Int {
        for d in 0...4 {
            let scaled = step * pow(10, Double(d))
            if abs(scaled - scaled.rounded()) < 1e-6 { return d }
        }
        return 4
    }

    /// The chart as an inline `<svg>` element.
    package func svg() -> String {
        let n = ChartSVG.n
        let s = scales
        let left = Self.plotLeft, right = Self.plotRight, top = Self.plotTop, bottom = Self.plotBottom
        let tickDecimals = Self.decimals(for: s.step)

        var body = "<text class=\"title\" x=\"8\" y=\"16\" font-weight=\"bold\" fill=\"\(ChartSVG.ink)\">\(HTML.text(TextWidth.truncate(title, to: Self.maxTitleColumns)))</text>\n"

        // y gridlines and tick values.
        body += "<g class=\"y-axis\" font-size=\"10\" fill=\"\(ChartSVG.muted)\" text-anchor=\"end\">\n"
        for tick in s.ticks {
            let y = s.y(tick)
            body += "<line x1=\"\(n(left))\" y1=\"\(n(y))\" x2=\"\(n(right))\" y2=\"\(n(y))\" stroke=\"\(ChartSVG.grid)\"/>"
            body += "<text x=\"\(n(left - 4))\" y=\"\(n(y + 3.5))\">\(NumberFormatting.short(tick, tickDecimals))</text>\n"
        }
        body += "</g>\n"

        // x axis with the pilot's start and end dates.
        body += "<g class=\"x-axis\" font-size=\"10\" fill=\"\(ChartSVG.muted)\">\n"
        body += "<line x1=\"\(n(left))\" y1=\"\(n(bottom))\" x2=\"\(n(right))\" y2=\"\(n(bottom))\" stroke=\"\(ChartSVG.axis)\"/>\n"
        for (x, date, anchor) in [(s.startX, start, "start"), (s.endX, end, "end")] {
            body += "<line x1=\"\(n(x))\" y1=\"\(n(bottom))\" x2=\"\(n(x))\" y2=\"\(n(bottom + 4))\" stroke=\"\(ChartSVG.axis)\"/>"
            body += "<text x=\"\(n(x))\" y=\"\(n(bottom + 16))\" text-anchor=\"\(anchor)\">\(HTML.text(date))</text>\n"
        }
        body += "</g>\n"

        // Baseline (grey) and target (green), dashed, labelled at opposite ends to avoid overlap.
        // A threshold metric has no baseline line.
        let targetY = s.y(target)
        let green = "#2e7d32"
        if let baseline {
            let baselineY = s.y(baseline)
            body += "<line class=\"baseline\" x1=\"\(n(left))\" y1=\"\(n(baselineY))\" x2=\"\(n(right))\" y2=\"\(n(baselineY))\" stroke=\"\(ChartSVG.axis)\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>\n"
            body += "<text class=\"baseline-label\" x=\"\(n(left + 4))\" y=\"\(n(baselineY - 4))\" font-size=\"10\" fill=\"\(ChartSVG.muted)\">"
                + "\(HTML.text(labels.baseline)) \(NumberFormatting.short(baseline, 2))</text>\n"
        }
        body += "<line class=\"target\" x1=\"\(n(left))\" y1=\"\(n(targetY))\" x2=\"\(n(right))\" y2=\"\(n(targetY))\" stroke=\"\(green)\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>\n"
        body += "<text class=\"target-label\" x=\"\(n(right - 4))\" y=\"\(n(targetY - 4))\" text-anchor=\"end\" font-size=\"10\" fill=\"\(green)\">"
            + "\(HTML.text(labels.target)) \(NumberFormatting.short(target, 2))</text>\n"

        // Observations.
        let drawn = points.indices.filter { points[$0].value.isFinite }
        if drawn.isEmpty {
            body += "<text class=\"empty\" x=\"\(n((left + right) / 2))\" y=\"\(n((top + bottom) / 2 + 4))\" text-anchor=\"middle\" font-size=\"11\" fill=\"\(ChartSVG.muted)\">\(HTML.text(emptyText))</text>\n"
        } else {
            let color = ChartPalette.color(0)
            let line = drawn.map { n(s.xs[$0]) + "," + n(s.y(points[$0].value)) }.joined(separator: " ")
            body += "<polyline class=\"observed\" points=\"\(line)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" stroke-linejoin=\"round\"/>\n"
            for i in drawn {
                let point = points[i]
                body += "<circle class=\"point\" cx=\"\(n(s.xs[i]))\" cy=\"\(n(s.y(point.value)))\" r=\"3.5\" fill=\"\(color)\">"
                    + "<title>\(HTML.text(point.date)): \(NumberFormatting.short(point.value, 2))</title></circle>\n"
            }
        }
        return ChartSVG.document(kind: "pilot", width: Self.width, height: Self.height, title: title, body: body)
    }
}

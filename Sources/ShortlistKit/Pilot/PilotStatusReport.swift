/// Pilot status as text (with a trend line per metric) or JSON.
public enum PilotStatusReport {
    /// The status of each pilot as aligned text; `sparkline` draws a metric's trend.
    public static func text(_ statuses: [PilotStatus], sparkline: ([Double]) -> String) -> String {
        var out = ""
        let s = { (x: Double) in NumberFormatting.short(x, 2) }
        for status in statuses {
            let plan = status.plan
            let days = status.daysLeft >= 0 ? "\(status.daysLeft) day\(status.daysLeft == 1 ? "" : "s") left" : "ended \(-status.daysLeft) day\(status.daysLeft == -1 ? "" : "s") ago"
            out += "\(plan.vendor) — pilot in \(plan.department), \(plan.start) – \(plan.end) (\(days))\n"
            var rows: [[String]] = [["Metric", "Baseline", "Target", "Current", "Obs", "Progress", "Met", "Trend"]]
            for m in status.metrics {
                let unit = m.metric.unit.isEmpty ? "" : " " + m.metric.unit
                rows.append([
                    m.metric.id + (m.metric.mustPass ? " (must-pass)" : ""),
                    s(m.metric.baseline) + unit,
                    (m.metric.direction == .lower ? "≤ " : "≥ ") + s(m.metric.target) + unit,
                    m.current.map { s($0) + unit } ?? "–",
                    "\(m.observations)",
                    m.progress.map { NumberFormatting.fixed($0, 1) + "%" } ?? "–",
                    m.met ? "yes" : "no",
                    sparkline(m.trend),
                ])
            }
            out += TableRenderer.table(rows, rightAligned: [1, 2, 3, 4, 5], header: { $0 })
            out += "pilot score \(NumberFormatting.fixed(status.score, 2)) / 100 (weighted progress, capped per metric); "
            out += status.passed ? "every must-pass metric is met\n" : "MUST-PASS NOT MET: \(status.failedMustPass.map(\.metric.id).joined(separator: ", "))\n"
            for correction in status.corrections { out += "  correction: \(correction.correction) amends \(correction.original)\n" }
            for problem in status.logProblems { out += "  log: \(problem)\n" }
            out += "\n"
        }
        while out.hasSuffix("\n\n") { out.removeLast() }
        return out
    }

    /// JSON: an array of `vendor`, `metrics` (`id`, `baseline`, `target`, `current`, `observations`, `progress`, `met`, `mustPass`), `score`, `passed`, `daysLeft`.
    public static func json(_ statuses: [PilotStatus]) -> [UInt8] {
        var w = JSONWriter()
        w.beginArray()
        for status in statuses {
            w.beginObject()
            w.key("daysLeft"); w.integer(status.daysLeft)
            w.key("logProblems"); w.beginArray(); for problem in status.logProblems { w.string(problem) }; w.endArray()
            w.key("metrics")
            w.beginArray()
            for m in status.metrics {
                w.beginObject()
                w.key("baseline"); w.number(m.metric.baseline)
                w.key("current"); if let c = m.current { w.number(c) } else { w.null() }
                w.key("direction"); w.string(m.metric.direction.rawValue)
                w.key("id"); w.string(m.metric.id)
                w.key("met"); w.bool(m.met)
                w.key("mustPass"); w.bool(m.metric.mustPass)
                w.key("observations"); w.integer(m.observations)
                w.key("progress"); if let p = m.progress { w.number(p) } else { w.null() }
                w.key("target"); w.number(m.metric.target)
                w.key("trend"); w.beginArray(); for v in m.trend { w.number(v) }; w.endArray()
                w.endObject()
            }
            w.endArray()
            w.key("passed"); w.bool(status.passed)
            w.key("score"); w.number(status.score)
            w.key("vendor"); w.string(status.vendor)
            w.endObject()
        }
        w.endArray()
        return w.bytes
    }
}

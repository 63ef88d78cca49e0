/// Pilot status as text (with a trend line per metric) or JSON.
package enum PilotStatusReport {
    /// The status of each pilot as aligned text in `language`, with each metric's trend as a ``Sparkline``.
    package static func text(_ statuses: [PilotStatus], language: Language = .english) -> String {
        var out = ""
        let s = { (x: Double) in NumberFormatting.short(x, 2) }
        let w = PilotStatusWording.self
        for status in statuses {
            let plan = status.plan
            out += w.heading(plan, days: w.days(status.daysLeft)).text(in: language) + "\n"
            var rows: [[String]] = [w.headings.map { $0.text(in: language) }]
            for m in status.metrics {
                let unit = m.metric.unit.isEmpty ? "" : " " + m.metric.unit
                rows.append([
                    m.metric.id + (m.metric.mustPass ? w.mustPassMark.text(in: language) : ""),
                    m.metric.baseline.map { s($0) + unit } ?? "–",
                    m.metric.direction.bound + s(m.metric.target) + unit,
                    m.current.map { s($0) + unit } ?? "–",
                    "\(m.observations)",
                    m.progress.map { NumberFormatting.fixed($0, 1) + "%" } ?? "–",
                    w.met(m.met).text(in: language),
                    Sparkline.text(m.trend),
                ])
            }
            out += TableRenderer.table(rows, rightAligned: [1, 2, 3, 4, 5], header: { $0 })
            if status.hasObservations {
                out += w.score(NumberFormatting.fixed(status.score, 2), failed: status.passed ? [] : status.failedMustPass.map(\.metric.id)).text(in: language) + "\n"
                if let verdict = status.goNoGo { out += w.goNoGo.text(in: language) + verdict.text.text(in: language) + "\n" }
            } else {
                out += w.notStarted.text(in: language) + "\n"
            }
            for correction in status.corrections { out += w.correction(correction).text(in: language) + "\n" }
            for problem in status.logProblems { out += w.logProblem.text(in: language) + problem + "\n" }
            out += "\n"
        }
        while out.hasSuffix("\n\n") { out.removeLast() }
        return out
    }

    /// JSON: an array of `vendor`, `metrics` (`id`, `baseline` — null for a threshold metric —, `target`, `current`,
    /// `observations`, `progress` — null for a threshold metric —, `met`, `mustPass`), `score`, `passed`, `daysLeft`,
    /// and `goNoGo` when the plan states a rule (``JSONWriter/goNoGo(_:)``).
    package static func json(_ statuses: [PilotStatus]) -> [UInt8] {
        var w = JSONWriter()
        w.beginArray()
        for status in statuses {
            w.beginObject()
            w.key("daysLeft"); w.integer(status.daysLeft)
            // Only when the plan states a rule, so that the status of other pilots keeps its bytes.
            if let verdict = status.goNoGo { w.key("goNoGo"); w.goNoGo(verdict) }
            w.key("logProblems"); w.strings(status.logProblems)
            w.key("metrics")
            w.beginArray()
            for m in status.metrics { w.pilotMetric(m, detailed: true) }
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

extension PilotMetric.Direction {
    /// The sign before a target: "≤ " when lower is better, "≥ " when higher is.
    var bound: String { self == .lower ? "≤ " : "≥ " }
}

extension JSONWriter {
    /// Writes a go/no-go verdict as an object: `go`, `hit`, `missed`, `mustPassMet`, `failedMustPass`,
    /// `needed`, `require` (`all`, `any` or `atLeast`), `targets` and `text` (the verdict in English).
    mutating func goNoGo(_ v: GoNoGoVerdict) {
        beginObject()
        key("failedMustPass"); strings(v.failedMustPass)
        key("go"); bool(v.go)
        key("hit"); strings(v.hit)
        key("missed"); strings(v.missed)
        key("mustPassMet"); bool(v.mustPassMet)
        key("needed"); integer(v.needed)
        key("require")
        switch v.rule.requirement {
        case .all: string("all")
        case .any: string("any")
        case .atLeast: string("atLeast")
        }
        key("targets"); strings(v.targets)
        key("text"); string(v.text.en)
        endObject()
    }

    /// Writes one pilot metric's standing as an object: `baseline`, `current`, `id`, `met`, `mustPass`,
    /// `observations`, `progress` and `target`; `detailed` adds the `direction` and the `trend` of values
    /// (the pilot status has them, the decision record does not).
    mutating func pilotMetric(_ m: PilotStatus.Metric, detailed: Bool) {
        beginObject()
        key("baseline"); if let b = m.metric.baseline { number(b) } else { null() }
        key("current"); if let c = m.current { number(c) } else { null() }
        if detailed { key("direction"); string(m.metric.direction.rawValue) }
        key("id"); string(m.metric.id)
        key("met"); bool(m.met)
        key("mustPass"); bool(m.metric.mustPass)
        key("observations"); integer(m.observations)
        key("progress"); if let p = m.progress { number(p) } else { null() }
        key("target"); number(m.metric.target)
        if detailed { key("trend"); beginArray(); for v in m.trend { number(v) }; endArray() }
        endObject()
    }
}

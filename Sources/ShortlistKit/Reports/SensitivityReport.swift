/// Renders a ``Sensitivity`` analysis as text or JSON.
package struct SensitivityReport: Sendable {
    /// The analysis.
    package let analysis: Sensitivity

    /// Creates a report.
    package init(_ analysis: Sensitivity) { self.analysis = analysis }

    private func p(_ x: Double) -> String { NumberFormatting.fixed(x * 100, 1) + "%" }

    /// Aligned text in English: acceptabilities, confidence, central weights, stability intervals, what the runner-up needs.
    package var text: String { text(in: .english) }

    /// Aligned text in `language`: acceptabilities, confidence, central weights, stability intervals, what the runner-up needs.
    package func text(in language: Language) -> String {
        let a = analysis, smaa = a.smaa
        let w = SensitivityWording.self
        let l = { (text: LocalizedText) in text.text(in: language) }
        var out = l(w.header(level: a.level, samples: NumberFormatting.amount(Double(smaa.samples)), mode: a.mode, seed: smaa.seed)) + "\n\n"
        let ranks = smaa.acceptability.first?.count ?? 0
        var rows: [[String]] = [[l(w.vendor)] + (1...max(1, ranks)).map { l(w.rank($0)) } + [l(w.confidence)]]
        for (v, vendor) in smaa.alternatives.enumerated() {
            rows.append([vendor] + smaa.acceptability[v].map(p) + [smaa.confidence[v].map(p) ?? "–"])
        }
        out += l(w.acceptability) + "\n"
        out += TableRenderer.table(rows, rightAligned: Set(1...(ranks + 1)), header: { $0 })
        out += "\n" + l(w.central) + "\n"
        var central: [[String]] = [[l(w.node(a.level)), l(w.given)] + smaa.alternatives]
        for (c, id) in smaa.criteria.enumerated() {
            central.append([id, p(a.matrix.weights[c])] + smaa.centralWeights.map { $0.map { p($0[c]) } ?? "–" })
        }
        out += TableRenderer.table(central, rightAligned: Set(1...(smaa.alternatives.count + 1)), header: { $0 })
        if !a.unsampled.isEmpty {
            out += l(w.unsampled(a.unsampled)) + "\n"
        }
        out += "\n" + l(w.stability) + "\n"
        var stability: [[String]] = [[l(w.node(a.level)), l(w.weight), l(w.winnerStays), l(w.rankingStays), l(w.firstChange)]]
        for interval in a.intervals {
            let change = [interval.winnerChangeBelow, interval.winnerChangeAbove].compactMap { $0 }.min { abs($0.weight - interval.weight) < abs($1.weight - interval.weight) }
            stability.append([interval.id, p(interval.weight), "\(p(interval.winnerLower)) – \(p(interval.winnerUpper))", "\(p(interval.rankingLower)) – \(p(interval.rankingUpper))",
                              l(change.map { w.change(at: p($0.weight), $0.overtaker, overtakes: $0.overtaken) } ?? w.never)])
        }
        out += TableRenderer.table(stability, rightAligned: [1], header: { $0 })
        if let shift = a.smallestShift {
            out += "\n" + l(w.smallestShift(NumberFormatting.short(shift.delta * 100, 2), from: shift.from, to: shift.to, overtaker: shift.overtaker, overtaken: shift.overtaken)) + "\n"
        }
        if a.matrix.vendors.count >= 2 {
            let runnerUp = a.matrix.vendors[1], winner = a.matrix.vendors[0]
            out += "\n" + l(w.runnerUpNeeds(runnerUp, winner, level: a.level)) + "\n"
            for margin in a.runnerUpMargins.prefix(8) {
                out += l(w.margin(margin.id, score: NumberFormatting.short(margin.score, 1), target: NumberFormatting.short(margin.target, 1),
                                  improvement: NumberFormatting.short(margin.improvement, 1), possible: margin.possible)) + "\n"
            }
        }
        if let effect = w.disagreement(a.disagreementEffect) { out += "\n" + l(effect) + "\n" }
        out += "\n" + a.verdict(in: language) + "\n"
        return out
    }

    /// JSON: `acceptability` (vendor → rank probabilities, rank 1 first), `centralWeights`, `confidence`,
    /// `stability` (id → `weight`, `lower`, `upper`), `samples`, `seed`, `winProbability`, `smallestShift`, `unsampled` (weight 0, not sampled), `verdict`.
    package var json: [UInt8] {
        let a = analysis, smaa = a.smaa
        var w = JSONWriter()
        w.beginObject()
        w.key("acceptability")
        w.beginObject()
        for (v, vendor) in smaa.alternatives.enumerated().sorted(by: { $0.element < $1.element }) {
            w.key(vendor); w.beginArray(); for x in smaa.acceptability[v] { w.number(x) }; w.endArray()
        }
        w.endObject()
        w.key("centralWeights")
        w.beginObject()
        for (v, vendor) in smaa.alternatives.enumerated().sorted(by: { $0.element < $1.element }) {
            w.key(vendor)
            if let weights = smaa.centralWeights[v] {
                w.beginObject()
                for (c, id) in smaa.criteria.enumerated().sorted(by: { $0.element < $1.element }) { w.key(id); w.number(weights[c]) }
                w.endObject()
            } else { w.null() }
        }
        w.endObject()
        w.key("confidence")
        w.beginObject()
        for (v, vendor) in smaa.alternatives.enumerated().sorted(by: { $0.element < $1.element }) {
            w.key(vendor); if let c = smaa.confidence[v] { w.number(c) } else { w.null() }
        }
        w.endObject()
        if let effect = a.disagreementEffect.description {
            w.key("disagreement")
            w.beginObject()
            if case .sampled(let cells) = a.disagreementEffect { w.key("cells"); w.integer(cells) } else { w.key("cells"); w.integer(0) }
            w.key("note"); w.string(effect)
            w.endObject()
        }
        w.key("level"); w.string(a.level.rawValue)
        w.key("runnerUpNeeds")
        w.beginArray()
        for margin in a.runnerUpMargins {
            w.beginObject()
            w.key("id"); w.string(margin.id)
            w.key("improvement"); if margin.improvement.isFinite { w.number(margin.improvement) } else { w.null() }
            w.key("possible"); w.bool(margin.possible)
            w.endObject()
        }
        w.endArray()
        w.key("samples"); w.integer(smaa.samples)
        w.key("seed"); w.string(String(smaa.seed))
        w.key("smallestShift"); w.weightShift(a.smallestShift)
        w.key("stability")
        w.beginObject()
        for interval in a.intervals.sorted(by: { $0.id < $1.id }) {
            w.key(interval.id)
            w.beginObject()
            w.key("lower"); w.number(interval.winnerLower)
            w.key("rankingLower"); w.number(interval.rankingLower)
            w.key("rankingUpper"); w.number(interval.rankingUpper)
            w.key("upper"); w.number(interval.winnerUpper)
            w.key("weight"); w.number(interval.weight)
            w.endObject()
        }
        w.endObject()
        w.key("unsampled"); w.strings(a.unsampled)
        w.key("verdict"); w.string(a.verdict)
        w.key("winProbability")
        w.beginObject()
        for (v, vendor) in smaa.alternatives.enumerated().sorted(by: { $0.element < $1.element }) { w.key(vendor); w.number(smaa.acceptability[v].first ?? 0) }
        w.endObject()
        w.endObject()
        return w.bytes
    }
}

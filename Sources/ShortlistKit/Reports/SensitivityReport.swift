/// Renders a ``Sensitivity`` analysis as text or JSON.
package struct SensitivityReport: Sendable {
    /// The analysis.
    package let analysis: Sensitivity

    /// Creates a report.
    package init(_ analysis: Sensitivity) { self.analysis = analysis }

    private func p(_ x: Double) -> String { NumberFormatting.fixed(x * 100, 1) + "%" }

    /// Aligned text: acceptabilities, confidence, central weights, stability intervals, what the runner-up needs.
    package var text: String {
        let a = analysis, smaa = a.smaa
        var out = "SMAA-2 over the \(a.level.rawValue): \(NumberFormatting.amount(Double(smaa.samples))) weightings \(a.mode.description), seed \(smaa.seed)\n\n"
        let ranks = smaa.acceptability.first?.count ?? 0
        var rows: [[String]] = [["Vendor"] + (1...max(1, ranks)).map { "rank \($0)" } + ["confidence"]]
        for (v, vendor) in smaa.alternatives.enumerated() {
            rows.append([vendor] + smaa.acceptability[v].map(p) + [smaa.confidence[v].map(p) ?? "–"])
        }
        out += "Rank acceptability (share of weightings giving each rank)\n"
        out += TableRenderer.table(rows, rightAligned: Set(1...(ranks + 1)), header: { $0 })
        out += "\nCentral weights (the typical weights that make each vendor win)\n"
        var central: [[String]] = [[a.level == .groups ? "Group" : "Criterion", "given"] + smaa.alternatives]
        for (c, id) in smaa.criteria.enumerated() {
            central.append([id, p(a.matrix.weights[c])] + smaa.centralWeights.map { $0.map { p($0[c]) } ?? "–" })
        }
        out += TableRenderer.table(central, rightAligned: Set(1...(smaa.alternatives.count + 1)), header: { $0 })
        if !a.unsampled.isEmpty {
            out += "Not sampled (weight 0, so no weighting gives them any): \(a.unsampled.joined(separator: ", "))\n"
        }
        out += "\nStability of each weight (others rescaled in proportion): the winner stays within\n"
        var stability: [[String]] = [[a.level == .groups ? "Group" : "Criterion", "weight", "winner stays", "ranking stays", "first change of winner"]]
        for interval in a.intervals {
            let change = [interval.winnerChangeBelow, interval.winnerChangeAbove].compactMap { $0 }.min { abs($0.weight - interval.weight) < abs($1.weight - interval.weight) }
            stability.append([interval.id, p(interval.weight), "\(p(interval.winnerLower)) – \(p(interval.winnerUpper))", "\(p(interval.rankingLower)) – \(p(interval.rankingUpper))",
                              change.map { "at \(p($0.weight)): \($0.overtaker) overtakes \($0.overtaken)" } ?? "never"])
        }
        out += TableRenderer.table(stability, rightAligned: [1], header: { $0 })
        if let shift = a.smallestShift {
            out += "\nSmallest change of winner: moving \(NumberFormatting.short(shift.delta * 100, 2)) points of weight from \(shift.from) to \(shift.to) makes \(shift.overtaker) overtake \(shift.overtaken).\n"
        }
        if a.matrix.vendors.count >= 2 {
            let runnerUp = a.matrix.vendors[1], winner = a.matrix.vendors[0]
            out += "\nWhat \(runnerUp) would need to overtake \(winner), one \(a.level == .groups ? "group" : "criterion") at a time:\n"
            for margin in a.runnerUpMargins.prefix(8) {
                out += "  \(margin.id): \(NumberFormatting.short(margin.score, 1)) → \(NumberFormatting.short(margin.target, 1)) (+\(NumberFormatting.short(margin.improvement, 1)) points)\(margin.possible ? "" : " — impossible within 0–100")\n"
            }
        }
        if let effect = a.disagreementEffect.description { out += "\n" + effect + "\n" }
        out += "\n" + a.verdict + "\n"
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

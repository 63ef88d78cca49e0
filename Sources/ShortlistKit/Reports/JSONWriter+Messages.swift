/// The fields of one message object, written in the sorted key order `JSONWriter` requires.
private struct MessageFields {
    var fields: [(key: String, write: (inout JSONWriter) -> Void)] = []

    mutating func add(_ key: String, _ write: @escaping (inout JSONWriter) -> Void) { fields.append((key, write)) }
    mutating func add(_ key: String, _ value: String) { add(key) { $0.string(value) } }
    mutating func add(_ key: String, _ value: String?) { add(key) { w in if let value { w.string(value) } else { w.null() } } }
    mutating func add(_ key: String, _ value: Double) { add(key) { $0.number(value) } }
    mutating func add(_ key: String, _ value: Double?) { add(key) { w in if let value { w.number(value) } else { w.null() } } }
    mutating func add(_ key: String, _ value: Int) { add(key) { $0.integer(value) } }
    mutating func add(_ key: String, _ value: Bool) { add(key) { $0.bool(value) } }
    mutating func add(_ key: String, _ value: [String]) { add(key) { $0.strings(value) } }
    mutating func add(_ key: String, _ value: [Double]) { add(key) { w in w.beginArray(); for x in value { w.number(x) }; w.endArray() } }

    /// Writes the object: the fields, then `kind`, `message` (English) and `messageZh` (Chinese), all in key order.
    func write(to w: inout JSONWriter, kind: String, text: LocalizedText) {
        var all = fields
        all.append(("kind", { $0.string(kind) }))
        all.append(("message", { $0.string(text.en) }))
        all.append(("messageZh", { $0.string(text.text(in: .chinese)) }))
        w.beginObject()
        for field in all.sorted(by: { $0.key < $1.key }) {
            w.key(field.key)
            field.write(&w)
        }
        w.endObject()
    }
}

extension JSONWriter {
    /// Warnings as objects: `kind`, the ids and numbers of the case, and beside them the sentence,
    /// `message` in English and `messageZh` in Chinese.
    mutating func warningDetails(_ warnings: [EvaluationWarning]) {
        beginArray()
        for warning in warnings {
            var o = MessageFields()
            switch warning {
            case .load(let d):
                o.add("file", d.file)
                o.add("path", d.path)
                if let location = d.location { o.add("line", location.line); o.add("column", location.column) }
            case .rankReversal(let r):
                o.add("formulas") { w in
                    w.beginArray()
                    for f in r.formulas { w.beginObject(); w.key("criterion"); w.string(f.criterion); w.key("method"); w.string(f.method); w.endObject() }
                    w.endArray()
                }
                o.add("lower", r.lower)
                o.add("removed", r.removed)
                o.add("scoresNow", r.scoresNow)
                o.add("scoresWithout", r.scoresWithout)
                o.add("upper", r.upper)
            case .unanswered(let count, let groups, let catalog):
                o.add("catalog", catalog)
                o.add("count", count)
                o.add("groups") { w in
                    w.beginArray()
                    for g in groups { w.beginObject(); w.key("count"); w.integer(g.count); w.key("group"); w.string(g.group); w.endObject() }
                    w.endArray()
                }
            case .weightOverride(let criterion, let weight, let catalogWeight):
                o.add("catalogWeight", catalogWeight)
                o.add("criterion", criterion)
                o.add("weight", weight)
            case .tie(let rank, let vendors, let score):
                o.add("rank", rank)
                o.add("score", score)
                o.add("vendors", vendors)
            case .noVendorPasses:
                break
            case .incomplete(let vendors, let minimum, let lag, let best, let rankedAnyway):
                o.add("bestCoverage", best)
                o.add("lagPoints", lag)
                o.add("minimumCoverage", minimum)
                o.add("ranked", rankedAnyway)
                o.add("vendors") { w in
                    w.beginArray()
                    for v in vendors { w.beginObject(); w.key("coverage"); w.number(v.coverage); w.key("vendor"); w.string(v.vendor); w.endObject() }
                    w.endArray()
                }
            case .lockedWeightChanged(let change):
                o.add("change", change.kind)
                o.add("node", change.node)
            }
            o.write(to: &self, kind: warning.kind, text: warning.text)
        }
        endArray()
    }

    /// Panel notes as objects: `kind`, the ids and numbers of the case, and beside them the
    /// sentence, `message` in English and `messageZh` in Chinese.
    mutating func panelNoteDetails(_ notes: [PanelNote]) {
        beginArray()
        for note in notes {
            var o = MessageFields()
            switch note {
            case .conflict(let evaluator, let vendor, let reason, let criteria):
                o.add("criteria", criteria)
                o.add("evaluator", evaluator)
                o.add("reason", reason)
                o.add("vendor", vendor)
            case .calibration(let c):
                o.add("calibrated", c.calibrated)
                o.add("evaluator", c.evaluator)
                o.add("flag", c.flag?.rawValue)
                o.add("offset", c.offset)
                o.add("sharedCells", c.sharedCells)
                o.add("threshold", c.threshold)
            case .missingRatings(let vendor, let criterion, let missing, let count):
                o.add("consensusOf", count)
                o.add("criterion", criterion)
                o.add("missing", missing)
                o.add("vendor", vendor)
            case .override(let vendor, let criterion, let value, let by, let computed, let reason):
                o.add("by", by)
                o.add("computed", computed)
                o.add("criterion", criterion)
                o.add("reason", reason)
                o.add("value", value)
                o.add("vendor", vendor)
            case .dossierFallback(let vendor, let criterion, let fact):
                o.add("criterion", criterion)
                o.add("fact", fact)
                o.add("vendor", vendor)
            }
            o.write(to: &self, kind: note.kind, text: note.text)
        }
        endArray()
    }
}

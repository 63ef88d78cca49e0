/// A vendor dossier written back as the JSON of `vendors/<id>.json`, and read again exactly as the
/// workspace loader reads it, so that what an import stores is known to load.
package enum DossierJSON {
    /// The dossier as pretty-printed JSON: every fact with its own `source` and `note` where it has them.
    package static func bytes(_ dossier: VendorDossier) -> [UInt8] {
        // The writer wants each object's keys in increasing order, so every object is written sorted.
        var w = JSONWriter()
        func evidence<T>(_ e: Evidence<T>, _ value: (inout JSONWriter, T) -> Void) {
            guard e.source != nil || e.note != nil else { value(&w, e.value); return }
            w.beginObject()
            if let note = e.note { w.key("note"); w.string(note) }
            if let source = e.source { w.key("source"); w.string(source) }
            w.key("value"); value(&w, e.value)
            w.endObject()
        }
        func number(_ w: inout JSONWriter, _ x: Double) { w.number(x) }
        func fact(_ f: Fact) {
            evidence(f) { w, value in
                switch value {
                case .number(let x): w.number(x)
                case .boolean(let b): w.bool(b)
                case .text(let s): w.string(s)
                case .set(let items):
                    w.beginArray()
                    for item in items { w.string(item) }
                    w.endArray()
                }
            }
        }
        var members: [(key: String, write: () -> Void)] = [
            ("version", { w.integer(1) }), ("id", { w.string(dossier.id) }), ("name", { w.string(dossier.name) }),
        ]
        if let industries = dossier.industries {
            members.append(("industries", {
                w.beginArray()
                for entry in industries {
                    w.beginObject()
                    if let clients = entry.clients { w.key("clients"); evidence(clients, number) }
                    w.key("industry"); w.string(entry.industry)
                    w.key("years"); evidence(entry.years, number)
                    w.endObject()
                }
                w.endArray()
            }))
        }
        if let modules = dossier.modules {
            members.append(("modules", {
                w.beginObject()
                for id in modules.keys.sorted() {
                    w.key(id); evidence(modules[id]!) { w, level in w.string(level.rawValue) }
                }
                w.endObject()
            }))
        }
        if let pricing = dossier.pricing {
            members.append(("pricing", {
                var lines: [(key: String, write: () -> Void)] = [("currency", { w.string(pricing.currency) })]
                for line in PriceSheet.Line.allCases {
                    if let amount = pricing[keyPath: line.keyPath] { lines.append((line.rawValue, { evidence(amount, number) })) }
                }
                w.beginObject()
                for entry in lines.sorted(by: { $0.key < $1.key }) { w.key(entry.key); entry.write() }
                w.endObject()
            }))
        }
        if let quote = dossier.quote {
            members.append(("quote", {
                w.beginObject()
                w.key("currency"); w.string(quote.currency)
                if quote.discountPercent != 0 { w.key("discountPercent"); w.number(quote.discountPercent) }
                w.key("lines")
                w.beginArray()
                for line in quote.lines { quoteLine(line) }
                w.endArray()
                w.endObject()
            }))
        }
        func quoteLine(_ line: QuoteLine) {
            var keys: [(key: String, write: () -> Void)] = [("label", { w.string(line.label) })]
            if let source = line.source { keys.append(("source", { w.string(source) })) }
            if let note = line.note { keys.append(("note", { w.string(note) })) }
            if let seats = line.minimumSeats { keys.append(("minimumSeats", { w.number(seats) })) }
            if line.discountPercent != 0 { keys.append(("discountPercent", { w.number(line.discountPercent) })) }
            if line.escalationPercent != 0 { keys.append(("escalationPercent", { w.number(line.escalationPercent) })) }
            if let cap = line.escalationCapPercent { keys.append(("escalationCapPercent", { w.number(cap) })) }
            switch line.kind {
            case .perEmployeeMonth(let x): keys.append(("perEmployeeMonth", { w.number(x) }))
            case .perSiteMonth(let x): keys.append(("perSiteMonth", { w.number(x) }))
            case .annual(let x): keys.append(("annual", { w.number(x) }))
            case .oneOff(let x, let category):
                keys.append(("oneOff", { w.number(x) }))
                keys.append(("category", { w.string(category.rawValue) }))
            case .licence(let x, let percent, let from):
                keys.append(("licence", { w.number(x) }))
                keys.append(("maintenancePercent", { w.number(percent) }))
                keys.append(("maintenanceFrom", { w.integer(from) }))
            case .tiers(let tiers):
                keys.append(("tiers", {
                    w.beginArray()
                    for tier in tiers {
                        w.beginObject()
                        w.key("perEmployeeMonth"); w.number(tier.perEmployeeMonth)
                        if let upTo = tier.upTo { w.key("upTo"); w.number(upTo) }
                        w.endObject()
                    }
                    w.endArray()
                }))
            }
            w.beginObject()
            for entry in keys.sorted(by: { $0.key < $1.key }) { w.key(entry.key); entry.write() }
            w.endObject()
        }
        // Built-in facts at the top level and in their sections.
        for definition in BuiltInFacts.stored where definition.section == nil {
            if let f = dossier.facts[definition.name] { members.append((definition.key, { fact(f) })) }
        }
        for section in BuiltInFacts.sections {
            let present = BuiltInFacts.stored.filter { $0.section == section && dossier.facts[$0.name] != nil }.sorted { $0.key < $1.key }
            guard !present.isEmpty else { continue }
            members.append((section, {
                w.beginObject()
                for definition in present { w.key(definition.key); fact(dossier.facts[definition.name]!) }
                w.endObject()
            }))
        }
        if let references = dossier.references {
            members.append(("references", {
                w.beginArray()
                for reference in references {
                    w.beginObject()
                    if let industry = reference.industry { w.key("industry"); w.string(industry) }
                    w.key("name"); w.string(reference.name)
                    if let source = reference.source { w.key("source"); w.string(source) }
                    w.endObject()
                }
                w.endArray()
            }))
        }
        let own = dossier.facts.keys.filter { BuiltInFacts.definition($0) == nil }.sorted()
        if !own.isEmpty {
            members.append(("facts", {
                w.beginObject()
                for name in own { w.key(name); fact(dossier.facts[name]!) }
                w.endObject()
            }))
        }
        w.beginObject()
        for member in members.sorted(by: { $0.key < $1.key }) { w.key(member.key); member.write() }
        w.endObject()
        var bytes = w.bytes
        if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        return bytes
    }

    /// Decodes `bytes` as the dossier `display` of `workspace`, checked against its catalog and profile
    /// as the loader checks it; the diagnostics say why when it does not decode.
    package static func decode(_ bytes: [UInt8], display: String, workspace: Workspace) -> (dossier: VendorDossier?, diagnostics: [Diagnostic]) {
        let context = DecodingContext()
        guard let node = DocumentDecoding.parse(bytes, display: display, context: context) else { return (nil, context.diagnostics) }
        let reader = JSONReader(node: node, path: .root, file: display, context: context)
        let dossier = VendorDecoder(context: context, lookup: VendorLookup(catalog: workspace.catalog, profile: workspace.profile)).decode(reader, file: display)
        return (dossier, context.diagnostics)
    }
}

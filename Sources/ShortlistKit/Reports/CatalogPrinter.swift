/// A catalog as a readable tree: groups and criteria with local and global weights and rule summaries, then gates.
package struct CatalogPrinter: Sendable {
    /// The catalog to print.
    package let catalog: Catalog
    /// The language of names.
    package let language: Language
    /// The changes a selection's tailoring made, each marked beside its node (removed ones listed at the end).
    package let changes: [CatalogChange]

    /// Creates a printer; `changes` are those of a selection's `"criteria"` (see ``Workspace/tailoring``).
    package init(catalog: Catalog, language: Language = .english, changes: [CatalogChange] = []) {
        self.catalog = catalog
        self.language = language
        self.changes = changes
    }

    /// The marks of the node or gate `id`, joined: "added", "moved from x", "re-weighted 10 → 20".
    private func marks(_ id: String) -> String {
        let s = { (x: Double) in NumberFormatting.short(x) }
        let texts: [LocalizedText] = changes.filter { $0.id == id }.compactMap { change in
            switch change.kind {
            case .added: return TailoringWording.added
            case .moved: return TailoringWording.movedFrom(change.detail ?? CriterionTree.root)
            case .renamed: return TailoringWording.renamedFrom(change.detail ?? id)
            case .reweighted: return TailoringWording.reweighted(s(change.before ?? 0), s(change.after ?? 0))
            case .scaleChanged: return TailoringWording.scaleChanged(change.detail ?? "")
            case .severityChanged: return TailoringWording.severityChanged(change.detail ?? "")
            case .dropped, .pruned, .declared: return nil
            }
        }
        return texts.isEmpty ? "" : "  ← " + texts.map { $0.text(in: language) }.joined(separator: language == .chinese ? "；" : "; ")
    }

    /// The tree as text.
    package var text: String {
        let tree = WeightTree(catalog: catalog)
        var out = "\(catalog.name.text(in: language)) (\(catalog.id))"
        if language == .english, let zh = catalog.name.zh { out += " · \(zh)" }
        out += "\n"
        if !catalog.bases.isEmpty { out += (language == .chinese ? "组合于：" : "extends: ") + catalog.bases.joined(separator: " → ") + "\n" }
        if let description = catalog.description { out += description.text(in: language) + "\n" }
        if !changes.isEmpty { out += TailoringWording.tailoredBy(changes.count).text(in: language) + "\n" }
        out += TailoringWording.missingFacts(catalog.missingFacts.rawValue).text(in: language) + "\n\n"
        let columns = TailoringWording.columns
        out += TextWidth.pad(columns.criterion.text(in: language), to: 52) + "  " + TextWidth.pad(columns.local.text(in: language), to: 6, alignRight: true)
            + "  " + TextWidth.pad(columns.global.text(in: language), to: 6, alignRight: true) + "  " + columns.rule.text(in: language) + "\n"
        for node in tree.nodes {
            var name = "\(String(repeating: "  ", count: node.depth))\(node.id) · \(node.name.text(in: language))"
            if language == .english, let zh = node.name.zh { name += " / \(zh)" }
            let local = NumberFormatting.fixed(node.localWeight * 100, 1) + "%"
            let global = NumberFormatting.fixed(node.globalWeight * 100, 1) + "%"
            let rule = node.rule.map { Self.summary($0, unit: FactUnits.unit(of: $0.fact, catalog: catalog, currency: nil), in: language) } ?? ""
            out += TextWidth.pad(TextWidth.truncate(name, to: 52), to: 52) + "  " + TextWidth.pad(local, to: 6, alignRight: true) + "  " + TextWidth.pad(global, to: 6, alignRight: true) + "  " + rule + marks(node.id) + "\n"
        }
        for (severity, heading) in [(GateSeverity.knockOut, TailoringWording.knockOutGates), (.flag, TailoringWording.flagGates)] {
            let gates = catalog.gates.filter { $0.severity == severity }
            guard !gates.isEmpty else { continue }
            out += "\n" + heading.text(in: language) + "\n"
            for gate in gates {
                var unit: LocalizedText?
                if case .fact(let fact, _, _) = gate.kind { unit = FactUnits.unit(of: fact, catalog: catalog, currency: nil) }
                out += "  \(gate.id): \(Self.summary(gate, unit: unit, in: language))\(marks(gate.id))\n"
            }
        }
        let removed: [LocalizedText] = changes.compactMap { change in
            switch change.kind {
            case .dropped: return TailoringWording.dropped(change.id, from: change.detail ?? CriterionTree.root)
            case .pruned: return TailoringWording.pruned(change.id, from: change.detail ?? CriterionTree.root)
            default: return nil
            }
        }
        let declared = changes.filter { $0.kind == .declared }.map(\.id)
        if !declared.isEmpty {
            // A declared number shows its unit: "sla.availability (%)".
            let labelled = declared.map { id in FactUnits.unit(of: id, catalog: catalog, currency: nil).map { "\(id) (\($0.text(in: language)))" } ?? id }
            out += "\n" + TailoringWording.declared(labelled).text(in: language) + "\n"
        }
        if !removed.isEmpty {
            out += "\n" + TailoringWording.removedHeading.text(in: language) + "\n"
            for text in removed { out += "  " + text.text(in: language) + "\n" }
        }
        return out
    }

    /// A one-line summary of a rule in `language` (ids and numbers stay as written); a `scale` rule
    /// names the `unit` of its fact's values.
    package static func summary(_ rule: Rule, unit: LocalizedText? = nil, in language: Language = .english) -> String {
        let s = { (x: Double) in NumberFormatting.short(x) }
        let curve = { (c: PiecewiseLinear) in c.points.map { "\(s($0.x))→\(s($0.y))" }.joined(separator: " ") }
        let w = RuleSummaryWording.self
        let text: LocalizedText
        switch rule {
        case .modules(let selection):
            switch selection {
            case .required: text = w.modulesRequired
            case .desired: text = w.modulesDesired
            case .list(let ids): text = w.modules(ids)
            }
        case .industryExperience(let c): text = w.industryYears(curve(c))
        case .scale(let fact, let c): text = w.scale(fact, unit: unit, curve(c))
        case .boolean(let fact, let t, let f): text = w.boolean(fact, yes: s(t), no: s(f))
        case .coverage(let fact, let required):
            if case .list(let ids) = required { text = w.coverage(fact, of: ids) } else { text = w.coverageOfProfile(fact) }
        case .lookup(let fact, let table, let otherwise):
            text = w.lookup(fact, entries: table.map { "\($0.value) \(s($0.score))" }, otherwise: otherwise.map(s))
        case .cost(let basis, let method):
            switch method {
            case .budgetRange(let best, let worst): text = w.costBudgetRange(basis.rawValue, best: NumberFormatting.percent(best, 0), worst: NumberFormatting.percent(worst, 0))
            case .fixedRange(let best, let worst): text = w.costFixedRange(basis.rawValue, best: NumberFormatting.amount(best), worst: NumberFormatting.amount(worst))
            default: text = w.costRelative(basis.rawValue, method: method.name)
            }
        case .deployment(let p, let a): text = w.deployment(preferred: s(p), acceptable: s(a))
        case .deadline(let c): text = w.deadline(curve(c))
        case .rating(let fact, let scale): text = w.rating(fact, from: s(scale.min), to: s(scale.max))
        }
        return text.text(in: language)
    }

    /// A one-line summary of a gate, in `language` (fact ids, operators and values stay as written).
    package static func summary(_ gate: Gate, unit: LocalizedText? = nil, in language: Language = .english) -> String {
        var text: LocalizedText
        switch gate.kind {
        case .requiredModules(let level): text = LocalizedText(en: "every required module at least \(level.rawValue)", zh: "每个必需模块至少 \(level.rawValue)")
        case .budget(let test): text = LocalizedText(en: "within budget and tolerance (\(test.name))", zh: "不超出预算及容差（\(test.name)）")
        case .deployment: text = LocalizedText(en: "an acceptable deployment", zh: "提供可接受的部署方式")
        case .certifications: text = LocalizedText(en: "every required certification", zh: "具备每项必需认证")
        case .deadline: text = LocalizedText(en: "implementation within the go-live deadline", zh: "实施周期不超过上线期限")
        case .fact(let fact, let op, let value):
            let word = RuleSummaryWording.comparison(op)
            text = LocalizedText(en: "\(fact) \(word.en) \(FactUnits.text(value, unit: unit, in: .english))", zh: "\(fact) \(word.text(in: .chinese)) \(FactUnits.text(value, unit: unit, in: .chinese))")
        }
        if gate.passesWhenMissing { text = LocalizedText.joined([text, LocalizedText(en: "(passes when the fact is missing)", zh: "（缺少该事实时视为通过）")], en: " ", zh: "") }
        if let condition = gate.when { text = LocalizedText.joined([text, LocalizedText(en: "only when " + condition.text.en, zh: "仅当 " + condition.text.text(in: .chinese))], en: " — ", zh: " — ") }
        return text.text(in: language)
    }
}

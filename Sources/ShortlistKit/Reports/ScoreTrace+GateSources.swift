extension ScoreTrace {
    /// The facts behind a failed gate, one line each with its source, note and place in the dossier, so that a
    /// knock-out traces to the questionnaire row (or document) the failing answer came from.
    /// Each number carries its unit, and the words are in `language`.
    func gateSourceLines(_ gate: GateResult, vendor v: Int, indent: String, language: Language = .english) -> String {
        guard !gate.passed else { return "" }
        let facts = evaluation.facts[v], dossier = facts.dossier
        var uses: [(name: String, value: String, source: String?, note: String?, location: SourceLocation?)] = []
        func fact(_ name: String) {
            let unit = FactUnits.unit(of: name, catalog: evaluation.workspace.catalog, currency: evaluation.workspace.profile.budget.currency)
            if let f = facts[name] { uses.append((name, FactUnits.text(f.value, unit: unit, in: language), f.source, f.note, f.location)) }
        }
        switch gate.gate.kind {
        case .fact(let name, _, _): fact(name)
        case .deadline: fact("implementationWeeks")
        case .deployment: fact("deployments")
        case .certifications: fact("security.certifications")
        case .budget:
            if let pricing = dossier.pricing {
                for line in PriceSheet.Line.allCases {
                    if let amount = pricing[keyPath: line.keyPath] { uses.append(("pricing.\(line.rawValue)", NumberFormatting.short(amount.value, 6), amount.source, amount.note, amount.location)) }
                }
            }
        case .requiredModules(let minimum):
            for id in evaluation.workspace.profile.requiredModules {
                let level = dossier.modules?[id]
                let value = level?.value ?? .none
                if value.level < minimum.level || value.level == 0 {
                    uses.append(("modules.\(id)", value.rawValue, level?.source, level?.note, level?.location))
                }
            }
        }
        var out = ""
        for use in uses {
            var whereFrom: [String] = []
            if let source = use.source { whereFrom.append(TraceWording.source.text(in: language) + TextWidth.printable(source)) }
            if let location = use.location { whereFrom.append("\(dossier.file):\(location.line):\(location.column)") }
            if let note = use.note { whereFrom.append(TraceWording.note.text(in: language) + TextWidth.printable(note)) }
            out += "\(indent)\(TraceWording.fact.text(in: language)) \(use.name) = \(TextWidth.printable(use.value))" + (whereFrom.isEmpty ? "" : " (\(whereFrom.joined(separator: "; ")))") + "\n"
        }
        return out
    }
}

/// The checks a shipped catalog must pass beyond loading (`shortlist criteria --check`).
///
/// Loading already refuses unknown facts, unknown ids and duplicate ids; this adds what makes a
/// catalog fit to ship: every group's raw weights sum to 100 (the top level too, unless the
/// catalog is composed on another and stated its total under `tailoring.totals`), every declared
/// fact is used by a rule or gate, every vocabulary id a rule or gate names is declared, every
/// vocabulary term, node and declared fact has English and Chinese names, and every criterion has
/// an English and Chinese description, question and rationale, and a source.
package enum CatalogCheck {
    /// Every problem of `catalog`, reported against `file`; empty when it passes.
    package static func problems(in catalog: Catalog, file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func report(_ path: String, _ message: String) { problems.append(Diagnostic(file: file, path: path, message: message)) }
        func bilingual(_ text: LocalizedText?, _ path: String, _ what: String) {
            guard let text else { return report(path, "no \(what)") }
            if text.en.allSatisfy(\.isWhitespace) { report(path, "no English \(what)") }
            if (text.zh ?? "").allSatisfy(\.isWhitespace) { report(path, "no Chinese \(what)") }
        }

        var seen: Set<String> = []
        for id in catalog.allNodes.map(\.id) + catalog.gates.map(\.id) where !seen.insert(id).inserted { report(id, "the id \"\(id)\" is used twice") }

        func checkTotal(_ children: [CriterionNode], weighting: WeightingSpec?, path: String) {
            guard weighting == nil || weighting == .points else { return }
            let total = children.reduce(0) { $0 + $1.weight }
            if abs(total - 100) > 1e-9 {
                report(path, "the weights of \(children.map(\.id).joined(separator: ", ")) sum to \(NumberFormatting.short(total)), not 100")
            }
        }
        if catalog.bases.isEmpty { checkTotal(catalog.criteria, weighting: catalog.weighting, path: "criteria") }

        func walk(_ nodes: [CriterionNode], _ prefix: String) {
            for node in nodes {
                let path = prefix + node.id
                bilingual(node.name, path, "name")
                bilingual(node.description, path, "description")
                if node.children.isEmpty {
                    bilingual(node.question, path, "question for the vendors")
                    bilingual(node.rationale, path, "rationale for the weight")
                    if (node.source ?? "").allSatisfy(\.isWhitespace) { report(path, "no source") }
                } else {
                    checkTotal(node.children, weighting: node.weighting, path: path)
                    walk(node.children, path + ".")
                }
            }
        }
        walk(catalog.criteria, "criteria.")

        // Facts and vocabulary ids named by rules and gates.
        var usedFacts: Set<String> = []
        var namedIDs: [(kind: String, id: String, path: String)] = []
        for node in catalog.allNodes {
            guard case .criterion(let rule, _) = node.content else { continue }
            usedFacts.insert(rule.fact)
            switch rule {
            case .modules(.list(let ids)): namedIDs += ids.map { ("modules", $0, "criteria." + node.id) }
            case .coverage(let fact, .list(let ids)) where BuiltInFacts.definition(fact)?.vocabulary == .integrations: namedIDs += ids.map { ("integrations", $0, "criteria." + node.id) }
            case .coverage(let fact, .list(let ids)) where BuiltInFacts.definition(fact)?.vocabulary == .certifications: namedIDs += ids.map { ("certifications", $0, "criteria." + node.id) }
            default: break
            }
        }
        for gate in catalog.gates {
            guard case .fact(let fact, _, let value) = gate.kind else { continue }
            usedFacts.insert(fact)
            if case .text(let id) = value, let kind = BuiltInFacts.definition(fact)?.vocabulary {
                if kind == .integrations { namedIDs.append(("integrations", id, "gates." + gate.id)) }
                if kind == .certifications { namedIDs.append(("certifications", id, "gates." + gate.id)) }
            }
        }
        for declaration in catalog.facts {
            bilingual(declaration.name, "facts." + declaration.id, "name")
            if !usedFacts.contains(declaration.id) { report("facts." + declaration.id, "the fact \"\(declaration.id)\" is declared but no rule or gate uses it") }
        }
        let vocabulary: [String: [VocabularyEntry]] = ["industries": catalog.vocabulary.industries, "modules": catalog.vocabulary.modules,
                                                       "integrations": catalog.vocabulary.integrations, "certifications": catalog.vocabulary.certifications]
        for named in namedIDs where !(vocabulary[named.kind] ?? []).contains(where: { $0.id == named.id }) {
            report(named.path, "names the \(named.kind) id \"\(named.id)\", which the vocabulary does not declare")
        }
        for kind in ["industries", "modules", "integrations", "certifications"] {
            for entry in vocabulary[kind] ?? [] { bilingual(entry.name, "vocabulary.\(kind).\(entry.id)", "name") }
        }
        return problems
    }
}

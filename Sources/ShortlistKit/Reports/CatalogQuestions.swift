/// A catalog's questions for the vendors, group by group: what to ask to score each criterion,
/// with the fact the answer fills in and its type (the start of an RFI questionnaire).
package struct CatalogQuestions: Sendable {
    /// The catalog whose questions are listed.
    package let catalog: Catalog
    /// The language of the questions and names.
    package let language: Language

    /// Creates the list.
    package init(catalog: Catalog, language: Language = .english) {
        self.catalog = catalog
        self.language = language
    }

    /// The questions as text: a heading per top-level group, then `id — question [fact: type]` per criterion.
    package var text: String {
        var out = "\(catalog.name.text(in: language)) (\(catalog.id)) — " + (language == .chinese ? "供应商问卷\n" : "questions for the vendors\n")
        func fact(_ rule: Rule) -> String {
            switch rule {
            case .modules: return "modules"
            case .cost: return "pricing"
            case .deployment: return "deployments"
            case .deadline: return "implementationWeeks"
            case .rating(let fact, let scale): return "\(fact): " + (language == .chinese ? "评估人评分" : "rated by evaluators") + " \(NumberFormatting.short(scale.min))–\(NumberFormatting.short(scale.max))"
            default:
                let type = BuiltInFacts.definition(rule.fact)?.type ?? catalog.facts.first { $0.id == rule.fact }?.type
                return rule.fact + (type.map { ": \($0.rawValue)" } ?? "")
            }
        }
        func walk(_ nodes: [CriterionNode], depth: Int) {
            for node in nodes {
                let indent = String(repeating: "  ", count: depth)
                switch node.content {
                case .group(let children):
                    out += "\n\(indent)\(node.name.text(in: language)) (\(node.id))\n"
                    walk(children, depth: depth + 1)
                case .criterion(let rule, _):
                    let question = node.question?.text(in: language) ?? (language == .chinese ? "(无问题)" : "(no question)")
                    out += "\(indent)\(node.id) — \(question) [\(fact(rule))]\n"
                }
            }
        }
        walk(catalog.criteria, depth: 0)
        let gateFacts = catalog.facts.filter { declaration in declaration.question != nil && !catalog.allNodes.contains { if case .criterion(let rule, _) = $0.content { return rule.fact == declaration.id }; return false } }
        if !gateFacts.isEmpty {
            out += "\n" + (language == .chinese ? "否决项所需信息" : "For the gates") + "\n"
            for declaration in gateFacts { out += "  \(declaration.id) — \(declaration.question!.text(in: language)) [\(declaration.type.rawValue)]\n" }
        }
        return out
    }
}

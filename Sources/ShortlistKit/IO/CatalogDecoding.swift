/// Decodes and checks a criteria catalog.
struct CatalogDecoder {
    let context: DecodingContext
    /// Finds the catalog an `"extends"` names; without it, a catalog that extends another is an error.
    var bases: CatalogBaseResolver? = nil

    private static let keys = ["version", "id", "name", "description", "missingFacts", "vocabulary", "facts", "gates", "criteria", "weighting"]

    func decode(_ reader: JSONReader) -> Catalog? {
        if case .object(let members) = reader.node.value, members.contains(where: { $0.key == "extends" }) {
            return CatalogComposer(context: context, bases: bases).decode(reader)
        }
        let errorsBefore = context.errorCount
        guard let object = reader.object(keys: Self.keys) else { return nil }
        object.version()
        let id = object.required("id", "the catalog's id")?.identifier()
        let name = object.required("name", "the catalog's name")?.localizedText()
        let description = object.optional("description")?.localizedText()
        let missing = object.optional("missingFacts")?.missingFactPolicy() ?? .worst
        let vocabulary = object.optional("vocabulary").flatMap(decodeVocabulary) ?? Vocabulary()
        let facts = object.optional("facts").flatMap(decodeFactDeclarations) ?? []
        let scope = FactScope(declared: facts, vocabulary: vocabulary)

        var ids: [String: SourceLocation] = [:]
        var gates: [Gate] = []
        if let list = object.optional("gates")?.array() {
            for element in list {
                if let gate = GateDecoder(context: context, scope: scope).decode(element) {
                    claim(gate.id, at: element, in: &ids)
                    gates.append(gate)
                }
            }
        }
        var criteria: [CriterionNode] = []
        var weighting: WeightingSpec?
        if let list = object.required("criteria", "the tree of criteria")?.array() {
            if list.isEmpty { object.reader.fail("the catalog has no criteria") }
            var weightless: [JSONReader] = []
            criteria = decodeNodes(list, scope: scope, ids: &ids, weightless: &weightless)
            weighting = object.optional("weighting").flatMap { checkWeighting($0, children: criteria) }
            if weighting == nil { checkWeights(criteria, at: object.optional("criteria")!, weightless: weightless) }
        }
        if ids["root"] != nil { object.reader.fail("\"root\" is reserved for the top level in weightings; rename that criterion or group") }
        guard context.errorCount == errorsBefore, let id, let name else { return nil }
        var catalog = Catalog(id: id, name: name, description: description, missingFacts: missing, vocabulary: vocabulary, facts: facts, gates: gates, criteria: criteria)
        catalog.weighting = weighting
        return catalog
    }

    func claim(_ id: String, at reader: JSONReader, in ids: inout [String: SourceLocation]) {
        if let first = ids[id] {
            reader.fail("duplicate id \"\(id)\" (first used at line \(first.line), column \(first.column)); ids must be unique across criteria and gates")
        } else {
            ids[id] = reader.node.location
        }
    }

    func decodeVocabulary(_ reader: JSONReader) -> Vocabulary? {
        guard let object = reader.object(keys: ["industries", "modules", "integrations", "certifications"]) else { return nil }
        func entries(_ key: String) -> [VocabularyEntry] {
            guard let map = object.optional(key)?.map() else { return [] }
            return map.compactMap { key, value in value.localizedText().map { VocabularyEntry(id: key, name: $0) } }
        }
        return Vocabulary(industries: entries("industries"), modules: entries("modules"), integrations: entries("integrations"), certifications: entries("certifications"))
    }

    func decodeFactDeclarations(_ reader: JSONReader) -> [FactDeclaration]? {
        guard let map = reader.map() else { return nil }
        var result: [FactDeclaration] = []
        for (name, value) in map {
            if BuiltInFacts.definition(name) != nil {
                value.failAtKey("\"\(name)\" is a built-in fact and cannot be declared again")
                continue
            }
            guard let object = value.object(keys: ["type", "name", "description", "question", "unit"]) else { continue }
            let type = object.required("type", "one of number, boolean, text, set")?.oneOf(FactType.allCases.map(\.rawValue)).flatMap(FactType.init(rawValue:))
            let display = object.optional("name")?.localizedText() ?? LocalizedText(en: name)
            let description = object.optional("description")?.localizedText()
            let question = object.optional("question")?.localizedText()
            var unit: LocalizedText?
            if let unitReader = object.optional("unit") {
                unit = unitReader.unit()
                if let type, type != .number {
                    unitReader.fail("a unit belongs to a number fact; \"\(name)\" is a \(type.rawValue) fact (leave \"unit\" out, or make it \"type\": \"number\")")
                    unit = nil
                }
            }
            if let type {
                var declaration = FactDeclaration(id: name, type: type, name: display, description: description, unit: unit)
                declaration.question = question
                result.append(declaration)
            }
        }
        return result
    }

    /// Decodes sibling nodes; those without a `weight` are collected in `weightless` (a weight is
    /// needed only when the parent weighs its children by points).
    func decodeNodes(_ list: [JSONReader], scope: FactScope, ids: inout [String: SourceLocation], weightless: inout [JSONReader]) -> [CriterionNode] {
        var nodes: [CriterionNode] = []
        for element in list {
            guard let object = element.object(keys: ["id", "name", "description", "weight", "children", "rule", "weighting", "question", "rationale", "source"]) else { continue }
            let id = object.required("id", "the node's id")?.identifier()
            if let id { claim(id, at: object.optional("id")!, in: &ids) }
            let name = object.required("name", "the node's name")?.localizedText()
            let description = object.optional("description")?.localizedText()
            var weight: Double?
            if let weightReader = object.optional("weight") {
                weight = weightReader.number(.weight)
            } else {
                weight = 0
                weightless.append(element)
            }
            let content: CriterionNode.Content?
            var weighting: WeightingSpec?
            switch (object.optional("children"), object.optional("rule")) {
            case (let children?, nil):
                if let list = children.array() {
                    if list.isEmpty { children.fail("a group needs at least one child") }
                    var nestedWeightless: [JSONReader] = []
                    let nested = decodeNodes(list, scope: scope, ids: &ids, weightless: &nestedWeightless)
                    weighting = object.optional("weighting").flatMap { checkWeighting($0, children: nested) }
                    if weighting == nil { checkWeights(nested, at: children, weightless: nestedWeightless) }
                    content = .group(nested)
                } else {
                    content = nil
                }
            case (nil, let rule?):
                content = RuleDecoder(context: context, scope: scope).decode(rule)
                if let extra = object.optional("weighting") { extra.fail("\"weighting\" belongs on a group (a node with \"children\")") }
            case (.some, .some):
                element.fail("a node has either \"children\" (a group) or \"rule\" (a criterion), not both")
                content = nil
            case (nil, nil):
                element.fail("a node needs \"children\" (a group) or \"rule\" (a criterion)")
                content = nil
            }
            if let id, let name, let weight, let content {
                var node = CriterionNode(id: id, name: name, description: description, weight: weight, content: content)
                node.weighting = weighting
                decodeNotes(object, into: &node)
                nodes.append(node)
            }
        }
        return nodes
    }

    /// Reads a group's weighting and checks it against the children; nil (reported) when it does not fit.
    func checkWeighting(_ reader: JSONReader, children: [CriterionNode]) -> WeightingSpec? {
        guard let spec = reader.weightingSpec() else { return nil }
        do {
            _ = try spec.resolve(children: children.map(\.id), points: children.map(\.weight))
        } catch {
            reader.weightingEntry(error.entry, part: error.part).fail(error.description)
            return nil
        }
        return spec
    }

    func checkWeights(_ nodes: [CriterionNode], at reader: JSONReader, weightless: [JSONReader]) {
        for element in weightless {
            // A misspelt "weight" is already reported as an unknown key with the suggestion.
            if case .object(let members) = element.node.value, members.contains(where: { NearestMatch.suggestion(for: $0.key, among: ["weight"]) == "weight" }) { continue }
            element.fail("missing key \"weight\" (a raw weight ≥ 0; optional only when the group sets a rankOrder or ahp \"weighting\")")
        }
        guard !nodes.isEmpty, weightless.isEmpty else { return }
        if nodes.reduce(0, { $0 + $1.weight }) <= 0 {
            reader.fail("the weights of \(nodes.map(\.id).joined(separator: ", ")) sum to zero; at least one must be positive")
        }
    }
}

/// The facts and ids a catalog's rules and gates may name.
struct FactScope {
    let declared: [FactDeclaration]
    let vocabulary: Vocabulary

    /// The type of a fact, built-in or declared.
    func type(of fact: String) -> FactType? {
        BuiltInFacts.definition(fact)?.type ?? declared.first { $0.id == fact }?.type
    }

    /// Every fact name, for suggestions.
    var allNames: [String] { BuiltInFacts.all.map(\.name) + declared.map(\.id) }

    /// Reads a fact name, reporting an unknown fact or a type other than `expected`.
    func fact(_ reader: JSONReader, expected: [FactType]) -> String? {
        guard let name = reader.string() else { return nil }
        guard let type = type(of: name) else {
            var message = "unknown fact \"\(name)\""
            message += NearestMatch.didYouMean(name, among: allNames)
            reader.fail(message + " (declare the catalog's own facts under \"facts\")")
            return nil
        }
        guard expected.contains(type) else {
            reader.fail("the fact \"\(name)\" is \(type.article) but this rule needs \(expected.map(\.article).joined(separator: " or "))")
            return nil
        }
        return name
    }

    /// The vocabulary entries for ids of the set fact `fact`, or nil when the fact has no vocabulary.
    func entries(forSetFact fact: String) -> [String]? {
        switch BuiltInFacts.definition(fact)?.vocabulary {
        case .deployments: return Deployment.allCases.map(\.rawValue)
        case .integrations: return vocabulary.integrations.map(\.id)
        case .certifications: return vocabulary.certifications.map(\.id)
        case nil: return nil
        }
    }

    /// Reads a list of ids that must all be in `known` (when the vocabulary is not empty).
    func ids(_ reader: JSONReader, known: [String], kind: String) -> [String]? {
        guard let list = reader.stringList() else { return nil }
        var ok = true
        if !known.isEmpty, let elements = reader.array() {
            for (id, element) in zip(list, elements) where !known.contains(id) {
                element.fail(unknownIDMessage(id, known: known, kind: kind))
                ok = false
            }
        }
        return ok ? list : nil
    }
}

/// "unknown module \"x\"; did you mean …" or the list of known ids.
func unknownIDMessage(_ id: String, known: [String], kind: String) -> String {
    let message = "unknown \(kind) \"\(id)\""
    return message + NearestMatch.didYouMean(id, among: known, otherwise: "; known: " + NearestMatch.listed(known))
}

extension FactType {
    /// "a number", "a boolean", "a text", "a set".
    var article: String {
        switch self {
        case .number: return "a number"
        case .boolean: return "a boolean"
        case .text: return "a text"
        case .set: return "a set"
        }
    }
}

/// Applies a tailoring overlay to a catalog: the one mechanism by which a catalog extends
/// another (`"extends"` + `"tailoring"`), and by which a selection will tailor its catalog.
///
/// The overlay's sections are applied in this order, each seeing the result of the ones before:
/// `vocabulary`, `facts` and `gates` (added), `keep` (only these nodes, with their subtrees and the
/// groups above them, stay), `drop` (nodes or gates), `add` (nodes under a group
/// or `"root"`, at the end or `"after"` a child), `move` (a node under another group or `"root"`, likewise), `rename` (labels), `weights`
/// (raw weights) and `scales` (a rated criterion's scale and anchors). Every group whose children or weights changed must keep the total of raw
/// weights it had before (so that weights written to sum to 100 still do), unless `totals` states
/// its new total, which it must then have exactly.
struct CatalogTailor {
    let context: DecodingContext

    /// The sections of a tailoring overlay.
    static let keys = ["vocabulary", "facts", "gates", "severity", "keep", "drop", "add", "move", "rename", "weights", "scales", "points", "totals", "note"]
    private static var vocabularyKinds: [(key: String, path: WritableKeyPath<Vocabulary, [VocabularyEntry]>)] { [
        ("industries", \.industries), ("modules", \.modules), ("integrations", \.integrations), ("certifications", \.certifications)] }

    /// Applies the overlay read by `reader` to `catalog`; `origin` names what is tailored in messages.
    /// Returns the changes made, in the order they were applied.
    @discardableResult
    func apply(_ reader: JSONReader, to catalog: inout Catalog, origin: String) -> [CatalogChange] {
        guard let object = reader.object(keys: Self.keys) else { return [] }
        _ = object.optional("note")?.string()
        var changes: [CatalogChange] = []
        let decoder = CatalogDecoder(context: context)
        let totalsBefore = Self.totals(catalog)
        var touched: [(group: String, at: JSONReader)] = []

        if let section = object.optional("vocabulary") { addVocabulary(section, to: &catalog, origin: origin, decoder: decoder, changes: &changes) }
        if let section = object.optional("facts"), let added = decoder.decodeFactDeclarations(section), let map = section.map() {
            for declaration in added {
                if catalog.facts.contains(where: { $0.id == declaration.id }) {
                    map.first { $0.key == declaration.id }?.value.failAtKey("\(origin) declares the fact \"\(declaration.id)\" already")
                } else {
                    catalog.facts.append(declaration)
                    changes.append(CatalogChange(.declared, id: declaration.id, detail: "fact"))
                }
            }
        }
        let scope = FactScope(declared: catalog.facts, vocabulary: catalog.vocabulary)
        var added: [String: SourceLocation] = [:]

        if let list = object.optional("gates")?.array() {
            for element in list {
                guard let gate = GateDecoder(context: context, scope: scope).decode(element) else { continue }
                if isTaken(gate.id, in: catalog) {
                    idReader(gate.id, in: element).fail("\(origin) has a node or gate \"\(gate.id)\" already; choose another id, or drop it first")
                } else if let first = added[gate.id] {
                    idReader(gate.id, in: element).fail("duplicate id \"\(gate.id)\" (first used at line \(first.line), column \(first.column)); ids must be unique across criteria and gates")
                } else {
                    added[gate.id] = element.node.location
                    catalog.gates.append(gate)
                    changes.append(CatalogChange(.added, id: gate.id, detail: "gate"))
                }
            }
        }

        if let map = object.optional("severity")?.map() {
            for (id, value) in map {
                guard let severity = value.oneOf(GateSeverity.allCases.map(\.rawValue)).flatMap(GateSeverity.init(rawValue:)) else { continue }
                guard let index = catalog.gates.firstIndex(where: { $0.id == id }) else {
                    value.failAtKey(unknownIDMessage(id, known: catalog.gates.map(\.id), kind: "gate"))
                    continue
                }
                if catalog.gates[index].severity != severity { changes.append(CatalogChange(.severityChanged, id: id, detail: catalog.gates[index].severity.rawValue)) }
                catalog.gates[index].severity = severity
            }
        }

        let prunedIDs = Dictionary(catalog.allNodes.map { ($0.id, CriterionTree.ids($0)) }, uniquingKeysWith: { a, _ in a })
        if let section = object.optional("keep") { keep(section, in: &catalog, touched: &touched, changes: &changes) }
        // Every id `keep` removed (with the subtrees), so that naming one later says why it is gone.
        let pruned = Set(changes.filter { $0.kind == .pruned }.flatMap { change in prunedIDs[change.id] ?? [change.id] })

        if let section = object.optional("drop"), let ids = section.stringList(), let elements = section.array() {
            for (id, element) in zip(ids, elements) {
                if let index = catalog.gates.firstIndex(where: { $0.id == id }) {
                    catalog.gates.remove(at: index)
                    changes.append(CatalogChange(.dropped, id: id, detail: "gates"))
                    continue
                }
                guard let found = CriterionTree.find(id, in: catalog.criteria) else {
                    element.fail(missing(id, known: allIDs(catalog), kind: "node or gate", pruned: pruned))
                    continue
                }
                if CriterionTree.children(of: found.parent, in: catalog.criteria)?.count == 1 {
                    element.fail(found.parent == CriterionTree.root ? "dropping \"\(id)\" would leave the catalog without criteria; add another top-level node first" : "dropping \"\(id)\" would leave the group \"\(found.parent)\" empty; drop \"\(found.parent)\" instead")
                    continue
                }
                _ = CriterionTree.remove(id, from: &catalog.criteria)
                changes.append(CatalogChange(.dropped, id: id, detail: found.parent))
                touched.append((found.parent, element))
            }
        }

        if let list = object.optional("add")?.array() {
            for element in list {
                guard let entry = element.object(keys: ["under", "after", "nodes"]) else { continue }
                guard let underReader = entry.required("under", "the id of the group to add to, or \"root\" for the top level"),
                      let under = underReader.string(),
                      let nodesReader = entry.required("nodes", "the groups and criteria to add, written as in a catalog's \"criteria\""),
                      let nodeList = nodesReader.array() else { continue }
                guard let siblings = groupChildren(under, at: underReader, catalog: catalog) else { continue }
                let after = entry.optional("after").flatMap { sibling(of: under, $0, among: siblings) }
                if nodeList.isEmpty { nodesReader.fail("expected at least one node to add") }
                var weightless: [JSONReader] = []
                var ids = added
                let nodes = decoder.decodeNodes(nodeList, scope: scope, ids: &ids, weightless: &weightless)
                added = ids
                if weighting(of: under, in: catalog) == nil {
                    for missing in weightless { missing.fail("missing key \"weight\" (a raw weight ≥ 0, beside those of the group's other children)") }
                }
                var fresh: [CriterionNode] = []
                for node in nodes {
                    let clashes = CriterionTree.ids(node).filter { isTaken($0, in: catalog) }
                    for id in clashes { idReader(id, in: nodesReader).fail("\(origin) has a node or gate \"\(id)\" already; choose another id, or drop it first") }
                    if clashes.isEmpty { fresh.append(node) }
                }
                _ = CriterionTree.append(fresh, under: under, after: after, in: &catalog.criteria)
                changes += fresh.flatMap(CriterionTree.ids).map { CatalogChange(.added, id: $0) }
                touched.append((under, underReader))
            }
        }

        if let list = object.optional("move")?.array() {
            for element in list {
                guard let entry = element.object(keys: ["node", "under", "after"]) else { continue }
                guard let nodeReader = entry.required("node", "the id of the group or criterion to move"), let id = nodeReader.string(),
                      let underReader = entry.required("under", "the id of the group to move it under, or \"root\" for the top level"), let under = underReader.string() else { continue }
                guard let found = CriterionTree.find(id, in: catalog.criteria) else {
                    nodeReader.fail(missing(id, known: catalog.allNodes.map(\.id), kind: "node", pruned: pruned))
                    continue
                }
                if under == id {
                    underReader.fail("cannot move \"\(id)\" under itself")
                    continue
                }
                if CriterionTree.ids(found.node).contains(under) {
                    underReader.fail("cannot move \"\(id)\" under \"\(under)\", which is inside it")
                    continue
                }
                guard let siblings = groupChildren(under, at: underReader, catalog: catalog) else { continue }
                let afterReader = entry.optional("after")
                let after = afterReader.flatMap { sibling(of: under, $0, among: siblings) }
                if afterReader != nil && after == nil { continue }
                if found.parent == under && afterReader == nil { continue }
                if CriterionTree.children(of: found.parent, in: catalog.criteria)?.count == 1 {
                    nodeReader.fail("moving \"\(id)\" would leave the group \"\(found.parent)\" empty; move or drop \"\(found.parent)\" instead")
                    continue
                }
                if let moved = CriterionTree.remove(id, from: &catalog.criteria) {
                    _ = CriterionTree.append([moved], under: under, after: after == id ? nil : after, in: &catalog.criteria)
                    changes.append(CatalogChange(.moved, id: id, detail: found.parent))
                }
                touched.append((found.parent, nodeReader))
                touched.append((under, underReader))
            }
        }

        if let map = object.optional("rename")?.map() {
            for (id, value) in map {
                guard let name = value.localizedText() else { continue }
                if let index = catalog.gates.firstIndex(where: { $0.id == id }) {
                    changes.append(CatalogChange(.renamed, id: id, detail: (catalog.gates[index].name ?? LocalizedText(en: id)).en))
                    catalog.gates[index].name = name
                } else if let found = CriterionTree.find(id, in: catalog.criteria) {
                    changes.append(CatalogChange(.renamed, id: id, detail: found.node.name.en))
                    CriterionTree.update(id, in: &catalog.criteria) { $0.name = name }
                } else {
                    value.failAtKey(missing(id, known: allIDs(catalog), kind: "node or gate", pruned: pruned))
                }
            }
        }

        if let map = object.optional("weights")?.map() {
            for (id, value) in map {
                guard let weight = value.number(.nonNegative) else { continue }
                guard let found = CriterionTree.find(id, in: catalog.criteria) else {
                    value.failAtKey(missing(id, known: catalog.allNodes.map(\.id), kind: "node", pruned: pruned))
                    continue
                }
                if let spec = weighting(of: found.parent, in: catalog) {
                    value.failAtKey("\"\(found.parent)\" weighs its children by \(spec.name), not by raw weights; tailor that weighting instead")
                    continue
                }
                CriterionTree.update(id, in: &catalog.criteria) { $0.weight = weight }
                if weight != found.node.weight { changes.append(CatalogChange(.reweighted, id: id, before: found.node.weight, after: weight)) }
                touched.append((found.parent, value))
            }
        }

        if let map = object.optional("scales")?.map() {
            let decoder = RuleDecoder(context: context, scope: scope)
            for (id, value) in map {
                guard let found = CriterionTree.find(id, in: catalog.criteria) else {
                    value.failAtKey(missing(id, known: catalog.allNodes.map(\.id), kind: "rated criterion", pruned: pruned))
                    continue
                }
                guard case .criterion(.rating(let fact, let old), let missing) = found.node.content else {
                    let rated = catalog.allNodes.filter { if case .criterion(.rating, _) = $0.content { return true } else { return false } }.map(\.id)
                    value.failAtKey("\"\(id)\" is not rated by evaluators, so it has no rating scale; rated criteria: \(NearestMatch.listed(rated))")
                    continue
                }
                guard let scale = decoder.ratingScale(value) else { continue }
                CriterionTree.update(id, in: &catalog.criteria) { $0.content = .criterion(.rating(fact: fact, scale: scale), missing: missing) }
                changes.append(CatalogChange(.scaleChanged, id: id, detail: "\(NumberFormatting.short(old.min))–\(NumberFormatting.short(old.max))"))
            }
        }

        var stated: [String: (total: Double, at: JSONReader)] = [:]
        if let section = object.optional("points") {
            if let scheme = points(section, catalog: &catalog, changes: &changes) {
                catalog.points = scheme.scheme
                stated[CriterionTree.root] = (scheme.scheme.total, scheme.at)
            } else {
                // The scheme would have set the top-level weights: its own error stands for the top level's total.
                stated[CriterionTree.root] = (Self.totals(catalog)[CriterionTree.root] ?? 0, section)
            }
        }
        if let map = object.optional("totals")?.map() {
            for (id, value) in map {
                guard let total = value.number(.positive) else { continue }
                if totalsBefore[id] == nil && Self.totals(catalog)[id] == nil {
                    let groups = [CriterionTree.root] + catalog.allNodes.filter { !$0.children.isEmpty }.map(\.id)
                    value.failAtKey(unknownIDMessage(id, known: groups, kind: "group weighed by points"))
                    continue
                }
                stated[id] = (total, value)
            }
        }
        checkTotals(catalog, before: totalsBefore, touched: touched, stated: stated, origin: origin)
        return changes
    }

    /// Reads a points scheme `{"total": 100, "groups": {"quality": 70, "price": 30}}`: every top-level
    /// node gets points, they sum to the total, and they become the top-level raw weights.
    private func points(_ section: JSONReader, catalog: inout Catalog, changes: inout [CatalogChange]) -> (scheme: PointsScheme, at: JSONReader)? {
        guard let object = section.object(keys: ["total", "groups"]) else { return nil }
        let totalReader = object.required("total", "the tender's total points, such as 100")
        let total = totalReader?.number(.positive)
        guard let groupsReader = object.required("groups", "the points of each top-level group, such as {\"quality\": 70, \"cost\": 30}"), let map = groupsReader.map() else { return nil }
        let topLevel = catalog.criteria.map(\.id)
        var groups: [String: Double] = [:]
        var failed = false
        for (id, value) in map {
            guard let points = value.number(.nonNegative) else { failed = true; continue }
            guard topLevel.contains(id) else {
                value.failAtKey(unknownIDMessage(id, known: topLevel, kind: "top-level group") + "; points go to the top level of the tailored tree")
                failed = true
                continue
            }
            groups[id] = points
        }
        let missing = topLevel.filter { groups[$0] == nil }
        if !failed && !missing.isEmpty {
            groupsReader.fail("every top-level node needs its points; missing: \(missing.joined(separator: ", ")) (give 0 to score it for nothing, or drop it)")
            failed = true
        }
        guard !failed, let total, let totalReader else { return nil }
        let sum = groups.values.reduce(0, +)
        if abs(sum - total) > 1e-9 * max(1, total) {
            totalReader.fail("the groups' points sum to \(NumberFormatting.short(sum)) (\(topLevel.map { "\($0) \(NumberFormatting.short(groups[$0] ?? 0))" }.joined(separator: ", "))), not to the total \(NumberFormatting.short(total))")
            return nil
        }
        if sum <= 0 {
            totalReader.fail("the groups' points sum to zero; at least one must be positive")
            return nil
        }
        if let spec = catalog.weighting, spec != .points {
            section.fail("the top level is weighed by \(spec.name), not by raw weights; a points scheme sets the top-level weights")
            return nil
        }
        for index in catalog.criteria.indices {
            let new = groups[catalog.criteria[index].id] ?? 0
            if new != catalog.criteria[index].weight { changes.append(CatalogChange(.reweighted, id: catalog.criteria[index].id, before: catalog.criteria[index].weight, after: new)) }
            catalog.criteria[index].weight = new
        }
        return (PointsScheme(total: total, groups: groups), totalReader)
    }

    /// The message for an id not in the tree: why, when `keep` pruned it; else the unknown-id message with a suggestion.
    private func missing(_ id: String, known: [String], kind: String, pruned: Set<String>) -> String {
        pruned.contains(id) ? "\"\(id)\" is no longer in the tree: \"keep\" pruned it; keep it (or a group holding it), or leave it out here" : unknownIDMessage(id, known: known, kind: kind)
    }

    /// Keeps only the nodes `section` lists (with their subtrees and the groups above them); the
    /// others are pruned. Every group whose children change is touched.
    private func keep(_ section: JSONReader, in catalog: inout Catalog, touched: inout [(group: String, at: JSONReader)], changes: inout [CatalogChange]) {
        guard let ids = section.stringList(), let elements = section.array() else { return }
        if ids.isEmpty { section.fail("expected at least one group or criterion to keep; to keep everything, leave \"keep\" out") }
        var kept: Set<String> = []
        let before = context.errorCount
        for (id, element) in zip(ids, elements) {
            guard let found = CriterionTree.find(id, in: catalog.criteria) else {
                element.fail(unknownIDMessage(id, known: catalog.allNodes.map(\.id), kind: "node"))
                continue
            }
            kept.formUnion(CriterionTree.ids(found.node))
            var parent = found.parent
            while parent != CriterionTree.root, let up = CriterionTree.find(parent, in: catalog.criteria) {
                kept.insert(parent)
                parent = up.parent
            }
        }
        // A list with a mistake prunes nothing, so that the totals are not reported against a tree the user did not ask for.
        guard !kept.isEmpty, context.errorCount == before else { return }
        func prune(_ nodes: [CriterionNode], parent: String) -> [CriterionNode] {
            var result: [CriterionNode] = []
            for var node in nodes {
                guard kept.contains(node.id) else {
                    changes.append(CatalogChange(.pruned, id: node.id, detail: parent))
                    touched.append((parent, section))
                    continue
                }
                if case .group(let children) = node.content { node.content = .group(prune(children, parent: node.id)) }
                result.append(node)
            }
            return result
        }
        catalog.criteria = prune(catalog.criteria, parent: CriterionTree.root)
    }

    /// Adds the vocabulary entries of `section`, refusing ids the catalog knows already.
    private func addVocabulary(_ section: JSONReader, to catalog: inout Catalog, origin: String, decoder: CatalogDecoder, changes: inout [CatalogChange]) {
        guard let vocabulary = decoder.decodeVocabulary(section), case .object(let members) = section.node.value else { return }
        for (key, path) in Self.vocabularyKinds {
            guard let member = members.first(where: { $0.key == key }) else { continue }
            let readers = JSONReader(node: member.value, path: section.path.appending(key: key), file: section.file, context: context).map() ?? []
            for entry in vocabulary[keyPath: path] {
                if catalog.vocabulary[keyPath: path].contains(where: { $0.id == entry.id }) {
                    readers.first { $0.key == entry.id }?.value.failAtKey("\(origin) has the \(key) entry \"\(entry.id)\" already")
                } else {
                    catalog.vocabulary[keyPath: path].append(entry)
                    changes.append(CatalogChange(.declared, id: entry.id, detail: key))
                }
            }
        }
    }

    /// The children of the group `id` (or the top level), reporting an unknown id or a criterion; nil when it is not a group.
    private func groupChildren(_ id: String, at reader: JSONReader, catalog: Catalog) -> [CriterionNode]? {
        if let children = CriterionTree.children(of: id, in: catalog.criteria) { return children }
        if CriterionTree.find(id, in: catalog.criteria) != nil {
            reader.fail("\"\(id)\" is a criterion, not a group; nodes go under a group or \"root\"")
        } else {
            let groups = [CriterionTree.root] + catalog.allNodes.filter { !$0.children.isEmpty }.map(\.id)
            reader.fail(unknownIDMessage(id, known: groups, kind: "group"))
        }
        return nil
    }

    /// The id `reader` names among `siblings`, the children of `group`; nil (reported) when it is not one of them.
    private func sibling(of group: String, _ reader: JSONReader, among siblings: [CriterionNode]) -> String? {
        guard let id = reader.string() else { return nil }
        guard siblings.contains(where: { $0.id == id }) else {
            reader.fail("\"after\" names a child of \"\(group)\": " + unknownIDMessage(id, known: siblings.map(\.id), kind: "child"))
            return nil
        }
        return id
    }

    /// How the group `id` (or the top level) weighs its children, nil for raw points.
    private func weighting(of id: String, in catalog: Catalog) -> WeightingSpec? {
        let spec = id == CriterionTree.root ? catalog.weighting : CriterionTree.find(id, in: catalog.criteria)?.node.weighting
        return spec == .points ? nil : spec
    }

    private func isTaken(_ id: String, in catalog: Catalog) -> Bool {
        catalog.gates.contains { $0.id == id } || CriterionTree.find(id, in: catalog.criteria) != nil
    }

    private func allIDs(_ catalog: Catalog) -> [String] {
        catalog.allNodes.map(\.id) + catalog.gates.map(\.id)
    }

    /// The reader of the `"id": id` member somewhere inside `reader`, or `reader` itself.
    private func idReader(_ id: String, in reader: JSONReader) -> JSONReader {
        func search(_ node: JSONNode, _ path: JSONPath) -> JSONReader? {
            switch node.value {
            case .object(let members):
                if let member = members.first(where: { $0.key == "id" }), member.value.value == .string(id) {
                    return JSONReader(node: member.value, path: path.appending(key: "id"), file: reader.file, context: context)
                }
                for member in members { if let found = search(member.value, path.appending(key: member.key)) { return found } }
            case .array(let elements):
                for (index, element) in elements.enumerated() { if let found = search(element, path.appending(index: index)) { return found } }
            default: break
            }
            return nil
        }
        return search(reader.node, reader.path) ?? reader
    }

    /// Raw-weight totals of every group weighed by points (and of the top level), by id.
    private static func totals(_ catalog: Catalog) -> [String: Double] {
        var result: [String: Double] = [:]
        if catalog.weighting == nil || catalog.weighting == .points { result[CriterionTree.root] = catalog.criteria.reduce(0) { $0 + $1.weight } }
        for node in catalog.allNodes where !node.children.isEmpty && (node.weighting == nil || node.weighting == .points) {
            result[node.id] = node.children.reduce(0) { $0 + $1.weight }
        }
        return result
    }

    /// Every touched group keeps its total; every group's weights still have a positive sum and fit its weighting.
    private func checkTotals(_ catalog: Catalog, before: [String: Double], touched: [(group: String, at: JSONReader)], stated: [String: (total: Double, at: JSONReader)], origin: String) {
        let after = Self.totals(catalog)
        var reported: Set<String> = []
        func parts(_ group: String) -> String {
            (CriterionTree.children(of: group, in: catalog.criteria) ?? []).map { "\($0.id) \(NumberFormatting.short($0.weight))" }.joined(separator: ", ")
        }
        func differs(_ a: Double, _ b: Double) -> Bool { abs(a - b) > 1e-9 * max(1, abs(b)) }
        for (group, claim) in stated.sorted(by: { $0.key < $1.key }) {
            guard let new = after[group], differs(new, claim.total) else { continue }
            reported.insert(group)
            claim.at.failAtKey("the weights under \"\(group)\" sum to \(NumberFormatting.short(new)) (\(parts(group))), not to the stated total \(NumberFormatting.short(claim.total))")
        }
        for (group, reader) in touched where !reported.contains(group) && stated[group] == nil {
            guard let old = before[group], let new = after[group] else { continue }
            if differs(new, old) {
                reported.insert(group)
                reader.fail("the weights under \"\(group)\" now sum to \(NumberFormatting.short(new)) (\(parts(group))), but in \(origin) they sum to \(NumberFormatting.short(old)); set \"weights\" so that they sum to \(NumberFormatting.short(old)) again, or state the new total in \"totals\": {\"\(group)\": \(NumberFormatting.short(new))}")
            }
        }
        for (group, total) in after where total <= 0 && !reported.contains(group) {
            touched.first { $0.group == group }?.at.fail("the weights under \"\(group)\" sum to zero; at least one must be positive")
        }
        for node in catalog.allNodes {
            guard let spec = node.weighting else { continue }
            do {
                _ = try spec.resolve(children: node.children.map(\.id), points: node.children.map(\.weight))
            } catch {
                (touched.first { $0.group == node.id }?.at ?? touched.first?.at)?.fail("\"\(node.id)\"'s weighting no longer fits its children: \(error.description)")
            }
        }
    }
}

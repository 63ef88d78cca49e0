/// Decodes one criterion's `rule` object.
struct RuleDecoder {
    let context: DecodingContext
    let scope: FactScope

    private static let kinds = RuleKind.allCases.map(\.rawValue)

    func decode(_ reader: JSONReader) -> CriterionNode.Content? {
        guard case .object(let members) = reader.node.value else {
            reader.expected("a rule object")
            return nil
        }
        guard let kindMember = members.first(where: { $0.key == "kind" }) else {
            reader.fail("missing key \"kind\" (one of \(Self.kinds.joined(separator: ", ")))")
            return nil
        }
        let kindReader = JSONReader(node: kindMember.value, path: reader.path.appending(key: "kind"), file: reader.file, context: context)
        guard let kind = kindReader.oneOf(Self.kinds).flatMap(RuleKind.init(rawValue:)), let object = reader.object(keys: ["kind", "missing"] + kind.fields) else { return nil }
        let before = context.errorCount
        let missing = object.optional("missing")?.missingFactPolicy()
        let rule: Rule?
        switch kind {
        case .modules:
            rule = object.required("modules", "\"required\", \"desired\" or a list of module ids").flatMap(moduleSelection)
        case .industryExperience:
            rule = object.required("curve", "points [years, score]")?.curve(xName: "years").map { .industryExperience(curve: $0) }
        case .scale:
            let fact = object.required("fact", "a numeric fact").flatMap { scope.fact($0, expected: [.number]) }
            let curve = object.required("points", "points [value, score]")?.curve(xName: "value")
            rule = fact.flatMap { f in curve.map { .scale(fact: f, curve: $0) } }
        case .boolean:
            let fact = object.required("fact", "a boolean fact").flatMap { scope.fact($0, expected: [.boolean]) }
            let yes = object.optional("true")?.number(.score) ?? 100
            let no = object.optional("false")?.number(.score) ?? 0
            rule = fact.map { .boolean(fact: $0, whenTrue: yes, whenFalse: no) }
        case .coverage:
            rule = coverage(object)
        case .lookup:
            rule = lookup(object)
        case .cost:
            rule = cost(object)
        case .deployment:
            let preferred = object.optional("preferred")?.number(.score) ?? 100
            let acceptable = object.optional("acceptable")?.number(.score) ?? 70
            rule = .deployment(preferred: preferred, acceptable: acceptable)
        case .deadline:
            rule = object.required("points", "points [implementation weeks ÷ go-live weeks, score]")?.curve(xName: "ratio").map { .deadline(curve: $0) }
        case .rating:
            let fact = object.required("fact", "a numeric fact holding the rating").flatMap { scope.fact($0, expected: [.number]) }
            let scale = object.required("scale", "the rating scale {min, max, anchors}").flatMap(ratingScale)
            rule = fact.flatMap { f in scale.map { .rating(fact: f, scale: $0) } }
        }
        guard context.errorCount == before, let rule else { return nil }
        return .criterion(rule, missing: missing)
    }

    private func moduleSelection(_ reader: JSONReader) -> Rule? {
        if case .string = reader.node.value {
            return reader.oneOf(["required", "desired"]).map { .modules($0 == "required" ? .required : .desired) }
        }
        guard let ids = scope.ids(reader, known: scope.vocabulary.modules.map(\.id), kind: "module") else { return nil }
        if ids.isEmpty { reader.fail("expected at least one module id") }
        return .modules(.list(ids))
    }

    private func coverage(_ object: ObjectReader) -> Rule? {
        guard let factReader = object.required("fact", "a set fact"), let fact = scope.fact(factReader, expected: [.set]) else { return nil }
        guard let requiredReader = object.required("required", "\"profile\" or a list of ids") else { return nil }
        if case .string = requiredReader.node.value {
            guard requiredReader.oneOf(["profile"]) != nil else { return nil }
            guard scope.entries(forSetFact: fact) != nil else {
                requiredReader.fail("\"profile\" works only for deployments, integrations and security.certifications; list the ids for \"\(fact)\"")
                return nil
            }
            return .coverage(fact: fact, required: .profile)
        }
        guard let ids = scope.ids(requiredReader, known: scope.entries(forSetFact: fact) ?? [], kind: "id") else { return nil }
        return .coverage(fact: fact, required: .list(ids))
    }

    private func lookup(_ object: ObjectReader) -> Rule? {
        let fact = object.required("fact", "a text fact").flatMap { scope.fact($0, expected: [.text]) }
        var table: [LookupEntry] = []
        if let tableReader = object.required("table", "value → score"), let map = tableReader.map() {
            if map.isEmpty { tableReader.fail("the table is empty") }
            for (value, scoreReader) in map {
                if let score = scoreReader.number(.score) { table.append(LookupEntry(value: value, score: score)) }
            }
        }
        let otherwise = object.optional("otherwise")?.number(.score)
        return fact.map { .lookup(fact: $0, table: table, otherwise: otherwise) }
    }

    private func cost(_ object: ObjectReader) -> Rule? {
        let basis = (object.optional("basis")?.oneOf(CostBasis.allCases.map(\.rawValue))).flatMap(CostBasis.init(rawValue:)) ?? .tco
        guard let methodReader = object.required("method", "budgetRange, fixedRange, lowestPrice, linearDeduction or minMax"),
              let name = methodReader.oneOf(["budgetRange", "fixedRange", "lowestPrice", "linearDeduction", "minMax"]) else { return nil }
        let bestReader = object.optional("best"), worstReader = object.optional("worst")
        switch name {
        case "budgetRange", "fixedRange":
            let best = bestReader?.number(.nonNegative) ?? (name == "budgetRange" ? 0.5 : nil)
            let worst = worstReader?.number(.positive) ?? (name == "budgetRange" ? 1.0 : nil)
            guard let best, let worst else {
                object.reader.fail("the fixedRange method needs \"best\" and \"worst\" prices fixed in advance")
                return nil
            }
            guard best < worst else {
                (worstReader ?? object.reader).fail("\"best\" (\(JSONWriter.formatNumber(best))) must be lower than \"worst\" (\(JSONWriter.formatNumber(worst)))")
                return nil
            }
            return .cost(basis: basis, method: name == "budgetRange" ? .budgetRange(best: best, worst: worst) : .fixedRange(best: best, worst: worst))
        default:
            if let extra = bestReader ?? worstReader { extra.fail("\"best\" and \"worst\" apply only to budgetRange and fixedRange") }
            let method: PriceMethod = name == "lowestPrice" ? .lowestPrice : name == "linearDeduction" ? .linearDeduction : .minMax
            return .cost(basis: basis, method: method)
        }
    }

    func ratingScale(_ reader: JSONReader) -> RatingScale? {
        guard let object = reader.object(keys: ["min", "max", "anchors"]) else { return nil }
        guard let min = object.required("min", "the lowest rating")?.number(), let max = object.required("max", "the highest rating")?.number() else { return nil }
        guard min < max else {
            reader.fail("the scale's min (\(JSONWriter.formatNumber(min))) must be below its max (\(JSONWriter.formatNumber(max)))")
            return nil
        }
        var anchors: [ScaleAnchor] = []
        var keyOfLevel: [Double: String] = [:]
        if let map = object.optional("anchors")?.map() {
            for (key, value) in map {
                guard let level = Double(key), level.isFinite, level >= min, level <= max else {
                    value.failAtKey("an anchor's key must be a level from \(JSONWriter.formatNumber(min)) to \(JSONWriter.formatNumber(max)), found \"\(key)\"")
                    continue
                }
                if let earlier = keyOfLevel[level] {
                    value.failAtKey("\"\(key)\" is level \(JSONWriter.formatNumber(level)) again (already anchored as \"\(earlier)\"); give each level one anchor")
                    continue
                }
                keyOfLevel[level] = key
                switch value.node.value {
                case .string, .object: break
                default:
                    value.expected("the anchor's text: a string or {\"en\": …, \"zh\": …}")
                    continue
                }
                if let text = value.localizedText() { anchors.append(ScaleAnchor(level: level, text: text)) }
            }
        }
        return RatingScale(min: min, max: max, anchors: anchors.sorted { $0.level < $1.level })
    }
}

/// Decodes one knock-out gate, from a catalog or a profile.
struct GateDecoder {
    let context: DecodingContext
    let scope: FactScope

    private static let kinds = ["requiredModules", "budget", "deployment", "certifications", "deadline", "fact"]

    func decode(_ reader: JSONReader) -> Gate? {
        guard let object = reader.object(keys: ["id", "name", "kind", "minimumLevel", "basis", "fact", "operator", "value", "onMissing", "when", "severity"]) else { return nil }
        let before = context.errorCount
        let id = object.required("id", "the gate's id")?.identifier()
        let name = object.optional("name")?.localizedText()
        let passes = object.optional("onMissing")?.oneOf(["fail", "pass"]).map { $0 == "pass" } ?? false
        guard let kindReader = object.required("kind", Self.kinds.joined(separator: ", ")), let kind = kindReader.oneOf(Self.kinds) else { return nil }
        let allowed: [String: [String]] = ["requiredModules": ["minimumLevel"], "budget": ["basis"], "fact": ["fact", "operator", "value"]]
        for key in ["minimumLevel", "basis", "fact", "operator", "value"] where object.has(key) && !(allowed[kind] ?? []).contains(key) {
            object.optional(key)!.fail("\"\(key)\" does not apply to a \(kind) gate")
        }
        let gateKind: GateKind?
        switch kind {
        case "requiredModules":
            let level = object.optional("minimumLevel")?.oneOf(["full", "partial"]).flatMap(ModuleCoverage.init(rawValue:)) ?? .partial
            gateKind = .requiredModules(minimumLevel: level)
        case "budget":
            if let basis = object.optional("basis") { gateKind = budgetTest(basis) } else { gateKind = .budget(.both) }
        case "deployment": gateKind = .deployment
        case "certifications": gateKind = .certifications
        case "deadline": gateKind = .deadline
        default:
            gateKind = factGate(object)
        }
        let condition = object.optional("when")?.gateCondition()
        let severity = object.optional("severity")?.oneOf(GateSeverity.allCases.map(\.rawValue)).flatMap(GateSeverity.init(rawValue:))
        guard context.errorCount == before, let id, let gateKind else { return nil }
        var gate = Gate(id: id, name: name, kind: gateKind, passesWhenMissing: passes)
        gate.when = condition
        if let severity { gate.severity = severity }
        return gate
    }

    /// A budget gate's `basis`: one name (firstYear, recurring, oneOff, tco, both, all) or a list of check names.
    private func budgetTest(_ reader: JSONReader) -> GateKind? {
        if case .array(let elements) = reader.node.value {
            guard let items = reader.array() else { return nil }
            guard !elements.isEmpty else {
                reader.fail("expected at least one check: " + BudgetCheckKind.allCases.map(\.rawValue).joined(separator: ", "))
                return nil
            }
            var checks: [BudgetCheckKind] = []
            for item in items {
                guard let check = item.oneOf(BudgetCheckKind.allCases.map(\.rawValue)).flatMap(BudgetCheckKind.init(rawValue:)) else { continue }
                if checks.contains(check) { item.fail("\"\(check.rawValue)\" is listed twice") } else { checks.append(check) }
            }
            return checks.count == items.count ? .budget(BudgetTest(checks)) : nil
        }
        guard case .string = reader.node.value else {
            reader.fail("expected a basis (" + BudgetTest.named.map(\.name).joined(separator: ", ") + ") or a list of checks such as [\"recurring\", \"oneOff\"]")
            return nil
        }
        guard let name = reader.oneOf(BudgetTest.named.map(\.name)) else { return nil }
        return BudgetTest.named.first { $0.name == name }.map { .budget($0.test) }
    }

    private func factGate(_ object: ObjectReader) -> GateKind? {
        guard let factReader = object.required("fact", "the fact to test"),
              let fact = scope.fact(factReader, expected: FactType.allCases),
              let type = scope.type(of: fact),
              let op = object.required("operator", "<, <=, >, >=, ==, != or contains")?.oneOf(ComparisonOperator.allCases.map(\.rawValue)).flatMap(ComparisonOperator.init(rawValue:)),
              let valueReader = object.required("value", "the value to compare with") else { return nil }
        let value: FactValue?
        switch (type, op) {
        case (.set, .contains): value = valueReader.string().map(FactValue.text)
        case (.set, _), (_, .contains):
            object.optional("operator")!.fail("\"\(op.rawValue)\" cannot test \(type.article) fact; use \(type == .set ? "contains" : type == .number ? "<, <=, >, >=, == or !=" : "== or !=")")
            return nil
        case (.number, _): value = valueReader.number().map(FactValue.number)
        case (.boolean, .equal), (.boolean, .notEqual): value = valueReader.bool().map(FactValue.boolean)
        case (.text, .equal), (.text, .notEqual): value = valueReader.string().map(FactValue.text)
        default:
            object.optional("operator")!.fail("\"\(op.rawValue)\" cannot compare \(type.article) fact; use == or !=")
            return nil
        }
        return value.map { .fact(fact, op, $0) }
    }
}

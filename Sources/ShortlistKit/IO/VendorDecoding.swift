/// Decodes one vendor dossier and checks its ids and facts against the catalog and the profile.
struct VendorDecoder {
    let context: DecodingContext
    let lookup: VendorLookup
    var catalog: Catalog? { lookup.catalog }
    var profile: RequirementProfile? { lookup.profile }

    static let keys = ["version", "id", "name", "source", "industries", "clients", "modules", "pricing", "quote", "deployments", "integrations", "releasesPerYear", "implementationWeeks", "support", "security", "references", "facts"]

    func decode(_ reader: JSONReader, file: String) -> VendorDossier? {
        let before = context.errorCount
        guard let object = reader.object(keys: Self.keys) else { return nil }
        object.version()
        let id = object.required("id", "the vendor's id")?.identifier()
        let name = object.required("name", "the vendor's name")?.string()
        let source = object.optional("source")?.string()
        var facts: [String: Fact] = [:]
        facts.reserveCapacity(BuiltInFacts.stored.count + lookup.declarations.count)

        // Built-in facts, at the top level and in their sections.
        let sectionReaders = Dictionary(uniqueKeysWithValues: BuiltInFacts.sections.compactMap { section in
            object.optional(section).map { (section, $0) }
        })
        var sectionObjects: [String: (ObjectReader, String?)] = [:]
        for (section, sectionReader) in sectionReaders {
            if let sectionObject = sectionReader.object(keys: lookup.sectionKeys[section] ?? []) {
                sectionObjects[section] = (sectionObject, sectionObject.optional("source")?.string() ?? source)
            }
        }
        for definition in BuiltInFacts.stored {
            let container: ObjectReader, defaultSource: String?
            if let section = definition.section {
                guard let found = sectionObjects[section] else { continue }
                (container, defaultSource) = found
            } else {
                (container, defaultSource) = (object, source)
            }
            guard let valueReader = container.optional(definition.key) else { continue }
            if let fact = valueReader.evidence(defaultSource: defaultSource, { readValue($0, definition.type, allowsZero: definition.allowsZero, vocabulary: ids(for: definition.vocabulary)) }) {
                facts[definition.name] = fact
            }
        }

        let industries = object.optional("industries").flatMap { decodeIndustries($0, source: source) }
        let modules = object.optional("modules").flatMap { decodeModules($0, source: source) }
        let pricing = object.optional("pricing").flatMap { decodePricing($0, source: source) }
        var quote: Quote?
        if let quoteReader = object.optional("quote") {
            if object.has("pricing") {
                quoteReader.failAtKey("a dossier states its prices once: \"quote\" (line items) or \"pricing\" (the older fixed fields), not both; move the pricing fields into quote lines")
            } else {
                quote = QuoteDecoder(context: context, profile: profile).decode(quoteReader, source: source)
            }
        }
        let references = object.optional("references").flatMap { decodeReferences($0, source: source) }
        if let map = object.optional("facts")?.map() {
            for (factName, valueReader) in map {
                guard let catalog else {
                    if let fact = valueReader.evidence(defaultSource: source, { untypedValue($0) }) { facts[factName] = fact }
                    continue
                }
                guard let declaration = lookup.declarations[factName] else {
                    var message = "the catalog \"\(catalog.id)\" declares no fact \"\(factName)\""
                    message += NearestMatch.didYouMean(factName, among: catalog.facts.map(\.id))
                    if BuiltInFacts.definition(factName) != nil { message = "\"\(factName)\" is a built-in fact; write it in its own section, not under \"facts\"" }
                    valueReader.failAtKey(message)
                    continue
                }
                if let fact = valueReader.evidence(defaultSource: source, { readValue($0, declaration.type, allowsZero: true, vocabulary: nil) }) {
                    facts[factName] = fact
                }
            }
        }
        if let id, let idReader = object.optional("id") {
            let base = file.split(separator: "/").last ?? ""
            if !(base.hasSuffix(".json") && base.dropLast(5) == id) {
                let stem = base.hasSuffix(".json") ? String(base.dropLast(5)) : String(base)
                idReader.warn("the id \"\(id)\" differs from the file name \"\(stem).json\"; naming the file after the id keeps workspaces easy to read")
            }
        }
        guard context.errorCount == before, let id, let name else { return nil }
        var dossier = VendorDossier(id: id, name: name, file: file, industries: industries, modules: modules, pricing: pricing, references: references, facts: facts)
        dossier.quote = quote
        return dossier
    }

    private func ids(for vocabulary: FactDefinition.Vocabulary?) -> (known: [String], kind: String)? {
        switch vocabulary {
        case .deployments: return (VendorLookup.deployments, "deployment")
        case .integrations: return (lookup.integrations, "integration")
        case .certifications: return (lookup.certifications, "certification")
        case nil: return nil
        }
    }

    private func readValue(_ reader: JSONReader, _ type: FactType, allowsZero: Bool, vocabulary: (known: [String], kind: String)?) -> FactValue? {
        switch type {
        case .number: return reader.number(allowsZero ? .nonNegative : .positive).map(FactValue.number)
        case .boolean: return reader.bool().map(FactValue.boolean)
        case .text: return reader.string().map(FactValue.text)
        case .set:
            if let vocabulary {
                return FactScope(declared: [], vocabulary: Vocabulary()).ids(reader, known: vocabulary.known, kind: vocabulary.kind).map(FactValue.set)
            }
            return reader.stringList().map(FactValue.set)
        }
    }

    private func untypedValue(_ reader: JSONReader) -> FactValue? {
        switch reader.node.value {
        case .number(let x): return .number(x)
        case .bool(let b): return .boolean(b)
        case .string(let s): return .text(s)
        case .array: return reader.stringList().map(FactValue.set)
        default:
            reader.expected("a number, boolean, string or list of strings")
            return nil
        }
    }

    private func decodeIndustries(_ reader: JSONReader, source: String?) -> [IndustryExperience]? {
        guard let list = reader.array() else { return nil }
        let known = lookup.industries
        var result: [IndustryExperience] = []
        for element in list {
            guard let object = element.object(keys: ["industry", "years", "clients", "source"]) else { continue }
            let local = object.optional("source")?.string() ?? source
            guard let industryReader = object.required("industry", "an industry id"), let industry = industryReader.string() else { continue }
            if !known.isEmpty && !known.contains(industry) {
                industryReader.fail(unknownIDMessage(industry, known: known, kind: "industry"))
                continue
            }
            if result.contains(where: { $0.industry == industry }) {
                industryReader.fail("industry \"\(industry)\" is listed twice")
                continue
            }
            guard let years = object.required("years", "years serving the industry")?.evidence(defaultSource: local, { $0.number(.nonNegative) }) else { continue }
            let clients = object.optional("clients")?.evidence(defaultSource: local) { $0.number(.nonNegative) }
            result.append(IndustryExperience(industry: industry, years: years, clients: clients))
        }
        return result
    }

    private func decodeModules(_ reader: JSONReader, source: String?) -> [String: Evidence<ModuleCoverage>]? {
        guard let map = reader.map() else { return nil }
        let known = lookup.modules
        var result: [String: Evidence<ModuleCoverage>] = [:]
        for (module, value) in map {
            if !known.isEmpty && !known.contains(module) {
                value.failAtKey(unknownIDMessage(module, known: known, kind: "module"))
                continue
            }
            let levels = ModuleCoverage.allCases.map(\.rawValue)
            if let coverage = value.evidence(defaultSource: source, { $0.oneOf(levels).flatMap(ModuleCoverage.init(rawValue:)) }) {
                result[module] = coverage
            }
        }
        return result
    }

    private func decodePricing(_ reader: JSONReader, source: String?) -> Pricing? {
        let keys = ["currency", "source", "perEmployeeMonth", "annualBaseFee", "annualSupportFee", "implementationFee", "trainingFee", "otherOneTimeFees", "escalationPercent"]
        guard let object = reader.object(keys: keys) else { return nil }
        let local = object.optional("source")?.string() ?? source
        guard let currencyReader = object.required("currency", "the quote's currency"), let currency = currencyCode(currencyReader) else { return nil }
        if let budget = profile?.budget, budget.currency != currency {
            currencyReader.fail("the price is in \(currency) but the budget in selection.json is in \(budget.currency); convert the quote to \(budget.currency)")
        }
        func amount(_ key: String) -> Evidence<Double>? { object.optional(key)?.evidence(defaultSource: local) { $0.number(.nonNegative) } }
        let pricing = Pricing(
            currency: currency,
            perEmployeeMonth: amount("perEmployeeMonth"), annualBaseFee: amount("annualBaseFee"), annualSupportFee: amount("annualSupportFee"),
            implementationFee: amount("implementationFee"), trainingFee: amount("trainingFee"), otherOneTimeFees: amount("otherOneTimeFees"),
            escalationPercent: object.optional("escalationPercent")?.evidence(defaultSource: local) { $0.number(.between(-50, 100)) })
        if !object.has("perEmployeeMonth") && !object.has("annualBaseFee") {
            reader.fail("a quote needs \"perEmployeeMonth\" or \"annualBaseFee\" (or both)")
        }
        return pricing
    }

    private func decodeReferences(_ reader: JSONReader, source: String?) -> [Reference]? {
        guard let list = reader.array() else { return nil }
        let known = lookup.industries
        var result: [Reference] = []
        for element in list {
            guard let object = element.object(keys: ["name", "industry", "source"]) else { continue }
            guard let name = object.required("name", "who the reference is")?.string() else { continue }
            var industry: String?
            if let industryReader = object.optional("industry") {
                industry = industryReader.string()
                if let id = industry, !known.isEmpty, !known.contains(id) {
                    industryReader.fail(unknownIDMessage(id, known: known, kind: "industry"))
                }
            }
            result.append(Reference(name: name, industry: industry, source: object.optional("source")?.string() ?? source))
        }
        return result
    }
}

/// What vendor decoding looks up, computed once per workspace rather than once per fact.
final class VendorLookup: Sendable {
    let catalog: Catalog?
    let profile: RequirementProfile?
    let declarations: [String: FactDeclaration]
    let industries: [String]
    let modules: [String]
    let integrations: [String]
    let certifications: [String]
    /// The keys each dossier section accepts.
    let sectionKeys: [String: [String]]

    static let deployments = Deployment.allCases.map(\.rawValue)

    init(catalog: Catalog?, profile: RequirementProfile?) {
        self.catalog = catalog
        self.profile = profile
        declarations = Dictionary(catalog?.facts.map { ($0.id, $0) } ?? [], uniquingKeysWith: { first, _ in first })
        industries = catalog?.vocabulary.industries.map(\.id) ?? []
        modules = catalog?.vocabulary.modules.map(\.id) ?? []
        integrations = catalog?.vocabulary.integrations.map(\.id) ?? []
        certifications = catalog?.vocabulary.certifications.map(\.id) ?? []
        sectionKeys = Dictionary(uniqueKeysWithValues: BuiltInFacts.sections.map { section in
            (section, ["source"] + BuiltInFacts.stored.filter { $0.section == section }.map(\.key))
        })
    }
}

/// Writes synthetic vendor dossiers for a ``CatalogDesign``: every built-in section and every
/// custom fact stated, some with their source, in the shape of the shipped samples.
struct DossierGenerator {
    let design: CatalogDesign
    let seed: UInt64

    private static let products = ["HR Cloud", "People Suite", "Workforce", "HCM", "Talent Platform", "人事云", "人力资源管理系统", "eHR"]
    private static let demoDates = (1...28).map { "2026-03-" + String($0).leftPadded(to: 2) }

    /// The file name stem and id of vendor `index` (zero-padded, so file-name order is index order).
    static func id(_ index: Int) -> String { "vendor-" + String(index).leftPadded(to: 5) }

    /// The dossier of vendor `index`; the same index and seed always give the same document.
    func dossier(_ index: Int) -> JSONValue {
        var rng = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
        let id = Self.id(index)
        func sourced(_ value: JSONValue, _ p: Double = 0.15) -> JSONValue {
            guard rng.chance(p) else { return value }
            var members: [(String, JSONValue)] = [("value", value), ("source", .string("demo \(rng.pick(Self.demoDates)): scripted scenario \(rng.int(1...40))"))]
            if rng.chance(0.2) { members.append(("note", .string("confirmed by the reference call"))) }
            return .object(members)
        }
        func number(_ range: ClosedRange<Double>, _ decimals: Int = 0) -> JSONValue { .number(rng.number(range, decimals: decimals)) }

        var doc: [(String, JSONValue)] = [
            ("version", .number(1)),
            ("id", .string(id)),
            ("name", .string("\(["Lingxi", "Yunqi", "Huanyu", "Beisen", "Moka", "Kayang", "Dayee", "Zhiqi"][index % 8]) \(rng.pick(Self.products)) \(index)")),
            ("source", .string("RFP response, \(rng.pick(Self.demoDates))")),
        ]
        // Industries: the buyer's (retail) most of the time, plus one or two others.
        var industries = rng.subset(Array(CatalogDesign.industries.dropFirst()), 0.2).prefix(2).map { $0 }
        if rng.chance(0.8) { industries.insert("retail", at: 0) }
        if industries.isEmpty { industries = ["manufacturing"] }
        doc.append(("industries", .array(industries.map { .object([("industry", .string($0)), ("years", number(0...15)), ("clients", number(0...300))]) })))
        doc.append(("clients", .object([("total", number(10...2000)), ("subIndustries", number(1...40))])))

        var modules: [(String, JSONValue)] = []
        for module in CatalogDesign.modules {
            let level: String
            if CatalogDesign.requiredModules.contains(module) {
                level = rng.chance(0.99) ? (rng.chance(0.75) ? "full" : "partial") : "planned"
            } else {
                guard rng.chance(0.7) else { continue }
                level = rng.pick(["full", "full", "partial", "planned", "none"])
            }
            modules.append((module, sourced(.string(level), 0.2)))
        }
        doc.append(("modules", .object(modules)))

        var pricing: [(String, JSONValue)] = []
        if rng.chance(0.5) { pricing.append(("source", .string("quote Q-\(index)-\(rng.int(1...9)), \(rng.pick(Self.demoDates))"))) }
        pricing += [("currency", .string("CNY")), ("perEmployeeMonth", number(12...36, 1)), ("annualBaseFee", number(5000...25000)),
                    ("annualSupportFee", number(0...10000)), ("implementationFee", number(5000...40000)), ("trainingFee", number(0...8000)),
                    ("otherOneTimeFees", number(0...5000)), ("escalationPercent", number(0...5))]
        doc.append(("pricing", .object(pricing)))

        var deployments = rng.subset(["saas", "privateCloud", "onPremise"], 0.6)
        if deployments.isEmpty || rng.chance(0.5) && !deployments.contains("saas") { deployments.insert("saas", at: 0) }
        doc.append(("deployments", .array(deployments.map(JSONValue.string))))
        doc.append(("integrations", .array(rng.subset(CatalogDesign.integrations, 0.55).map(JSONValue.string))))
        doc.append(("releasesPerYear", number(1...12)))
        doc.append(("implementationWeeks", sourced(number(4...30))))

        var support: [(String, JSONValue)] = []
        if rng.chance(0.6) { support.append(("source", .string("RFP answer 5 (service level agreement)"))) }
        let hours: Double = rng.chance(0.97) ? rng.number(1...48, decimals: 0) : rng.number(73...120, decimals: 0)
        support += [("responseHours", sourced(.number(hours))), ("twentyFourSeven", .bool(rng.chance(0.5))), ("onsiteTrainingDays", number(0...20))]
        doc.append(("support", .object(support)))

        var certifications = rng.subset(Array(CatalogDesign.certifications.dropFirst()), 0.4)
        if rng.chance(0.96) { certifications.insert("iso27001", at: 0) }
        var security: [(String, JSONValue)] = []
        if rng.chance(0.6) { security.append(("source", .string("RFP answer 6 and certificate copies"))) }
        security += [("certifications", .array(certifications.map(JSONValue.string))), ("encryptionInTransit", .bool(rng.chance(0.95))),
                     ("encryptionAtRest", .string(rng.pick(["aes-256", "aes-256", "aes-128", "sm4", "none"]))), ("backups", .bool(rng.chance(0.95))),
                     ("offsiteRecovery", .bool(rng.chance(0.7))), ("tieredPermissions", .bool(rng.chance(0.9))), ("auditsPerYear", number(0...4))]
        doc.append(("security", .object(security)))

        let references: [JSONValue] = (0..<rng.int(0...4)).map { r in
            .object([("name", .string("A \(rng.int(5...200))-store chain, reference \(r + 1)")), ("industry", .string(rng.chance(0.6) ? "retail" : rng.pick(CatalogDesign.industries)))])
        }
        doc.append(("references", .array(references)))

        var facts: [(String, JSONValue)] = []
        for fact in design.customFacts {
            switch fact.leaf.kind {
            case .scale(_, let range, let decimals, _, _):
                let span = range.upperBound - range.lowerBound
                facts.append((fact.name, sourced(number(range.lowerBound...(range.upperBound + span * 0.1), decimals))))
            case .boolean(_, _, let share): facts.append((fact.name, sourced(.bool(rng.chance(share)))))
            default: facts.append((fact.name, sourced(.string(rng.pick(CatalogDesign.tierValues)))))
            }
        }
        doc.append(("facts", .object(facts)))
        return .object(doc)
    }
}

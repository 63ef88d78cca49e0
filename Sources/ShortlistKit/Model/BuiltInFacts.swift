/// The facts every dossier can state or that are derived from it, with their types.
package struct FactDefinition: Sendable, Equatable {
    /// Which vocabulary a set fact's ids come from.
    package enum Vocabulary: Sendable, Equatable {
        /// Deployment names (`saas`, `privateCloud`, `onPremise`).
        case deployments
        /// The catalog's integrations.
        case integrations
        /// The catalog's certifications.
        case certifications
    }

    /// The fact's name, such as `support.responseHours`.
    package var name: String
    /// Its type.
    package var type: FactType
    /// What it means, for listings.
    package var summary: String
    /// The dossier section it is written in (`support`), or nil for the top level.
    package var section: String?
    /// The key inside the section.
    package var key: String
    /// For numbers: whether zero is allowed (`true`) or the value must be positive.
    package var allowsZero: Bool
    /// For sets: where the ids come from.
    package var vocabulary: Vocabulary?
    /// Whether the fact is computed rather than written in the dossier.
    package var isDerived: Bool
    /// For numbers: the unit its values are counted in (`weeks`, `周`); nil for the cost facts,
    /// whose unit is the budget's currency (see ``FactUnits``).
    package var unit: LocalizedText? = nil
}

/// The built-in facts.
package enum BuiltInFacts {
    private static func stored(_ section: String?, _ key: String, _ type: FactType, _ summary: String, allowsZero: Bool = true, vocabulary: FactDefinition.Vocabulary? = nil, unit: (en: String, zh: String)? = nil) -> FactDefinition {
        FactDefinition(name: section.map { "\($0).\(key)" } ?? key, type: type, summary: summary, section: section, key: key, allowsZero: allowsZero, vocabulary: vocabulary, isDerived: false,
                       unit: unit.map { LocalizedText(en: $0.en, zh: $0.zh) })
    }

    private static func derived(_ name: String, _ summary: String, unit: (en: String, zh: String)? = nil) -> FactDefinition {
        FactDefinition(name: name, type: .number, summary: summary, section: nil, key: name, allowsZero: true, vocabulary: nil, isDerived: true,
                       unit: unit.map { LocalizedText(en: $0.en, zh: $0.zh) })
    }

    /// Facts written in a dossier's sections.
    package static let stored: [FactDefinition] = [
        stored(nil, "releasesPerYear", .number, "feature releases a year", unit: ("releases a year", "次/年")),
        stored(nil, "implementationWeeks", .number, "weeks from contract to go-live", allowsZero: false, unit: ("weeks", "周")),
        stored(nil, "deployments", .set, "deployments offered", vocabulary: .deployments),
        stored(nil, "integrations", .set, "integrations supported", vocabulary: .integrations),
        stored("clients", "total", .number, "clients in all", unit: ("clients", "家客户")),
        stored("clients", "subIndustries", .number, "sub-industries served", unit: ("sub-industries", "个细分行业")),
        stored("support", "responseHours", .number, "hours to respond to a fault", unit: ("hours", "小时")),
        stored("support", "twentyFourSeven", .boolean, "a 24×7 hotline"),
        stored("support", "onsiteTrainingDays", .number, "days of on-site training included", unit: ("days", "天")),
        stored("security", "certifications", .set, "certifications held", vocabulary: .certifications),
        stored("security", "encryptionInTransit", .boolean, "TLS in transit"),
        stored("security", "encryptionAtRest", .text, "encryption at rest, e.g. aes-256"),
        stored("security", "backups", .boolean, "regular backups"),
        stored("security", "offsiteRecovery", .boolean, "off-site disaster recovery"),
        stored("security", "tieredPermissions", .boolean, "tiered permissions"),
        stored("security", "auditsPerYear", .number, "security audits a year", unit: ("audits a year", "次/年")),
    ]

    /// Facts computed from the dossier and the profile.
    package static let derived: [FactDefinition] = [
        derived("industry.years", "years serving the buyer's industry", unit: ("years", "年")),
        derived("industry.clients", "clients in the buyer's industry", unit: ("clients", "家客户")),
        derived("references.total", "references named", unit: ("references", "个")),
        derived("references.sameIndustry", "references in the buyer's industry", unit: ("references", "个")),
        derived("cost.firstYear", "one-off fees plus the first year's recurring fees"),
        derived("cost.annual", "the first year's recurring fees"),
        derived("cost.tco", "total cost of ownership over the profile's horizon"),
    ]

    /// Every built-in fact.
    package static let all: [FactDefinition] = stored + derived

    /// The dossier sections that hold stored facts.
    package static let sections: [String] = ["clients", "support", "security"]

    /// The definition of a built-in fact by name.
    package static func definition(_ name: String) -> FactDefinition? { all.first { $0.name == name } }
}

/// When a catalog gate is in effect: conditions on the buying organisation, all of which must hold.
///
/// A catalog can ship gates that only some buyers need, such as a domestic-stack (信创) gate for
/// state-owned enterprises; the profile switches them on through its `organisation` fields.
package struct GateCondition: Sendable, Equatable {
    /// The organisation's ownership is one of these (see ``Organisation/ownershipKinds``).
    package var ownership: [String]?
    /// The organisation operates in at least one of these countries (ISO 3166-1 alpha-2 codes).
    package var countries: [String]?
    /// The organisation operates in at least this many countries.
    package var minimumCountries: Int?

    /// Creates a condition; a nil part does not constrain.
    package init(ownership: [String]? = nil, countries: [String]? = nil, minimumCountries: Int? = nil) {
        self.ownership = ownership
        self.countries = countries
        self.minimumCountries = minimumCountries
    }

    /// Whether every given part holds for `organisation`.
    package func holds(for organisation: Organisation) -> Bool {
        if let ownership, !ownership.contains(organisation.ownership ?? "") { return false }
        if let countries, !countries.contains(where: organisation.countries.contains) { return false }
        if let minimumCountries, organisation.countries.count < minimumCountries { return false }
        return true
    }

    /// The condition in words, such as "organisation.ownership is state".
    package var text: LocalizedText {
        var parts: [LocalizedText] = []
        if let ownership { parts.append(LocalizedText(en: "organisation.ownership is \(ownership.joined(separator: " or "))", zh: "organisation.ownership 为 \(ownership.joined(separator: " 或 "))")) }
        if let countries { parts.append(LocalizedText(en: "organisation.countries include \(countries.joined(separator: " or "))", zh: "organisation.countries 包含 \(countries.joined(separator: " 或 "))")) }
        if let minimumCountries { parts.append(LocalizedText(en: "organisation.countries name at least \(minimumCountries)", zh: "organisation.countries 至少 \(minimumCountries) 个国家")) }
        return LocalizedText.joined(parts, en: " and ", zh: "且")
    }
}

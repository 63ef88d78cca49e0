/// The units facts are counted in, and values printed with them (`20 weeks`, `20 周`).
///
/// A built-in number has its unit in ``BuiltInFacts``; the cost facts (`cost.tco`, …) are in the
/// budget's currency; a catalog's or a tailoring's own fact has the `unit` its declaration gives.
package enum FactUnits {
    /// The unit of the fact `name` in a workspace with `catalog` and a budget in `currency`, or nil
    /// (the cost facts have none when `currency` is nil, as for a catalog printed on its own).
    package static func unit(of name: String, catalog: Catalog, currency: String?) -> LocalizedText? {
        if let definition = BuiltInFacts.definition(name) {
            if let unit = definition.unit { return unit }
            return name.hasPrefix("cost.") ? currency.map { LocalizedText(en: $0, zh: $0) } : nil
        }
        return catalog.facts.first { $0.id == name }?.unit
    }

    /// `value` followed by `unit` in `language` (`20 weeks`, `1 week`, `20 周`); numbers only get a unit.
    package static func text(_ value: FactValue, unit: LocalizedText?, in language: Language) -> String {
        guard case .number = value, let unit else { return value.description }
        return text(value.description, unit: unit, in: language)
    }

    /// A value already written as text (`use.value`) followed by `unit`, when there is one.
    package static func text(_ value: String, unit: LocalizedText?, in language: Language) -> String {
        guard let unit else { return value }
        if language == .english, Double(value) == 1, let singular = singulars[unit.en] { return value + " " + singular }
        return value + " " + unit.text(in: language)
    }

    /// The built-in English units in the singular, for a value of exactly 1 (a catalog's own unit is printed as written).
    private static let singulars: [String: String] = [
        "weeks": "week", "hours": "hour", "days": "day", "years": "year", "clients": "client",
        "references": "reference", "sub-industries": "sub-industry", "releases a year": "release a year", "audits a year": "audit a year",
    ]
}

/// A vendor's facts as the rules see them: the dossier's own and those derived with the profile.
package final class VendorFacts: Sendable {
    /// The dossier.
    package let dossier: VendorDossier
    /// Costs, when the vendor quoted.
    package let cost: CostBreakdown?
    private let derived: [String: Fact]
    /// Facts that take precedence over the dossier's, such as the evaluator panel's consensus ratings.
    private let overlay: [String: Fact]

    /// Derives the facts of `dossier` for `profile`; `overlay` facts replace the dossier's.
    package init(dossier: VendorDossier, profile: RequirementProfile, overlay: [String: Fact] = [:]) {
        self.dossier = dossier
        self.overlay = overlay
        var derived: [String: Fact] = [:]
        let industry = profile.organisation.industry
        if let industries = dossier.industries {
            if let entry = industries.first(where: { $0.industry == industry }) {
                derived["industry.years"] = Fact(.number(entry.years.value), source: entry.years.source, note: entry.years.note, location: entry.years.location)
                if let clients = entry.clients {
                    derived["industry.clients"] = Fact(.number(clients.value), source: clients.source, note: clients.note, location: clients.location)
                }
            } else {
                let note = "not among the industries the vendor serves"
                derived["industry.years"] = Fact(.number(0), note: note)
                derived["industry.clients"] = Fact(.number(0), note: note)
            }
        }
        if let references = dossier.references {
            derived["references.total"] = Fact(.number(Double(references.count)))
            let same = references.filter { $0.industry == industry }
            derived["references.sameIndustry"] = Fact(.number(Double(same.count)), source: same.compactMap(\.source).first)
        }
        if let pricing = dossier.pricing {
            let cost = CostBreakdown(pricing: pricing, profile: profile)
            self.cost = cost
            let source = pricing.perEmployeeMonth?.source ?? pricing.annualBaseFee?.source
            for basis in CostBasis.allCases {
                derived[basis.fact] = Fact(.number(cost.amount(for: basis)), source: source)
            }
        } else if let quote = dossier.quote {
            let rate = quote.currency == profile.budget.currency ? nil : profile.exchangeRates[quote.currency]
            let cost = CostBreakdown(quote: quote, profile: profile, rate: rate)
            self.cost = cost
            for basis in CostBasis.allCases {
                derived[basis.fact] = Fact(.number(cost.amount(for: basis)), source: quote.lines.first?.source)
            }
        } else {
            self.cost = nil
        }
        self.derived = derived
    }

    /// The fact named `name`, or nil when the vendor did not provide it.
    package subscript(name: String) -> Fact? {
        if !overlay.isEmpty, let fact = overlay[name] { return fact }
        return dossier.facts[name] ?? derived[name]
    }

    /// The numeric value of a fact.
    package func number(_ name: String) -> Double? {
        if case .number(let x)? = self[name]?.value { return x }
        return nil
    }
}

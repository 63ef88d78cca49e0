/// What is known about one vendor: the content of one `vendors/<id>.json`.
public struct VendorDossier: Sendable, Equatable {
    /// A stable id, such as `lingxi`; unique within the workspace.
    public var id: String
    /// The vendor's name as shown in reports.
    public var name: String
    /// The file the dossier came from, relative to the workspace.
    public var file: String
    /// Industries served, with years and client counts; nil when the dossier does not say.
    package var industries: [IndustryExperience]?
    /// Modules offered with their coverage level; nil when the dossier does not say.
    package var modules: [String: Evidence<ModuleCoverage>]?
    /// Prices; nil when the vendor did not quote.
    package var pricing: Pricing?
    /// The quote as line items (`quote`); nil when the dossier uses `pricing` or did not quote.
    package var quote: Quote?
    /// References the vendor named; nil when the dossier does not say.
    package var references: [Reference]?
    /// Scalar and set facts by fact name: the built-in ones (`support.responseHours`, …) and the catalog's own (`facts`).
    public var facts: [String: Fact]

    /// Creates a dossier.
    package init(id: String, name: String, file: String = "", industries: [IndustryExperience]? = nil, modules: [String: Evidence<ModuleCoverage>]? = nil, pricing: Pricing? = nil, references: [Reference]? = nil, facts: [String: Fact] = [:]) {
        self.id = id
        self.name = name
        self.file = file
        self.industries = industries
        self.modules = modules
        self.pricing = pricing
        self.references = references
        self.facts = facts
    }
}

/// How well a vendor covers a module.
package enum ModuleCoverage: String, Sendable, Equatable, CaseIterable {
    /// Fully covered.
    case full
    /// Partly covered.
    case partial
    /// On the roadmap, not available yet.
    case planned
    /// Not offered.
    case none

    /// The share of the module that counts: 1, 0.5, 0 and 0.
    package var level: Double {
        switch self {
        case .full: return 1
        case .partial: return 0.5
        case .planned, .none: return 0
        }
    }
}

/// A vendor's experience in one industry.
package struct IndustryExperience: Sendable, Equatable {
    /// The industry id.
    package var industry: String
    /// Years serving it.
    package var years: Evidence<Double>
    /// Clients in it, when stated.
    package var clients: Evidence<Double>?

    /// Creates an entry.
    package init(industry: String, years: Evidence<Double>, clients: Evidence<Double>? = nil) {
        self.industry = industry
        self.years = years
        self.clients = clients
    }
}

/// A reference customer.
package struct Reference: Sendable, Equatable {
    /// Who it is (may be anonymised).
    package var name: String
    /// Its industry id.
    package var industry: String?
    /// Where the reference came from.
    package var source: String?

    /// Creates a reference.
    package init(name: String, industry: String? = nil, source: String? = nil) {
        self.name = name
        self.industry = industry
        self.source = source
    }
}

/// A vendor's price quote. Fees that are not quoted count as 0 and are named in the trace.
package struct Pricing: Sendable, Equatable {
    /// ISO 4217 code; must match the budget's.
    package var currency: String
    /// Licence price per employee per month.
    package var perEmployeeMonth: Evidence<Double>?
    /// A yearly platform fee independent of headcount.
    package var annualBaseFee: Evidence<Double>?
    /// A yearly support or maintenance fee.
    package var annualSupportFee: Evidence<Double>?
    /// One-off implementation fee.
    package var implementationFee: Evidence<Double>?
    /// One-off training fee.
    package var trainingFee: Evidence<Double>?
    /// Other one-off fees (migration, integration, customisation).
    package var otherOneTimeFees: Evidence<Double>?
    /// Yearly increase of the per-employee price, in percent.
    package var escalationPercent: Evidence<Double>?

    /// Creates a quote.
    package init(currency: String, perEmployeeMonth: Evidence<Double>? = nil, annualBaseFee: Evidence<Double>? = nil, annualSupportFee: Evidence<Double>? = nil, implementationFee: Evidence<Double>? = nil, trainingFee: Evidence<Double>? = nil, otherOneTimeFees: Evidence<Double>? = nil, escalationPercent: Evidence<Double>? = nil) {
        self.currency = currency
        self.perEmployeeMonth = perEmployeeMonth
        self.annualBaseFee = annualBaseFee
        self.annualSupportFee = annualSupportFee
        self.implementationFee = implementationFee
        self.trainingFee = trainingFee
        self.otherOneTimeFees = otherOneTimeFees
        self.escalationPercent = escalationPercent
    }
}

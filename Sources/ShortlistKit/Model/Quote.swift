/// A vendor's price quote as vendors write it: line items in one currency — the `quote` object of
/// a dossier. The older `pricing` object is read as a quote with the equivalent lines
/// (``init(pricing:)``), so both rank the same.
package struct Quote: Sendable, Equatable {
    /// ISO 4217 code of every line.
    package var currency: String
    /// The line items, in dossier order.
    package var lines: [QuoteLine]
    /// A discount on the whole quote, in percent, applied after each line's own.
    package var discountPercent: Double

    /// Creates a quote.
    package init(currency: String, lines: [QuoteLine], discountPercent: Double = 0) {
        self.currency = currency
        self.lines = lines
        self.discountPercent = discountPercent
    }

    /// The quote equivalent to a `pricing` object: a per-employee licence line (with the
    /// pricing's escalation), the base and support fees as yearly lines, and the three one-off
    /// fees; a fee not quoted is a line of 0, named in ``CostBreakdown/unquoted``.
    package init(pricing: Pricing) {
        func line(_ label: String, _ e: Evidence<Double>?, _ kind: (Double) -> QuoteLine.Kind, escalation: Double = 0) -> QuoteLine {
            QuoteLine(label: label, source: e?.source, kind: kind(e?.value ?? 0), escalationPercent: escalation, quoted: e != nil)
        }
        currency = pricing.currency
        discountPercent = 0
        lines = [
            line("perEmployeeMonth", pricing.perEmployeeMonth, { .perEmployeeMonth($0) }, escalation: pricing.escalationPercent?.value ?? 0),
            line("annualBaseFee", pricing.annualBaseFee, { .annual($0) }),
            line("annualSupportFee", pricing.annualSupportFee, { .annual($0) }),
            line("implementationFee", pricing.implementationFee, { .oneOff($0, .implementation) }),
            line("trainingFee", pricing.trainingFee, { .oneOff($0, .training) }),
            line("otherOneTimeFees", pricing.otherOneTimeFees, { .oneOff($0, .other) }),
        ]
    }
}

/// One line item of a ``Quote``.
package struct QuoteLine: Sendable, Equatable {
    /// What a one-off fee pays for.
    package enum Category: String, Sendable, Equatable, CaseIterable {
        /// Implementation.
        case implementation
        /// Data migration.
        case migration
        /// Training.
        case training
        /// Hardware (time clocks, face-recognition devices).
        case hardware
        /// Custom development.
        case customDevelopment
        /// Anything else.
        case other
    }

    /// A headcount band of a tiered price: up to `upTo` employees (nil for the last band).
    package struct Tier: Sendable, Equatable {
        /// The largest headcount of the band; nil for the open last band.
        package var upTo: Double?
        /// The price per employee per month in the band.
        package var perEmployeeMonth: Double

        /// Creates a band.
        package init(upTo: Double?, perEmployeeMonth: Double) {
            self.upTo = upTo
            self.perEmployeeMonth = perEmployeeMonth
        }
    }

    /// How the line is priced.
    package enum Kind: Sendable, Equatable {
        /// A price per employee per month (× 12 × the year's headcount, at least ``QuoteLine/minimumSeats``).
        case perEmployeeMonth(Double)
        /// A price per site (store, plant) per month (× 12 × the profile's sites).
        case perSiteMonth(Double)
        /// A flat fee per year.
        case annual(Double)
        /// A fee paid once, in year 1.
        case oneOff(Double, Category)
        /// A licence paid once in year 1, and maintenance of `maintenancePercent` of it every year
        /// from year `maintenanceFrom` (1 or 2).
        case licence(Double, maintenancePercent: Double, maintenanceFrom: Int)
        /// A price per employee per month by headcount band: the band the year's headcount falls in
        /// prices **every** seat (volume pricing, not graduated).
        case tiers([Tier])
    }

    /// The vendor's label, e.g. "SaaS subscription".
    package var label: String
    /// Where the figure comes from.
    package var source: String?
    /// How the line is priced.
    package var kind: Kind
    /// The fewest seats a per-employee or tiered line charges for.
    package var minimumSeats: Double?
    /// The line's discount in percent.
    package var discountPercent: Double
    /// The yearly increase in percent, compounding from year 2 (one-off fees and licences are not escalated; maintenance is).
    package var escalationPercent: Double
    /// The most the escalation may add over the year-1 price, in percent (e.g. 10: never above 110 % of year 1).
    package var escalationCapPercent: Double?
    /// Whether the vendor stated the figure (false only for the fees a `pricing` object leaves out).
    package var quoted: Bool
    /// The vendor's comment on the line (from the price sheet's comment column, or `note` in the dossier).
    package var note: String?

    /// Creates a line.
    package init(label: String, source: String? = nil, kind: Kind, minimumSeats: Double? = nil, discountPercent: Double = 0, escalationPercent: Double = 0, escalationCapPercent: Double? = nil, quoted: Bool = true, note: String? = nil) {
        self.note = note
        self.label = label
        self.source = source
        self.kind = kind
        self.minimumSeats = minimumSeats
        self.discountPercent = discountPercent
        self.escalationPercent = escalationPercent
        self.escalationCapPercent = escalationCapPercent
        self.quoted = quoted
    }

    /// Whether the line is paid once (one-off fees and the licence itself).
    package var isOneOff: Bool {
        if case .oneOff = kind { return true }
        return false
    }
}

/// A rate that converts a quote's currency into the budget's, stated in `selection.json`
/// (`exchangeRates`), so that every converted figure can be traced.
package struct ExchangeRate: Sendable, Equatable {
    /// The quote currency (ISO 4217).
    package var currency: String
    /// Units of the budget currency per unit of ``currency``.
    package var rate: Double
    /// The day the rate was taken (YYYY-MM-DD).
    package var date: String
    /// Where it was taken from, e.g. "ECB".
    package var source: String

    /// Creates a rate.
    package init(currency: String, rate: Double, date: String, source: String) {
        self.currency = currency
        self.rate = rate
        self.date = date
        self.source = source
    }
}

/// A vendor's costs over the profile's horizon, with the arithmetic behind them.
///
/// TCO over N years (the usual procurement definition; licences are often only 30–40 % of a
/// five-year HRIS spend):
///
///     one-off  = implementation + training + other one-time fees
///     licence_y = perEmployeeMonth × 12 × headcount × (1 + growth)^(y−1) × (1 + escalation)^(y−1)
///     recurring_y = licence_y + annualBaseFee + annualSupportFee
///     TCO = one-off + Σ_{y=1..N} recurring_y;  first year = one-off + recurring_1
///
/// Fees the vendor did not quote count as 0 and are named in ``unquoted``.
public struct CostBreakdown: Sendable, Equatable {
    /// One-off fees.
    public var oneOff: Double
    /// Recurring cost of each year, year 1 first.
    public var recurring: [Double]
    /// Licence part of each year's recurring cost.
    public var licence: [Double]
    /// Fees the quote does not state, counted as 0.
    public var unquoted: [String]
    /// The quote's currency.
    public var currency: String

    /// One-off fees plus the first year's recurring cost.
    public var firstYear: Double { oneOff + (recurring.first ?? 0) }
    /// The first year's recurring cost.
    public var annual: Double { recurring.first ?? 0 }
    /// Total cost of ownership over the horizon.
    public var tco: Double { oneOff + recurring.reduce(0, +) }

    /// The figure for a cost basis.
    public func amount(for basis: CostBasis) -> Double {
        switch basis {
        case .tco: return tco
        case .firstYear: return firstYear
        case .annual: return annual
        }
    }

    /// Computes the costs of `pricing` for `profile`.
    public init(pricing: Pricing, profile: RequirementProfile) {
        func value(_ e: Evidence<Double>?, _ name: String, into missing: inout [String]) -> Double {
            if let e { return e.value }
            missing.append(name)
            return 0
        }
        var unquoted: [String] = []
        let perEmployee = value(pricing.perEmployeeMonth, "perEmployeeMonth", into: &unquoted)
        let base = value(pricing.annualBaseFee, "annualBaseFee", into: &unquoted)
        let support = value(pricing.annualSupportFee, "annualSupportFee", into: &unquoted)
        let implementation = value(pricing.implementationFee, "implementationFee", into: &unquoted)
        let training = value(pricing.trainingFee, "trainingFee", into: &unquoted)
        let other = value(pricing.otherOneTimeFees, "otherOneTimeFees", into: &unquoted)
        let escalation = (pricing.escalationPercent?.value ?? 0) / 100
        let growth = profile.organisation.headcountGrowthPercent / 100
        var licence: [Double] = []
        var recurring: [Double] = []
        var factor = 1.0
        for _ in 0..<profile.tcoYears {
            let l = perEmployee * 12 * profile.organisation.headcount * factor
            licence.append(l)
            recurring.append(l + base + support)
            factor *= (1 + growth) * (1 + escalation)
        }
        self.oneOff = implementation + training + other
        self.recurring = recurring
        self.licence = licence
        self.unquoted = unquoted
        self.currency = pricing.currency
    }
}

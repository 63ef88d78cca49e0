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
    package func amount(for basis: CostBasis) -> Double {
        switch basis {
        case .tco: return tco
        case .firstYear: return firstYear
        case .annual: return annual
        }
    }

    /// One line of the quote, year by year, in the budget's currency.
    public struct Line: Sendable, Equatable {
        /// The vendor's label.
        public var label: String
        /// What the line is: `perEmployeeMonth`, `perSiteMonth`, `annual`, `licence`, `maintenance`, `tiers`, or `oneOff:<category>`.
        public var kind: String
        /// Whether the line is paid once (in year 1).
        public var isOneOff: Bool
        /// The amount of each year, year 1 first.
        public var years: [Double]
        /// How year 1 was computed, e.g. "30 × 12 × 300 employees" / "30 × 12 × 300 名员工".
        public var formula: LocalizedText
        /// Where the figure comes from.
        public var source: String?
        /// The vendor's comment on the quote line.
        public var note: String?
        /// The amount over the horizon.
        public var total: Double { years.reduce(0, +) }
    }

    /// Every line of the quote, year by year, in the budget's currency.
    public var lines: [Line] = []
    /// The headcount of each year (the profile's headcount grown by its `headcountGrowthPercent`).
    public var headcount: [Double] = []
    /// The yearly headcount growth used, in percent (the profile's `headcountGrowthPercent`).
    public var growthPercent: Double = 0
    /// The rate that converted the quote into the budget's currency, when it was in another.
    package var conversion: ExchangeRate?
    /// The quote's own currency.
    public var quoteCurrency: String = ""

    /// Computes the costs of `pricing` for `profile`: the costs of its equivalent ``Quote``.
    package init(pricing: Pricing, profile: RequirementProfile) {
        self.init(quote: Quote(pricing: pricing), profile: profile)
    }

    /// Computes the costs of `quote` for `profile`, converted with `rate` into the budget's currency when given.
    ///
    /// Per line and year y = 1…N (headcount_y = headcount × (1 + growth)^(y−1); esc_y = (1 + escalation)^(y−1),
    /// at most 1 + cap; d = (1 − line discount) × (1 − quote discount)):
    ///
    ///     perEmployeeMonth  price × 12 × max(headcount_y, minimumSeats) × esc_y × d
    ///     tiers             (price of the band headcount_y falls in) × 12 × max(headcount_y, minimumSeats) × esc_y × d
    ///     perSiteMonth      price × 12 × sites × esc_y × d
    ///     annual            fee × esc_y × d
    ///     oneOff            fee × d in year 1, 0 after
    ///     licence           licence × d in year 1 (one-off); maintenance = licence × d × m % × esc, every year from year 1 or 2
    package init(quote: Quote, profile: RequirementProfile, rate: ExchangeRate? = nil) {
        let years = profile.tcoYears
        let growth = profile.organisation.headcountGrowthPercent / 100
        let headcount0 = profile.organisation.headcount
        let r = rate?.rate
        let quoteDiscount = 1 - quote.discountPercent / 100
        var unquoted: [String] = []
        var lines: [Line] = []
        var growthFactors: [Double] = []
        var g = 1.0
        for _ in 0..<years { growthFactors.append(g); g *= 1 + growth }
        let a = { (x: Double) in NumberFormatting.amount(x) }
        for item in quote.lines {
            if !item.quoted { unquoted.append(item.label) }
            let e = item.escalationPercent / 100
            let cap = item.escalationCapPercent.map { 1 + $0 / 100 }
            var escalation: [Double] = []
            var f = 1.0
            for _ in 0..<years { escalation.append(cap.map { min(f, $0) } ?? f); f *= 1 + e }
            let discount = (1 - item.discountPercent / 100) * quoteDiscount
            func money(_ x: Double) -> Double {
                var y = x
                if discount != 1 { y *= discount }
                if let r { y *= r }
                return y
            }
            func seats(_ i: Int) -> Double { max(headcount0 * growthFactors[i], item.minimumSeats ?? 0) }
            var amounts: [Double] = []
            let kindName: String
            var formula: (en: String, zh: String)
            switch item.kind {
            case .perEmployeeMonth(let price):
                kindName = "perEmployeeMonth"
                if item.minimumSeats == nil && cap == nil {
                    // The product of growth and escalation as one factor, in the order `pricing` always used, so that a
                    // `pricing` object costs to the same last bit as before it became a quote.
                    var factor = 1.0
                    for _ in 0..<years { amounts.append(money(price * 12 * headcount0 * factor)); factor *= (1 + growth) * (1 + e) }
                } else {
                    amounts = (0..<years).map { money(price * 12 * seats($0) * escalation[$0]) }
                }
                formula = ("\(a(price)) × 12 × \(a(seats(0))) employees" + (item.minimumSeats.map { headcount0 < $0 ? " (minimum \(a($0)) seats)" : "" } ?? ""),
                           "\(a(price)) × 12 × \(a(seats(0))) 名员工" + (item.minimumSeats.map { headcount0 < $0 ? "（最少 \(a($0)) 个席位）" : "" } ?? ""))
            case .tiers(let tiers):
                kindName = "tiers"
                func band(_ n: Double) -> QuoteLine.Tier { tiers.first { $0.upTo.map { n <= $0 } ?? true } ?? tiers[tiers.count - 1] }
                amounts = (0..<years).map { money(band(seats($0)).perEmployeeMonth * 12 * seats($0) * escalation[$0]) }
                formula = ("\(a(band(seats(0)).perEmployeeMonth)) (band \(band(seats(0)).upTo.map { "up to \(a($0))" } ?? "above the last limit")) × 12 × \(a(seats(0))) employees",
                           "\(a(band(seats(0)).perEmployeeMonth))（档位：\(band(seats(0)).upTo.map { "不超过 \(a($0))" } ?? "最高档")）× 12 × \(a(seats(0))) 名员工")
            case .perSiteMonth(let price):
                kindName = "perSiteMonth"
                let sites = Double(profile.organisation.sites)
                amounts = (0..<years).map { money(price * 12 * sites * escalation[$0]) }
                formula = ("\(a(price)) × 12 × \(profile.organisation.sites) sites", "\(a(price)) × 12 × \(profile.organisation.sites) 个站点")
            case .annual(let fee):
                kindName = "annual"
                amounts = (0..<years).map { money(e == 0 ? fee : fee * escalation[$0]) }
                formula = ("\(a(fee)) a year", "每年 \(a(fee))")
            case .oneOff(let fee, let category):
                kindName = "oneOff:" + category.rawValue
                amounts = (0..<years).map { $0 == 0 ? money(fee) : 0 }
                formula = ("\(a(fee)) once", "一次性 \(a(fee))")
            case .licence(let fee, let percent, let from):
                kindName = "licence"
                amounts = (0..<years).map { $0 == 0 ? money(fee) : 0 }
                formula = ("\(a(fee)) once", "一次性 \(a(fee))")
                if discount != 1 { formula.en += " × \(NumberFormatting.short(discount, 4)) (discount)"; formula.zh += " × \(NumberFormatting.short(discount, 4))（折扣）" }
                if let rate { formula.en += " × \(NumberFormatting.short(rate.rate, 6)) (\(rate.source) \(rate.date))"; formula.zh += " × \(NumberFormatting.short(rate.rate, 6))（\(rate.source) \(rate.date)）" }
                lines.append(Line(label: item.label, kind: kindName, isOneOff: true, years: amounts, formula: LocalizedText(en: formula.en, zh: formula.zh), source: item.source, note: item.note))
                let maintenance = (0..<years).map { $0 + 1 >= from ? money(fee * percent / 100 * escalation[$0]) : 0 }
                lines.append(Line(label: item.label + " — maintenance", kind: "maintenance", isOneOff: false, years: maintenance,
                                  formula: LocalizedText(en: "\(NumberFormatting.short(percent)) % of \(a(fee)) a year from year \(from)",
                                                         zh: "自第 \(from) 年起每年 \(a(fee)) 的 \(NumberFormatting.short(percent)) %"), source: item.source))
                continue
            }
            if discount != 1 { formula.en += " × \(NumberFormatting.short(discount, 4)) (discount)"; formula.zh += " × \(NumberFormatting.short(discount, 4))（折扣）" }
            if let rate { formula.en += " × \(NumberFormatting.short(rate.rate, 6)) (\(rate.source) \(rate.date))"; formula.zh += " × \(NumberFormatting.short(rate.rate, 6))（\(rate.source) \(rate.date)）" }
            if e != 0 {
                formula.en += "; +\(NumberFormatting.short(item.escalationPercent)) % a year" + (item.escalationCapPercent.map { ", capped at +\(NumberFormatting.short($0)) %" } ?? "")
                formula.zh += "；每年上涨 \(NumberFormatting.short(item.escalationPercent)) %" + (item.escalationCapPercent.map { "，累计上限 +\(NumberFormatting.short($0)) %" } ?? "")
            }
            lines.append(Line(label: item.label, kind: kindName, isOneOff: item.isOneOff, years: amounts, formula: LocalizedText(en: formula.en, zh: formula.zh), source: item.source, note: item.note))
        }
        var recurring: [Double] = []
        var licence: [Double] = []
        for i in 0..<years {
            recurring.append(lines.filter { !$0.isOneOff }.reduce(0) { $0 + $1.years[i] })
            licence.append(lines.filter { $0.kind == "perEmployeeMonth" || $0.kind == "tiers" }.reduce(0) { $0 + $1.years[i] })
        }
        self.oneOff = lines.filter(\.isOneOff).reduce(0) { $0 + ($1.years.first ?? 0) }
        self.recurring = recurring
        self.licence = licence
        self.unquoted = unquoted
        self.currency = rate == nil ? quote.currency : profile.budget.currency
        self.lines = lines
        self.headcount = growthFactors.map { headcount0 * $0 }
        self.growthPercent = profile.organisation.headcountGrowthPercent
        self.conversion = rate
        self.quoteCurrency = quote.currency
    }
}

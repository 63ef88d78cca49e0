/// The cost breakdown under `explain`: the headcount by year and every quote line year by year,
/// with how year 1 was computed; both languages on one line.
enum CostWording {
    /// "headcount by year (growth 5 % a year, headcountGrowthPercent): 300, 315, 330.75".
    static func headcount(_ cost: CostBreakdown) -> LocalizedText {
        let years = cost.headcount.map { NumberFormatting.short($0, 2) }
        return LocalizedText(en: "headcount by year (growth \(NumberFormatting.short(cost.growthPercent)) % a year, organisation.headcountGrowthPercent): \(years.joined(separator: ", "))",
                             zh: "各年人数（每年增长 \(NumberFormatting.short(cost.growthPercent)) %，organisation.headcountGrowthPercent）：\(years.joined(separator: "、"))")
    }

    /// A line: "SaaS subscription, recurring: 108,000 / 113,400 / 119,070; total 340,470 (30 × 12 × 300 employees)".
    static func line(_ line: CostBreakdown.Line) -> LocalizedText {
        let years = line.years.map { NumberFormatting.amount($0) }.joined(separator: " / ")
        let total = NumberFormatting.amount(line.total)
        return LocalizedText(en: "\(line.label), \(line.isOneOff ? "one-off" : "recurring"): \(years); total \(total) (\(line.formula.en))",
                             zh: "\(line.label)，\(line.isOneOff ? "一次性" : "经常性")：\(years)；合计 \(total)（\(line.formula.text(in: .chinese))）")
    }

    /// The conversion: "quote in EUR, converted at 7.82 CNY per EUR (ECB 2026-11-30)".
    static func conversion(_ rate: ExchangeRate, into currency: String) -> LocalizedText {
        LocalizedText(en: "quote in \(rate.currency), converted at \(NumberFormatting.short(rate.rate, 6)) \(currency) per \(rate.currency) (\(rate.source) \(rate.date))",
                      zh: "报价币种 \(rate.currency)，按 1 \(rate.currency) = \(NumberFormatting.short(rate.rate, 6)) \(currency) 换算（\(rate.source) \(rate.date)）")
    }

    /// The indented lines under the cost summary (lines of `pricing` the vendor did not quote are left out; they are named as unquoted).
    static func lines(_ cost: CostBreakdown, language: Language) -> String {
        var out = "  " + headcount(cost).text(in: language) + "\n"
        if let rate = cost.conversion { out += "  " + conversion(rate, into: cost.currency).text(in: language) + "\n" }
        for line in cost.lines where line.years.contains(where: { $0 != 0 }) || !cost.unquoted.contains(line.label) {
            out += "  " + self.line(line).text(in: language) + "\n"
            if let note = line.note { out += "    " + TraceWording.note.text(in: language) + TextWidth.printable(note) + "\n" }
        }
        return out
    }
}

extension JSONWriter {
    /// A vendor's cost breakdown as the `cost` object of `rank --format json`, or `null` when the vendor quoted no price.
    ///
    /// Keys: `currency` (the currency of every figure), `quoteCurrency`, `conversion` (the rate used when the quote was
    /// in another currency, else `null`), `headcount` (year 1 first), `lines` (each with `kind`, `label`, `source`,
    /// `oneOff`, `quoted` (false for a fee the vendor did not state), `formula` (how year 1 was computed; `formulaZh` in Chinese), the amount of each year in `years` and their `total`), `oneOff`, `recurring` (each year),
    /// `firstYear` (year-1 cash: one-off plus year 1's recurring), `tco` (one-off plus every year's recurring over the
    /// horizon), `unquoted` (fees counted as 0) and `years` (the horizon).
    mutating func cost(_ cost: CostBreakdown?) {
        guard let cost else { null(); return }
        beginObject()
        key("conversion")
        if let rate = cost.conversion {
            beginObject()
            key("currency"); string(rate.currency)
            key("date"); string(rate.date)
            key("rate"); number(rate.rate)
            key("source"); string(rate.source)
            endObject()
        } else { null() }
        key("currency"); string(cost.currency)
        key("firstYear"); number(cost.firstYear)
        key("headcount"); numbers(cost.headcount)
        key("lines")
        beginArray()
        for line in cost.lines {
            beginObject()
            key("formula"); string(line.formula.en)
            key("formulaZh"); string(line.formula.text(in: .chinese))
            key("kind"); string(line.kind)
            key("label"); string(line.label)
            if let note = line.note { key("note"); string(note) }
            key("oneOff"); bool(line.isOneOff)
            key("quoted"); bool(!cost.unquoted.contains(line.label))
            key("source"); if let source = line.source { string(source) } else { null() }
            key("total"); number(line.total)
            key("years"); numbers(line.years)
            endObject()
        }
        endArray()
        key("oneOff"); number(cost.oneOff)
        key("quoteCurrency"); string(cost.quoteCurrency.isEmpty ? cost.currency : cost.quoteCurrency)
        key("recurring"); numbers(cost.recurring)
        key("tco"); number(cost.tco)
        key("unquoted"); strings(cost.unquoted)
        key("years"); integer(cost.recurring.count)
        endObject()
    }

    /// An array of numbers, each to 6 decimals.
    private mutating func numbers(_ values: [Double]) {
        beginArray()
        for x in values { number(x) }
        endArray()
    }
}

/// Decodes a dossier's `quote`: `currency`, `lines` (each with a `label` and exactly one price:
/// `perEmployeeMonth`, `perSiteMonth`, `annual`, `oneOff` with a `category`, `licence` with
/// `maintenancePercent`, or `tiers`), an optional `discountPercent` and `source`.
struct QuoteDecoder {
    let context: DecodingContext
    let profile: RequirementProfile?

    static let keys = ["currency", "source", "lines", "discountPercent", "note"]
    static let prices = ["perEmployeeMonth", "perSiteMonth", "annual", "oneOff", "licence", "tiers"]
    static let lineKeys = ["label", "source", "note", "category", "maintenancePercent", "maintenanceFrom", "minimumSeats", "discountPercent", "escalationPercent", "escalationCapPercent"] + prices

    func decode(_ reader: JSONReader, source: String?) -> Quote? {
        let before = context.errorCount
        guard let object = reader.object(keys: Self.keys) else { return nil }
        _ = object.optional("note")?.string()
        let local = object.optional("source")?.string() ?? source
        var currency: String?
        if let currencyReader = object.required("currency", "the quote's currency, e.g. \"CNY\""), let code = currencyCode(currencyReader) {
            currency = code
            if let profile, profile.budget.currency != code, profile.exchangeRates[code] == nil {
                currencyReader.fail("the quote is in \(code) but the budget in \(profile.budget.currency), and selection.json states no rate for \(code); add \"exchangeRates\": {\"\(code)\": {\"rate\": …, \"date\": \"YYYY-MM-DD\", \"source\": …}}")
            }
        }
        let discount = object.optional("discountPercent")?.number(.between(0, 100)) ?? 0
        var lines: [QuoteLine] = []
        if let listReader = object.required("lines", "the line items"), let list = listReader.array() {
            if list.isEmpty { listReader.fail("a quote needs at least one line") }
            for element in list {
                if let line = decodeLine(element, source: local) {
                    if lines.contains(where: { $0.label == line.label }) {
                        element.fail("the label \"\(line.label)\" is used twice; each line needs its own label")
                    } else {
                        lines.append(line)
                    }
                }
            }
        }
        guard context.errorCount == before, let currency else { return nil }
        return Quote(currency: currency, lines: lines, discountPercent: discount)
    }

    private func decodeLine(_ reader: JSONReader, source: String?) -> QuoteLine? {
        let before = context.errorCount
        guard let object = reader.object(keys: Self.lineKeys) else { return nil }
        let label = object.required("label", "the vendor's name for the line")?.string()
        let lineSource = object.optional("source")?.string() ?? source
        let note = object.optional("note")?.string()
        let given = Self.prices.filter { object.has($0) }
        guard given.count == 1 else {
            reader.fail(given.isEmpty
                ? "a line needs one price: \(Self.prices.map { "\"\($0)\"" }.joined(separator: ", "))"
                : "a line has one price, found \(given.map { "\"\($0)\"" }.joined(separator: " and ")); split it into \(given.count) lines")
            return nil
        }
        let priceKey = given[0]
        func only(_ key: String, with kinds: [String]) {
            if let r = object.optional(key), !kinds.contains(priceKey) {
                r.failAtKey("\"\(key)\" applies only to a line priced by \(kinds.map { "\"\($0)\"" }.joined(separator: " or ")), not \"\(priceKey)\"")
            }
        }
        only("category", with: ["oneOff"])
        only("maintenancePercent", with: ["licence"])
        only("maintenanceFrom", with: ["licence"])
        only("minimumSeats", with: ["perEmployeeMonth", "tiers"])
        var kind: QuoteLine.Kind?
        let priceReader = object.optional(priceKey)!
        switch priceKey {
        case "perEmployeeMonth": kind = priceReader.number(.nonNegative).map { .perEmployeeMonth($0) }
        case "perSiteMonth": kind = priceReader.number(.nonNegative).map { .perSiteMonth($0) }
        case "annual": kind = priceReader.number(.nonNegative).map { .annual($0) }
        case "oneOff":
            let categoryReader = object.required("category", QuoteLine.Category.allCases.map(\.rawValue).joined(separator: ", "))
            let category = categoryReader?.oneOf(QuoteLine.Category.allCases.map(\.rawValue)).flatMap(QuoteLine.Category.init(rawValue:))
            if let fee = priceReader.number(.nonNegative), let category { kind = .oneOff(fee, category) }
        case "licence":
            let percent = object.required("maintenancePercent", "the yearly maintenance, % of the licence")?.number(.percent)
            let from = object.optional("maintenanceFrom")?.integer(.between(1, 2)) ?? 2
            if let fee = priceReader.number(.nonNegative), let percent { kind = .licence(fee, maintenancePercent: percent, maintenanceFrom: from) }
        default:
            kind = decodeTiers(priceReader).map { .tiers($0) }
        }
        let minimumSeats = object.optional("minimumSeats")?.number(.positive)
        let discount = object.optional("discountPercent")?.number(.between(0, 100)) ?? 0
        let escalationReader = object.optional("escalationPercent")
        let escalation = escalationReader?.number(.between(-50, 100)) ?? 0
        let capReader = object.optional("escalationCapPercent")
        let cap = capReader?.number(.nonNegative)
        if let escalationReader, priceKey == "oneOff" {
            escalationReader.failAtKey("a one-off fee is paid once and cannot escalate")
        }
        if let capReader, escalationReader == nil {
            capReader.failAtKey("\"escalationCapPercent\" caps an escalation; the line has no \"escalationPercent\"")
        }
        guard context.errorCount == before, let label, let kind else { return nil }
        return QuoteLine(label: label, source: lineSource, kind: kind, minimumSeats: minimumSeats, discountPercent: discount, escalationPercent: escalation, escalationCapPercent: cap, note: note)
    }

    /// Bands in increasing `upTo`, the last without it.
    private func decodeTiers(_ reader: JSONReader) -> [QuoteLine.Tier]? {
        let before = context.errorCount
        guard let list = reader.array() else { return nil }
        if list.isEmpty { reader.fail("\"tiers\" needs at least one band") }
        var tiers: [QuoteLine.Tier] = []
        for (k, element) in list.enumerated() {
            guard let object = element.object(keys: ["upTo", "perEmployeeMonth"]) else { continue }
            let upToReader = object.optional("upTo")
            let upTo = upToReader?.number(.positive)
            let price = object.required("perEmployeeMonth", "the price per employee per month in the band")?.number(.nonNegative)
            let isLast = k == list.count - 1
            if isLast, let upToReader {
                upToReader.failAtKey("the last band has no \"upTo\": it prices every headcount above the band before it")
            } else if !isLast, upToReader == nil {
                element.fail("every band but the last needs \"upTo\", the largest headcount it prices")
            }
            if !isLast, let upTo, let previous = tiers.last?.upTo, upTo <= previous {
                upToReader?.fail("the bands must grow: \(NumberFormatting.short(upTo)) follows \(NumberFormatting.short(previous))")
            }
            if let price { tiers.append(QuoteLine.Tier(upTo: isLast ? nil : upTo, perEmployeeMonth: price)) }
        }
        guard context.errorCount == before else { return nil }
        return tiers
    }
}

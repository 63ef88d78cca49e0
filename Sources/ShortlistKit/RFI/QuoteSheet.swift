/// The price sheet as quote lines: a fixed set of rows a vendor fills in (the currency, a price per
/// employee per month with its minimum seats, escalation and cap, a price per site per month, a flat
/// fee per year, a licence with its maintenance, six one-off fees by category and a discount on the
/// whole quote), and the way back from the answers to a dossier's `quote`. A dossier that still
/// states the older `pricing` object is asked the rows of ``PriceSheet`` instead.
package enum QuoteSheet {
    /// One row of the quote price sheet.
    package enum Row: String, Sendable, Equatable, CaseIterable {
        /// The quote's currency.
        case currency
        /// The price per employee per month.
        case perEmployeeMonth
        /// The fewest seats the per-employee price charges for.
        case minimumSeats
        /// The yearly increase of the per-employee price, in percent.
        case escalationPercent
        /// The most the escalation may add over the year-1 price, in percent.
        case escalationCapPercent
        /// The price per site per month.
        case perSiteMonth
        /// A flat fee per year.
        case annual
        /// A licence paid once.
        case licence
        /// The yearly maintenance, in percent of the licence.
        case maintenancePercent
        /// The year maintenance starts (1 or 2).
        case maintenanceFrom
        /// One-off implementation.
        case implementation
        /// One-off data migration.
        case migration
        /// One-off training.
        case training
        /// One-off hardware.
        case hardware
        /// One-off custom development.
        case customDevelopment
        /// Other one-off fees.
        case other
        /// A discount on the whole quote, in percent.
        case discountPercent

        /// The question's id in a questionnaire, such as `quote.perEmployeeMonth.minimumSeats`.
        package var id: String {
            switch self {
            case .minimumSeats, .escalationPercent, .escalationCapPercent: return "quote.perEmployeeMonth.\(rawValue)"
            case .maintenancePercent, .maintenanceFrom: return "quote.licence.\(rawValue)"
            case .implementation, .migration, .training, .hardware, .customDevelopment, .other: return "quote.oneOff.\(rawValue)"
            default: return "quote.\(rawValue)"
            }
        }

        /// The one-off category the row prices, for the six one-off rows.
        var category: QuoteLine.Category? { QuoteLine.Category(rawValue: rawValue) }

        /// The row of a one-off category.
        static func oneOff(_ category: QuoteLine.Category) -> Row { Row(rawValue: category.rawValue)! }

        /// Whether the row is a price (a line of its own) rather than a condition of another line.
        var isPrice: Bool {
            switch self {
            case .perEmployeeMonth, .perSiteMonth, .annual, .licence: return true
            default: return category != nil
            }
        }

        /// The answer's form, in `currency`.
        func type(currency: String) -> AnswerType {
            func number(_ unit: LocalizedText, _ minimum: Double, _ maximum: Double, positive: Bool = false) -> AnswerType {
                .number(unit: unit, minimum: minimum, maximum: maximum, positive: positive)
            }
            switch self {
            case .currency: return .oneOf([currency])
            case .perEmployeeMonth: return number(RFIWording.unitPerEmployeeMonth(currency), 0, NumberBounds.largest)
            case .minimumSeats: return number(QuoteSheetWording.unitSeats, 0, NumberBounds.largest, positive: true)
            case .escalationPercent: return number(RFIWording.unitPercentPerYear, -50, 100)
            case .escalationCapPercent: return number(RFIWording.unitPercent, 0, NumberBounds.largest)
            case .perSiteMonth: return number(QuoteSheetWording.unitPerSiteMonth(currency), 0, NumberBounds.largest)
            case .annual: return number(RFIWording.unitMoneyPerYear(currency), 0, NumberBounds.largest)
            case .licence: return number(RFIWording.unitMoneyOnce(currency), 0, NumberBounds.largest)
            case .maintenancePercent: return number(QuoteSheetWording.unitPercentOfLicencePerYear, 0, 100)
            case .maintenanceFrom: return number(QuoteSheetWording.unitYear, 1, 2)
            case .implementation, .migration, .training, .hardware, .customDevelopment, .other: return number(RFIWording.unitMoneyOnce(currency), 0, NumberBounds.largest)
            case .discountPercent: return number(RFIWording.unitPercent, 0, 100)
            }
        }

        /// The question, in the buyer's currency.
        func question(currency: String) -> LocalizedText {
            switch self {
            case .currency: return RFIWording.currencyQuestion
            case .perEmployeeMonth: return QuoteSheetWording.perEmployeeMonth(currency)
            case .minimumSeats: return QuoteSheetWording.minimumSeats
            case .escalationPercent: return QuoteSheetWording.escalationPercent
            case .escalationCapPercent: return QuoteSheetWording.escalationCapPercent
            case .perSiteMonth: return QuoteSheetWording.perSiteMonth(currency)
            case .annual: return QuoteSheetWording.annual(currency)
            case .licence: return QuoteSheetWording.licence(currency)
            case .maintenancePercent: return QuoteSheetWording.maintenancePercent
            case .maintenanceFrom: return QuoteSheetWording.maintenanceFrom
            case .implementation: return QuoteSheetWording.implementation(currency)
            case .migration: return QuoteSheetWording.migration(currency)
            case .training: return QuoteSheetWording.training(currency)
            case .hardware: return QuoteSheetWording.hardware(currency)
            case .customDevelopment: return QuoteSheetWording.customDevelopment(currency)
            case .other: return QuoteSheetWording.other(currency)
            case .discountPercent: return QuoteSheetWording.discountPercent
            }
        }

        /// The label a new line of this row gets.
        var label: String {
            switch self {
            case .perEmployeeMonth: return "Per employee per month"
            case .perSiteMonth: return "Per site per month"
            case .annual: return "Flat fee per year"
            case .licence: return "Licence"
            case .implementation: return "Implementation"
            case .migration: return "Data migration"
            case .training: return "Training"
            case .hardware: return "Hardware"
            case .customDevelopment: return "Custom development"
            case .other: return "Other one-off fees"
            default: return rawValue
            }
        }

        /// Whether `line` is the line this price row fills in.
        func matches(_ line: QuoteLine) -> Bool {
            switch (self, line.kind) {
            case (.perEmployeeMonth, .perEmployeeMonth), (.perSiteMonth, .perSiteMonth), (.annual, .annual), (.licence, .licence): return true
            case (_, .oneOff(_, let category)): return category == self.category
            default: return false
            }
        }
    }

    /// The quote price sheet's questions: the budget's currency (or one `selection.json` states a rate
    /// for), then one per row.
    static func questions(profile: RequirementProfile, mustHave: Bool) -> [Question] {
        let currency = profile.budget.currency
        let currencies = [currency] + profile.exchangeRates.keys.sorted().filter { $0 != currency }
        let section = "pricing", name = RFIWording.sectionPriceSheet
        return Row.allCases.map { row in
            var type = row.type(currency: currency)
            if row == .currency { type = .oneOf(currencies) }
            let requirement = row == .currency && mustHave ? (currencies.count == 1 ? RFIWording.requireComparison("==", currency) : RFIWording.requireOneOf(currencies)) : nil
            return Question(section: section, sectionName: name, id: row.id, text: row.question(currency: currency), type: type,
                            requirement: requirement, evidence: .quote, target: .quote(row))
        }
    }

    /// What `quote` already says in answer to `row`: the value, the line's source and, on a price row, the
    /// line's note; nil when it says nothing (the first line of each kind is the one the sheet shows).
    static func prefilled(_ row: Row, from quote: Quote) -> (value: AnswerValue, source: String?, note: String?)? {
        func line(_ price: Row) -> QuoteLine? { quote.lines.first { price.matches($0) } }
        switch row {
        case .currency: return (.currency(quote.currency), nil, nil)
        case .discountPercent: return quote.discountPercent == 0 ? nil : (.amount(quote.discountPercent), nil, nil)
        case .minimumSeats:
            guard let l = line(.perEmployeeMonth), let seats = l.minimumSeats else { return nil }
            return (.amount(seats), l.source, nil)
        case .escalationPercent:
            guard let l = line(.perEmployeeMonth), l.escalationPercent != 0 else { return nil }
            return (.amount(l.escalationPercent), l.source, nil)
        case .escalationCapPercent:
            guard let l = line(.perEmployeeMonth), let cap = l.escalationCapPercent else { return nil }
            return (.amount(cap), l.source, nil)
        case .maintenancePercent, .maintenanceFrom:
            guard let l = line(.licence), case .licence(_, let percent, let from) = l.kind else { return nil }
            return (.amount(row == .maintenancePercent ? percent : Double(from)), l.source, nil)
        default:
            guard let l = line(row) else { return nil }
            switch l.kind {
            case .perEmployeeMonth(let x), .perSiteMonth(let x), .annual(let x), .oneOff(let x, _), .licence(let x, _, _): return (.amount(x), l.source, l.note)
            case .tiers: return nil
            }
        }
    }

    /// One answered row, as `apply` takes it.
    struct Answered {
        var value: AnswerValue
        var source: String
        /// The response's row, 0-based (the header is 0).
        var row: Int
        /// The vendor's comment on the row, if any.
        var comment: String? = nil
    }

    /// `quote` (nil for none yet) with the answered rows written in: each price row replaces the first
    /// line of its kind (keeping its label) or adds one; the conditions go onto their line. Problems
    /// come back by row (0-based) with the message, and then no quote.
    static func apply(_ answers: [Row: Answered], to quote: Quote?, profile: RequirementProfile) -> (quote: Quote?, problems: [(row: Int, message: String)]) {
        var problems: [(row: Int, message: String)] = []
        func amount(_ row: Row) -> Double? {
            if case .amount(let x)? = answers[row]?.value { return x }
            return nil
        }
        var result = quote ?? Quote(currency: profile.budget.currency, lines: [])
        if case .currency(let code)? = answers[.currency]?.value { result.currency = code }
        if case .fact(.text(let code))? = answers[.currency]?.value { result.currency = code }
        if let discount = amount(.discountPercent) { result.discountPercent = discount }
        for row in Row.allCases where row.isPrice {
            guard let x = amount(row), let answer = answers[row] else { continue }
            let kind: QuoteLine.Kind
            switch row {
            case .perEmployeeMonth: kind = .perEmployeeMonth(x)
            case .perSiteMonth: kind = .perSiteMonth(x)
            case .annual: kind = .annual(x)
            case .licence:
                var (percent, from) = (amount(.maintenancePercent), amount(.maintenanceFrom))
                if let existing = result.lines.first(where: { row.matches($0) }), case .licence(_, let p, let f) = existing.kind {
                    percent = percent ?? p
                    from = from ?? Double(f)
                }
                guard let percent else {
                    problems.append((answer.row, "a licence needs its yearly maintenance in percent of the licence; answer \(Row.maintenancePercent.id) (0 for none)"))
                    continue
                }
                kind = .licence(x, maintenancePercent: percent, maintenanceFrom: Int(from ?? 2))
            default: kind = .oneOff(x, row.category!)
            }
            // The row's comment is the line's note, as a fact's comment is the fact's (the answer replaces both).
            if let k = result.lines.firstIndex(where: { row.matches($0) }) {
                result.lines[k].kind = kind
                result.lines[k].source = answer.source
                result.lines[k].quoted = true
                result.lines[k].note = answer.comment
            } else {
                result.lines.append(QuoteLine(label: row.label, source: answer.source, kind: kind, note: answer.comment))
            }
        }
        // The conditions of the per-employee line and of the licence need their line.
        let perEmployee = result.lines.firstIndex { Row.perEmployeeMonth.matches($0) }
        for row in [Row.minimumSeats, .escalationPercent, .escalationCapPercent] {
            guard let x = amount(row), let answer = answers[row] else { continue }
            guard let k = perEmployee else {
                problems.append((answer.row, "\(row.id) applies to the price per employee per month, and the response states none; answer \(Row.perEmployeeMonth.id) or leave this row blank"))
                continue
            }
            switch row {
            case .minimumSeats: result.lines[k].minimumSeats = x
            case .escalationPercent: result.lines[k].escalationPercent = x
            default: result.lines[k].escalationCapPercent = x
            }
            if let comment = answer.comment { result.lines[k].note = noted(result.lines[k].note, row, comment) }
        }
        if let k = perEmployee, let cap = result.lines[k].escalationCapPercent {
            let escalation = result.lines[k].escalationPercent
            if let answer = answers[.escalationCapPercent] ?? answers[.escalationPercent], escalation == 0 {
                problems.append((answer.row, "a cap of \(NumberFormatting.short(cap)) % caps an escalation, and the price per employee has none; answer \(Row.escalationPercent.id) or leave the cap blank"))
            } else if let answer = answers[.escalationCapPercent] ?? answers[.escalationPercent], cap < escalation {
                problems.append((answer.row, "a cap of \(NumberFormatting.short(cap)) % is below one year's escalation of \(NumberFormatting.short(escalation)) %; the cap is the most the price may rise over year 1 in all, so it is at least the yearly escalation"))
            }
        }
        for row in [Row.maintenancePercent, .maintenanceFrom] {
            guard let answer = answers[row], amount(.licence) == nil else { continue }
            if !result.lines.contains(where: { Row.licence.matches($0) }) {
                problems.append((answer.row, "\(row.id) applies to a licence, and the response states none; answer \(Row.licence.id) or leave this row blank"))
            } else if let k = result.lines.firstIndex(where: { Row.licence.matches($0) }), case .licence(let price, let p, let f) = result.lines[k].kind {
                result.lines[k].kind = .licence(price, maintenancePercent: amount(.maintenancePercent) ?? p, maintenanceFrom: amount(.maintenanceFrom).map { Int($0) } ?? f)
            }
        }
        // A comment on a maintenance row goes onto the licence line's note, named by its row.
        if let k = result.lines.firstIndex(where: { Row.licence.matches($0) }) {
            for row in [Row.maintenancePercent, .maintenanceFrom] {
                if let comment = answers[row]?.comment { result.lines[k].note = noted(result.lines[k].note, row, comment) }
            }
        }
        if let from = amount(.maintenanceFrom), let answer = answers[.maintenanceFrom], from != from.rounded() {
            problems.append((answer.row, "\(NumberFormatting.short(from)) is not a year; maintenance starts in year 1 (with the licence) or year 2"))
        }
        if result.lines.isEmpty, let answer = answers.values.min(by: { $0.row < $1.row }) {
            problems.append((answer.row, "a quote needs at least one price; answer \(Row.perEmployeeMonth.id), \(Row.perSiteMonth.id), \(Row.annual.id), \(Row.licence.id) or a one-off fee"))
        }
        return problems.isEmpty ? (result, []) : (nil, problems.sorted { $0.row < $1.row })
    }

    /// A line's note with the comment on one of its condition rows added: "row id: comment".
    private static func noted(_ note: String?, _ row: Row, _ comment: String) -> String {
        (note.map { $0 + "; " } ?? "") + "\(row.id): \(comment)"
    }
}

extension JSONWriter {
    /// Writes `figures` as the object of a flag's or knock-out's `figures` key, keys sorted:
    /// `{"checks": [{"budgeted", "check", "cost", "currency", "exceeded", "limit", "overrun", "overrunPercent", "year", "years"}]}`
    /// for a budget (`year` only on a recurring check: which year, 1…N), `{"fact", "found", "operator", "required"}` for a fact gate (values as JSON values).
    mutating func gateFigures(_ figures: GateFigures) {
        beginObject()
        switch figures {
        case .budget(let checks):
            key("checks")
            beginArray()
            for check in checks {
                beginObject()
                key("budgeted"); number(check.budgeted)
                key("check"); string(check.check.rawValue)
                key("cost"); number(check.cost)
                key("currency"); string(check.currency)
                key("exceeded"); bool(check.exceeded)
                key("limit"); number(check.limit)
                key("overrun"); number(check.overrun)
                key("overrunPercent"); number(check.overrunShare * 100)
                if let year = check.year { key("year"); number(Double(year)) }
                key("years"); number(Double(check.years))
                endObject()
            }
            endArray()
        case .fact(let fact, let op, let required, let found):
            key("fact"); string(fact)
            key("found"); factValue(found)
            key("operator"); string(op.rawValue)
            key("required"); factValue(required)
        }
        endObject()
    }

    /// A fact's value as the JSON value of its type: number, boolean, string or array of strings.
    mutating func factValue(_ value: FactValue) {
        switch value {
        case .number(let x): number(x)
        case .boolean(let b): bool(b)
        case .text(let s): string(s)
        case .set(let items):
            beginArray()
            for item in items { string(item) }
            endArray()
        }
    }
}

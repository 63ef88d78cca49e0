extension JSONReader {
    /// A gate's `when`: `{"ownership": [...], "countries": [...], "minimumCountries": n}`, at least one part.
    func gateCondition() -> GateCondition? {
        guard let object = object(keys: ["ownership", "countries", "minimumCountries"]) else { return nil }
        var condition = GateCondition()
        if let reader = object.optional("ownership"), let list = reader.stringList(), let elements = reader.array() {
            for (word, element) in zip(list, elements) where !Organisation.ownershipKinds.contains(word) {
                element.fail(unknownIDMessage(word, known: Organisation.ownershipKinds, kind: "ownership"))
            }
            condition.ownership = list
        }
        condition.countries = object.optional("countries")?.countryCodes()
        condition.minimumCountries = object.optional("minimumCountries")?.integer(NumberRange(lower: 1))
        if condition == GateCondition() { fail("expected at least one of \"ownership\", \"countries\", \"minimumCountries\"") }
        return condition
    }

    /// A list of ISO 3166-1 alpha-2 country codes such as `["CN", "SG"]`.
    func countryCodes() -> [String]? {
        guard case .array(let nodes) = node.value else { return stringList() }
        let list = stringList()
        var ok = list != nil
        for (index, node) in nodes.enumerated() {
            guard case .string(let code) = node.value, !(code.count == 2 && code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) })) else { continue }
            JSONReader(node: node, path: path.appending(index: index), file: file, context: context)
                .fail("expected an ISO 3166-1 alpha-2 country code in capitals such as \"CN\" or \"SG\", found \"\(code)\"")
            ok = false
        }
        return ok ? list : nil
    }
}

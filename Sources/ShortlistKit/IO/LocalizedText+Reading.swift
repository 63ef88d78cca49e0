extension JSONReader {
    /// A text written as a plain string (English) or as `{"en": …, "zh": …}`.
    func localizedText() -> LocalizedText? {
        if case .string = node.value {
            return string().map { LocalizedText(en: $0) }
        }
        guard let object = object(keys: ["en", "zh"]) else { return nil }
        guard let en = object.required("en", "the English text")?.string() else { return nil }
        let zh = object.optional("zh")?.string()
        return LocalizedText(en: en, zh: zh)
    }

    /// A fact's unit: `"weeks"` or `{"en": "weeks", "zh": "周"}`, each text non-empty.
    func unit() -> LocalizedText? {
        switch node.value {
        case .string, .object: break
        default:
            expected("a unit: a string such as \"weeks\" or {\"en\": \"weeks\", \"zh\": \"周\"}")
            return nil
        }
        return localizedText()
    }

    /// A missing-facts policy word.
    func missingFactPolicy() -> MissingFactPolicy? {
        oneOf(MissingFactPolicy.allCases.map(\.rawValue)).flatMap(MissingFactPolicy.init(rawValue:))
    }

    /// A curve: an array of at least two `[x, score]` pairs with strictly increasing x and scores from 0 to 100.
    func curve(xName: String) -> PiecewiseLinear? {
        guard let elements = array() else { return nil }
        guard elements.count >= 2 else {
            fail("expected at least two points [\(xName), score]")
            return nil
        }
        var points: [(x: Double, y: Double)] = []
        var ok = true
        for element in elements {
            guard let pair = element.array(), pair.count == 2 else {
                if case .array = element.node.value { element.fail("expected a pair [\(xName), score]") }
                ok = false
                continue
            }
            guard let x = pair[0].number(), let y = pair[1].number(.score) else { ok = false; continue }
            if let previous = points.last, x <= previous.x {
                pair[0].fail("the points' \(xName) values must increase; \(JSONWriter.formatNumber(x)) follows \(JSONWriter.formatNumber(previous.x))")
                ok = false
            }
            points.append((x, y))
        }
        return ok ? PiecewiseLinear(points) : nil
    }
}

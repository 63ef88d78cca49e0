extension Phrase {
    /// The phrase in `language` with each `{name}` placeholder replaced by `values[name]`.
    ///
    /// The phrase is scanned once, so a value that itself contains `{name}` is never expanded.
    ///
    /// - Parameters:
    ///   - escape: Applied to the phrase's own text around the placeholders (for example
    ///     ``HTML/text(_:)``), so that values may carry markup of their own.
    public func text(in language: Language, _ values: [String: String], escape: (String) -> String = { $0 }) -> String {
        let template = text(in: language)
        var out = "", literal = ""
        var index = template.startIndex
        while index < template.endIndex {
            if template[index] == "{", let close = template[index...].firstIndex(of: "}"),
               let value = values[String(template[template.index(after: index)..<close])] {
                out += escape(literal) + value
                literal = ""
                index = template.index(after: close)
            } else {
                literal.append(template[index])
                index = template.index(after: index)
            }
        }
        return out + escape(literal)
    }
}

/// Reading the SVG (and HTML) the report builders write, so that a test compares exact values: every
/// tag, an attribute's value, and the text of a leaf element such as `<text>` or `<title>`.
///
/// User text is escaped in that markup, so a raw `<` only ever starts a real tag.
enum SVGMarkup {
    /// Every tag (`<…>`) in `markup`, in document order.
    static func tags(_ markup: String) -> [Substring] {
        var result: [Substring] = []
        var rest = markup[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            result.append(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return result
    }

    /// The opening tags of `markup` named `name` (`<name` followed by a space, `>` or `/`).
    static func tags(_ markup: String, named name: String) -> [Substring] {
        tags(markup).filter { isOpening($0, named: name) }
    }

    /// The value of attribute `name` in `tag`, as written (escaped), or nil.
    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let range = tag.range(of: " " + name + "=\"") else { return nil }
        let rest = tag[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    /// The attribute names of `tag`, read the way an HTML parser would (every value here is
    /// double-quoted); nil when the tag does not have that shape.
    static func attributeNames(_ tag: Substring) -> [String]? {
        var chars = Array(tag.dropFirst())  // drop "<"
        if chars.last == ">" { chars.removeLast() }
        if chars.last == "/" { chars.removeLast() }
        var i = 0
        while i < chars.count && chars[i] != " " { i += 1 }  // the tag name
        var names: [String] = []
        while i < chars.count {
            while i < chars.count && chars[i] == " " { i += 1 }
            guard i < chars.count else { break }
            var name = ""
            while i < chars.count && chars[i] != "=" && chars[i] != " " { name.append(chars[i]); i += 1 }
            names.append(name)
            guard i < chars.count, chars[i] == "=" else { continue }
            i += 1
            guard i < chars.count, chars[i] == "\"" else { return nil }
            i += 1
            while i < chars.count && chars[i] != "\"" { i += 1 }
            guard i < chars.count else { return nil }
            i += 1
        }
        return names
    }

    /// Each element named `name` as its opening tag and its text: the characters (escaped, as
    /// written) between the opening tag and the next `<`. Meant for leaf elements (`<text>`,
    /// `<title>`, a table cell).
    static func elements(_ markup: String, named name: String) -> [(tag: Substring, text: String)] {
        var result: [(tag: Substring, text: String)] = []
        var rest = markup[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[open...close]
            rest = rest[rest.index(after: close)...]
            guard isOpening(tag, named: name) else { continue }
            let end = rest.firstIndex(of: "<") ?? rest.endIndex
            result.append((tag, String(rest[..<end])))
        }
        return result
    }

    /// The texts of the elements named `name`, in document order.
    static func texts(_ markup: String, named name: String) -> [String] {
        elements(markup, named: name).map(\.text)
    }

    /// The texts of the elements named `name` whose `class` attribute is `className`.
    static func texts(_ markup: String, named name: String, class className: String) -> [String] {
        elements(markup, named: name).filter { attribute("class", in: $0.tag) == className }.map(\.text)
    }

    /// The whole content of each element named `name`, from its opening tag to the next `</name>`
    /// (elements that do not nest in themselves: `<script>`, `<section>`, `<tbody>`).
    static func contents(_ markup: String, named name: String) -> [String] {
        var result: [String] = []
        var rest = markup[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[open...close]
            rest = rest[rest.index(after: close)...]
            guard isOpening(tag, named: name) else { continue }
            guard let end = rest.range(of: "</" + name + ">") else { break }
            result.append(String(rest[..<end.lowerBound]))
            rest = rest[end.upperBound...]
        }
        return result
    }

    /// The whole content of the element named `name` whose `id` is `id`, or nil (see ``contents(_:named:)``).
    static func content(_ markup: String, named name: String, id: String) -> String? {
        let opening = tags(markup, named: name).first { attribute("id", in: $0) == id }
        guard let opening, let start = markup.range(of: opening) else { return nil }
        guard let end = markup.range(of: "</" + name + ">", range: start.upperBound..<markup.endIndex) else { return nil }
        return String(markup[start.upperBound..<end.lowerBound])
    }

    /// The whole of the first element named `name` whose attribute `attribute` is `value`, as written:
    /// the self-closing tag, or the opening tag through the next `</name>`; nil when there is none.
    static func element(_ markup: String, named name: String, where attribute: String, is value: String) -> String? {
        guard let opening = tags(markup, named: name).first(where: { self.attribute(attribute, in: $0) == value }) else { return nil }
        if opening.hasSuffix("/>") { return String(opening) }
        guard let end = markup.range(of: "</" + name + ">", range: opening.endIndex..<markup.endIndex) else { return nil }
        return String(markup[opening.startIndex..<end.upperBound])
    }

    private static func isOpening(_ tag: Substring, named name: String) -> Bool {
        guard tag.hasPrefix("<" + name) else { return false }
        let next = tag.dropFirst(name.count + 1).first
        return next == " " || next == ">" || next == "/"
    }
}

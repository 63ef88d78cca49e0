/// Reading the HTML (and inline SVG) the report writes, so that a test compares an element's exact
/// text or attribute value instead of looking for a substring of the page.
///
/// User text is escaped in that markup, so a raw `<` only ever starts a real tag (scripts excepted:
/// read them with ``contents(_:named:)``).
enum HTMLElements {
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

    /// Each element named `name` as its opening tag and its text: the characters (escaped, as
    /// written) between the opening tag and the next `<`. Meant for leaf elements and table cells.
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

    /// The texts of the elements named `name` whose `class` attribute is `className`, in order.
    static func texts(_ markup: String, named name: String, class className: String) -> [String] {
        elements(markup, named: name).filter { attribute("class", in: $0.tag) == className }.map(\.text)
    }

    /// The whole content of each element named `name`, from its opening tag to the next `</name>`
    /// (elements that do not nest in themselves: `<script>`, `<section>`, `<tbody>`, `<li>`).
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
        guard let opening = tags(markup, named: name).first(where: { attribute("id", in: $0) == id }) else { return nil }
        guard let end = markup.range(of: "</" + name + ">", range: opening.endIndex..<markup.endIndex) else { return nil }
        return String(markup[opening.endIndex..<end.lowerBound])
    }

    private static func isOpening(_ tag: Substring, named name: String) -> Bool {
        guard tag.hasPrefix("<" + name) else { return false }
        let next = tag.dropFirst(name.count + 1).first
        return next == " " || next == ">" || next == "/"
    }
}

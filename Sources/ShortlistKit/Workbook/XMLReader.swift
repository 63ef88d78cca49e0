/// An element of an XML document as ``XMLReader`` reads it: its local name (prefix dropped),
/// its attributes by local name, its child elements and the text directly inside it.
package struct XMLElement: Sendable {
    /// The name without its namespace prefix (`x:row` → `row`).
    package var name: String
    /// The attributes by local name (`r:id` → `id`); namespace declarations are left out.
    package var attributes: [String: String] = [:]
    /// The child elements in document order.
    package var children: [XMLElement] = []
    /// The character data directly inside the element (entities and CDATA resolved).
    package var text = ""

    /// The children with this local name.
    package func children(_ name: String) -> [XMLElement] { children.filter { $0.name == name } }

    /// The first child with this local name.
    package func child(_ name: String) -> XMLElement? { children.first { $0.name == name } }
}

/// A minimal, non-validating XML 1.0 reader for the parts of a workbook: elements, attributes,
/// character data, the five predefined entities, character references, CDATA, comments and
/// processing instructions. A document type declaration is refused, so that no entity can be
/// defined or expanded ("billion laughs") and nothing outside the document is fetched.
package enum XMLReader {
    /// The deepest nesting accepted (spreadsheet parts nest a handful of levels).
    static let maximumDepth = 256

    /// Parses `bytes` (UTF-8, optionally with a byte-order mark) into its root element.
    ///
    /// - Parameter part: The part's name, for messages.
    package static func parse(_ bytes: [UInt8], part: String) throws(WorkbookError) -> XMLElement {
        var parser = Parser(bytes: bytes, part: part)
        return try parser.document()
    }

    struct Parser {
        let bytes: [UInt8]
        let part: String
        var i = 0

        init(bytes: [UInt8], part: String) {
            self.bytes = bytes
            self.part = part
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        }

        func fail(_ message: String) -> WorkbookError {
            // The line of the problem, for a reader who opens the part.
            var line = 1
            for k in 0..<min(i, bytes.count) where bytes[k] == 0x0A { line += 1 }
            return WorkbookError("\(part): line \(line): \(message)")
        }

        func starts(_ text: String) -> Bool {
            let t = Array(text.utf8)
            return i + t.count <= bytes.count && Array(bytes[i..<i + t.count]) == t
        }

        mutating func skip(until terminator: String, what: String) throws(WorkbookError) {
            let t = Array(terminator.utf8)
            while i + t.count <= bytes.count {
                if bytes[i] == t[0] && Array(bytes[i..<i + t.count]) == t { i += t.count; return }
                i += 1
            }
            throw fail("\(what) is never closed with '\(terminator)'")
        }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        /// Comments, processing instructions and white space outside the root; a DOCTYPE is an error.
        mutating func misc() throws(WorkbookError) {
            while true {
                skipSpace()
                if starts("<?") { try skip(until: "?>", what: "a processing instruction") }
                else if starts("<!--") { try skip(until: "-->", what: "a comment") }
                else if starts("<!DOCTYPE") || starts("<!doctype") || starts("<!ENTITY") { throw fail("a document type declaration (<!DOCTYPE>) is not allowed in a workbook part; entities and DTDs are refused") }
                else { return }
            }
        }

        mutating func document() throws(WorkbookError) -> XMLElement {
            try misc()
            guard i < bytes.count, bytes[i] == 0x3C else { throw fail(i >= bytes.count ? "the part is empty; expected an XML element" : "expected '<' to start the root element") }
            let root = try element(depth: 0)
            try misc()
            guard i >= bytes.count else { throw fail("unexpected content after the root element") }
            return root
        }

        static func isNameByte(_ b: UInt8) -> Bool {
            b >= 0x80 || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x3A || b == 0x2D || b == 0x2E
        }

        mutating func name() throws(WorkbookError) -> String {
            let start = i
            while i < bytes.count, Self.isNameByte(bytes[i]) { i += 1 }
            guard i > start else { throw fail("expected a name") }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }

        static func local(_ name: String) -> String {
            guard let colon = name.lastIndex(of: ":") else { return name }
            return String(name[name.index(after: colon)...])
        }

        mutating func element(depth: Int) throws(WorkbookError) -> XMLElement {
            guard depth < XMLReader.maximumDepth else { throw fail("elements nest more than \(XMLReader.maximumDepth) deep") }
            i += 1 // '<'
            let qualified = try name()
            var element = XMLElement(name: Self.local(qualified))
            while true {
                skipSpace()
                guard i < bytes.count else { throw fail("the part ends inside the tag <\(qualified)>") }
                if bytes[i] == 0x2F {
                    guard i + 1 < bytes.count, bytes[i + 1] == 0x3E else { throw fail("expected '>' after '/' in <\(qualified)>") }
                    i += 2
                    return element
                }
                if bytes[i] == 0x3E { i += 1; break }
                let attribute = try name()
                skipSpace()
                guard i < bytes.count, bytes[i] == 0x3D else { throw fail("expected '=' after the attribute \(attribute)") }
                i += 1
                skipSpace()
                guard i < bytes.count, bytes[i] == 0x22 || bytes[i] == 0x27 else { throw fail("expected a quoted value for the attribute \(attribute)") }
                let quote = bytes[i]
                i += 1
                let value = try characters(until: quote)
                i += 1
                if attribute == "xmlns" || attribute.hasPrefix("xmlns:") { continue }
                element.attributes[Self.local(attribute)] = value
            }
            var text: [UInt8] = []
            while true {
                guard i < bytes.count else { throw fail("the element <\(qualified)> is never closed") }
                if bytes[i] != 0x3C {
                    text += Array(try characters(until: 0x3C).utf8)
                    continue
                }
                if starts("</") {
                    i += 2
                    let closing = try name()
                    guard closing == qualified else { throw fail("</\(closing)> closes <\(qualified)>") }
                    skipSpace()
                    guard i < bytes.count, bytes[i] == 0x3E else { throw fail("expected '>' to end </\(closing)>") }
                    i += 1
                    element.text = String(decoding: text, as: UTF8.self)
                    return element
                }
                if starts("<![CDATA[") {
                    i += 9
                    let start = i
                    try skip(until: "]]>", what: "a CDATA section")
                    text += bytes[start..<(i - 3)]
                } else if starts("<!--") {
                    try skip(until: "-->", what: "a comment")
                } else if starts("<?") {
                    try skip(until: "?>", what: "a processing instruction")
                } else if starts("<!") {
                    throw fail("a declaration (<!…>) is not allowed inside an element; entities and DTDs are refused")
                } else {
                    element.children.append(try self.element(depth: depth + 1))
                }
            }
        }

        /// Character data up to (not including) `terminator`, with references resolved.
        mutating func characters(until terminator: UInt8) throws(WorkbookError) -> String {
            var out: [UInt8] = []
            while i < bytes.count, bytes[i] != terminator {
                let b = bytes[i]
                if b == 0x3C && terminator != 0x3C { throw fail("'<' inside an attribute value") }
                if b != 0x26 { out.append(b); i += 1; continue }
                let start = i + 1
                var end = start
                while end < bytes.count, end - start < 12, bytes[end] != 0x3B { end += 1 }
                guard end < bytes.count, bytes[end] == 0x3B else { throw fail("'&' does not start a reference (write &amp;)") }
                let reference = String(decoding: bytes[start..<end], as: UTF8.self)
                switch reference {
                case "lt": out.append(0x3C)
                case "gt": out.append(0x3E)
                case "amp": out.append(0x26)
                case "quot": out.append(0x22)
                case "apos": out.append(0x27)
                default:
                    var value: UInt32?
                    if reference.hasPrefix("#x") { value = UInt32(reference.dropFirst(2), radix: 16) } else if reference.hasPrefix("#") { value = UInt32(reference.dropFirst(), radix: 10) }
                    guard let value else { throw fail("the entity &\(reference); is not defined (only the five XML entities and character references are read)") }
                    guard let scalar = Unicode.Scalar(value), value != 0 else { throw fail("the character reference &\(reference); is not a character") }
                    out += Array(String(Character(scalar)).utf8)
                }
                i = end + 1
            }
            guard i < bytes.count || terminator == 0x3C else { throw fail("the part ends inside a quoted value") }
            return String(decoding: out, as: UTF8.self)
        }
    }
}

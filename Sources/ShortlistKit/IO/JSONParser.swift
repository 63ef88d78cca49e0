/// A syntax error in a JSON document, with the place where it was found.
package struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A short English sentence saying what was expected and what was found.
    package var message: String
    /// Where the problem is: the offending character, or the position just after the
    /// last character when the input ended too early.
    package var location: SourceLocation

    /// Creates an error with a message and a location.
    package init(message: String, location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// The error as `line:column: message`.
    package var description: String {
        "\(location): \(message)"
    }
}

/// A strict RFC 8259 JSON parser over UTF-8 bytes that keeps the position of every value.
///
/// The parser accepts exactly one JSON value surrounded by optional whitespace (space,
/// tab, line feed, carriage return); a leading UTF-8 byte order mark is skipped. It rejects
/// everything RFC 8259 does not allow (comments, trailing commas, single quotes, unquoted
/// keys, `NaN`, leading zeros, lone surrogates, invalid UTF-8, raw control characters in
/// strings) and, in addition, duplicate keys within one object, numbers too large for a
/// `Double`, and nesting deeper than ``maximumDepth``. Keys are compared as Swift strings,
/// that is, up to Unicode canonical equivalence.
package enum JSONParser {
    /// The deepest nesting of arrays and objects that is accepted.
    package static let maximumDepth = 512

    /// Parses a JSON document given as UTF-8 bytes.
    ///
    /// - Throws: ``JSONSyntaxError`` for the first problem in the document.
    package static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> JSONNode in
            var parser = JSONByteParser(buffer)
            return try parser.parseDocument()
        }
    }

    /// Parses a JSON document given as a string.
    ///
    /// - Throws: ``JSONSyntaxError`` for the first problem in the document.
    package static func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
        var text = text
        return try text.withUTF8 { buffer in
            Result { () throws(JSONSyntaxError) -> JSONNode in
                var parser = JSONByteParser(buffer)
                return try parser.parseDocument()
            }
        }.get()
    }
}

/// Exact powers of ten representable as `Double` (10^0 ... 10^22), for the fast number path.
private let exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
]

/// An array or object being parsed; the parser keeps these on an explicit stack so that deep
/// nesting can never overflow the call stack.
private struct OpenContainer {
    var isObject: Bool
    var location: SourceLocation
    var elements: [JSONNode] = []
    var members: [JSONMember] = []
    /// The key whose value is being parsed (objects only).
    var key = ""
    var keyLocation = SourceLocation(line: 0, column: 0, offset: 0)
    /// Member index by key, built once an object has enough members for a linear scan to be slow.
    var keyIndex: [String: Int]? = nil

    init(isObject: Bool, location: SourceLocation) {
        self.isObject = isObject
        self.location = location
    }
}

/// The parsing state over one contiguous UTF-8 buffer.
private struct JSONByteParser {
    let p: UnsafeBufferPointer<UInt8>
    let end: Int
    /// The next byte to read.
    var i = 0
    /// The current line (1-based) and the offset of its first byte.
    var line = 1
    var lineStart = 0
    /// A column already computed on the current line, so columns are counted incrementally.
    var columnCacheOffset = 0
    var columnCacheValue = 1
    /// Reused buffer for strings that contain escapes.
    var scratch: [UInt8] = []

    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        p = buffer
        end = buffer.count
    }

    // MARK: Document structure

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONNode {
        if end >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF {
            i = 3
            lineStart = 3
            columnCacheOffset = 3
        }
        var stack: [OpenContainer] = []
        var afterComma = false
        skipWhitespace()

        parsing: while true {
            // A value is expected at `i`, whitespace already skipped.
            guard i < end else {
                throw fail("expected a value, found end of input", at: i)
            }
            let start = location(i)
            var value: JSONNode
            switch p[i] {
            case UInt8(ascii: "{"):
                try checkDepth(stack.count)
                i += 1
                skipWhitespace()
                if i < end, p[i] == UInt8(ascii: "}") {
                    i += 1
                    value = JSONNode(.object([]), at: start)
                } else {
                    var container = OpenContainer(isObject: true, location: start)
                    try parseKey(into: &container, afterComma: false)
                    stack.append(container)
                    afterComma = false
                    continue parsing
                }
            case UInt8(ascii: "["):
                try checkDepth(stack.count)
                i += 1
                skipWhitespace()
                if i < end, p[i] == UInt8(ascii: "]") {
                    i += 1
                    value = JSONNode(.array([]), at: start)
                } else {
                    stack.append(OpenContainer(isObject: false, location: start))
                    afterComma = false
                    continue parsing
                }
            case UInt8(ascii: "\""):
                value = JSONNode(.string(try parseString()), at: start)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = JSONNode(.number(try parseNumber()), at: start)
            case UInt8(ascii: "t"):
                try parseLiteral("true")
                value = JSONNode(.bool(true), at: start)
            case UInt8(ascii: "f"):
                try parseLiteral("false")
                value = JSONNode(.bool(false), at: start)
            case UInt8(ascii: "n"):
                try parseLiteral("null")
                value = JSONNode(.null, at: start)
            case UInt8(ascii: "]") where afterComma:
                throw fail("expected a value, found ']' (trailing commas are not allowed)", at: i)
            case UInt8(ascii: "'"):
                throw fail("expected a value, found \(describe(i)) (strings use double quotes)", at: i)
            default:
                throw fail("expected a value, found \(describe(i))", at: i)
            }

            // A complete value: attach it to the enclosing containers, closing them as needed.
            while true {
                skipWhitespace()
                let top = stack.count - 1
                guard top >= 0 else {
                    if i < end {
                        throw fail("unexpected \(describe(i)) after the JSON value", at: i)
                    }
                    return value
                }
                if stack[top].isObject {
                    addMember(consume value, to: &stack[top])
                    guard i < end else {
                        throw fail("expected ',' or '}' after an object member, found end of input", at: i)
                    }
                    switch p[i] {
                    case UInt8(ascii: ","):
                        i += 1
                        skipWhitespace()
                        try parseKey(into: &stack[top], afterComma: true)
                        afterComma = false
                        continue parsing
                    case UInt8(ascii: "}"):
                        i += 1
                        let container = stack.removeLast()
                        value = JSONNode(.object(container.members), at: container.location)
                    default:
                        throw fail("expected ',' or '}' after an object member, found \(describe(i))", at: i)
                    }
                } else {
                    stack[top].elements.append(consume value)
                    guard i < end else {
                        throw fail("expected ',' or ']' after an array element, found end of input", at: i)
                    }
                    switch p[i] {
                    case UInt8(ascii: ","):
                        i += 1
                        skipWhitespace()
                        afterComma = true
                        continue parsing
                    case UInt8(ascii: "]"):
                        i += 1
                        let container = stack.removeLast()
                        value = JSONNode(.array(container.elements), at: container.location)
                    default:
                        throw fail("expected ',' or ']' after an array element, found \(describe(i))", at: i)
                    }
                }
            }
        }
    }

    mutating func checkDepth(_ depth: Int) throws(JSONSyntaxError) {
        if depth >= JSONParser.maximumDepth {
            throw fail(
                "too deeply nested: more than \(JSONParser.maximumDepth) levels of arrays and objects",
                at: i
            )
        }
    }

    /// Parses `"key"` and the `:` after it (plus whitespace), checking that the key is new.
    mutating func parseKey(
        into container: inout OpenContainer, afterComma: Bool
    ) throws(JSONSyntaxError) {
        guard i < end, p[i] == UInt8(ascii: "\"") else {
            let expected = afterComma ? "expected a string key after ','" : "expected a string key or '}'"
            var hint = ""
            if i < end {
                switch p[i] {
                case UInt8(ascii: "}") where afterComma: hint = " (trailing commas are not allowed)"
                case UInt8(ascii: "'"): hint = " (keys use double quotes)"
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
                    hint = " (keys must be quoted)"
                default: break
                }
            }
            throw fail("\(expected), found \(describe(i))\(hint)", at: i)
        }
        let keyLocation = location(i)
        let key = try parseString()
        try checkDuplicate(key, at: keyLocation, in: container)
        skipWhitespace()
        guard i < end, p[i] == UInt8(ascii: ":") else {
            throw fail("expected ':' after an object key, found \(describe(i))", at: i)
        }
        i += 1
        skipWhitespace()
        container.key = key
        container.keyLocation = keyLocation
    }

    mutating func checkDuplicate(
        _ key: String, at keyLocation: SourceLocation, in container: OpenContainer
    ) throws(JSONSyntaxError) {
        var firstIndex: Int?
        if let index = container.keyIndex {
            firstIndex = index[key]
        } else {
            let length = key.utf8.count
            firstIndex = container.members.firstIndex { $0.key.utf8.count == length && $0.key == key }
        }
        if let firstIndex {
            let first = container.members[firstIndex].keyLocation
            throw JSONSyntaxError(
                message: "duplicate key \(quoted(key)) (first at line \(first.line), column \(first.column))",
                location: keyLocation
            )
        }
    }

    func addMember(_ value: consuming JSONNode, to container: inout OpenContainer) {
        let index = container.members.count
        var key = ""
        swap(&key, &container.key)
        if container.keyIndex != nil {
            container.keyIndex![key] = index
        }
        container.members.append(JSONMember(key: key, keyLocation: container.keyLocation, value: value))
        if index == 15, container.keyIndex == nil {
            var keyIndex: [String: Int] = [:]
            keyIndex.reserveCapacity(32)
            for (n, member) in container.members.enumerated() {
                keyIndex[member.key] = n
            }
            container.keyIndex = keyIndex
        }
    }

    // MARK: Whitespace and positions

    @inline(__always)
    mutating func skipWhitespace() {
        while i < end {
            let b = p[i]
            if b > 0x20 { return }
            switch b {
            case 0x20, 0x09:
                i += 1
            case 0x0A:
                i += 1
                startLine()
            case 0x0D:
                i += 1
                // CRLF counts as one line break (at the LF); a lone CR is a line break too.
                if i >= end || p[i] != 0x0A { startLine() }
            default:
                return
            }
        }
    }

    @inline(__always)
    mutating func startLine() {
        line += 1
        lineStart = i
        columnCacheOffset = i
        columnCacheValue = 1
    }

    /// The location of `offset`, which must be on the current line.
    mutating func location(_ offset: Int) -> SourceLocation {
        if offset < columnCacheOffset {
            columnCacheOffset = lineStart
            columnCacheValue = 1
        }
        var column = columnCacheValue
        var k = columnCacheOffset
        while k < offset {
            // Count scalars: every byte that is not a UTF-8 continuation byte starts one.
            if p[k] & 0xC0 != 0x80 { column += 1 }
            k += 1
        }
        columnCacheOffset = offset
        columnCacheValue = column
        return SourceLocation(line: line, column: column, offset: offset)
    }

    mutating func fail(_ message: String, at offset: Int) -> JSONSyntaxError {
        JSONSyntaxError(message: message, location: location(offset))
    }

    // MARK: Strings

    /// Parses a string starting at the opening quote at `i`; leaves `i` after the closing quote.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = i + 1
        var j = start
        while j < end {
            let b = p[j]
            if b >= 0x20, b < 0x80, b != UInt8(ascii: "\""), b != UInt8(ascii: "\\") {
                j += 1
            } else if b == UInt8(ascii: "\"") {
                i = j + 1
                return String(decoding: UnsafeBufferPointer(rebasing: p[start..<j]), as: UTF8.self)
            } else if b == UInt8(ascii: "\\") {
                return try parseEscapedString(start: start, firstEscape: j)
            } else if b < 0x20 {
                throw controlCharacterError(at: j)
            } else {
                j += try validateUTF8(at: j)
            }
        }
        throw fail("unexpected end of input inside a string", at: end)
    }

    /// The slow path of ``parseString()`` for strings with escapes: accumulates bytes in `scratch`.
    mutating func parseEscapedString(start: Int, firstEscape: Int) throws(JSONSyntaxError) -> String {
        scratch.removeAll(keepingCapacity: true)
        var runStart = start
        var j = firstEscape
        while j < end {
            let b = p[j]
            if b >= 0x20, b < 0x80, b != UInt8(ascii: "\""), b != UInt8(ascii: "\\") {
                j += 1
            } else if b == UInt8(ascii: "\"") {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<j]))
                i = j + 1
                return String(decoding: scratch, as: UTF8.self)
            } else if b == UInt8(ascii: "\\") {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<j]))
                j = try appendEscape(at: j)
                runStart = j
            } else if b < 0x20 {
                throw controlCharacterError(at: j)
            } else {
                j += try validateUTF8(at: j)
            }
        }
        throw fail("unexpected end of input inside a string", at: end)
    }

    /// Appends the character of the escape sequence at `j` (a backslash) to `scratch`;
    /// returns the offset after the sequence.
    mutating func appendEscape(at j: Int) throws(JSONSyntaxError) -> Int {
        guard j + 1 < end else {
            throw fail("unexpected end of input inside a string", at: end)
        }
        let byte: UInt8
        switch p[j + 1] {
        case UInt8(ascii: "\""): byte = 0x22
        case UInt8(ascii: "\\"): byte = 0x5C
        case UInt8(ascii: "/"): byte = 0x2F
        case UInt8(ascii: "b"): byte = 0x08
        case UInt8(ascii: "f"): byte = 0x0C
        case UInt8(ascii: "n"): byte = 0x0A
        case UInt8(ascii: "r"): byte = 0x0D
        case UInt8(ascii: "t"): byte = 0x09
        case UInt8(ascii: "u"):
            let unit = try hex4(at: j + 2)
            var scalar = unit
            var next = j + 6
            if unit >= 0xD800, unit <= 0xDBFF {
                guard next + 1 < end, p[next] == UInt8(ascii: "\\"), p[next + 1] == UInt8(ascii: "u") else {
                    throw fail("lone high surrogate \\u\(hex(unit)) in a string (it must be followed by a low surrogate \\uDC00-\\uDFFF)", at: j)
                }
                let low = try hex4(at: next + 2)
                guard low >= 0xDC00, low <= 0xDFFF else {
                    throw fail("lone high surrogate \\u\(hex(unit)) in a string (it must be followed by a low surrogate \\uDC00-\\uDFFF)", at: j)
                }
                scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                next += 6
            } else if unit >= 0xDC00, unit <= 0xDFFF {
                throw fail("lone low surrogate \\u\(hex(unit)) in a string (it must follow a high surrogate \\uD800-\\uDBFF)", at: j)
            }
            appendUTF8(scalar)
            return next
        default:
            if p[j + 1] >= 0x21, p[j + 1] < 0x7F {
                throw fail("invalid escape '\\\(Character(Unicode.Scalar(p[j + 1])))' in a string", at: j)
            }
            throw fail("invalid escape in a string: '\\' followed by \(describe(j + 1))", at: j)
        }
        scratch.append(byte)
        return j + 2
    }

    /// Reads the four hex digits of a `\u` escape starting at `k`.
    mutating func hex4(at k: Int) throws(JSONSyntaxError) -> UInt32 {
        var result: UInt32 = 0
        for n in k..<(k + 4) {
            guard n < end else {
                throw fail("unexpected end of input inside a string", at: end)
            }
            let b = p[n]
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default:
                throw fail("expected 4 hex digits after '\\u', found \(describe(n))", at: n)
            }
            result = result << 4 | UInt32(digit)
        }
        return result
    }

    mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case 0..<0x80:
            scratch.append(UInt8(scalar))
        case 0x80..<0x800:
            scratch.append(UInt8(0xC0 | scalar >> 6))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(0xE0 | scalar >> 12))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | scalar >> 18))
            scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    mutating func controlCharacterError(at j: Int) -> JSONSyntaxError {
        let b = p[j]
        let name: String
        let escape: String
        switch b {
        case 0x08: (name, escape) = ("backspace", "\\b")
        case 0x09: (name, escape) = ("tab", "\\t")
        case 0x0A: (name, escape) = ("line feed", "\\n")
        case 0x0C: (name, escape) = ("form feed", "\\f")
        case 0x0D: (name, escape) = ("carriage return", "\\r")
        default: (name, escape) = ("control character U+\(hex(UInt32(b)))", "\\u\(hex(UInt32(b)))")
        }
        return fail("unescaped \(name) in a string (write it as \(escape))", at: j)
    }

    /// The length of the valid multi-byte UTF-8 sequence at `j`, or an error at `j`.
    @inline(__always)
    mutating func validateUTF8(at j: Int) throws(JSONSyntaxError) -> Int {
        let length = utf8SequenceLength(at: j)
        if length > 0 { return length }
        if length == 0 {
            throw fail("invalid UTF-8 byte 0x\(hex(UInt32(p[j])).suffix(2)) in a string", at: j)
        }
        throw fail("invalid UTF-8 sequence starting with byte 0x\(hex(UInt32(p[j])).suffix(2)) in a string", at: j)
    }

    /// The length of a well-formed UTF-8 sequence (Unicode Table 3-7) at `j`; 0 when the byte
    /// cannot start a sequence, -1 when the bytes that follow it are wrong or missing.
    func utf8SequenceLength(at j: Int) -> Int {
        let b0 = p[j]
        if b0 < 0x80 { return 1 }
        var length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard j + length <= end else { return -1 }
        let b1 = p[j + 1]
        guard b1 >= low, b1 <= high else { return -1 }
        var k = 2
        while k < length {
            guard p[j + k] & 0xC0 == 0x80 else { return -1 }
            k += 1
        }
        return length
    }

    // MARK: Literals and numbers

    /// Matches `literal` at `i`.
    mutating func parseLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let count = literal.utf8CodeUnitCount
        let bytes = literal.utf8Start
        var matches = i + count <= end
        if matches {
            for k in 0..<count where p[i + k] != bytes[k] {
                matches = false
                break
            }
        }
        guard matches else {
            var k = i
            while k < end, k - i < 24,
                (p[k] | 0x20) >= UInt8(ascii: "a"), (p[k] | 0x20) <= UInt8(ascii: "z")
            {
                k += 1
            }
            let word = String(decoding: UnsafeBufferPointer(rebasing: p[i..<k]), as: UTF8.self)
            throw fail("expected '\(literal)', found '\(word)'", at: i)
        }
        i += count
    }

    /// Parses a number at `i` per the RFC 8259 grammar and converts it to the nearest `Double`.
    mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        let start = i
        var j = i
        var negative = false
        if p[j] == UInt8(ascii: "-") {
            negative = true
            j += 1
        }
        guard j < end, isDigit(p[j]) else {
            throw fail("expected a digit after '-', found \(describe(j))", at: j)
        }
        // Up to 19 significant digits in `mantissa`; value = mantissa * 10^exponent (+ dropped digits).
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var exponent = 0
        var exact = true
        if p[j] == UInt8(ascii: "0") {
            j += 1
            if j < end, isDigit(p[j]) {
                throw fail("leading zeros are not allowed in numbers", at: j - 1)
            }
        } else {
            while j < end, isDigit(p[j]) {
                let digit = UInt64(p[j] &- UInt8(ascii: "0"))
                if significantDigits < 19 {
                    mantissa = mantissa &* 10 &+ digit
                    significantDigits += 1
                } else {
                    exponent += 1
                    if digit != 0 { exact = false }
                }
                j += 1
            }
            // Fast path: a plain integer that converts exactly.
            if significantDigits < 16, j == end || (p[j] != UInt8(ascii: ".") && p[j] | 0x20 != UInt8(ascii: "e")) {
                i = j
                return negative ? -Double(mantissa) : Double(mantissa)
            }
        }
        if j < end, p[j] == UInt8(ascii: ".") {
            j += 1
            guard j < end, isDigit(p[j]) else {
                throw fail("expected a digit after '.' in a number, found \(describe(j))", at: j)
            }
            while j < end, isDigit(p[j]) {
                let digit = UInt64(p[j] &- UInt8(ascii: "0"))
                if mantissa == 0, digit == 0 {
                    exponent -= 1
                } else if significantDigits < 19 {
                    mantissa = mantissa &* 10 &+ digit
                    significantDigits += 1
                    exponent -= 1
                } else if digit != 0 {
                    exact = false
                }
                j += 1
            }
        }
        if j < end, p[j] | 0x20 == UInt8(ascii: "e") {
            j += 1
            var exponentNegative = false
            if j < end, p[j] == UInt8(ascii: "+") || p[j] == UInt8(ascii: "-") {
                exponentNegative = p[j] == UInt8(ascii: "-")
                j += 1
            }
            guard j < end, isDigit(p[j]) else {
                throw fail("expected a digit in the exponent of a number, found \(describe(j))", at: j)
            }
            var explicitExponent = 0
            while j < end, isDigit(p[j]) {
                if explicitExponent < 1_000_000 {
                    explicitExponent = explicitExponent * 10 + Int(p[j] &- UInt8(ascii: "0"))
                }
                j += 1
            }
            exponent += exponentNegative ? -explicitExponent : explicitExponent
        }
        i = j

        let value: Double
        if mantissa == 0 {
            value = negative ? -0.0 : 0.0
        } else if exact, mantissa <= 1 << 53, exponent >= -22, exponent <= 22 {
            // Clinger's fast path: both operands are exact, so one IEEE operation rounds correctly.
            let m = Double(mantissa)
            let magnitude = exponent < 0 ? m / exactPowersOfTen[-exponent] : m * exactPowersOfTen[exponent]
            value = negative ? -magnitude : magnitude
        } else {
            // The standard library's conversion is correctly rounded (strtod in the C locale).
            let text = String(decoding: UnsafeBufferPointer(rebasing: p[start..<j]), as: UTF8.self)
            value = Double(text) ?? .infinity
        }
        guard value.isFinite else {
            var text = String(decoding: UnsafeBufferPointer(rebasing: p[start..<j]), as: UTF8.self)
            if text.count > 40 { text = String(text.prefix(40)) + "..." }
            throw fail("number \(text) is out of range", at: start)
        }
        return value
    }

    @inline(__always)
    func isDigit(_ b: UInt8) -> Bool {
        b &- UInt8(ascii: "0") < 10
    }

    // MARK: Describing what was found

    /// Describes the character at `offset` for messages: `'x'`, "end of input", "a line feed",
    /// `'é' (U+00E9)` or "invalid UTF-8 byte 0xFF".
    func describe(_ offset: Int) -> String {
        guard offset < end else { return "end of input" }
        let b = p[offset]
        switch b {
        case UInt8(ascii: "'"): return "\"'\""
        case 0x21..<0x7F: return "'\(Character(Unicode.Scalar(b)))'"
        case 0x20: return "a space"
        case 0x09: return "a tab"
        case 0x0A: return "a line feed"
        case 0x0D: return "a carriage return"
        case 0..<0x20, 0x7F: return "control character U+\(hex(UInt32(b)))"
        default:
            let length = utf8SequenceLength(at: offset)
            guard length > 0 else { return "invalid UTF-8 byte 0x\(hex(UInt32(b)).suffix(2))" }
            let text = String(decoding: UnsafeBufferPointer(rebasing: p[offset..<(offset + length)]), as: UTF8.self)
            let scalar = text.unicodeScalars.first!
            return "'\(text)' (U+\(hex(scalar.value)))"
        }
    }
}

/// `value` as at least four uppercase hex digits.
private func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return digits.count >= 4 ? digits : String(repeating: "0", count: 4 - digits.count) + digits
}

/// `key` in double quotes with JSON escapes, for messages.
private func quoted(_ key: String) -> String {
    var writer = JSONWriter(pretty: false)
    writer.string(key)
    var text = writer.text
    if text.hasSuffix("\n") { text.removeLast() }
    return text
}

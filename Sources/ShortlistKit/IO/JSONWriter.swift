import Foundation  // on Linux this also links libm, which `rounded(_:)` and `addingProduct` call

/// A streaming writer for deterministic JSON output: sorted keys, stable number formatting.
///
/// Values are written in document order with `begin…`/`end…` calls around containers and
/// ``key(_:)`` before each object member's value. Keys of one object must be written in
/// strictly increasing order, which makes the output's keys sorted; misuse (a value without
/// a key in an object, unbalanced `end…` calls, keys out of order, a second top-level value)
/// is a programming error and stops with a precondition failure.
///
/// Pretty output indents by two spaces, writes `"key": value`, puts every element on its own
/// line and writes empty containers as `[]` and `{}`:
///
/// ```json
/// {
///   "name": "Acme",
///   "scores": [
///     0.5,
///     1
///   ],
///   "tags": []
/// }
/// ```
package struct JSONWriter: Sendable {
    /// One open array or object.
    private struct Level: Sendable {
        var isObject: Bool
        var count = 0
        var lastKey: String?
    }

    private var output: [UInt8] = []
    private let pretty: Bool
    private var levels: [Level] = []
    /// Inside an object: a key was written and its value is due.
    private var keyPending = false
    /// The top-level value is complete.
    private var finished = false

    /// Creates an empty writer; `pretty` selects indented output (the default) or compact output.
    package init(pretty: Bool = true) {
        self.pretty = pretty
    }

    /// A writer for one element of an array that another writer has open `depth` levels deep
    /// (counting the top-level container as 1), to be counted in with ``declareElement(_:)``.
    ///
    /// Elements can so be rendered independently, for example on several cores.
    package init(elementAtDepth depth: Int, pretty: Bool = true) {
        precondition(depth >= 1, "JSONWriter: an element lives inside at least one container")
        self.pretty = pretty
        levels = Array(repeating: Level(isObject: false), count: depth)
    }

    /// Reserves room for `byteCount` more bytes of output, to avoid regrowing a large document.
    package mutating func reserveCapacity(_ byteCount: Int) {
        output.reserveCapacity(output.count + byteCount)
    }

    /// Counts an element written elsewhere without copying it: writes only the separator.
    ///
    /// For output in pieces: call ``takeBytes()`` next, and emit the element's ``bytes`` after
    /// those; the writer then goes on as if the element had been appended.
    package mutating func declareElement(_ element: JSONWriter) {
        precondition(levels.last?.isObject == false, "JSONWriter: declareElement(_:) outside an array")
        precondition(element.levels.count == levels.count && element.pretty == pretty, "JSONWriter: the element was written for another depth or layout")
        let top = levels.count - 1
        if levels[top].count > 0 { output.append(UInt8(ascii: ",")) }
        levels[top].count += 1
    }

    /// Returns the output written since the last call and empties the buffer; the writer's state is kept.
    package mutating func takeBytes() -> [UInt8] {
        defer { output = [] }
        return output
    }

    /// The document written so far, as UTF-8; it ends with a newline once the top-level value is complete.
    package var bytes: [UInt8] {
        output
    }

    /// The document written so far, as a string.
    package var text: String {
        String(decoding: output, as: UTF8.self)
    }

    // MARK: Containers

    /// Opens an object; follow with ``key(_:)``/value pairs and ``endObject()``.
    package mutating func beginObject() {
        beforeValue()
        output.append(UInt8(ascii: "{"))
        levels.append(Level(isObject: true))
    }

    /// Closes the innermost open container, which must be an object with no key awaiting a value.
    package mutating func endObject() {
        precondition(levels.last?.isObject == true, "JSONWriter: endObject() without a matching beginObject()")
        precondition(!keyPending, "JSONWriter: endObject() after key(_:) without a value")
        endContainer(UInt8(ascii: "}"))
    }

    /// Opens an array; follow with its values and ``endArray()``.
    package mutating func beginArray() {
        beforeValue()
        output.append(UInt8(ascii: "["))
        levels.append(Level(isObject: false))
    }

    /// Closes the innermost open container, which must be an array.
    package mutating func endArray() {
        precondition(levels.last?.isObject == false, "JSONWriter: endArray() without a matching beginArray()")
        endContainer(UInt8(ascii: "]"))
    }

    /// Writes the key of the next member of the innermost object.
    ///
    /// Keys in one object must be written in strictly increasing order (`String` `<`), so the
    /// output's keys are sorted and unique; a key out of order is a precondition failure.
    package mutating func key(_ k: String) {
        precondition(levels.last?.isObject == true, "JSONWriter: key(\"\(k)\") outside an object")
        precondition(!keyPending, "JSONWriter: key(\"\(k)\") after another key without a value")
        let top = levels.count - 1
        // Checked in debug builds (and so in every test run); the renderers write literal keys.
        assert(
            levels[top].lastKey.map { $0 < k } ?? true,
            "JSONWriter: key \"\(k)\" written after key \"\(levels[top].lastKey ?? "")\"; keys in one object must be in strictly increasing order"
        )
        #if DEBUG
        levels[top].lastKey = k
        #endif
        startElement()
        appendString(k)
        output.append(UInt8(ascii: ":"))
        if pretty { output.append(UInt8(ascii: " ")) }
        keyPending = true
    }

    // MARK: Scalars

    /// Writes a string, escaped per RFC 8259 (plus U+2028 and U+2029).
    package mutating func string(_ s: String) {
        beforeValue()
        appendString(s)
        afterScalar()
    }

    /// Writes a finite number rounded to 6 decimal places (see ``formatNumber(_:)``).
    package mutating func number(_ x: Double) {
        beforeValue()
        JSONWriter.appendNumber(x, to: &output)
        afterScalar()
    }

    /// Writes a finite number with the shortest digits that read back as exactly `x`
    /// (Swift's round-trip description, e.g. `0.24000000000000002`, `1e-07`), for data a
    /// script recomputes with and must not lose precision on.
    package mutating func exactNumber(_ x: Double) {
        precondition(x.isFinite, "JSONWriter: cannot write the non-finite number \(x) as JSON")
        beforeValue()
        output.append(contentsOf: (x == 0 ? "0" : x.description).utf8)
        afterScalar()
    }

    /// Writes an integer.
    package mutating func integer(_ n: Int) {
        beforeValue()
        if n < 0 { output.append(UInt8(ascii: "-")) }
        JSONWriter.appendDigits(n.magnitude, to: &output)
        afterScalar()
    }

    /// Writes `true` or `false`.
    package mutating func bool(_ b: Bool) {
        beforeValue()
        appendLiteral(b ? "true" : "false")
        afterScalar()
    }

    /// Writes `null`.
    package mutating func null() {
        beforeValue()
        appendLiteral("null")
        afterScalar()
    }

    // MARK: Number formatting

    /// Formats a finite number the way ``number(_:)`` writes it.
    ///
    /// Magnitudes up to 1e15 are rounded to 6 decimal places (halves away from zero, from
    /// the exact binary value) and written without exponent and without trailing zeros:
    /// `1`, `0.5`, `0.333333`, `1234567.125`, `80000`; a value that rounds to zero, including
    /// `-0.0`, is `0`. Larger magnitudes use the shortest round-trip digits with an exponent,
    /// e.g. `1.5e+300`. NaN and infinities are a precondition failure.
    package static func formatNumber(_ x: Double) -> String {
        var bytes: [UInt8] = []
        appendNumber(x, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func appendNumber(_ x: Double, to output: inout [UInt8]) {
        precondition(x.isFinite, "JSONWriter: cannot write the non-finite number \(x) as JSON")
        let magnitude = x.magnitude
        if magnitude > 1e15 {
            appendExponentForm(x, to: &output)
            return
        }
        var integerPart = magnitude.rounded(.towardZero)
        let fraction = magnitude - integerPart  // exact
        let product = fraction * 1e6
        var scaled = product.rounded(.toNearestOrAwayFromZero)
        if scaled - product == 0.5 {
            // `product` is a tie only after rounding the multiplication; decide by the exact residual.
            let residual = (-product).addingProduct(fraction, 1e6)
            if residual < 0 { scaled -= 1 }
        }
        if scaled >= 1e6 {
            integerPart += 1
            scaled = 0
        }
        let whole = UInt64(integerPart)
        var decimals = UInt64(scaled)
        if whole == 0, decimals == 0 {
            output.append(UInt8(ascii: "0"))
            return
        }
        if x < 0 { output.append(UInt8(ascii: "-")) }
        appendDigits(whole, to: &output)
        if decimals > 0 {
            var width = 6
            while decimals % 10 == 0 {
                decimals /= 10
                width -= 1
            }
            output.append(UInt8(ascii: "."))
            let start = output.count
            appendDigits(decimals, to: &output)
            let padding = width - (output.count - start)
            if padding > 0 {
                output.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: padding), at: start)
            }
        }
    }

    /// Writes `x` (|x| > 1e15) as `d.ddde+N` with the shortest digits that round-trip.
    private static func appendExponentForm(_ x: Double, to output: inout [UInt8]) {
        // Swift's description gives the shortest round-trip digits, either as "123.0" or "1.23e+45".
        let text = Array(x.magnitude.description.utf8)
        var digits: [UInt8] = []
        var pointPosition = -1
        var exponent = 0
        var k = 0
        while k < text.count {
            let b = text[k]
            if b == UInt8(ascii: ".") {
                pointPosition = digits.count
            } else if b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
                exponent = Int(String(decoding: text[(k + 1)...], as: UTF8.self)) ?? 0
                break
            } else {
                digits.append(b)
            }
            k += 1
        }
        if pointPosition < 0 { pointPosition = digits.count }
        while digits.count > 1, digits.first == UInt8(ascii: "0") {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.count > 1, digits.last == UInt8(ascii: "0") {
            digits.removeLast()
        }
        exponent += pointPosition - 1
        if x < 0 { output.append(UInt8(ascii: "-")) }
        output.append(digits[0])
        if digits.count > 1 {
            output.append(UInt8(ascii: "."))
            output.append(contentsOf: digits[1...])
        }
        output.append(UInt8(ascii: "e"))
        output.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        appendDigits(UInt64(exponent.magnitude), to: &output)
    }

    static func appendDigits(_ value: some UnsignedInteger & FixedWidthInteger, to output: inout [UInt8]) {
        var value = UInt64(value)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var i = 20
            repeat {
                i -= 1
                digits[i] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            } while value > 0
            output.append(contentsOf: UnsafeBufferPointer(rebasing: digits[i..<20]))
        }
    }

    // MARK: Layout

    private mutating func beforeValue() {
        precondition(!finished, "JSONWriter: the top-level value is already complete")
        guard let top = levels.last else { return }
        if top.isObject {
            precondition(keyPending, "JSONWriter: a value inside an object must follow key(_:)")
            keyPending = false
        } else {
            startElement()
        }
    }

    private mutating func afterScalar() {
        if levels.isEmpty { finish() }
    }

    private mutating func finish() {
        finished = true
        output.append(UInt8(ascii: "\n"))
    }

    /// Writes the separator and indentation before an array element or an object member.
    private mutating func startElement() {
        let top = levels.count - 1
        if levels[top].count > 0 { output.append(UInt8(ascii: ",")) }
        levels[top].count += 1
        if pretty { newline(indent: levels.count) }
    }

    private mutating func endContainer(_ close: UInt8) {
        let level = levels.removeLast()
        if pretty, level.count > 0 { newline(indent: levels.count) }
        output.append(close)
        if levels.isEmpty { finish() }
    }

    private mutating func appendLiteral(_ literal: StaticString) {
        output.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// A newline followed by 64 spaces: indentation is a slice of it.
    private static let newlineAndSpaces: [UInt8] = [UInt8(ascii: "\n")] + [UInt8](repeating: UInt8(ascii: " "), count: 64)

    private mutating func newline(indent: Int) {
        let width = 2 * indent
        if width < Self.newlineAndSpaces.count {
            output.append(contentsOf: Self.newlineAndSpaces[0...width])
        } else {
            output.append(UInt8(ascii: "\n"))
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width))
        }
    }

    /// Appends `s` in double quotes with JSON escapes.
    private mutating func appendString(_ s: String) {
        output.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            var runStart = 0
            var k = 0
            let count = utf8.count
            while k < count {
                let b = utf8[k]
                if b >= 0x20, b != UInt8(ascii: "\""), b != UInt8(ascii: "\\"), b != 0xE2 {
                    k += 1
                    continue
                }
                var escape: StaticString
                var length = 1
                switch b {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case 0x08: escape = "\\b"
                case 0x09: escape = "\\t"
                case 0x0A: escape = "\\n"
                case 0x0C: escape = "\\f"
                case 0x0D: escape = "\\r"
                case 0xE2:
                    // U+2028 and U+2029 (E2 80 A8/A9) are valid JSON but break JavaScript and some tools.
                    guard k + 2 < count, utf8[k + 1] == 0x80, utf8[k + 2] == 0xA8 || utf8[k + 2] == 0xA9 else {
                        k += 1
                        continue
                    }
                    escape = utf8[k + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                default:
                    escape = ""
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<k]))
                if escape.utf8CodeUnitCount > 0 {
                    appendLiteral(escape)
                } else {
                    let hexDigits: StaticString = "0123456789abcdef"
                    output.append(contentsOf: [
                        UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                        hexDigits.utf8Start[Int(b >> 4)], hexDigits.utf8Start[Int(b & 0xF)],
                    ])
                }
                k += length
                runStart = k
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
        }
        output.append(UInt8(ascii: "\""))
    }
}

/// Reads one JSON value into model types, reporting each problem with its file, position and key path.
///
/// Each accessor returns `nil` after reporting when the value does not fit, so that decoding
/// goes on and every problem in a file is found in one run.
struct JSONReader {
    let node: JSONNode
    let path: JSONPath
    let file: String
    let context: DecodingContext
    /// Where the key of this value is, for values read from a map: a problem with the key itself
    /// (an unknown id written as a key) is reported there rather than at the value.
    var keyLocation: SourceLocation? = nil

    /// Reports an error at this value.
    func fail(_ message: String) {
        context.report(Diagnostic(file: file, location: node.location, path: path.description, message: message))
    }

    /// Reports an error at this value's key when it has one (see ``keyLocation``), else at the value.
    func failAtKey(_ message: String) {
        context.report(Diagnostic(file: file, location: keyLocation ?? node.location, path: path.description, message: message))
    }

    /// Reports a warning at this value.
    func warn(_ message: String) {
        context.report(Diagnostic(.warning, file: file, location: node.location, path: path.description, message: message))
    }

    private func found() -> String {
        switch node.value {
        case .string(let s): return "the string \"\(s.count > 40 ? String(s.prefix(40)) + "…" : s)\""
        case .number(let x): return "the number \(JSONWriter.formatNumber(x))"
        case .bool(let b): return "\(b)"
        case .null: return "null"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// Reports that this value has the wrong type.
    func expected(_ what: String) { fail("expected \(what), found \(found())") }

    /// The value as an object whose keys must all be among `keys`; unknown keys are reported with the nearest known key.
    func object(keys: [String]) -> ObjectReader? {
        guard case .object(let members) = node.value else {
            expected("an object")
            return nil
        }
        var misspelled: [String: String] = [:]
        for member in members where !keys.contains(member.key) {
            var message = "unknown key \"\(member.key)\""
            if let near = NearestMatch.suggestion(for: member.key, among: keys) {
                message += "; did you mean \"\(near)\"?"
                misspelled[near] = member.key
            } else {
                message += "; expected one of: " + keys.sorted().joined(separator: ", ")
            }
            context.report(Diagnostic(file: file, location: member.keyLocation, path: path.appending(key: member.key).description, message: message))
        }
        return ObjectReader(members: members, reader: self, misspelled: misspelled)
    }

    /// The value as an object with arbitrary keys (a map), in document order; each value's reader knows its key's location.
    func map() -> [(key: String, value: JSONReader)]? {
        guard case .object(let members) = node.value else {
            expected("an object")
            return nil
        }
        return members.map { ($0.key, JSONReader(node: $0.value, path: path.appending(key: $0.key), file: file, context: context, keyLocation: $0.keyLocation)) }
    }

    /// The value as an array of readers.
    func array() -> [JSONReader]? {
        guard case .array(let elements) = node.value else {
            expected("an array")
            return nil
        }
        return elements.enumerated().map { JSONReader(node: $1, path: path.appending(index: $0), file: file, context: context) }
    }

    /// The value as a string, optionally required to be non-empty after trimming.
    func string(nonEmpty: Bool = true) -> String? {
        guard case .string(let s) = node.value else {
            expected("a string")
            return nil
        }
        if nonEmpty && s.allSatisfy(\.isWhitespace) {
            fail("expected a non-empty string")
            return nil
        }
        return s
    }

    /// The value as an identifier: letters, digits, `-`, `_` and `.`, starting with a letter or digit.
    func identifier() -> String? {
        // NFC first: "café" typed with a combining accent (NFD) is the same id as the composed one.
        guard let s = string().map(Identifier.normalized) else { return nil }
        guard Identifier.isValid(s) else {
            fail("expected an identifier (letters, digits, '-', '_' or '.'), found \"\(s)\"")
            return nil
        }
        return s
    }

    /// The value as a finite number within `range`, whose bounds are described in the message.
    func number(_ range: NumberRange = .any) -> Double? {
        guard case .number(let x) = node.value else {
            expected("a number")
            return nil
        }
        guard range.contains(x) else {
            if let problem = NumberBounds.problem(with: x) {
                fail("expected a number \(range), found \(JSONWriter.formatNumber(x)), \(problem)")
            } else {
                fail("expected a number \(range), found \(JSONWriter.formatNumber(x))")
            }
            return nil
        }
        return x
    }

    /// The value as a whole number within `range`.
    func integer(_ range: NumberRange = .any) -> Int? {
        guard let x = number(range) else { return nil }
        guard x == x.rounded(), abs(x) < 9.0e15 else {
            fail("expected a whole number, found \(JSONWriter.formatNumber(x))")
            return nil
        }
        return Int(x)
    }

    /// The value as `true` or `false`.
    func bool() -> Bool? {
        guard case .bool(let b) = node.value else {
            expected("true or false")
            return nil
        }
        return b
    }

    /// The value as one of the given words; an unknown word is reported with the nearest one.
    func oneOf(_ words: [String]) -> String? {
        guard let s = string() else { return nil }
        guard words.contains(s) else {
            var message = "expected one of \(words.map { "\"\($0)\"" }.joined(separator: ", ")), found \"\(s)\""
            message += NearestMatch.didYouMean(s, among: words)
            fail(message)
            return nil
        }
        return s
    }

    /// The value as a list of strings without duplicates.
    func stringList() -> [String]? {
        guard let elements = array() else { return nil }
        var result: [String] = []
        var ok = true
        for element in elements {
            guard let s = element.string() else { ok = false; continue }
            if result.contains(s) {
                element.fail("\"\(s)\" is listed twice")
                ok = false
            } else {
                result.append(s)
            }
        }
        return ok ? result : nil
    }

    /// Reads a fact that may be written plainly or as `{"value": …, "source": …, "note": …}`.
    ///
    /// No fact is an object, so any object is read as the second form; a misspelt key in it is
    /// reported as such rather than as a fact of the wrong type.
    ///
    /// - Parameters:
    ///   - defaultSource: the source of the enclosing section or file.
    ///   - read: how to read the plain value.
    func evidence<T>(defaultSource: String?, _ read: (JSONReader) -> T?) -> Evidence<T>? {
        if case .object = node.value {
            guard let object = object(keys: ["value", "source", "note"]) else { return nil }
            let source = object.optional("source")?.string() ?? defaultSource
            let note = object.optional("note")?.string()
            guard let valueReader = object.required("value", "the fact itself; \"source\" and \"note\" say where it comes from"), let value = read(valueReader) else { return nil }
            return Evidence(value, source: source, note: note, location: valueReader.node.location)
        }
        guard let value = read(self) else { return nil }
        return Evidence(value, source: defaultSource, note: nil, location: node.location)
    }
}

/// The members of one JSON object, looked up by key.
struct ObjectReader {
    let members: [JSONMember]
    let reader: JSONReader
    /// Known key → the unknown key reported as its likely misspelling; such a key is not reported missing as well.
    var misspelled: [String: String] = [:]

    /// The member named `key`, or nil when absent.
    func optional(_ key: String) -> JSONReader? {
        guard let member = members.first(where: { $0.key == key }) else { return nil }
        return JSONReader(node: member.value, path: reader.path.appending(key: key), file: reader.file, context: reader.context)
    }

    /// The member named `key`; its absence is reported, unless a misspelling of it was reported already.
    func required(_ key: String, _ what: String) -> JSONReader? {
        if let found = optional(key) { return found }
        if misspelled[key] == nil { reader.fail("missing key \"\(key)\" (\(what))") }
        return nil
    }

    /// Whether the object has a member named `key`.
    func has(_ key: String) -> Bool { members.contains { $0.key == key } }

    /// Reads the required `version` member; only version 1 exists.
    func version() {
        guard let v = required("version", "the format version, 1") else { return }
        guard let n = v.integer() else { return }
        if n != 1 { v.fail("unsupported version \(n); this tool reads version 1") }
    }
}

/// A range a number must fall in, with the words used to describe it.
///
/// Every range also keeps a number within ``NumberBounds``: at most 10¹² in size, and 0 or at
/// least 10⁻⁹ in size.
struct NumberRange: Sendable, CustomStringConvertible {
    var lower: Double?
    var lowerInclusive = true
    var upper: Double?
    var upperInclusive = true

    /// Any finite number.
    static let any = NumberRange()
    /// Zero or more.
    static let nonNegative = NumberRange(lower: 0)
    /// More than zero.
    static let positive = NumberRange(lower: 0, lowerInclusive: false)
    /// From 0 to 100.
    static let percent = NumberRange(lower: 0, upper: 100)
    /// From 0 to 100, the range of every score.
    static let score = NumberRange(lower: 0, upper: 100)
    /// A weight in points: from 0 to 1,000,000.
    static let weight = NumberRange(lower: 0, upper: NumberBounds.largestWeight)
    /// A ratio of importance (an AHP judgment): from 1/1,000,000 to 1,000,000.
    static let ratio = NumberRange(lower: NumberBounds.ratios.lowerBound, upper: NumberBounds.ratios.upperBound)

    /// From `lower` to `upper` inclusive.
    static func between(_ lower: Double, _ upper: Double) -> NumberRange { NumberRange(lower: lower, upper: upper) }

    func contains(_ x: Double) -> Bool {
        guard NumberBounds.problem(with: x) == nil else { return false }
        if let lower, lowerInclusive ? x < lower : x <= lower { return false }
        if let upper, upperInclusive ? x > upper : x >= upper { return false }
        return true
    }

    var description: String {
        let f = JSONWriter.formatNumber
        switch (lower, upper) {
        case let (l?, u?):
            if lowerInclusive && upperInclusive { return "from \(f(l)) to \(f(u))" }
            return "\(lowerInclusive ? "≥" : ">") \(f(l)) and \(upperInclusive ? "≤" : "<") \(f(u))"
        case let (l?, nil): return lowerInclusive ? "≥ \(f(l))" : "> \(f(l))"
        case let (nil, u?): return upperInclusive ? "≤ \(f(u))" : "< \(f(u))"
        case (nil, nil): return "(finite)"
        }
    }
}

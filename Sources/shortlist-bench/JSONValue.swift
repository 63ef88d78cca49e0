import ShortlistKit

/// A JSON value built in memory, written either as a hand-formatted document (keys in the order
/// given, short containers on one line, as people write dossiers) or through ``JSONWriter``
/// (keys sorted, the project's machine-readable style).
indirect enum JSONValue {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    /// Text in the style of the shipped samples: two-space indent, containers that fit in
    /// `width` columns on one line, a final newline.
    func formatted(width: Int = 100) -> String {
        var out = ""
        write(to: &out, indent: 0, width: width)
        out += "\n"
        return out
    }

    private func write(to out: inout String, indent: Int, width: Int) {
        switch self {
        case .object(let members) where !members.isEmpty:
            let inline = self.inline
            if indent + inline.count <= width { out += inline; return }
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                out += i == 0 ? "\n" : ",\n"
                out += String(repeating: " ", count: indent + 2) + Self.quoted(key) + ": "
                value.write(to: &out, indent: indent + 2, width: width)
            }
            out += "\n" + String(repeating: " ", count: indent) + "}"
        case .array(let elements) where !elements.isEmpty:
            let inline = self.inline
            if indent + inline.count <= width { out += inline; return }
            out += "["
            for (i, value) in elements.enumerated() {
                out += i == 0 ? "\n" : ",\n"
                out += String(repeating: " ", count: indent + 2)
                value.write(to: &out, indent: indent + 2, width: width)
            }
            out += "\n" + String(repeating: " ", count: indent) + "]"
        default:
            out += inline
        }
    }

    /// The value on one line, with a space inside braces and after commas.
    var inline: String {
        switch self {
        case .object(let members):
            return members.isEmpty ? "{}" : "{ " + members.map { Self.quoted($0.0) + ": " + $0.1.inline }.joined(separator: ", ") + " }"
        case .array(let elements):
            return "[" + elements.map(\.inline).joined(separator: ", ") + "]"
        case .string(let s): return Self.quoted(s)
        case .number(let x): return JSONWriter.formatNumber(x)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        }
    }

    /// Writes the value through `writer`, sorting each object's keys.
    func write(to writer: inout JSONWriter) {
        switch self {
        case .object(let members):
            writer.beginObject()
            for (key, value) in members.sorted(by: { $0.0 < $1.0 }) {
                writer.key(key)
                value.write(to: &writer)
            }
            writer.endObject()
        case .array(let elements):
            writer.beginArray()
            for value in elements { value.write(to: &writer) }
            writer.endArray()
        case .string(let s): writer.string(s)
        case .number(let x): writer.number(x)
        case .bool(let b): writer.bool(b)
        case .null: writer.null()
        }
    }

    private static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += "\\u00" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

extension String {
    /// The string with leading zeros up to `width` characters.
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

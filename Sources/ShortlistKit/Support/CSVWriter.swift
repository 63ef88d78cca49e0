/// One cell handed to ``CSVWriter``.
package enum CSVField: Sendable, Equatable {
    /// Free text, which may come from user input and is neutralised against formula injection.
    case text(String)
    /// A number the tool itself formatted; written as is and never neutralised.
    case number(String)
}

/// Writes comma-separated values as specified by RFC 4180.
///
/// Records end with CRLF. A field is enclosed in double quotes when it contains
/// the separator, a double quote, CR or LF, or starts or ends with a space;
/// embedded double quotes are doubled (RFC 4180, section 2, rules 5–7).
///
/// With `neutraliseFormulas`, a ``CSVField/text(_:)`` cell that starts with
/// `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'` so that
/// spreadsheet programs show it as text instead of evaluating it (OWASP,
/// "CSV Injection").
package struct CSVWriter: Sendable {
    /// The character between fields.
    package let separator: Character
    /// Whether text cells that look like formulas get a leading `'`.
    package let neutraliseFormulas: Bool
    /// Everything written so far, each record followed by CRLF.
    package private(set) var text: String = ""

    /// Creates an empty writer.
    ///
    /// - Parameters:
    ///   - separator: The character between fields: `,` (the default), `;` or tab.
    ///     It must not be a double quote, CR or LF.
    ///   - neutraliseFormulas: Whether text cells that start like a formula get a
    ///     leading `'`. On by default.
    package init(separator: Character = ",", neutraliseFormulas: Bool = true) {
        precondition(separator != "\"" && !separator.isNewline, "a CSV separator cannot be a quote or a line break")
        self.separator = separator
        self.neutraliseFormulas = neutraliseFormulas
    }

    /// Appends one record.
    ///
    /// A record with a single empty field is written as `""` so that it cannot
    /// be mistaken for a blank line.
    ///
    /// - Parameter fields: The cells of the record, in column order.
    package mutating func writeRow(_ fields: [CSVField]) {
        if fields.count == 1, case .text("") = fields[0] {
            text += "\"\"\r\n"
            return
        }
        for (index, field) in fields.enumerated() {
            if index > 0 { text.append(separator) }
            text += encode(field)
        }
        text += "\r\n"
    }

    /// Returns the UTF-8 bytes of ``text``.
    ///
    /// - Parameter withByteOrderMark: Whether to start with the UTF-8 byte order
    ///   mark EF BB BF, which makes Excel read the file as UTF-8.
    /// - Returns: The bytes to write to a file.
    package func data(withByteOrderMark: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 3)
        if withByteOrderMark { bytes += [0xEF, 0xBB, 0xBF] }
        bytes += text.utf8
        return bytes
    }

    /// The characters that start a formula in common spreadsheet programs.
    private static let formulaStarters: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// Undoes the neutralisation of a text cell read back from a sheet this writer produced: a
    /// leading `'` followed by a formula starter is dropped, so that a comment like "-2 for UX"
    /// survives an export and import unchanged. Any other text is returned as it is.
    package static func restoringNeutralisedText(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.first == "'", let second = scalars.dropFirst().first, formulaStarters.contains(second) else { return text }
        return String(scalars.dropFirst())
    }

    /// Neutralises and quotes one field.
    private func encode(_ field: CSVField) -> String {
        var value: String
        switch field {
        case .text(let s):
            value = s
            // Compare scalars, not characters: "\r\n" is a single Character.
            if neutraliseFormulas, let first = s.unicodeScalars.first, Self.formulaStarters.contains(first) {
                value = "'" + s
            }
        case .number(let s):
            value = s
        }
        guard needsQuotes(value) else { return value }
        // Double quotes scalar by scalar: a quote followed by a combining mark is one Character.
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in value.unicodeScalars {
            if scalar == "\"" { quoted.append("\"") }
            quoted.append(scalar)
        }
        quoted.append("\"")
        return String(quoted)
    }

    /// Whether RFC 4180 (or a leading or trailing space) requires quoting `value`.
    private func needsQuotes(_ value: String) -> Bool {
        if value.unicodeScalars.first == " " || value.unicodeScalars.last == " " { return true }
        let separatorScalars = Array(String(separator).unicodeScalars)
        if separatorScalars.count == 1 {
            let sep = separatorScalars[0]
            return value.unicodeScalars.contains { $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == sep }
        }
        return value.unicodeScalars.contains { $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || value.contains(separator)
    }
}

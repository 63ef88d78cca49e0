/// The one rule for numbers in CSV cells, shared by `sheet import` (ratings), `matrix` and `ahp`
/// (values and judgments) and `--weights` lists, so that a spelling one command accepts is never
/// refused, or read differently, by another.
///
/// Accepted: an optional `+` or `-`, decimal digits with at most one decimal mark, and an optional
/// exponent (`3`, `-2`, `+0.5`, `.5`, `5.`, `1e3`, `2.5E-1`); spaces and tabs around the number.
/// The decimal mark is `.`, and also `,` when the file's separator is `;` (`decimalComma`, as Excel
/// writes CSV in locales with a decimal comma). With `fractions`, `a/b` too (`1/3`, AHP judgments).
///
/// Refused, each with the reason: thousands separators (`1,234`, `1.234,5`, `1 234`, `1'234`) —
/// they cannot be told from a decimal comma; `%` (is `85%` 85 or 0.85?); NaN and infinities;
/// hexadecimal (`0x1p3`); anything else that is not a number.
package enum CSVNumber {
    /// Why a cell is not a number, as a clause that follows "found \"…\"".
    package enum Rejection: Error, Sendable, Equatable {
        /// Not a number at all.
        case notANumber
        /// A thousands separator, or a decimal comma in a file whose separator is not `;`.
        case groupedDigits
        /// A percent sign.
        case percent
        /// NaN or an infinity.
        case notFinite
        /// A fraction where none is allowed.
        case fraction
        /// A fraction whose divisor is 0.
        case zeroDivisor

        /// The reason in words, to follow the cell: `"1,234": no thousands separators …`.
        package var reason: String? {
            switch self {
            case .notANumber: return nil
            case .groupedDigits: return "write numbers without thousands separators, with a '.' as the decimal mark (or ',' in a file separated by ';')"
            case .percent: return "write the number without '%' (85, not 85%)"
            case .notFinite: return "NaN and infinities are not numbers here"
            case .fraction: return "fractions are for pairwise judgments (`shortlist ahp`); write a decimal number"
            case .zeroDivisor: return "a fraction cannot divide by 0"
            }
        }
    }

    /// The number in `text`, or why it is not one.
    package static func parse(_ text: String, decimalComma: Bool, fractions: Bool = false) -> Result<Double, Rejection> {
        let trimmed = text.trimmingSpaces
        if trimmed.contains("/") {
            let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
            guard fractions, parts.count == 2 else { return .failure(parts.count == 2 ? .fraction : .notANumber) }
            let numerator: Double, denominator: Double
            switch decimal(String(parts[0]).trimmingSpaces, decimalComma: decimalComma) {
            case .success(let x): numerator = x
            case .failure(let why): return .failure(why)
            }
            switch decimal(String(parts[1]).trimmingSpaces, decimalComma: decimalComma) {
            case .success(let x): denominator = x
            case .failure(let why): return .failure(why)
            }
            guard denominator != 0 else { return .failure(.zeroDivisor) }
            let value = numerator / denominator
            return value.isFinite ? .success(value) : .failure(.notFinite)
        }
        return decimal(trimmed, decimalComma: decimalComma)
    }

    /// The number in `text`, or nil (see ``parse(_:decimalComma:fractions:)``).
    package static func value(_ text: String, decimalComma: Bool, fractions: Bool = false) -> Double? {
        try? parse(text, decimalComma: decimalComma, fractions: fractions).get()
    }

    /// A decimal number, already trimmed: sign, digits, one decimal mark, exponent.
    private static func decimal(_ text: String, decimalComma: Bool) -> Result<Double, Rejection> {
        let lower = text.lowercased()
        let bare = lower.hasPrefix("+") || lower.hasPrefix("-") ? String(lower.dropFirst()) : lower
        if ["nan", "inf", "infinity"].contains(bare) { return .failure(.notFinite) }
        if text.hasSuffix("%") { return .failure(.percent) }
        var mantissa = Substring(text), exponent = Substring("")
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = text[text.index(after: e)...]
        }
        if mantissa.first == "+" || mantissa.first == "-" { mantissa = mantissa.dropFirst() }
        var digits = 0, marks = 0, grouping = false
        for c in mantissa {
            if c.isASCII && c.isNumber { digits += 1 }
            else if c == "." || (c == "," && decimalComma) { marks += 1 }
            else if c == "," || c == " " || c == "'" || c == "\u{A0}" || c == "\u{202F}" { grouping = true }
            else { return .failure(.notANumber) }
        }
        if grouping || marks > 1 {
            // Only digits and grouping marks around: 1,234 / 1.234,5 / 1 234.
            return digits > 0 ? .failure(.groupedDigits) : .failure(.notANumber)
        }
        guard digits > 0 else { return .failure(.notANumber) }
        if text.contains("e") || text.contains("E") {
            var exponentDigits = exponent
            if exponentDigits.first == "+" || exponentDigits.first == "-" { exponentDigits = exponentDigits.dropFirst() }
            guard !exponentDigits.isEmpty, exponentDigits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.notANumber) }
        }
        let normalised = decimalComma ? text.replacingOccurrences(of: ",", with: ".") : text
        guard let value = Double(normalised) else { return .failure(.notANumber) }
        return value.isFinite ? .success(value) : .failure(.notFinite)
    }
}

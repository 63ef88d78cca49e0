import Foundation

/// The rule every id in the inputs follows — vendors, criteria, gates, evaluators, pilot metrics:
/// letters, digits, `-`, `_` and `.`, starting with a letter or digit. Ids become file names
/// (`ratings/<evaluator>.json`, `pilots/<vendor>.json`), so the rule also keeps them from
/// naming a hidden file or an option.
package enum Identifier {
    /// `text` in Unicode Normalization Form C.
    ///
    /// Ids name files (`pilots/<vendor>.json`, `ratings/<evaluator>.json`), and "café" can be
    /// written as é (U+00E9) or as e followed by U+0301: equal as Swift strings, but two
    /// different file names. Every id is normalised where it enters (JSON, the command line),
    /// so one vendor has one plan and one log whichever form was typed.
    package static func normalized(_ text: String) -> String {
        text.utf8.allSatisfy({ $0 < 0x80 }) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// Whether `text` is a valid id.
    package static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isLetterOrDigit(first) else { return false }
        return text.unicodeScalars.allSatisfy { isLetterOrDigit($0) || $0 == "-" || $0 == "_" || $0 == "." }
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}

/// The rule every id in the inputs follows — vendors, criteria, gates, evaluators, pilot metrics:
/// letters, digits, `-`, `_` and `.`, starting with a letter or digit. Ids become file names
/// (`ratings/<evaluator>.json`, `pilots/<vendor>.json`), so the rule also keeps them from
/// naming a hidden file or an option.
public enum Identifier {
    /// Whether `text` is a valid id.
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, isLetterOrDigit(first) else { return false }
        return text.unicodeScalars.allSatisfy { isLetterOrDigit($0) || $0 == "-" || $0 == "_" || $0 == "." }
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}

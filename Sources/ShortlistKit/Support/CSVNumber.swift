/// The one rule for a number in a CSV cell, shared by every command that reads CSV
/// (`ahp`, `matrix`, `rfi import`).
public enum CSVNumber {
    /// A finite number written as a decimal (`0.5`, `3`, `-2`, `1e3`) or a fraction (`1/3`);
    /// with `decimalComma`, `0,5` too (Excel writes decimal commas where it uses `;` as separator).
    public static func parse(_ text: String, decimalComma: Bool) -> Double? {
        var text = text.trimmingSpaces
        if decimalComma { text = String(text.map { $0 == "," ? "." : $0 }) }
        func plain(_ part: Substring) -> Double? {
            let part = String(part).trimmingSpaces
            guard let first = part.unicodeScalars.first, "+-.0123456789".unicodeScalars.contains(first),
                let value = Double(part), value.isFinite
            else { return nil }
            return value
        }
        let pieces = text.split(separator: "/", omittingEmptySubsequences: false)
        switch pieces.count {
        case 1:
            return plain(pieces[0])
        case 2:
            guard let numerator = plain(pieces[0]), let denominator = plain(pieces[1]), denominator != 0 else { return nil }
            let value = numerator / denominator
            return value.isFinite ? value : nil
        default:
            return nil
        }
    }
}

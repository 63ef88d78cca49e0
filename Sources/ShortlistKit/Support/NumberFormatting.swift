/// Fixed, locale-independent number formatting for reports, so that output is the same on every machine.
public enum NumberFormatting {
    /// `x` with exactly `decimals` decimals (half away from zero), e.g. `fixed(78.456, 1)` → `78.5`.
    public static func fixed(_ x: Double, _ decimals: Int) -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : (x > 0 ? "∞" : "-∞") }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(x) * scale).rounded(.toNearestOrAwayFromZero)
        let negative = x < 0 && scaled > 0
        guard scaled < 9.0e15 else { return JSONWriter.formatNumber(x) }
        let whole = Int(scaled)
        var digits = String(whole)
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return (negative ? "-" : "") + digits
    }

    /// `x` with up to `decimals` decimals and no trailing zeros, e.g. `short(4.50)` → `4.5`.
    public static func short(_ x: Double, _ decimals: Int = 2) -> String {
        var text = fixed(x, decimals)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    /// An amount of money with thousands separators and no decimals, e.g. `215,000`.
    public static func amount(_ x: Double) -> String {
        let text = fixed(x, 0)
        let negative = text.hasPrefix("-")
        let digits = Array(negative ? text.dropFirst() : Substring(text))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return (negative ? "-" : "") + out
    }

    /// A fraction as a percentage, e.g. `percent(0.125)` → `12.5%`.
    public static func percent(_ fraction: Double, _ decimals: Int = 1) -> String { short(fraction * 100, decimals) + "%" }
}

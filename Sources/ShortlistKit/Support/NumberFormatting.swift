/// Fixed, locale-independent number formatting for reports, so that output is the same on every machine.
package enum NumberFormatting {
    /// `x` with exactly `decimals` decimals (half away from zero), e.g. `fixed(78.456, 1)` → `78.5`.
    package static func fixed(_ x: Double, _ decimals: Int) -> String { format(x, decimals, trimZeros: false) }

    /// `x` with up to `decimals` decimals and no trailing zeros, e.g. `short(4.50)` → `4.5`.
    package static func short(_ x: Double, _ decimals: Int = 2) -> String { format(x, decimals, trimZeros: true) }

    private static let powersOfTen: [Double] = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]

    /// Formats without heap allocation for the digits (reports format millions of numbers).
    private static func format(_ x: Double, _ decimals: Int, trimZeros: Bool) -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : (x > 0 ? "∞" : "-∞") }
        precondition(decimals >= 0 && decimals < powersOfTen.count, "NumberFormatting: 0–9 decimals")
        let scaled = (abs(x) * powersOfTen[decimals]).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e15 else { return JSONWriter.formatNumber(x) }
        var n = UInt64(scaled)
        let negative = x < 0 && n > 0
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { buffer -> String in
            var i = 40
            var written = 0
            var fractionDigits = decimals
            // Drop trailing fraction zeros first when trimming.
            if trimZeros {
                while fractionDigits > 0 && n % 10 == 0 && n > 0 {
                    n /= 10
                    fractionDigits -= 1
                }
                if n == 0 { fractionDigits = 0 }
            }
            repeat {
                i -= 1
                buffer[i] = UInt8(ascii: "0") + UInt8(n % 10)
                n /= 10
                written += 1
                if written == fractionDigits {
                    i -= 1
                    buffer[i] = UInt8(ascii: ".")
                }
            } while n > 0 || written <= fractionDigits
            if negative {
                i -= 1
                buffer[i] = UInt8(ascii: "-")
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[i..<40]), as: UTF8.self)
        }
    }

    /// An amount of money with thousands separators and no decimals, e.g. `215,000`.
    package static func amount(_ x: Double) -> String {
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
    package static func percent(_ fraction: Double, _ decimals: Int = 1) -> String { short(fraction * 100, decimals) + "%" }

    /// `fraction` as a percentage shown beside a `threshold` it is compared with: one decimal, or more
    /// (up to four) until the figure shown falls on the same side of the threshold as the value, so
    /// that a margin of 9.97% is never printed as "10%" next to a threshold of 10%.
    package static func percent(_ fraction: Double, beside threshold: Double) -> String {
        for decimals in 1...4 {
            guard let shown = Double(short(fraction * 100, decimals)) else { break }
            let side = (fraction * 100 - threshold * 100).sign, shownSide = (shown - threshold * 100).sign
            if fraction == threshold || (shown != threshold * 100 && side == shownSide) { return short(fraction * 100, decimals) + "%" }
        }
        return short(fraction * 100, 4) + "%"
    }
}

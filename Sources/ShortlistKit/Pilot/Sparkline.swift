/// A one-line trend of a pilot metric's values, drawn with the eight block characters ▁▂▃▄▅▆▇█.
package enum Sparkline {
    /// The blocks from lowest to highest.
    static let blocks = Array("▁▂▃▄▅▆▇█")

    /// `values` scaled between their minimum (▁) and maximum (█), one block per value; a flat
    /// series is drawn at the middle (▄); no values give an empty string.
    package static func text(_ values: [Double]) -> String {
        guard let low = values.min(), let high = values.max() else { return "" }
        return String(values.map { high > low ? blocks[Int(((($0 - low) / (high - low)) * 7).rounded())] : blocks[3] })
    }
}

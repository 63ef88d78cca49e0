/// Chart labels that never leave their box: an upper bound of a label's width in pixels, a label
/// column wide enough for the longest label (up to a cap), and labels cut with "…" to fit it.
///
/// SVG text is not measured by the page before it is drawn, so the bound is computed here from
/// conservative advance widths (in ems of the font size): 1 for East Asian wide characters and
/// for the widest Latin glyphs (capitals, m, w, @, %, &, …), 0.45 for narrow punctuation and
/// spaces, 0.7 for everything else. Real sans-serif fonts (DejaVu Sans, Noto Sans, Helvetica)
/// stay below these, so a label measured to fit does fit.
enum ChartLabel {
    /// An upper bound of the width of `text` in pixels at `fontSize`.
    static func width(_ text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for character in text {
            if TextWidth.columns(of: character) >= 2 {
                ems += 1
            } else if let ascii = character.asciiValue {
                switch ascii {
                case 0x41...0x5A, 0x6D, 0x77, 0x40, 0x25, 0x26, 0x23, 0x57: ems += 1   // A–Z, m, w, @, %, &, #
                case 0x20, 0x21, 0x27, 0x28, 0x29, 0x2C, 0x2E, 0x3A, 0x3B, 0x5B, 0x5D, 0x69, 0x6A, 0x6C, 0x7C, 0x66, 0x74, 0x72: ems += 0.45
                default: ems += 0.7
                }
            } else {
                ems += TextWidth.columns(of: character) == 0 ? 0 : 0.85
            }
        }
        return ems * fontSize
    }

    /// `text` cut with "…" so that its width at `fontSize` is at most `available` pixels.
    static func fit(_ text: String, into available: Double, fontSize: Double) -> String {
        guard width(text, fontSize: fontSize) > available else { return text }
        let budget = available - width("…", fontSize: fontSize)
        var used = 0.0, result = ""
        for character in text {
            let w = width(String(character), fontSize: fontSize)
            if used + w > budget { break }
            used += w
            result.append(character)
        }
        return result + "…"
    }

    /// The width of a label column for `labels`: room for the widest one plus `padding`, at least
    /// `minimum` and at most `maximum` (longer labels are then cut with ``fit(_:into:fontSize:)``).
    static func columnWidth(_ labels: [String], fontSize: Double, padding: Double, minimum: Double, maximum: Double) -> Double {
        let widest = labels.map { width($0, fontSize: fontSize) }.max() ?? 0
        return min(maximum, max(minimum, (widest + padding).rounded(.up)))
    }
}

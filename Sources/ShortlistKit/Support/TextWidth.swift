/// Measures, pads and truncates text by the number of terminal columns it occupies.
///
/// Widths follow Unicode Standard Annex #11 (East Asian Width) the way
/// `wcwidth(3)` applies it: East Asian Wide and Fullwidth characters and emoji
/// with default emoji presentation take two columns; combining marks,
/// zero-width format characters, variation selectors and control characters
/// take none; everything else takes one. A grapheme cluster (`Character`)
/// takes the width of its first scalar, because the scalars that follow it
/// (combining marks, joiners, selectors) combine with it.
package enum TextWidth {
    /// Returns the number of terminal columns `s` occupies.
    ///
    /// - Parameter s: The text to measure.
    /// - Returns: The display width in columns.
    package static func columns(_ s: String) -> Int {
        var total = 0
        for character in s {
            total += columns(of: character)
        }
        return total
    }

    /// `s` safe to print on a terminal: every C0 control character (tab, CR, LF and ESC among them)
    /// and DEL becomes its Unicode control picture (ESC → ␛, LF → ␊), and C1 controls become U+FFFD,
    /// so that text from a dossier can neither break a table's alignment nor send escape sequences
    /// to the terminal.
    package static func printable(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0..<0x20: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out.append("\u{2421}")
            case 0x80...0x9F: out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Pads `s` with spaces until it occupies `width` columns.
    ///
    /// Text that is already at least `width` columns wide is returned unchanged.
    ///
    /// - Parameters:
    ///   - s: The text to pad.
    ///   - width: The number of columns to fill.
    ///   - alignRight: Whether to put the spaces before the text instead of after it.
    /// - Returns: The padded text.
    package static func pad(_ s: String, to width: Int, alignRight: Bool = false) -> String {
        let missing = width - columns(s)
        guard missing > 0 else { return s }
        let spaces = String(repeating: " ", count: missing)
        return alignRight ? spaces + s : s + spaces
    }

    /// Shortens `s` to at most `width` columns, ending it with "…" when anything was cut.
    ///
    /// Cuts only between grapheme clusters. When a two-column character does not
    /// fit before the ellipsis the result is one column narrower than `width`.
    ///
    /// - Parameters:
    ///   - s: The text to shorten.
    ///   - width: The maximum number of columns.
    /// - Returns: `s` unchanged when it fits, otherwise a prefix of `s` followed by "…".
    package static func truncate(_ s: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        guard columns(s) > width else { return s }
        let budget = width - 1  // one column for the ellipsis
        var used = 0
        var result = ""
        for character in s {
            let w = columns(of: character)
            if used + w > budget { break }
            used += w
            result.append(character)
        }
        result.append("…")
        return result
    }

    /// The width of one grapheme cluster: the width of its first scalar.
    static func columns(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        return columns(of: first)
    }

    /// The width of one Unicode scalar: 0, 1 or 2.
    static func columns(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }  // C0 and C1 controls, DEL
        if v < 0x300 { return 1 }  // fast path for Latin text
        if isZeroWidth(scalar) { return 0 }
        if isWide(scalar) { return 2 }
        return 1
    }

    /// Combining marks (Mn, Me), zero-width spaces and marks, joiners and variation selectors.
    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        switch v {
        case 0x200B...0x200F,  // zero width space, ZWNJ, ZWJ, LRM, RLM
             0x2060...0x2064,  // word joiner and invisible operators
             0xFE00...0xFE0F,  // variation selectors
             0xFEFF,  // zero width no-break space (byte order mark)
             0xE0100...0xE01EF:  // variation selectors supplement
            return true
        default:
            break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .control:
            return true
        default:
            return false
        }
    }

    /// East Asian Wide (W) and Fullwidth (F) scalars, and emoji with default emoji presentation.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        switch v {
        case 0x1100...0x115F,  // Hangul Jamo initial consonants
             0x2E80...0x2FDF,  // CJK radicals, Kangxi radicals
             0x2FF0...0x2FFF,  // ideographic description characters
             0x3000...0x303F,  // CJK symbols and punctuation
             0x3041...0x3096, 0x3099...0x30FF,  // Hiragana, Katakana
             0x3105...0x312F,  // Bopomofo
             0x3131...0x318E,  // Hangul compatibility Jamo
             0x3190...0x31FF,  // Kanbun, Bopomofo extended, CJK strokes, Katakana extensions
             0x3200...0x33FF,  // enclosed CJK letters, CJK compatibility
             0x3400...0x4DBF,  // CJK Unified Ideographs Extension A
             0x4E00...0x9FFF,  // CJK Unified Ideographs
             0xA000...0xA4CF,  // Yi syllables and radicals
             0xA960...0xA97F,  // Hangul Jamo Extended-A
             0xAC00...0xD7A3,  // Hangul syllables
             0xF900...0xFAFF,  // CJK compatibility ideographs
             0xFE10...0xFE19,  // vertical forms
             0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
             0xFF00...0xFF60,  // fullwidth forms
             0xFFE0...0xFFE6,  // fullwidth signs
             0x16FE0...0x16FE4, 0x17000...0x18CFF,  // Tangut and ideographic symbols
             0x1AFF0...0x1B2FF,  // Kana extended and supplement, Nushu
             0x20000...0x2FFFD,  // CJK Extensions B–F and compatibility supplement
             0x30000...0x3FFFD:  // CJK Extensions G and beyond
            return true
        case 0x1F300...0x1FAFF:  // pictographs and emoji: wide when shown as emoji by default
            return scalar.properties.isEmojiPresentation
        default:
            // Emoji outside the pictograph blocks (⌚, ☔, ✅, regional indicators …).
            return v >= 0x231A && scalar.properties.isEmojiPresentation
        }
    }
}

/// Text made safe for XML 1.0 character data and attribute values.
package enum XMLText {
    /// `text` with `& < > "` escaped, line breaks and tabs kept as character references in a way both
    /// elements and attributes preserve, and characters XML 1.0 forbids (other C0 controls, U+FFFE, U+FFFF) dropped.
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

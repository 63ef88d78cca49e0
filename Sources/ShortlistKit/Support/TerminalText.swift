/// The one sanitiser for everything Shortlist writes to a terminal (standard output or standard
/// error when it is a TTY).
///
/// Text from dossiers, catalogs and file names can hold escape sequences that a terminal would
/// obey: `ESC ] 0 ; … BEL` retitles the window, `ESC [ 2 J` clears the screen, others move the
/// cursor to overwrite what was printed. Before bytes reach a terminal every C0 control
/// character except line feed and tab becomes its Unicode control picture (ESC → ␛,
/// CR → ␍, BEL → ␇), DEL becomes ␡, C1 controls (U+0080–U+009F) and bytes that are not UTF-8
/// become U+FFFD. The only escape sequences kept are the colours Shortlist itself uses (bold,
/// bold red, bold yellow, reset: `ESC [ 1 m`, `ESC [ 1 ; 3 1 m`, `ESC [ 1 ; 3 3 m`,
/// `ESC [ 0 m`), which can only colour text. Files written with `--output` are not sanitised:
/// they keep the text exactly as it is.
package enum TerminalText {
    /// The colour sequences Shortlist emits, without the leading ESC.
    private static let ownSequences: [[UInt8]] = ["[0m", "[1m", "[1;31m", "[1;33m"].map { Array($0.utf8) }

    /// `bytes` made safe to write to a terminal (see the type's documentation).
    package static func sanitized(_ bytes: [UInt8]) -> [UInt8] {
        // Most output has no control bytes and no C1 characters at all: return it as it is.
        if !bytes.contains(where: { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || $0 == 0x7F || $0 == 0xC2 || $0 >= 0x80 }) { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x1B, let own = ownSequences.first(where: { bytes[(i + 1)...].starts(with: $0) }) {
                out.append(b)
                out.append(contentsOf: own)
                i += 1 + own.count
            } else if b == 0x0A || b == 0x09 || (b >= 0x20 && b < 0x7F) {
                out.append(b)
                i += 1
            } else if b < 0x20 {
                // U+2400 + b: E2 90 (80 + b).
                out.append(contentsOf: [0xE2, 0x90, 0x80 + b])
                i += 1
            } else if b == 0x7F {
                out.append(contentsOf: [0xE2, 0x90, 0xA1])  // ␡
                i += 1
            } else {
                let length = sequenceLength(bytes, at: i)
                if length == 0 {
                    out.append(contentsOf: replacement)
                    i += 1
                } else if b == 0xC2 && bytes[i + 1] < 0xA0 {
                    out.append(contentsOf: replacement)  // a C1 control, U+0080–U+009F
                    i += 2
                } else {
                    out.append(contentsOf: bytes[i..<(i + length)])
                    i += length
                }
            }
        }
        return out
    }

    /// `text` made safe to write to a terminal.
    package static func sanitized(_ text: String) -> String {
        String(decoding: sanitized(Array(text.utf8)), as: UTF8.self)
    }

    /// The length of the well-formed UTF-8 sequence starting at `i` (2–4), or 0 when it is not one.
    private static func sequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
        let b = bytes[i]
        let (length, low, high): (Int, UInt8, UInt8)
        switch b {
        case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        default: return 0
        }
        guard i + length <= bytes.count, (low...high).contains(bytes[i + 1]) else { return 0 }
        for k in 2..<length where !(0x80...0xBF).contains(bytes[i + k]) { return 0 }
        return length
    }
}

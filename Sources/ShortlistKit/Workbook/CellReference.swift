/// A1-style cell references (ECMA-376 Part 1 §18.17.2.3): letters for the column, digits for the row.
package enum CellReference {
    /// The letters of a 0-based column: 0 → `A`, 25 → `Z`, 26 → `AA`.
    package static func column(_ index: Int) -> String {
        var n = index + 1
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// The reference of a 0-based row and column: (13, 6) → `G14`.
    package static func name(row: Int, column: Int) -> String { self.column(column) + String(row + 1) }

    /// The 0-based row and column of a reference such as `G14` or `$G$14`; nil when it is not one
    /// (or lies beyond Excel's 1,048,576 rows and 16,384 columns).
    package static func parse(_ text: String) -> (row: Int, column: Int)? {
        var column = 0, row = 0, letters = 0, digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((byte | 0x20) - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default: return nil
            }
        }
        guard letters > 0, digits > 0, row >= 1, row <= 1_048_576, column <= 16_384 else { return nil }
        return (row - 1, column - 1)
    }
}

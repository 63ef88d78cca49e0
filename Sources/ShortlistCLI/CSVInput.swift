import ShortlistKit

// Shared by `ahp` and `matrix`: reading a CSV file with located diagnostics, and aligned text tables.

/// A CSV file read for a command, able to point a diagnostic at any field of any record.
struct CSVInput {
    /// The path as the user typed it, for diagnostics.
    let display: String
    /// The file's bytes.
    let bytes: [UInt8]
    /// The parsed records.
    let table: CSVTable

    /// Reads and parses `display` (resolved against the current directory).
    ///
    /// - Parameters:
    ///   - display: The path as typed.
    ///   - invocation: For the current directory.
    ///   - expected: What the file should hold, for the message about an empty file.
    /// - Throws: ``InputErrors`` for an unreadable or empty file and for malformed CSV, located by line and column.
    static func read(_ display: String, _ invocation: Invocation, expected: String) throws -> CSVInput {
        let bytes: [UInt8]
        do {
            bytes = try invocation.readInput(display, kind: .csv)
        } catch {
            throw InputErrors([Diagnostic(file: display, message: "cannot read the file: \(error.reason)")])
        }
        let table: CSVTable
        do {
            table = try CSVReader.parse(bytes)
        } catch {
            throw InputErrors([Diagnostic(file: display, location: SourceLocation(line: error.line, column: error.column, offset: 0), message: error.message)])
        }
        if table.rows.isEmpty || table.rows.allSatisfy({ $0.allSatisfy { trimmed($0).isEmpty } }) {
            throw InputErrors([Diagnostic(file: display, message: "the file is empty; expected \(expected)")])
        }
        return CSVInput(display: display, bytes: bytes, table: table)
    }

    /// A diagnostic at the start of field `field` (0-based) of record `record` (0-based, the header is 0).
    func diagnostic(record: Int, field: Int, _ message: String) -> Diagnostic {
        Diagnostic(file: display, location: location(record: record, field: field), message: message)
    }

    /// The line and column where field `field` of record `record` starts; the end of the record
    /// when it has fewer fields (the loop stops at its line break), and the end of the file for a
    /// record past the last.
    ///
    /// A field the reader saw comes straight from the positions it recorded, in O(1): a matrix
    /// of 40,000 columns with a diagnostic on every cell no longer re-scans the file for each.
    func location(record: Int, field: Int) -> SourceLocation {
        if record < table.fieldPositions.count, field < table.fieldPositions[record].count {
            let position = table.fieldPositions[record][field]
            return SourceLocation(line: position.line, column: position.column, offset: 0)
        }
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        let separator = table.separator.asciiValue ?? UInt8(ascii: ",")
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var i = start, line = 1, column = 1
        func advance() {
            let byte = bytes[i]
            if byte == lf || (byte == cr && !(i + 1 < bytes.count && bytes[i + 1] == lf)) {
                line += 1
                column = 1
            } else if byte != cr, byte & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        // Skip to the line on which the record starts (CSVReader counts lines the same way).
        let targetLine = record < table.rowLines.count ? table.rowLines[record] : Int.max
        while i < bytes.count, line < targetLine { advance() }
        var currentField = 0
        var inQuotes = false
        while i < bytes.count, currentField < field {
            let byte = bytes[i]
            if inQuotes {
                if byte == quote {
                    if i + 1 < bytes.count, bytes[i + 1] == quote { advance() } else { inQuotes = false }
                }
            } else if byte == quote {
                inQuotes = true
            } else if byte == separator {
                currentField += 1
            } else if byte == cr || byte == lf {
                break
            }
            advance()
        }
        return SourceLocation(line: line, column: column, offset: i)
    }

    /// `text` without leading and trailing spaces and tabs.
    static func trimmed(_ text: String) -> String {
        var scalars = Substring(text)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }

    /// A finite number written as a decimal (`0.5`, `3`, `-2`, `1e3`) or a fraction (`1/3`);
    /// with `decimalComma`, `0,5` too (Excel writes decimal commas where it uses `;` as separator).
    static func number(_ text: String, decimalComma: Bool) -> Double? {
        CSVNumber.parse(text, decimalComma: decimalComma)
    }
}

/// Aligns rows of cells in columns two spaces apart (East Asian wide characters count two columns).
enum TextTable {
    /// Renders `rows`, each line prefixed with `indent`; columns in `rightAligned` are right-aligned.
    static func render(_ rows: [[String]], rightAligned: Set<Int>, indent: String = "") -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows {
            for (k, cell) in row.enumerated() { widths[k] = max(widths[k], TextWidth.columns(cell)) }
        }
        var out = ""
        for row in rows {
            var line = indent
            for (k, cell) in row.enumerated() {
                if k > 0 { line += "  " }
                line += k == row.count - 1 && !rightAligned.contains(k) ? cell : TextWidth.pad(cell, to: widths[k], alignRight: rightAligned.contains(k))
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}

import ShortlistKit

// Shared by `ahp` and `matrix`: reading a CSV file with located diagnostics, and aligned text tables.

/// A CSV file read for a command, able to point a diagnostic at any field of any record.
struct CSVInput {
    /// The path as the user typed it, for diagnostics.
    let display: String
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
        return CSVInput(display: display, table: table)
    }

    /// A diagnostic at the start of field `field` (0-based) of record `record` (0-based, the header is 0).
    func diagnostic(record: Int, field: Int, _ message: String) -> Diagnostic {
        Diagnostic(file: display, location: location(record: record, field: field), message: message)
    }

    /// The line and column where field `field` of record `record` starts (see ``CSVTable/position(record:field:)``).
    func location(record: Int, field: Int) -> SourceLocation {
        let position = table.position(record: record, field: field)
        return SourceLocation(line: position.line, column: position.column, offset: 0)
    }

    /// `text` without leading and trailing spaces and tabs.
    static func trimmed(_ text: String) -> String { text.trimmingSpaces }

    /// The number in a cell by the one rule for CSV numbers (``CSVNumber``), fractions allowed,
    /// with `decimalComma` when the file's separator is `;`; or the reason it is not one, as a
    /// clause to follow the message ("; write numbers without thousands separators …"), empty when
    /// there is nothing to add.
    static func number(_ text: String, decimalComma: Bool) -> Result<Double, CSVNumber.Rejection> {
        CSVNumber.parse(text, decimalComma: decimalComma, fractions: true)
    }
}

extension CSVNumber.Rejection {
    /// ``reason`` as a clause to append to a message: "; …", or "" when there is none.
    var clause: String { reason.map { "; " + $0 } ?? "" }
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

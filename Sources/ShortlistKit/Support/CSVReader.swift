/// The records of a CSV file, as read by ``CSVReader``.
package struct CSVTable: Sendable, Equatable {
    /// The field separator that was detected: `,`, `;` or tab.
    package var separator: Character
    /// The records in file order; the header, when there is one, is `rows[0]`.
    package var rows: [[String]]
    /// The 1-based line on which each record of ``rows`` starts.
    package var rowLines: [Int]
    /// Where each field starts, row by row (1-based line and column in Unicode scalars).
    package var fieldPositions: [[CSVPosition]] = []
    /// Where each record ends: its line break, or the end of the file for the last.
    package var recordEnds: [CSVPosition] = []
    /// The end of the file.
    package var end = CSVPosition(line: 1, column: 1)

    /// Creates a table from its parts.
    ///
    /// - Parameters:
    ///   - separator: The field separator.
    ///   - rows: The records.
    ///   - rowLines: The 1-based starting line of each record.
    package init(separator: Character = ",", rows: [[String]] = [], rowLines: [Int] = []) {
        self.separator = separator
        self.rows = rows
        self.rowLines = rowLines
    }

    /// Where a diagnostic about field `field` (0-based) of record `record` (0-based, the header is
    /// 0) points: the field's start; for a field past the record's last, the record's end (where
    /// the missing field would go); for a record past the last, the end of the file. The one place
    /// CSV positions come from: the reader recorded them, nothing scans the bytes again.
    package func position(record: Int, field: Int) -> CSVPosition {
        guard record < fieldPositions.count else { return end }
        if field < fieldPositions[record].count { return fieldPositions[record][field] }
        return record < recordEnds.count ? recordEnds[record] : end
    }
}

/// Where a CSV field starts.
package struct CSVPosition: Sendable, Equatable {
    /// The 1-based line.
    package var line: Int
    /// The 1-based column, in Unicode scalars.
    package var column: Int

    /// Creates a position.
    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A CSV file that cannot be read, with the place where reading stopped.
package struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and how to fix it.
    package var message: String
    /// The 1-based line of the problem.
    package var line: Int
    /// The 1-based column of the problem, counted in Unicode scalars.
    package var column: Int

    /// Creates an error at a position.
    ///
    /// - Parameters:
    ///   - message: What is wrong and how to fix it.
    ///   - line: The 1-based line.
    ///   - column: The 1-based column.
    package init(message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    /// The position and the message, as `line 3, column 7: message`.
    package var description: String {
        "line \(line), column \(column): \(message)"
    }
}

/// Reads comma-separated values as Excel and RFC 4180 write them.
///
/// Accepts an optional UTF-8 byte order mark, CRLF, LF or CR line ends, and
/// fields enclosed in double quotes that contain separators, doubled quotes
/// and line breaks (RFC 4180, section 2). The separator is whichever of `,`,
/// `;` and tab occurs most often outside quotes on the first line (Excel
/// writes `;` in locales with a decimal comma); `,` wins ties and is the
/// default. Blank lines at the end of the file are ignored; a blank line
/// elsewhere is a record with one empty field.
package enum CSVReader {
    private static let quote = UInt8(ascii: "\"")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    /// Parses the bytes of a CSV file.
    ///
    /// - Parameter bytes: The whole file.
    /// - Returns: The records, the detected separator and the line of each record.
    /// - Throws: ``CSVError`` for invalid UTF-8, a quoted field that is never
    ///   closed (pointing at its opening quote), a quote inside an unquoted field,
    ///   or text after a closing quote.
    package static func parse(_ bytes: [UInt8]) throws(CSVError) -> CSVTable {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        try validateUTF8(bytes, from: start)
        let (separator, counts) = detectSeparator(bytes, from: start)
        var table = try records(bytes, from: start, separator: separator, why: separatorReason(separator, counts: counts))
        table.separator = Character(Unicode.Scalar(separator))
        return table
    }

    // MARK: - Parsing

    /// Where the parser is within a field.
    private enum State {
        /// Nothing of the current field has been read.
        case fieldStart
        /// Inside a field that does not start with a quote.
        case unquoted
        /// Inside a field that starts with a quote.
        case quoted
        /// Just after the quote that closes a quoted field.
        case afterClosingQuote
    }

    /// Splits validated UTF-8 into records.
    /// - Parameter why: How the separator was chosen, for the messages about misplaced quotes,
    ///   which a file mixing separators produces.
    private static func records(_ bytes: [UInt8], from start: Int, separator: UInt8, why: String) throws(CSVError) -> CSVTable {
        var rows: [[String]] = []
        var rowLines: [Int] = []
        var blankRows: [Bool] = []
        var record: [String] = []
        var positions: [[CSVPosition]] = []
        var recordPositions: [CSVPosition] = []
        var ends: [CSVPosition] = []
        var fieldStart = CSVPosition(line: 1, column: 1)
        var field: [UInt8] = []
        var state = State.fieldStart
        var line = 1
        var column = 1
        var recordLine = 1
        var quoteLine = 1
        var quoteColumn = 1
        let count = bytes.count

        func endField() {
            record.append(String(decoding: field, as: UTF8.self))
            recordPositions.append(fieldStart)
            field.removeAll(keepingCapacity: true)
        }
        func endRecord(blank: Bool) {
            rows.append(record)
            positions.append(recordPositions)
            ends.append(CSVPosition(line: line, column: column))
            rowLines.append(recordLine)
            blankRows.append(blank)
            record = []
            recordPositions = []
        }

        var i = start
        while i < count {
            let byte = bytes[i]
            if state == .quoted {
                if byte == quote {
                    if i + 1 < count, bytes[i + 1] == quote {
                        field.append(quote)
                        i += 2
                        column += 2
                    } else {
                        state = .afterClosingQuote
                        i += 1
                        column += 1
                    }
                    continue
                }
                field.append(byte)
                if byte == lf || (byte == cr && !(i + 1 < count && bytes[i + 1] == lf)) {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                i += 1
                continue
            }

            if byte == separator {
                endField()
                state = .fieldStart
                i += 1
                column += 1
                fieldStart = CSVPosition(line: line, column: column)
            } else if byte == cr || byte == lf {
                let blank = state == .fieldStart && record.isEmpty
                endField()
                endRecord(blank: blank)
                state = .fieldStart
                i += (byte == cr && i + 1 < count && bytes[i + 1] == lf) ? 2 : 1
                line += 1
                column = 1
                recordLine = line
                fieldStart = CSVPosition(line: line, column: column)
            } else if byte == quote {
                switch state {
                case .fieldStart:
                    state = .quoted
                    quoteLine = line
                    quoteColumn = column
                    i += 1
                    column += 1
                default:
                    throw CSVError(
                        message: "a quote appears in the middle of an unquoted field; "
                            + "enclose the whole field in quotes and double the quotes inside it (\(why))",
                        line: line, column: column)
                }
            } else {
                if state == .afterClosingQuote {
                    throw CSVError(
                        message: "unexpected \(describe(bytes, at: i)) after a closing quote; "
                            + "expected a separator or the end of the line (\(why))",
                        line: line, column: column)
                }
                state = .unquoted
                field.append(byte)
                i += 1
                if byte & 0xC0 != 0x80 { column += 1 }
            }
        }

        if state == .quoted {
            throw CSVError(
                message: "the quoted field that starts here is never closed; add the closing quote",
                line: quoteLine, column: quoteColumn)
        }
        if !(state == .fieldStart && record.isEmpty) {
            endField()
            endRecord(blank: false)
        }
        while blankRows.last == true {
            blankRows.removeLast()
            rows.removeLast()
            rowLines.removeLast()
            positions.removeLast()
            ends.removeLast()
        }
        var table = CSVTable(rows: rows, rowLines: rowLines)
        table.fieldPositions = positions
        table.recordEnds = ends
        table.end = CSVPosition(line: line, column: column)
        return table
    }

    /// The character that starts at `index`, quoted for a message.
    private static func describe(_ bytes: [UInt8], at index: Int) -> String {
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return "'" + String(decoding: bytes[index..<end], as: UTF8.self) + "'"
    }

    // MARK: - Separator

    /// The candidate separators, in the order that breaks ties.
    private static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]

    /// Picks `,`, `;` or tab by how often each occurs outside quotes on the first line; returns
    /// it with the three counts.
    private static func detectSeparator(_ bytes: [UInt8], from start: Int) -> (UInt8, [Int]) {
        var counts = [0, 0, 0]
        var inQuotes = false
        var i = start
        while i < bytes.count {
            let byte = bytes[i]
            if byte == quote {
                inQuotes.toggle()
            } else if !inQuotes {
                if byte == cr || byte == lf { break }
                if let k = candidates.firstIndex(of: byte) { counts[k] += 1 }
            }
            i += 1
        }
        var best = 0
        for k in 1..<candidates.count where counts[k] > counts[best] {
            best = k
        }
        return (candidates[best], counts)
    }

    /// "the separator is ';': the first line has 2 ';', 1 ',' and no tab; a file must use one separator throughout".
    private static func separatorReason(_ separator: UInt8, counts: [Int]) -> String {
        func name(_ k: Int) -> String { candidates[k] == UInt8(ascii: "\t") ? "tab" : "'\(Character(Unicode.Scalar(candidates[k])))'" }
        func amount(_ k: Int) -> String {
            let plural = candidates[k] == UInt8(ascii: "\t") ? "tabs" : name(k)
            return counts[k] == 0 ? "no \(name(k))" : counts[k] == 1 ? "1 \(name(k))" : "\(counts[k]) \(plural)"
        }
        let chosen = candidates.firstIndex(of: separator)!
        let others = candidates.indices.filter { $0 != chosen }
        let reason = counts[chosen] == 0 ? "the first line has no ',', ';' or tab, so ',' is assumed"
            : "the first line has \(amount(chosen)), \(amount(others[0])) and \(amount(others[1]))"
        return "the separator is \(name(chosen)): \(reason); a file must use one separator throughout"
    }

    // MARK: - UTF-8

    /// Checks that `bytes` is well-formed UTF-8 (Unicode Standard, table 3-7), reporting the first bad byte.
    private static func validateUTF8(_ bytes: [UInt8], from start: Int) throws(CSVError) {
        var line = 1
        var column = 1
        var i = start
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            if byte < 0x80 {
                if byte == lf || (byte == cr && !(i + 1 < count && bytes[i + 1] == lf)) {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                i += 1
                continue
            }
            let length: Int
            var scalar: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; scalar = UInt32(byte & 0x1F)
            case 0xE0...0xEF: length = 3; scalar = UInt32(byte & 0x0F)
            case 0xF0...0xF4: length = 4; scalar = UInt32(byte & 0x07)
            default: throw invalidUTF8(byte, line: line, column: column)
            }
            for k in 1..<length {
                guard i + k < count, bytes[i + k] & 0xC0 == 0x80 else {
                    throw invalidUTF8(byte, line: line, column: column)
                }
                scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F)
            }
            let overlong = (length == 3 && scalar < 0x800) || (length == 4 && scalar < 0x1_0000)
            if overlong || (0xD800...0xDFFF).contains(scalar) || scalar > 0x10_FFFF {
                throw invalidUTF8(byte, line: line, column: column)
            }
            i += length
            column += 1
        }
    }

    /// The error for a byte that does not start a well-formed UTF-8 sequence.
    private static func invalidUTF8(_ byte: UInt8, line: Int, column: Int) -> CSVError {
        let hex = String(byte, radix: 16, uppercase: true)
        return CSVError(
            message: "invalid UTF-8 (byte 0x\(hex)); save the file as UTF-8, for example as \"CSV UTF-8\" in Excel",
            line: line, column: column)
    }
}

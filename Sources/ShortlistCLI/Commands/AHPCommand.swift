import ShortlistKit

/// `shortlist ahp <matrix.csv>`: AHP weights, λmax, CI and CR of a pairwise comparison matrix.
enum AHPCommand: Command {
    static let spec = CommandSpec(
        name: "ahp",
        summary: "Derive AHP weights from a pairwise comparison matrix and check its consistency.",
        positionals: [PositionalSpec(name: "matrix.csv", help: "A full pairwise matrix: a header row and a first column of names, judgments such as 3 or 1/3 in the cells.")],
        options: [
            OptionSpec(name: "random-index", valueName: "table", help: "The random-index table for CR (default: saaty).", allowedValues: RandomIndexTable.allCases.map(\.rawValue)),
            OptionSpec(name: "accept-inconsistent", help: "Print the result and exit 0 even when CR > 0.10."),
            OptionSpec(name: "format", valueName: "format", help: "Output format (default: table).", allowedValues: ["table", "json"]),
        ],
        discussion: """
        Cell (i, j) says how many times more important the row's element is than the column's, on
        Saaty's scale 1/9 … 9 (1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme). The matrix
        must be complete and reciprocal (a_ji = 1/a_ij; write fractions such as 1/3), with ones on
        the diagonal and at most 15 elements.

        Weights are the principal right eigenvector (power iteration to 1e-12), normalised to sum
        to 1. CI = (λmax − n)/(n − 1) and CR = CI/RI(n), with RI from the chosen table: saaty
        (Saaty 1980/1987, the default), saaty-2005 (Saaty 2005), alonso-lamata (Alonso & Lamata
        2006), donegan-dodd (Donegan & Dodd 1991). With CR > 0.10 the judgments that contribute
        most to the inconsistency are listed (largest |ln e_ij|, e_ij = a_ij·w_j/w_i, with the
        value w_i/w_j that would make each consistent); the result goes to standard error and the
        exit status is 1 unless --accept-inconsistent is given.

        JSON output has weights (name → weight), lambdaMax, ci, cr, consistent, threshold, n,
        randomIndex (name, value, source) and inconsistentJudgments.
        """
    )

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        let display = arguments.positionals[0]
        let table = RandomIndexTable(rawValue: arguments.value("random-index") ?? RandomIndexTable.saaty.rawValue)!
        let json = arguments.value("format") == "json"
        let input = try CSVInput.read(display, invocation, expected: "a header row of element names and one row of judgments per element")
        let (matrix, texts) = try parse(input)
        let result = AHP.evaluate(matrix, randomIndex: table)
        let rendered = json ? renderJSON(result) : renderTable(result, texts: texts, file: display)
        if result.isConsistent {
            output.write(Array(rendered.utf8))
            return .success
        }
        let summary = "\(display): the judgments are inconsistent: CR \(NumberFormatting.fixed(result.consistencyRatio, 3)) > \(NumberFormatting.fixed(result.threshold, 2))"
        if arguments.flag("accept-inconsistent") {
            output.write(Array(rendered.utf8))
            output.note("warning: \(summary); accepted with --accept-inconsistent")
            return .success
        }
        output.stderr += rendered
        throw CommandFailure("\(summary); revise the judgments listed above, or pass --accept-inconsistent to use the weights anyway")
    }

    // MARK: - Reading

    /// Reads the pairwise matrix and keeps each judgment's text as typed.
    static func parse(_ input: CSVInput) throws -> (PairwiseMatrix, [[String]]) {
        let rows = input.table.rows
        guard let header = rows.first, header.count >= 2 else {
            throw InputErrors([input.diagnostic(record: 0, field: 0, "expected a header row: an empty corner cell, then the name of each element")])
        }
        let names = header.dropFirst().map { CSVInput.trimmed($0) }
        let n = names.count
        var problems: [Diagnostic] = []
        if rows.count - 1 != n {
            // Point at the first extra row, or at the end of the file when rows are missing.
            problems.append(input.diagnostic(record: rows.count - 1 > n ? n + 1 : rows.count, field: 0,
                "the header names \(n) element\(n == 1 ? "" : "s") but there \(rows.count - 1 == 1 ? "is 1 row" : "are \(rows.count - 1) rows") below it; a pairwise matrix has one row per element"))
        }
        var values = [[Double]](repeating: [Double](repeating: .nan, count: n), count: n)
        var texts = [[String]](repeating: [String](repeating: "", count: n), count: n)
        for (i, row) in rows.dropFirst().prefix(n).enumerated() {
            let record = i + 1
            guard row.count == n + 1 else {
                problems.append(input.diagnostic(record: record, field: min(row.count, n + 1),
                    "this row has \(row.count) fields but the header has \(n + 1); every row needs its name and \(n) judgments"))
                continue
            }
            let rowName = CSVInput.trimmed(row[0])
            if rowName != names[i] {
                problems.append(input.diagnostic(record: record, field: 0,
                    "row \(i + 1) is named \"\(rowName)\" but column \(i + 1) is \"\(names[i])\"; list the elements in the same order down the first column and across the header"))
            }
            for j in 0..<n {
                let text = CSVInput.trimmed(row[j + 1])
                texts[i][j] = text
                if text.isEmpty {
                    problems.append(input.diagnostic(record: record, field: j + 1,
                        "the judgment of \"\(names[i])\" against \"\(names[j])\" is empty; give the full matrix (1 on the diagonal, 1/x opposite x)"))
                } else if let value = CSVInput.number(text, decimalComma: input.table.separator == ";") {
                    values[i][j] = value
                } else {
                    problems.append(input.diagnostic(record: record, field: j + 1,
                        "expected a judgment such as 3, 0.5 or 1/3 for \"\(names[i])\" against \"\(names[j])\", found \"\(text)\""))
                }
            }
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        do {
            return (try PairwiseMatrix(names: Array(names), values: values), texts)
        } catch {
            let place: (record: Int, field: Int)
            switch error {
            case .duplicateName(_, _, let second): place = (0, second + 1)
            case .emptyName(let index): place = (0, index + 1)
            case .notSquare(let row, _, let expected, _): place = (row + 1, expected + 1)
            default:
                if let cell = error.cell { place = (cell.row + 1, cell.column + 1) } else { place = (0, 0) }
            }
            throw InputErrors([input.diagnostic(record: place.record, field: place.field, error.description)])
        }
    }

    // MARK: - Rendering

    /// The weights, consistency measures, verdict and worst judgments as aligned text.
    static func renderTable(_ result: AHPResult, texts: [[String]], file: String) -> String {
        let n = result.matrix.order
        var out = "AHP weights for \(file): \(n) element\(n == 1 ? "" : "s"), principal eigenvector (power iteration to 1e-12), normalised to sum 1\n\n"
        var rows = [["Element", "Weight", "Share"]]
        for (k, name) in result.matrix.names.enumerated() {
            rows.append([name, NumberFormatting.fixed(result.weights[k], 6), NumberFormatting.fixed(100 * result.weights[k], 1) + "%"])
        }
        out += TextTable.render(rows, rightAligned: [1, 2])
        out += "\n"
        let ri = result.randomIndexTable
        var measures = [
            ["λmax", NumberFormatting.fixed(result.lambdaMax, 6), ""],
            ["CI", NumberFormatting.fixed(result.consistencyIndex, 6), "(λmax − n)/(n − 1)"],
        ]
        if n > 2 {
            measures.append(["CR", NumberFormatting.fixed(result.consistencyRatio, 6), "CI/RI, RI(\(n)) = \(randomIndexText(result.randomIndex)) from \(ri.displayName) [\(ri.rawValue)]"])
        } else {
            measures.append(["CR", "0", "a matrix of \(n) element\(n == 1 ? "" : "s") is always consistent"])
        }
        out += TextTable.render(measures, rightAligned: [1])
        let threshold = NumberFormatting.fixed(result.threshold, 2)
        out += result.isConsistent ? "verdict: consistent (CR ≤ \(threshold))\n" : "verdict: INCONSISTENT (CR > \(threshold))\n"
        let worst = result.inconsistentJudgments()
        if !worst.isEmpty {
            out += "\nJudgments contributing most to the inconsistency (largest |ln e_ij|, e_ij = a_ij·w_j/w_i):\n"
            var rows = [["Row", "Column", "Given", "Consistent", "Share of λmax − n"]]
            let excess = result.lambdaMax - Double(n)
            for judgment in worst {
                let given = texts.indices.contains(judgment.cell.row) ? texts[judgment.cell.row][judgment.cell.column] : ""
                rows.append([
                    judgment.cell.rowName, judgment.cell.columnName,
                    given.isEmpty ? NumberFormatting.short(judgment.judgment, 4) : given,
                    NumberFormatting.fixed(judgment.consistentValue, 3),
                    excess > 0 ? NumberFormatting.fixed(100 * judgment.contribution / excess, 1) + "%" : "–",
                ])
            }
            out += TextTable.render(rows, rightAligned: [2, 3, 4], indent: "  ")
        }
        return out
    }

    /// RI as its table prints it: at least 2 and at most 4 decimals (0.90, 1.3417).
    static func randomIndexText(_ value: Double) -> String {
        var text = NumberFormatting.fixed(value, 4)
        while text.hasSuffix("0"), let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) > 3 { text.removeLast() }
        return text
    }

    /// The result as pretty JSON with sorted keys.
    static func renderJSON(_ result: AHPResult) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.key("ci"); w.number(result.consistencyIndex)
        w.key("consistent"); w.bool(result.isConsistent)
        w.key("cr"); w.number(result.consistencyRatio)
        w.key("inconsistentJudgments")
        w.beginArray()
        for judgment in result.inconsistentJudgments() {
            w.beginObject()
            w.key("column"); w.string(judgment.cell.columnName)
            w.key("consistentValue"); w.number(judgment.consistentValue)
            w.key("contribution"); w.number(judgment.contribution)
            w.key("judgment"); w.number(judgment.judgment)
            w.key("logRatio"); w.number(judgment.logRatio)
            w.key("row"); w.string(judgment.cell.rowName)
            w.endObject()
        }
        w.endArray()
        w.key("lambdaMax"); w.number(result.lambdaMax)
        w.key("method"); w.string("principal eigenvector (power iteration, tolerance 1e-12)")
        w.key("n"); w.integer(result.matrix.order)
        w.key("randomIndex")
        w.beginObject()
        w.key("name"); w.string(result.randomIndexTable.rawValue)
        w.key("source"); w.string(result.randomIndexTable.citation)
        w.key("value"); w.number(result.randomIndex)
        w.endObject()
        w.key("threshold"); w.number(result.threshold)
        w.key("weights")
        w.beginObject()
        let byName = zip(result.matrix.names, result.weights).sorted { $0.0 < $1.0 }
        for (name, weight) in byName {
            w.key(name); w.number(weight)
        }
        w.endObject()
        w.endObject()
        return w.text
    }
}

// MARK: - Shared by `ahp` and `matrix`

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
            bytes = try FileReading.readBytes(invocation.resolve(display))
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
    func location(record: Int, field: Int) -> SourceLocation {
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
        var text = trimmed(text)
        if decimalComma { text = String(text.map { $0 == "," ? "." : $0 }) }
        func plain(_ part: Substring) -> Double? {
            let part = trimmed(String(part))
            guard let first = part.unicodeScalars.first, "+-.0123456789".unicodeScalars.contains(first),
                let value = Double(part), value.isFinite
            else { return nil }
            return value
        }
        let pieces = text.split(separator: "/", omittingEmptySubsequences: false)
        switch pieces.count {
        case 1:
            return plain(pieces[0])
        case 2:
            guard let numerator = plain(pieces[0]), let denominator = plain(pieces[1]), denominator != 0 else { return nil }
            let value = numerator / denominator
            return value.isFinite ? value : nil
        default:
            return nil
        }
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

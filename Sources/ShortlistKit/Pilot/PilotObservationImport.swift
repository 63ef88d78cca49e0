/// Observations read from a CSV file for `pilot import`: columns `vendor`, `metric`, `value`, `date`,
/// `by` and `note`, matched by header (any order, any case), in the dialects Excel writes (`,` or
/// `;` with a decimal comma, a byte-order mark, CRLF, blank rows) — the CSV reading of `sheet import`.
///
/// The whole file is validated before anything is written: every problem is reported with its
/// row and column, and a file with any problem imports nothing.
package struct PilotObservationImport: Sendable, Equatable {
    /// One valid row: an observation still without its log id.
    package struct Row: Sendable, Equatable {
        /// The piloted vendor's id.
        package var vendor: String
        /// The metric's id.
        package var metric: String
        /// The observed value.
        package var value: Double
        /// The day observed (YYYY-MM-DD).
        package var date: String
        /// Who observed it.
        package var by: String
        /// A note, when given.
        package var note: String?
        /// The row in the file (1-based, the header is row 1).
        package var row: Int
    }

    /// The columns a file may have; `by` and `note` may be left out.
    package static let columns = ["vendor", "metric", "value", "date", "by", "note"]
    /// The columns a file must have.
    package static let requiredColumns = ["vendor", "metric", "value", "date"]

    /// The valid rows, in file order.
    package var rows: [Row]

    /// Reads and validates `bytes` (the file `file`) against the pilots of `workspace` as of `today`.
    ///
    /// - Parameters:
    ///   - by: Who recorded the observations, for rows whose `by` is blank or absent (`--by`, `$SHORTLIST_USER`).
    /// - Throws: ``InputErrors`` with every problem, each located by row and column.
    package init(_ bytes: [UInt8], file: String, workspace: Workspace, today: CalendarDate, by: String?) throws(InputErrors) {
        let table: CSVTable
        do {
            table = try CSVReader.parse(bytes)
        } catch {
            throw InputErrors([Diagnostic(file: file, location: SourceLocation(line: error.line, column: error.column, offset: 0), message: error.message)])
        }
        let rows = table.rows
        func place(_ row: Int, _ column: Int?, _ header: [String], _ message: String) -> Diagnostic {
            var position = CSVPosition(line: row < table.rowLines.count ? table.rowLines[row] : row + 1, column: 1)
            if let column, row < table.fieldPositions.count, column < table.fieldPositions[row].count { position = table.fieldPositions[row][column] }
            let where_ = column.map { " column \($0 + 1) (\(header.indices.contains($0) ? header[$0] : "?"))" } ?? ""
            return Diagnostic(file: file, location: SourceLocation(line: position.line, column: position.column, offset: 0), path: "row \(row + 1)\(where_)", message: message)
        }
        guard let header = rows.first, !rows.allSatisfy({ $0.allSatisfy { $0.trimmingSpaces.isEmpty } }) else {
            throw InputErrors([Diagnostic(file: file, message: "the file is empty; expected a header row (\(Self.columns.joined(separator: ", "))) and one observation a row")])
        }
        var problems: [Diagnostic] = []
        func fail(_ row: Int, _ column: Int?, _ message: String) { problems.append(place(row, column, header, message)) }

        // The header: known columns, each once, the required ones present.
        var index: [String: Int] = [:]
        let names = header.map { $0.trimmingSpaces.lowercased() }
        for (i, name) in names.enumerated() {
            if !Self.columns.contains(name) {
                var message = "unknown column \"\(header[i])\""
                if let near = NearestMatch.suggestion(for: name, among: Self.columns) { message += "; did you mean \"\(near)\"?" } else { message += "; expected: \(Self.columns.joined(separator: ", "))" }
                fail(0, i, message)
            } else if index[name] != nil {
                fail(0, i, "the column \"\(name)\" appears twice")
            } else {
                index[name] = i
            }
        }
        let suggested = Set(names.filter { !Self.columns.contains($0) }.compactMap { NearestMatch.suggestion(for: $0, among: Self.columns) })
        for required in Self.requiredColumns where index[required] == nil && !suggested.contains(required) {
            fail(0, nil, "the header lacks the column \"\(required)\"")
        }
        guard problems.isEmpty else { throw InputErrors(problems) }

        let decimalComma = table.separator == ";"
        let vendorIDs = workspace.vendors.map(\.id)
        let plans = Dictionary(workspace.pilots.map { ($0.plan.vendor, $0.plan) }, uniquingKeysWith: { a, _ in a })
        var result: [Row] = []
        var seen: [String: Int] = [:]
        for r in 1..<rows.count {
            let row = rows[r]
            if row.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            guard row.count == header.count else {
                fail(r, nil, "the row has \(row.count) field\(row.count == 1 ? "" : "s") but the header has \(header.count)")
                continue
            }
            func cell(_ name: String) -> String { index[name].map { row[$0].trimmingSpaces } ?? "" }
            let vendor = Identifier.normalized(cell("vendor")), metricID = cell("metric"), rawValue = cell("value"), dateText = cell("date")
            guard vendorIDs.contains(vendor) else { fail(r, index["vendor"], unknownIDMessage(vendor, known: vendorIDs, kind: "vendor")); continue }
            guard let plan = plans[vendor] else {
                fail(r, index["vendor"], "\(vendor) has no pilot plan; create one with `shortlist pilot init <workspace> --vendor \(vendor)`")
                continue
            }
            guard let metric = plan.metrics.first(where: { $0.id == metricID }) else {
                fail(r, index["metric"], "the pilot of \(vendor) has no metric \"\(metricID)\"" + (NearestMatch.suggestion(for: metricID, among: plan.metrics.map(\.id)).map { "; did you mean \"\($0)\"?" } ?? "; metrics: " + plan.metrics.map(\.id).joined(separator: ", ")))
                continue
            }
            let text = decimalComma ? rawValue.replacingOccurrences(of: ",", with: ".") : rawValue
            guard !rawValue.isEmpty, text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || "+-.eE".unicodeScalars.contains($0) }), let value = Double(text), value.isFinite else {
                fail(r, index["value"], rawValue.isEmpty ? "the value is blank; expected a number" : "expected a number, found \"\(rawValue)\"")
                continue
            }
            if let problem = NumberBounds.problem(with: value) { fail(r, index["value"], "\(rawValue) is \(problem)"); continue }
            if let problem = metric.problem(with: value) { fail(r, index["value"], problem); continue }
            guard let date = CalendarDate(dateText) else {
                fail(r, index["date"], dateText.isEmpty ? "the date is blank; expected YYYY-MM-DD" : "expected a date written YYYY-MM-DD, found \"\(dateText)\"")
                continue
            }
            if date > today { fail(r, index["date"], "the date \(dateText) is in the future (today is \(today))"); continue }
            if let start = CalendarDate(plan.start), let end = CalendarDate(plan.end), date < start || date > end {
                fail(r, index["date"], "the date \(dateText) is outside the pilot of \(vendor) (\(plan.start) – \(plan.end))")
                continue
            }
            let who = cell("by").isEmpty ? (by ?? "") : cell("by")
            guard !who.isEmpty else {
                fail(r, index["by"], "say who observed it in the column \"by\" (or give --by, or set SHORTLIST_USER)")
                continue
            }
            let key = "\(vendor)/\(metricID)/\(date)/\(NumberFormatting.short(value, 9))/\(who)"
            if let first = seen[key] {
                fail(r, nil, "the row repeats row \(first + 1) (\(vendor), \(metricID), \(date), \(rawValue))")
                continue
            }
            seen[key] = r
            let note = cell("note")
            result.append(Row(vendor: vendor, metric: metricID, value: value, date: date.description, by: who, note: note.isEmpty ? nil : note, row: r + 1))
        }
        if problems.isEmpty && result.isEmpty {
            problems.append(Diagnostic(file: file, message: "the file has a header but no observations"))
        }
        guard problems.isEmpty else { throw InputErrors(problems) }
        self.rows = result
    }

    /// The rows of `rows` that repeat an observation already in the log (`earlier`): same metric,
    /// date, value and observer; a file imported twice is refused, not counted twice.
    package static func repeats(_ rows: [Row], of earlier: [PilotObservation]) -> [(row: Row, entry: PilotObservation)] {
        rows.compactMap { row in
            earlier.first { $0.metric == row.metric && $0.date == row.date && $0.value == row.value && $0.by == row.by }.map { (row, $0) }
        }
    }
}

/// Scoring sheets for evaluators who work in Excel: one CSV row per vendor × rated criterion.
///
/// Written as RFC 4180 with CRLF and a UTF-8 byte-order mark, so that Excel shows Chinese text;
/// read back from whatever Excel saves (BOM or not, CRLF or LF, `,` or `;` as separator, and a
/// decimal comma when the separator is `;`).
package enum RatingSheet {
    /// The columns of a sheet, in order. `vendor`, `criterion`, `value` and `comment` are read back; the rest is for the reader.
    package static let columns = ["vendor", "vendor_name", "criterion", "criterion_name", "scale", "anchors", "value", "comment", "date", "note"]

    /// A sheet for `evaluator`: every vendor × rated criterion, pre-filled with the evaluator's existing ratings.
    ///
    /// - Parameters:
    ///   - byteOrderMark: Whether to start with the UTF-8 byte-order mark (for a file that Excel
    ///     opens); standard output gets none.
    ///   - leavingOff: Vendors to give no rows (the knocked-out ones, which cannot be chosen).
    package static func export(workspace: Workspace, evaluator: String, byteOrderMark: Bool = true, leavingOff: Set<String> = []) -> [UInt8] {
        var csv = CSVWriter()
        csv.writeRow(columns.map { .text($0) })
        for row in rows(workspace: workspace, evaluator: evaluator, leavingOff: leavingOff) {
            csv.writeRow([
                .text(row.vendor), .text(row.vendorName), .text(row.criterion), .text(row.criterionName),
                .text(row.scaleText), .text(row.anchors),
                row.value.map { .number(NumberFormatting.short($0, 4)) } ?? .text(""),
                .text(row.comment), .text(row.date), .text(row.note),
            ])
        }
        return csv.data(withByteOrderMark: byteOrderMark)
    }

    /// One row of a scoring sheet, before it is written as CSV or as a workbook row.
    struct Row {
        var vendor: String, vendorName: String, criterion: String, criterionName: String
        var scale: RatingScale, scaleText: String, anchors: String
        var value: Double?, comment: String, date: String, note: String
    }

    /// The rows of `evaluator`'s sheet: every vendor (but those in `leavingOff`) × rated criterion, with the existing ratings.
    static func rows(workspace: Workspace, evaluator: String, leavingOff: Set<String> = []) -> [Row] {
        let rated = WorkspaceLoader.ratedCriteria(workspace.catalog)
        let existing = workspace.ratings.first { $0.evaluator == evaluator }
        let ratings = Dictionary((existing?.ratings ?? []).map { ($0.vendor + "/" + $0.criterion, $0) }, uniquingKeysWith: { first, _ in first })
        let names = Dictionary(uniqueKeysWithValues: workspace.catalog.allNodes.map { ($0.id, $0.name) })
        var rows: [Row] = []
        for vendor in workspace.vendors where !leavingOff.contains(vendor.id) {
            let conflict = existing?.conflicts.first { $0.vendor == vendor.id }
            for criterion in rated {
                let rating = ratings[vendor.id + "/" + criterion.id]
                let scale = criterion.scale
                let name = names[criterion.id]
                let displayName = name.map { n in n.zh.map { "\(n.en) / \($0)" } ?? n.en } ?? criterion.id
                let anchors = scale.anchors.map(\.bilingualLine).joined(separator: "\n")
                rows.append(Row(
                    vendor: vendor.id, vendorName: vendor.name, criterion: criterion.id, criterionName: displayName,
                    scale: scale, scaleText: "\(NumberFormatting.short(scale.min))–\(NumberFormatting.short(scale.max))", anchors: anchors,
                    value: rating?.value, comment: rating?.comment ?? "", date: rating?.date ?? "",
                    note: conflict.map { "conflict of interest declared (\($0.reason)): ratings of this vendor are not counted" } ?? ""))
            }
        }
        return rows
    }

    /// A filled-in sheet as read for storing: the evaluator's ratings, and which of them the file gave.
    package struct Imported: Sendable, Equatable {
        /// The sheet to store: the file's ratings, then the stored ratings kept for vendors the file
        /// has no row for (a knocked-out vendor `export` left off).
        package var sheet: EvaluatorSheet
        /// How many of the sheet's ratings the file gave.
        package var fromFile: Int
        /// The vendors whose stored ratings were kept because the file has no row for them, in stored order.
        package var keptVendors: [String]
        /// How many stored ratings were kept.
        package var kept: Int { sheet.ratings.count - fromFile }
    }

    /// Reads a filled-in sheet into `evaluator`'s ratings, keeping the name and conflicts of an
    /// existing sheet; blank values are "not rated". Every problem is reported with its row and column.
    package static func read(_ bytes: [UInt8], file: String, evaluator: String, workspace: Workspace) throws(InputErrors) -> Imported {
        let table: CSVTable
        do {
            table = try CSVReader.parse(bytes)
        } catch {
            throw InputErrors([Diagnostic(file: file, location: SourceLocation(line: error.line, column: error.column, offset: 0), message: error.message)])
        }
        return try validate(table.rows, decimalComma: table.separator == ";", file: file, evaluator: evaluator, workspace: workspace) { row, column, header in
            let position = table.position(record: row, field: column ?? 0)
            let place = column.map { " column \($0 + 1) (\(header.indices.contains($0) ? header[$0] : "?"))" } ?? ""
            return Diagnostic(file: file, location: SourceLocation(line: position.line, column: position.column, offset: 0), path: "row \(row + 1)\(place)", message: "")
        }
    }

    /// Checks the rows of a sheet (the header first) and turns them into ratings: the one set of rules
    /// for CSV and workbook sheets. `place` gives the diagnostic (file and position, empty message)
    /// of a row and, when known, a column; `decimalComma` reads `4,5` as 4.5.
    static func validate(_ rows: [[String]], decimalComma: Bool, file: String, evaluator: String, workspace: Workspace,
                         place: (_ row: Int, _ column: Int?, _ header: [String]) -> Diagnostic) throws(InputErrors) -> Imported {
        guard let header = rows.first else {
            throw InputErrors([Diagnostic(file: file, message: "the sheet is empty; expected a header row (\(columns.joined(separator: ", ")))")])
        }
        var problems: [Diagnostic] = []
        func fail(_ row: Int, _ column: Int?, _ message: String) {
            var diagnostic = place(row, column, header)
            diagnostic.message = message
            problems.append(diagnostic)
        }
        let index = SheetHeader(header, columns: columns, required: ["vendor", "criterion", "value", "comment"]) { fail(0, $0, $1) }.index
        guard problems.isEmpty else { throw InputErrors(problems) }

        let rated = Dictionary(WorkspaceLoader.ratedCriteria(workspace.catalog).map { ($0.id, $0.scale) }, uniquingKeysWith: { a, _ in a })
        let vendorIDs = workspace.vendors.map(\.id), knownVendors = Set(vendorIDs)
        var ratings: [Rating] = []
        var seen: [String: Int] = [:], vendorsOnSheet: Set<String> = []
        for r in 1..<rows.count {
            let row = rows[r]
            if row.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            guard row.count == header.count else {
                fail(r, nil, "the row has \(row.count) fields but the header has \(header.count)")
                continue
            }
            func cell(_ name: String) -> String { index[name].map { row[$0].trimmingSpaces } ?? "" }
            // Text cells come back as exported: undo the formula neutralisation of `export`.
            let vendor = cell("vendor"), criterion = cell("criterion"), rawValue = cell("value")
            let comment = CSVWriter.restoringNeutralisedText(cell("comment")), date = CSVWriter.restoringNeutralisedText(cell("date"))
            guard knownVendors.contains(vendor) else { fail(r, index["vendor"], unknownIDMessage(vendor, known: vendorIDs, kind: "vendor")); continue }
            guard let scale = rated[criterion] else { fail(r, index["criterion"], unknownIDMessage(criterion, known: Array(rated.keys).sorted(), kind: "rated criterion")); continue }
            vendorsOnSheet.insert(vendor)
            if rawValue.isEmpty { continue }
            let value: Double
            switch CSVNumber.parse(rawValue, decimalComma: decimalComma) {
            case .success(let number): value = number
            case .failure(let rejection):
                fail(r, index["value"], "expected a number on the scale \(NumberFormatting.short(scale.min))–\(NumberFormatting.short(scale.max)), found \"\(rawValue)\"" + (rejection.reason.map { "; " + $0 } ?? ""))
                continue
            }
            guard value >= scale.min && value <= scale.max else {
                fail(r, index["value"], "\(rawValue) is off the scale \(NumberFormatting.short(scale.min))–\(NumberFormatting.short(scale.max))")
                continue
            }
            if (value == scale.min || value == scale.max) && comment.isEmpty {
                fail(r, index["comment"], "a rating of \(rawValue) is the \(value == scale.min ? "lowest" : "highest") level of the scale; give the reason in \"comment\"")
                continue
            }
            if !date.isEmpty && CalendarDate(date) == nil {
                fail(r, index["date"], "expected a date written YYYY-MM-DD, found \"\(date)\"" + (Self.isDate(date) ? ", a day that does not exist" : ""))
                continue
            }
            if let first = seen[vendor + "/" + criterion] {
                fail(r, nil, "\(vendor) is rated on \(criterion) twice (first in row \(first + 1))")
                continue
            }
            seen[vendor + "/" + criterion] = r
            ratings.append(Rating(evaluator: evaluator, vendor: vendor, criterion: criterion, value: value, comment: comment.isEmpty ? nil : comment, date: date.isEmpty ? nil : date))
        }
        guard problems.isEmpty else { throw InputErrors(problems) }
        let existing = workspace.ratings.first { $0.evaluator == evaluator }
        // A vendor with no row at all was left off the sheet (a knocked-out vendor, by `export`'s
        // default): its existing ratings are kept, not erased. Blank values on a row unrate.
        let kept = (existing?.ratings ?? []).filter { !vendorsOnSheet.contains($0.vendor) }
        var keptVendors: [String] = []
        for rating in kept where !keptVendors.contains(rating.vendor) { keptVendors.append(rating.vendor) }
        let sheet = EvaluatorSheet(evaluator: evaluator, name: existing?.name, file: "ratings/\(evaluator).json", conflicts: existing?.conflicts ?? [], ratings: ratings + kept)
        return Imported(sheet: sheet, fromFile: ratings.count, keptVendors: keptVendors)
    }

    private static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              Int(parts[0]) != nil, let m = Int(parts[1]), let d = Int(parts[2]) else { return false }
        return (1...12).contains(m) && (1...31).contains(d)
    }

    /// An evaluator's sheet as the JSON of `ratings/<evaluator>.json`.
    package static func json(_ sheet: EvaluatorSheet) -> [UInt8] {
        var w = JSONWriter()
        w.beginObject()
        w.key("conflicts")
        w.beginArray()
        for conflict in sheet.conflicts {
            w.beginObject()
            w.key("reason"); w.string(conflict.reason)
            w.key("vendor"); w.string(conflict.vendor)
            w.endObject()
        }
        w.endArray()
        w.key("evaluator"); w.string(sheet.evaluator)
        if let name = sheet.name { w.key("name"); w.string(name) }
        w.key("ratings")
        w.beginArray()
        for rating in sheet.ratings {
            w.beginObject()
            if let comment = rating.comment { w.key("comment"); w.string(comment) }
            w.key("criterion"); w.string(rating.criterion)
            if let date = rating.date { w.key("date"); w.string(date) }
            w.key("value"); w.number(rating.value)
            w.key("vendor"); w.string(rating.vendor)
            w.endObject()
        }
        w.endArray()
        w.key("version"); w.integer(1)
        w.endObject()
        return w.bytes
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    package var trimmingSpaces: String {
        var s = Substring(self)
        while let first = s.first, first == " " || first == "\t" { s.removeFirst() }
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return String(s)
    }
}

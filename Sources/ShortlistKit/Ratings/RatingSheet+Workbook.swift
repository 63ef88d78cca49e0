/// Scoring sheets as Excel workbooks (.xlsx): the columns of the CSV sheet, with a drop-down of the
/// scale's levels on every value cell (the anchors shown when the cell is selected), only value,
/// comment and date editable, a frozen header, and a hidden sheet naming the evaluator.
extension RatingSheet {
    /// The name of the sheet the ratings are in.
    public static let workbookSheetName = "Ratings"
    /// The name of the hidden sheet with the evaluator and the ids of the export.
    public static let workbookIDSheetName = "_shortlist"

    /// `evaluator`'s scoring sheet as the bytes of an .xlsx workbook; vendors in `leavingOff` (the
    /// knocked-out ones, which cannot be chosen) get no rows.
    public static func exportWorkbook(workspace: Workspace, evaluator: String, leavingOff: Set<String> = []) -> [UInt8] {
        WorkbookWriter.write(workbook(workspace: workspace, evaluator: evaluator, leavingOff: leavingOff))
    }

    /// The workbook behind ``exportWorkbook(workspace:evaluator:leavingOff:)``.
    package static func workbook(workspace: Workspace, evaluator: String, leavingOff: Set<String> = []) -> Workbook {
        let rows = rows(workspace: workspace, evaluator: evaluator, leavingOff: leavingOff)
        var sheet = Worksheet(name: workbookSheetName)
        sheet.protected = true
        sheet.columnWidths = [16, 24, 18, 34, 8, 44, 8, 44, 12, 30]
        sheet.rows.append(columns.map { .text($0) })
        let valueColumn = CellReference.column(columns.firstIndex(of: "value")!)
        var cellsByCriterion: [String: [String]] = [:]
        var order: [(String, RatingScale, String)] = []
        for (k, row) in rows.enumerated() {
            sheet.rows.append([
                .text(row.vendor), .text(row.vendorName), .text(row.criterion), .text(row.criterionName, wrap: true),
                .text(row.scaleText), .text(row.anchors, wrap: true),
                WorkbookCell(row.value.map { .number($0) } ?? .empty, editable: true),
                WorkbookCell(.text(row.comment), wrap: true, editable: true),
                WorkbookCell(CalendarDate(row.date).map { .date($0) } ?? (row.date.isEmpty ? .empty : .text(row.date)), editable: true),
                .text(row.note, wrap: true),
            ])
            if cellsByCriterion[row.criterion] == nil { order.append((row.criterion, row.scale, row.criterionName)) }
            cellsByCriterion[row.criterion, default: []].append("\(valueColumn)\(k + 2)")
        }
        for (criterion, scale, name) in order {
            let range = "\(NumberFormatting.short(scale.min))–\(NumberFormatting.short(scale.max))"
            let anchors = scale.anchors.map(\.bilingualLine).joined(separator: "\n")
            let integral = scale.min == scale.min.rounded() && scale.max == scale.max.rounded() && scale.max - scale.min <= 20
            sheet.validations.append(DataValidation(
                cells: cellsByCriterion[criterion]!.joined(separator: " "),
                rule: integral ? .list(stride(from: scale.min, through: scale.max, by: 1).map { NumberFormatting.short($0) }) : .decimal(min: scale.min, max: scale.max),
                promptTitle: "\(criterion) (\(range))",
                prompt: anchors.isEmpty ? name : anchors,
                error: "Choose a level of the scale \(range), or leave the cell blank for \"not rated\"."))
        }
        var ids = Worksheet(name: workbookIDSheetName)
        ids.hidden = true
        ids.rows = [[.text("key"), .text("value")], [.text("kind"), .text("shortlist rating sheet")], [.text("version"), .number(1)],
                    [.text("evaluator"), .text(evaluator)], [.text("catalog"), .text(workspace.catalog.id)]]
        ids.rows.append([.text("row"), .text("vendor"), .text("criterion")])
        for (k, row) in rows.enumerated() { ids.rows.append([.number(Double(k + 2)), .text(row.vendor), .text(row.criterion)]) }
        return Workbook(sheets: [sheet, ids])
    }

    /// Reads a filled-in .xlsx sheet with the same rules as ``read(_:file:evaluator:workspace:)``;
    /// problems are placed by cell, as `sheet.xlsx:Ratings!G14: error: value: 7 is off the scale 1–5`.
    public static func readWorkbook(_ bytes: [UInt8], file: String, evaluator: String, workspace: Workspace) throws(InputErrors) -> Imported {
        let sheets: [WorkbookReader.Sheet]
        do { sheets = try WorkbookReader.read(bytes) } catch { throw InputErrors([Diagnostic(file: file, message: error.message)]) }
        if let ids = sheets.first(where: { $0.name == workbookIDSheetName }) {
            for r in 0..<ids.rowCount where ids[r, 0] == "evaluator" && ids[r, 1] != evaluator {
                throw InputErrors([Diagnostic(file: "\(file):\(workbookIDSheetName)!B\(r + 1)", message: "the sheet was exported for the evaluator \"\(ids[r, 1])\", not \"\(evaluator)\"; import it with --evaluator \(ids[r, 1]), or export a sheet for \(evaluator)")])
            }
        }
        func hasHeader(_ sheet: WorkbookReader.Sheet) -> Bool {
            let names = Set((0..<sheet.columnCount).map { sheet[0, $0].trimmingSpaces.lowercased() })
            return names.contains("vendor") && names.contains("criterion")
        }
        guard let sheet = sheets.first(where: { $0.name.lowercased() == workbookSheetName.lowercased() }) ?? sheets.first(where: { !$0.hidden && hasHeader($0) }) else {
            throw InputErrors([Diagnostic(file: file, message: "no sheet named \"\(workbookSheetName)\" or with the columns vendor and criterion; the workbook has \(sheets.map { "\"\($0.name)\"" }.joined(separator: ", "))")])
        }
        var width = 0
        for c in 0..<sheet.columnCount where !sheet[0, c].isEmpty { width = c + 1 }
        var rows: [[String]] = []
        var problems: [Diagnostic] = []
        let quoted = sheet.name.contains(where: { !$0.isLetter && !$0.isNumber && $0 != "_" }) ? "'\(sheet.name.replacingOccurrences(of: "'", with: "''"))'" : sheet.name
        for r in 0..<sheet.rowCount {
            rows.append((0..<width).map { sheet[r, $0] })
            for c in width..<max(width, sheet.columnCount) where !sheet[r, c].trimmingSpaces.isEmpty {
                problems.append(Diagnostic(file: "\(file):\(quoted)!\(CellReference.name(row: r, column: c))", message: "a value outside the columns of the header (\"\(sheet[r, c])\"); the header has \(width) columns"))
            }
        }
        guard problems.isEmpty else { throw InputErrors(problems) }
        return try validate(rows, decimalComma: false, file: file, evaluator: evaluator, workspace: workspace) { row, column, header in
            guard let column else { return Diagnostic(file: "\(file):\(quoted)!\(row + 1):\(row + 1)", path: "row \(row + 1)", message: "") }
            return Diagnostic(file: "\(file):\(quoted)!\(CellReference.name(row: row, column: column))", path: header.indices.contains(column) ? header[column] : "", message: "")
        }
    }
}

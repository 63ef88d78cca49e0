/// Reads the sheets of an .xlsx workbook as Excel, WPS Office, LibreOffice or openpyxl save it:
/// part names found through the package relationships (absolute or relative), namespace prefixes
/// ignored, shared, inline and rich-text strings, numbers, booleans, error values, dates in the
/// 1900 and 1904 systems (by the cell's number format), cells without an `r` attribute, and merged
/// cells (every cell of a merged range reads as its top-left cell).
package enum WorkbookReader {
    /// One sheet as read: its cells by 0-based (row, column).
    package struct Sheet: Sendable {
        /// The tab's name.
        package var name: String
        /// Whether the workbook hides the sheet.
        package var hidden: Bool
        /// The non-empty cells, as text: numbers in their shortest form, dates as `YYYY-MM-DD`, booleans as TRUE/FALSE.
        package var cells: [Position: String] = [:]
        /// One past the last row and column that hold a cell.
        package var rowCount = 0, columnCount = 0

        /// The text of a cell; empty when it is blank.
        package subscript(row: Int, column: Int) -> String { cells[Position(row: row, column: column)] ?? "" }
    }

    /// A cell's 0-based row and column.
    package struct Position: Hashable, Sendable {
        package var row: Int
        package var column: Int
        package init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }
    }

    /// The most cells a workbook may hold (a defence against a sheet that declares millions).
    static let maximumCells = 2_000_000

    /// Reads every sheet of the workbook in `bytes`, in tab order.
    package static func read(_ bytes: [UInt8], limits: ZipReader.Limits = ZipReader.Limits()) throws(WorkbookError) -> [Sheet] {
        let zip = try ZipReader(bytes, limits: limits)
        func part(_ name: String) throws(WorkbookError) -> XMLElement? {
            guard let data = try zip.data(name) else { return nil }
            return try XMLReader.parse(data, part: name)
        }
        // The workbook part: the package's officeDocument relationship, else the usual name.
        var workbookName = "xl/workbook.xml"
        if let rels = try part("_rels/.rels"), let target = rels.children("Relationship").first(where: { ($0.attributes["Type"] ?? "").hasSuffix("/officeDocument") })?.attributes["Target"] {
            workbookName = resolve(target, from: "")
        }
        guard let workbook = try part(workbookName) else {
            throw WorkbookError("the file is a ZIP archive but not an .xlsx workbook: it has no workbook part (\(workbookName))")
        }
        let folder = workbookName.split(separator: "/").dropLast().joined(separator: "/")
        let relsName = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (workbookName.split(separator: "/").last.map(String.init) ?? "workbook.xml") + ".rels"
        var targets: [String: String] = [:]
        var sharedStringsName = (folder.isEmpty ? "" : folder + "/") + "sharedStrings.xml", stylesName = (folder.isEmpty ? "" : folder + "/") + "styles.xml"
        if let rels = try part(relsName) {
            for relationship in rels.children("Relationship") {
                guard let id = relationship.attributes["Id"], let target = relationship.attributes["Target"] else { continue }
                let resolved = resolve(target, from: folder)
                targets[id] = resolved
                let type = relationship.attributes["Type"] ?? ""
                if type.hasSuffix("/sharedStrings") { sharedStringsName = resolved }
                if type.hasSuffix("/styles") { stylesName = resolved }
            }
        }
        let date1904 = workbook.child("workbookPr").map { ["1", "true"].contains(($0.attributes["date1904"] ?? "").lowercased()) } ?? false
        let strings = try part(sharedStringsName).map { $0.children("si").map(richText) } ?? []
        let dateStyles = try part(stylesName).map(dateStyleFlags) ?? []
        var sheets: [Sheet] = []
        var cellCount = 0
        for (k, entry) in (workbook.child("sheets")?.children("sheet") ?? []).enumerated() {
            let name = entry.attributes["name"] ?? "Sheet\(k + 1)"
            let partName = entry.attributes["id"].flatMap { targets[$0] } ?? (folder.isEmpty ? "" : folder + "/") + "worksheets/sheet\(k + 1).xml"
            guard let xml = try part(partName) else { throw WorkbookError("the sheet \"\(name)\" names the part \(partName), which the archive does not hold") }
            var sheet = Sheet(name: name, hidden: ["hidden", "veryHidden"].contains(entry.attributes["state"] ?? ""))
            try cells(of: xml, into: &sheet, part: partName, strings: strings, dateStyles: dateStyles, date1904: date1904, count: &cellCount)
            sheets.append(sheet)
        }
        guard !sheets.isEmpty else { throw WorkbookError("the workbook has no sheets") }
        return sheets
    }

    /// A relationship target as a part name: absolute (`/xl/x.xml`) or relative to `folder`, with `.` and `..` resolved.
    static func resolve(_ target: String, from folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for piece in target.split(separator: "/") {
            if piece == "." { continue }
            if piece == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(piece)
        }
        return parts.joined(separator: "/")
    }

    /// The text of a shared or inline string: its `t`, or the `t` of each rich-text run (`r`); phonetic runs (`rPh`) are left out.
    static func richText(_ item: XMLElement) -> String {
        if let t = item.child("t"), item.child("r") == nil { return t.text }
        return item.children("r").compactMap { $0.child("t")?.text }.joined()
    }

    /// For each cell format (`cellXfs`), whether its number format shows a date.
    static func dateStyleFlags(_ styles: XMLElement) -> [Bool] {
        var custom: [Int: String] = [:]
        for format in styles.child("numFmts")?.children("numFmt") ?? [] {
            if let id = format.attributes["numFmtId"].flatMap(Int.init) { custom[id] = format.attributes["formatCode"] ?? "" }
        }
        return (styles.child("cellXfs")?.children("xf") ?? []).map { xf in
            let id = xf.attributes["numFmtId"].flatMap(Int.init) ?? 0
            if let code = custom[id] { return isDateFormat(code) }
            // Built-in date and time formats (ECMA-376 Part 1 §18.8.30), and the East Asian ones.
            return (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id)
        }
    }

    /// Whether a format code shows a date: it has y, m or d outside quotes, brackets and escapes (and is not elapsed time).
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false, bracket = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[": if !quoted { bracket = true }
            case "]": if !quoted { bracket = false }
            case "y", "d", "m": if !quoted && !bracket { return character != "m" || code.lowercased().contains("d") || code.lowercased().contains("y") }
            default: break
            }
        }
        return false
    }

    static func cells(of xml: XMLElement, into sheet: inout Sheet, part: String, strings: [String], dateStyles: [Bool], date1904: Bool, count: inout Int) throws(WorkbookError) {
        var nextRow = 0
        for row in xml.child("sheetData")?.children("row") ?? [] {
            var rowIndex = nextRow
            if let r = row.attributes["r"] {
                guard let n = Int(r), n >= 1, n <= 1_048_576 else { throw WorkbookError("\(part): the row number \"\(r)\" is not between 1 and 1048576") }
                rowIndex = n - 1
            }
            nextRow = rowIndex + 1
            var nextColumn = 0
            for cell in row.children("c") {
                var column = nextColumn
                if let r = cell.attributes["r"] {
                    guard let position = CellReference.parse(r) else { throw WorkbookError("\(part): the cell reference \"\(r)\" is not an A1 reference") }
                    column = position.column
                }
                nextColumn = column + 1
                count += 1
                guard count <= maximumCells else { throw WorkbookError("the workbook holds more than \(maximumCells) cells, more than a scoring sheet needs") }
                let text = try value(of: cell, part: part, strings: strings, dateStyles: dateStyles, date1904: date1904)
                guard !text.isEmpty else { continue }
                sheet.cells[Position(row: rowIndex, column: column)] = text
                sheet.rowCount = max(sheet.rowCount, rowIndex + 1)
                sheet.columnCount = max(sheet.columnCount, column + 1)
            }
        }
        // Merged ranges read as their top-left cell.
        for merge in xml.child("mergeCells")?.children("mergeCell") ?? [] {
            let ends = (merge.attributes["ref"] ?? "").split(separator: ":").map(String.init)
            guard ends.count == 2, let from = CellReference.parse(ends[0]), let to = CellReference.parse(ends[1]),
                  from.row <= to.row, from.column <= to.column, (to.row - from.row + 1) * (to.column - from.column + 1) <= 100_000 else { continue }
            guard let top = sheet.cells[Position(row: from.row, column: from.column)] else { continue }
            count += (to.row - from.row + 1) * (to.column - from.column + 1)
            guard count <= maximumCells else { throw WorkbookError("the workbook's cells and merged ranges cover more than \(maximumCells) cells, more than a scoring sheet needs") }
            for r in from.row...to.row {
                for c in from.column...to.column { sheet.cells[Position(row: r, column: c)] = top }
            }
            sheet.rowCount = max(sheet.rowCount, to.row + 1)
            sheet.columnCount = max(sheet.columnCount, to.column + 1)
        }
    }

    /// A cell's value as text (ECMA-376 Part 1 §18.3.1.4, the `t` attribute).
    static func value(of cell: XMLElement, part: String, strings: [String], dateStyles: [Bool], date1904: Bool) throws(WorkbookError) -> String {
        let raw = cell.child("v")?.text ?? ""
        switch cell.attributes["t"] ?? "n" {
        case "s":
            guard let k = Int(raw.trimmingSpaces), k >= 0, k < strings.count else {
                throw WorkbookError("\(part): the cell \(cell.attributes["r"] ?? "") refers to shared string \(raw), which the workbook does not have")
            }
            return strings[k]
        case "inlineStr": return cell.child("is").map(richText) ?? ""
        case "str", "e": return raw
        case "b": return raw == "1" || raw.lowercased() == "true" ? "TRUE" : "FALSE"
        case "d": return raw.count >= 10 ? String(raw.prefix(10)) : raw
        default:
            guard !raw.isEmpty else { return "" }
            guard let number = Double(raw.trimmingSpaces), number.isFinite else {
                throw WorkbookError("\(part): the cell \(cell.attributes["r"] ?? "") holds \"\(raw)\" where a number is stored")
            }
            let style = cell.attributes["s"].flatMap(Int.init) ?? 0
            if style < dateStyles.count && dateStyles[style] && abs(number) < 3_000_000 {
                // Serial day numbers: 1900 system counts from 1899-12-30 (Excel's phantom 1900-02-29
                // makes earlier days one off, which no rating date needs); 1904 from 1904-01-01.
                let day = Int(number.rounded(.down)) + (date1904 ? CalendarDate.days(fromCivil: 1904, 1, 1) : CalendarDate.days(fromCivil: 1899, 12, 30))
                return CalendarDate(dayNumber: day).description
            }
            return WorkbookWriter.numberText(number)
        }
    }
}

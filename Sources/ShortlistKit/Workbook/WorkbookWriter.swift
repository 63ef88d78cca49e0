/// Writes a ``Workbook`` as an Office Open XML spreadsheet (.xlsx, ECMA-376 Part 1, SpreadsheetML)
/// that Excel, WPS Office and LibreOffice open: the package parts, shared strings, one style per
/// combination of header / wrapped / editable / date, column widths, a frozen header row with a
/// filter, data validations and sheet protection. The same workbook gives the same bytes.
package enum WorkbookWriter {
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// The bytes of the .xlsx file.
    package static func write(_ workbook: Workbook) -> [UInt8] {
        var strings = SharedStrings()
        let names = sheetNames(workbook.sheets.map(\.name))
        let sheetParts = workbook.sheets.enumerated().map { index, sheet in worksheet(sheet, index: index, strings: &strings) }
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array(contentTypes(sheetCount: workbook.sheets.count).utf8))
        zip.add("_rels/.rels", Array("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="\(packageRelationships)"><Relationship Id="rId1" Type="\(relationshipNamespace)/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """.utf8))
        zip.add("xl/workbook.xml", Array(workbookPart(workbook, names: names).utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array(workbookRelationships(sheetCount: workbook.sheets.count).utf8))
        zip.add("xl/styles.xml", Array(styles.utf8))
        zip.add("xl/sharedStrings.xml", Array(strings.xml.utf8))
        for (index, part) in sheetParts.enumerated() { zip.add("xl/worksheets/sheet\(index + 1).xml", Array(part.utf8)) }
        return zip.bytes
    }

    /// Sheet names as Excel accepts them: no `[ ] : * ? / \`, at most 31 characters, unique.
    static func sheetNames(_ names: [String]) -> [String] {
        var used: Set<String> = []
        return names.map { name in
            var clean = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
            if clean.isEmpty { clean = "Sheet" }
            var candidate = clean, n = 2
            while used.contains(candidate.lowercased()) {
                candidate = String(clean.prefix(28)) + " \(n)"
                n += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }

    static func contentTypes(sheetCount: Int) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
            """
        for k in 1...max(1, sheetCount) {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(k).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return xml + "</Types>"
    }

    static func workbookPart(_ workbook: Workbook, names: [String]) -> String {
        let firstVisible = workbook.sheets.firstIndex { !$0.hidden } ?? 0
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
        xml += "<bookViews><workbookView activeTab=\"\(firstVisible)\"/></bookViews><sheets>"
        for (index, sheet) in workbook.sheets.enumerated() {
            xml += "<sheet name=\"\(XMLText.escape(names[index]))\" sheetId=\"\(index + 1)\"\(sheet.hidden ? " state=\"hidden\"" : "") r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets>"
        // The filter range of each sheet with a header, as Excel records it.
        let filters = workbook.sheets.enumerated().filter { $0.element.header && !$0.element.rows.isEmpty }
        if !filters.isEmpty {
            xml += "<definedNames>"
            for (index, sheet) in filters {
                let quoted = "'" + names[index].replacingOccurrences(of: "'", with: "''") + "'"
                xml += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">\(XMLText.escape(quoted))!$A$1:$\(CellReference.column(max(0, width(sheet) - 1)))$\(sheet.rows.count)</definedName>"
            }
            xml += "</definedNames>"
        }
        return xml + "</workbook>"
    }

    static func workbookRelationships(sheetCount: Int) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"\(packageRelationships)\">"
        for k in 0..<sheetCount {
            xml += "<Relationship Id=\"rId\(k + 1)\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\(k + 1).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
        xml += "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(relationshipNamespace)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return xml + "</Relationships>"
    }

    /// The widest row of a sheet.
    static func width(_ sheet: Worksheet) -> Int { sheet.rows.map(\.count).max() ?? 0 }

    /// The style of a cell: bit 0 header, bit 1 wrapped, bit 2 editable (unlocked), bit 3 date.
    static func styleIndex(header: Bool, _ cell: WorkbookCell) -> Int {
        var index = header ? 1 : 0
        if cell.wrap { index |= 2 }
        if cell.editable { index |= 4 }
        if case .date = cell.value { index |= 8 }
        return index
    }

    /// Sixteen cell formats, one per combination of ``styleIndex(header:_:)``'s bits.
    static let styles: String = {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="\(mainNamespace)">\
            <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>\
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
            <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="16">
            """
        for index in 0..<16 {
            let header = index & 1 != 0, wrap = index & 2 != 0, editable = index & 4 != 0, date = index & 8 != 0
            xml += "<xf numFmtId=\"\(date ? 164 : 0)\" fontId=\"\(header ? 1 : 0)\" fillId=\"\(header ? 2 : 0)\" borderId=\"0\" xfId=\"0\""
            xml += date ? " applyNumberFormat=\"1\"" : ""
            xml += header ? " applyFont=\"1\" applyFill=\"1\"" : ""
            xml += " applyAlignment=\"1\" applyProtection=\"1\"><alignment vertical=\"top\"\(wrap ? " wrapText=\"1\"" : "")/><protection locked=\"\(editable ? 0 : 1)\"/></xf>"
        }
        return xml + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"
    }()

    static func worksheet(_ sheet: Worksheet, index: Int, strings: inout SharedStrings) -> String {
        let columns = width(sheet)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
        if columns > 0 && !sheet.rows.isEmpty { xml += "<dimension ref=\"A1:\(CellReference.name(row: sheet.rows.count - 1, column: columns - 1))\"/>" }
        xml += "<sheetViews><sheetView workbookViewId=\"0\"\(index == 0 ? " tabSelected=\"1\"" : "")>"
        if sheet.header && sheet.rows.count > 1 {
            xml += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.columnWidths.isEmpty {
            xml += "<cols>"
            for (k, width) in sheet.columnWidths.enumerated() {
                xml += "<col min=\"\(k + 1)\" max=\"\(k + 1)\" width=\"\(NumberFormatting.short(max(1, min(255, width)), 2))\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (r, row) in sheet.rows.enumerated() {
            xml += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                let style = styleIndex(header: sheet.header && r == 0, cell)
                let reference = CellReference.name(row: r, column: c)
                let s = style == 0 ? "" : " s=\"\(style)\""
                switch cell.value {
                case .empty, .text(""):
                    if style != 0 { xml += "<c r=\"\(reference)\"\(s)/>" }
                case .text(let text) where sheet.inlineStrings:
                    xml += "<c r=\"\(reference)\"\(s) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XMLText.escape(text))</t></is></c>"
                case .text(let text):
                    xml += "<c r=\"\(reference)\"\(s) t=\"s\"><v>\(strings.index(text))</v></c>"
                case .number(let number) where number.isFinite:
                    xml += "<c r=\"\(reference)\"\(s)><v>\(numberText(number))</v></c>"
                case .number(let number):
                    xml += "<c r=\"\(reference)\"\(s) t=\"s\"><v>\(strings.index("\(number)"))</v></c>"
                case .bool(let flag):
                    xml += "<c r=\"\(reference)\"\(s) t=\"b\"><v>\(flag ? 1 : 0)</v></c>"
                case .date(let date):
                    xml += "<c r=\"\(reference)\"\(s)><v>\(date.dayNumber + 25_569)</v></c>"
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if sheet.protected {
            // No password; "0" on an action means it stays allowed (ECMA-376 Part 1 §18.3.1.85).
            xml += "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\" sort=\"0\" autoFilter=\"0\"/>"
        }
        if sheet.header && !sheet.rows.isEmpty && columns > 0 {
            xml += "<autoFilter ref=\"A1:\(CellReference.name(row: sheet.rows.count - 1, column: columns - 1))\"/>"
        }
        if !sheet.validations.isEmpty {
            xml += "<dataValidations count=\"\(sheet.validations.count)\">"
            for validation in sheet.validations { xml += dataValidation(validation) }
            xml += "</dataValidations>"
        }
        xml += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        return xml + "</worksheet>"
    }

    /// A data validation (ECMA-376 Part 1 §18.3.1.32), with Excel's limits on message lengths applied.
    static func dataValidation(_ validation: DataValidation) -> String {
        let type: String, formulas: String
        switch validation.rule {
        case .list(let items):
            type = "list"
            formulas = "<formula1>\(XMLText.escape("\"" + items.joined(separator: ",") + "\""))</formula1>"
        case .listRange(let range):
            type = "list"
            formulas = "<formula1>\(XMLText.escape(range))</formula1>"
        case .decimal(let low, let high):
            type = "decimal\" operator=\"between"
            formulas = "<formula1>\(numberText(low))</formula1><formula2>\(numberText(high))</formula2>"
        }
        var xml = "<dataValidation type=\"\(type)\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\""
        if !validation.error.isEmpty { xml += " errorTitle=\"\(XMLText.escape(cut(validation.promptTitle.isEmpty ? "Shortlist" : validation.promptTitle, 32)))\" error=\"\(XMLText.escape(cut(validation.error, 255)))\"" }
        if !validation.promptTitle.isEmpty { xml += " promptTitle=\"\(XMLText.escape(cut(validation.promptTitle, 32)))\"" }
        if !validation.prompt.isEmpty { xml += " prompt=\"\(XMLText.escape(cut(validation.prompt, 255)))\"" }
        return xml + " sqref=\"\(XMLText.escape(validation.cells))\">\(formulas)</dataValidation>"
    }

    /// `text` cut to `limit` characters (UTF-16 units, as Excel counts), ending with "…" when cut.
    static func cut(_ text: String, _ limit: Int) -> String {
        guard text.utf16.count > limit else { return text }
        var out = ""
        for character in text {
            if out.utf16.count + character.utf16.count > limit - 1 { break }
            out.append(character)
        }
        return out + "…"
    }

    /// A number as SpreadsheetML stores it: integers without a fraction, others with the shortest round-tripping digits.
    static func numberText(_ number: Double) -> String {
        if number == number.rounded() && abs(number) < 1e15 { return String(Int(number)) }
        return "\(number)"
    }

    /// The shared-string table (ECMA-376 Part 1 §18.4.9): each distinct text once, in order of first use.
    struct SharedStrings {
        var indices: [String: Int] = [:]
        var texts: [String] = []
        var uses = 0

        mutating func index(_ text: String) -> Int {
            uses += 1
            if let k = indices[text] { return k }
            indices[text] = texts.count
            texts.append(text)
            return texts.count - 1
        }

        var xml: String {
            var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"\(WorkbookWriter.mainNamespace)\" count=\"\(uses)\" uniqueCount=\"\(texts.count)\">"
            for text in texts {
                let preserve = text.first.map { $0 == " " || $0 == "\n" || $0 == "\t" } == true || text.last.map { $0 == " " || $0 == "\n" || $0 == "\t" } == true
                xml += "<si><t\(preserve ? " xml:space=\"preserve\"" : "")>\(XMLText.escape(text))</t></si>"
            }
            return xml + "</sst>"
        }
    }
}

/// The questionnaire as an Excel workbook (.xlsx): the columns of the CSV, only answer, evidence and
/// comment editable (the sheet is protected without a password), a drop-down on every yes/no and
/// one-of answer, and a frozen header. `rfi import` reads it back.
extension Questionnaire {
    /// The name of the sheet the questions are on.
    public static let workbookSheetName = "RFI"

    /// The questionnaire as the bytes of an .xlsx workbook, headings and questions in `language`.
    public func workbookBytes(language: Language) -> [UInt8] {
        WorkbookWriter.write(workbook(language: language))
    }

    /// The workbook behind ``workbookBytes(language:)``.
    package func workbook(language: Language) -> Workbook {
        var sheet = Worksheet(name: Self.workbookSheetName)
        sheet.protected = true
        sheet.columnWidths = [18, 26, 48, 16, 22, 22, 12, 20, 24, 30]
        sheet.rows.append(Self.columns.map { .text($0.text(in: language)) })
        var listCells: [[String]: [String]] = [:]
        var listOrder: [[String]] = []
        for (k, question) in questions.enumerated() {
            let cells = self.cells(question, language: language)
            var row: [WorkbookCell] = cells.prefix(7).enumerated().map { c, text in .text(text, wrap: c == 2 || c == 5) }
            let answer = cells[7]
            if case .number = question.type, let x = Double(answer) {
                row.append(WorkbookCell(.number(x), editable: true))
            } else {
                row.append(WorkbookCell(answer.isEmpty ? .empty : .text(answer), editable: true))
            }
            row.append(WorkbookCell(cells[8].isEmpty ? .empty : .text(cells[8]), wrap: true, editable: true))
            row.append(WorkbookCell(cells[9].isEmpty ? .empty : .text(cells[9]), wrap: true, editable: true))
            sheet.rows.append(row)
            // Drop-downs where the answer is one value of a short list whose values suit an inline list.
            let values: [String]?
            switch question.type {
            case .yesNo, .oneOf: values = question.type.allowedValues
            default: values = nil
            }
            if let values, !values.contains(where: { $0.contains(",") || $0.contains("\"") }), values.joined(separator: ",").count <= 255 {
                if listCells[values] == nil { listOrder.append(values) }
                listCells[values, default: []].append("H\(k + 2)")
            }
        }
        for values in listOrder {
            sheet.validations.append(DataValidation(cells: listCells[values]!.joined(separator: " "), rule: .list(values),
                                                    error: "Choose one of: \(values.joined(separator: ", ")).") )
        }
        return Workbook(sheets: [sheet])
    }
}

/// The questionnaire as CSV (for Excel), Markdown and a printable HTML page.
extension Questionnaire {
    /// The columns of a questionnaire, in order, by their English names (the names import matches).
    public static let columns: [LocalizedText] = [
        RFIWording.columnSection, RFIWording.columnID, RFIWording.columnQuestion, RFIWording.columnAnswerType, RFIWording.columnAllowed,
        RFIWording.columnMustHave, RFIWording.columnEvidenceRequested, RFIWording.columnAnswer, RFIWording.columnEvidence, RFIWording.columnComment,
    ]

    /// One question's cells in `language`, the answer cells pre-filled from the vendor's dossier.
    func cells(_ question: Question, language: Language) -> [String] {
        let answer = vendor.flatMap { Self.prefilled(question, from: $0) }
        return [
            question.sectionName.text(in: language), question.id, question.text.text(in: language), question.type.name.text(in: language),
            question.type.allowedValues.joined(separator: "; "),
            question.requirement.map { RFIWording.mustHave($0).text(in: language) } ?? question.flagRequirement.map { RFIWording.flagCheck($0).text(in: language) } ?? "",
            question.evidence.text.text(in: language), answer?.answer ?? "", answer?.evidence ?? "", answer?.comment ?? "",
        ]
    }

    /// The questionnaire as RFC 4180 CSV with CRLF, text cells neutralised against formulas; with
    /// `byteOrderMark` (for a file Excel opens) it starts with the UTF-8 BOM.
    public func csv(language: Language, byteOrderMark: Bool) -> [UInt8] {
        var csv = CSVWriter()
        csv.writeRow(Self.columns.map { .text($0.text(in: language)) })
        for question in questions { csv.writeRow(cells(question, language: language).map { .text($0) }) }
        return csv.data(withByteOrderMark: byteOrderMark)
    }

    private func title(_ language: Language) -> String {
        RFIWording.title(catalogName, profile: profileTitle).text(in: language)
    }

    private var sections: [(id: String, name: LocalizedText, questions: [Question])] {
        var out: [(id: String, name: LocalizedText, questions: [Question])] = []
        for question in questions {
            if out.last?.id == question.section { out[out.count - 1].questions.append(question) } else { out.append((question.section, question.sectionName, [question])) }
        }
        return out
    }

    /// The questionnaire as Markdown: a table per section.
    public func markdown(language: Language) -> String {
        func cell(_ text: String) -> String {
            var out = ""
            for character in text {
                switch character {
                case "|": out += "\\|"
                case "\n", "\r\n", "\r": out += "<br>"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "&": out += "&amp;"
                default: out.append(character)
                }
            }
            return out
        }
        var out = "# \(cell(title(language)))\n\n"
        if let vendor { out += cell(RFIWording.preparedFor(vendor.name).text(in: language)) + "\n\n" }
        out += RFIWording.instructions.text(in: language) + "\n\n"
        out += RFIWording.counts(questions: questions.count, mustHaves: questions.filter(\.isMustHave).count).text(in: language) + "\n"
        let headings = Self.columns.dropFirst().map { $0.text(in: language) }
        for section in sections {
            out += "\n## \(cell(section.name.text(in: language)))\n\n"
            out += "| " + headings.joined(separator: " | ") + " |\n"
            out += "|" + String(repeating: "---|", count: headings.count) + "\n"
            for question in section.questions {
                var cells = self.cells(question, language: language).dropFirst().map(cell)
                cells[0] = "`\(cells[0])`"
                out += "| " + cells.joined(separator: " | ") + " |\n"
            }
        }
        return out
    }

    /// The questionnaire as one self-contained, printable HTML page: no script, no external
    /// resource (Content-Security-Policy `default-src 'none'`), every text escaped for its context.
    public func html(language: Language) -> String {
        let t = HTML.text, a = HTML.attribute
        let policy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
        var out = "<!DOCTYPE html>\n<html lang=\"\(language == .chinese ? "zh-CN" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(a(policy))\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"shortlist \(ToolVersion.current)\">\n"
        out += "<title>\(t(title(language)))</title>\n<style>\n\(Self.css)\n</style>\n</head>\n<body>\n<main>\n"
        out += "<h1>\(t(title(language)))</h1>\n"
        if let vendor { out += "<p class=\"vendor\">\(t(RFIWording.preparedFor(vendor.name).text(in: language)))</p>\n" }
        out += "<p>\(t(RFIWording.instructions.text(in: language)))</p>\n"
        out += "<p class=\"counts\">\(t(RFIWording.counts(questions: questions.count, mustHaves: questions.filter(\.isMustHave).count).text(in: language)))</p>\n"
        let headings = Self.columns.dropFirst().map { $0.text(in: language) }
        for section in sections {
            out += "<section>\n<h2>\(t(section.name.text(in: language)))</h2>\n<table>\n<thead><tr>"
            for (k, heading) in headings.enumerated() { out += "<th class=\"c\(k)\">\(t(heading))</th>" }
            out += "</tr></thead>\n<tbody>\n"
            for question in section.questions {
                out += question.isMustHave ? "<tr class=\"must\">" : "<tr>"
                for (k, value) in cells(question, language: language).dropFirst().enumerated() {
                    out += k == 0 ? "<td class=\"c0\"><code>\(t(value))</code></td>" : "<td class=\"c\(k)\">\(t(value))</td>"
                }
                out += "</tr>\n"
            }
            out += "</tbody>\n</table>\n</section>\n"
        }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    /// The page's style: readable on screen, one table per section on paper (landscape A4).
    static let css = """
    @page { size: A4 landscape; margin: 12mm; }
    body { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #1d2430; margin: 0; background: #fff; }
    main { max-width: 1280px; margin: 0 auto; padding: 24px; }
    h1 { font-size: 22px; margin: 0 0 8px; }
    h2 { font-size: 16px; margin: 24px 0 8px; border-bottom: 2px solid #2f5d8a; padding-bottom: 4px; }
    p.vendor { font-weight: 600; }
    p.counts { color: #55606e; }
    table { border-collapse: collapse; width: 100%; table-layout: fixed; }
    th, td { border: 1px solid #c9d1db; padding: 4px 6px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
    th { background: #eef2f6; font-weight: 600; }
    tr { break-inside: avoid; }
    tr.must td { background: #fff6e5; }
    tr.must td.c4 { font-weight: 600; color: #8a4b00; }
    td.c6, td.c7, td.c8 { background: #fbfcfd; }
    .c0 { width: 13%; } .c1 { width: 25%; } .c2 { width: 9%; } .c3 { width: 9%; } .c4 { width: 10%; } .c5 { width: 7%; } .c6 { width: 9%; } .c7 { width: 9%; } .c8 { width: 9%; }
    code { font-size: 11px; }
    @media print { main { padding: 0; max-width: none; } h2 { break-after: avoid; } }
    """
}

/// The costs section of the Markdown ranking and of the decision board: every vendor's quote lines year by year,
/// then a total row whose year 1 is the year-1 cash and whose total is the TCO over the profile's horizon.
struct CostTable {
    /// The labels of the section, both languages on one line.
    enum Label {
        /// The section heading: "Costs over 3 years".
        static func heading(years: Int) -> LocalizedText { LocalizedText(en: "Costs over \(years) years", zh: "\(years) 年成本") }
        static let vendor = LocalizedText(en: "Vendor", zh: "供应商")
        static let line = LocalizedText(en: "Line", zh: "费用项")
        static let type = LocalizedText(en: "Type", zh: "类型")
        static let oneOff = LocalizedText(en: "one-off", zh: "一次性")
        static let recurring = LocalizedText(en: "recurring", zh: "经常性")
        /// A year column: "Year 2".
        static func year(_ y: Int) -> LocalizedText { LocalizedText(en: "Year \(y)", zh: "第 \(y) 年") }
        static let total = LocalizedText(en: "Total", zh: "合计")
        /// The total row: "Year-1 cash / TCO (CNY)".
        static func totalRow(_ currency: String) -> LocalizedText { LocalizedText(en: "Year-1 cash / TCO (\(currency))", zh: "首年现金支出 / 总拥有成本（\(currency)）") }
        /// The line under a table cut at `shown` vendors, naming the commands that print the rest.
        static func leftOut(_ count: Int, shown: Int) -> LocalizedText {
            LocalizedText(en: "The costs of \(count) more vendor\(count == 1 ? "" : "s") are left out (the table holds the first \(shown)); `shortlist rank <workspace> --format csv` prints every vendor's year-1 cash and TCO, `shortlist explain <workspace> <vendor>` a vendor's lines by year.",
                          zh: "另有 \(count) 家供应商的成本未列出（本表只列前 \(shown) 家）；`shortlist rank <workspace> --format csv` 列出每家的首年现金支出与总拥有成本，`shortlist explain <workspace> <vendor>` 列出一家的逐年费用项。")
        }
    }

    /// One row: the cells after the vendor cell.
    struct Row {
        var vendor: String
        var line: String
        var type: String
        var years: [Double]
        var total: Double
        var isTotal: Bool
    }

    /// The horizon in years.
    let years: Int
    /// The rows, vendor by vendor (ranked, then incomplete, then knocked out).
    let rows: [Row]
    /// Conversion notes, one per converted quote.
    let notes: [String]
    /// The line saying how many vendors a cut table leaves out; nil when none.
    let leftOut: String?

    /// The table of `evaluation`'s vendors in `language`, at most `vendorLimit` of them (the board's
    /// ``DecisionBoard/Limits/costedVendors``); nil when no vendor quoted a price.
    init?(_ evaluation: Evaluation, language: Language, vendorLimit: Int = .max) {
        let ranking = evaluation.ranking
        var rows: [Row] = []
        var notes: [String] = []
        var shown = 0, omitted = 0
        for entry in ranking.ranked + ranking.incomplete + ranking.eliminated {
            guard let cost = evaluation.facts[entry.vendorIndex].cost else { continue }
            guard shown < vendorLimit else { omitted += 1; continue }
            shown += 1
            // Lines of `pricing` the vendor did not quote are left out, as under `explain`.
            for line in cost.lines where line.years.contains(where: { $0 != 0 }) || !cost.unquoted.contains(line.label) {
                rows.append(Row(vendor: entry.name, line: line.label, type: (line.isOneOff ? Label.oneOff : Label.recurring).text(in: language),
                                years: line.years, total: line.total, isTotal: false))
            }
            var totals = cost.recurring
            if !totals.isEmpty { totals[0] += cost.oneOff }
            rows.append(Row(vendor: entry.name, line: Label.totalRow(cost.currency).text(in: language), type: "", years: totals, total: cost.tco, isTotal: true))
            if let rate = cost.conversion { notes.append(entry.name + Punctuation(language).colon + CostWording.conversion(rate, into: cost.currency).text(in: language)) }
        }
        guard !rows.isEmpty else { return nil }
        self.years = evaluation.workspace.profile.tcoYears
        self.rows = rows
        self.notes = notes
        self.leftOut = omitted > 0 ? Label.leftOut(omitted, shown: shown).text(in: language) : nil
    }

    /// The header cells in `language`.
    func header(_ language: Language) -> [String] {
        [Label.vendor, Label.line, Label.type].map { $0.text(in: language) } + (1...max(1, years)).map { Label.year($0).text(in: language) } + [Label.total.text(in: language)]
    }

    /// The section as Markdown under a heading of `level` ("##" or "###").
    func markdown(_ language: Language, level: String) -> String {
        var out = "\(level) \(Label.heading(years: years).text(in: language))\n\n"
        let body = rows.map { row -> [String] in
            let bold = { (s: String) in row.isTotal ? "**\(s)**" : s }
            return [MarkdownRenderer.cell(row.vendor), bold(MarkdownRenderer.cell(row.line)), row.type]
                + row.years.map { bold(NumberFormatting.amount($0)) } + [bold(NumberFormatting.amount(row.total))]
        }
        let count = 3 + years + 1
        out += MarkdownRenderer.table(header(language), right: Set(3..<count), body)
        if !notes.isEmpty { out += "\n" + notes.map { "- " + MarkdownRenderer.cell($0) + "\n" }.joined() }
        if let leftOut { out += "\n" + leftOut + "\n" }
        return out
    }

    /// The section as HTML.
    func html(_ language: Language) -> String {
        let t = { (s: String) in HTML.text(s) }
        var out = "<section id=\"costs\">\n<h2>\(t(Label.heading(years: years).text(in: language)))</h2>\n<table>\n<thead><tr>"
        for (i, cell) in header(language).enumerated() { out += i >= 3 ? "<th class=\"num\">\(t(cell))</th>" : "<th>\(t(cell))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            let (open, close) = row.isTotal ? ("<strong>", "</strong>") : ("", "")
            out += "<tr><td>\(t(row.vendor))</td><td>\(open)\(t(row.line))\(close)</td><td>\(t(row.type))</td>"
            for x in row.years + [row.total] { out += "<td class=\"num\">\(open)\(NumberFormatting.amount(x))\(close)</td>" }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        for note in notes { out += "<p class=\"hint\">\(t(note))</p>\n" }
        if let leftOut { out += "<p class=\"meta\">\(HTML.codeSpans(t(leftOut)))</p>\n" }
        out += "</section>\n"
        return out
    }
}

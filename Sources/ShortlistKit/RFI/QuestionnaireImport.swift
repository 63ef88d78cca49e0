/// A vendor's filled-in questionnaire read back: the merged dossier, what changed, what is still
/// unanswered, and the rows that matched no question.
package struct QuestionnaireResponse: Sendable {
    /// One fact whose value the response sets or changes.
    package struct Change: Sendable, Equatable {
        /// The question's id (the fact).
        package var id: String
        /// The value before, as an answer cell writes it; nil when the dossier did not have it.
        package var old: String?
        /// The value after.
        package var new: String
        /// The response's row (1-based, the header is row 1).
        package var row: Int
        /// The unit of a number answer (`weeks` / `周`), printed after both values.
        package var unit: LocalizedText? = nil
    }

    /// The dossier after the merge: answers replace facts, facts the questionnaire does not cover stay.
    package var dossier: VendorDossier
    /// Whether the vendor had a dossier before.
    package var isNew: Bool
    /// The facts set or changed, in questionnaire order.
    package var changes: [Change]
    /// Questions left unanswered that the dossier still lacks (not must-haves: those are errors).
    package var gaps: [Question]
    /// Warnings about rows, typed: rows whose id matches no question.
    package var rowWarnings: [RowWarning]
    /// How many questions were answered.
    package var answered: Int

    /// The warnings as diagnostics with English messages.
    package var warnings: [Diagnostic] { warnings(in: .english) }

    /// The warnings as diagnostics (`file:row:column: warning: id: …`) with messages in `language`.
    package func warnings(in language: Language) -> [Diagnostic] { rowWarnings.map { $0.diagnostic(in: language) } }

    /// A warning about one row of the response: where it is and what is wrong, in either language.
    package struct RowWarning: Sendable, Equatable {
        /// What is wrong with the row.
        package enum Kind: Sendable, Equatable {
            /// The row's id names no question (`suggestion`: the nearest id, when one is close); the row is not imported.
            case unknownQuestion(id: String, suggestion: String?)
        }
        /// The row's id cell as a diagnostic names it: `r.csv:4:A` or `r.xlsx:Answers!A4`.
        package var place: String
        /// What is wrong.
        package var kind: Kind

        /// The message in both languages.
        package var text: LocalizedText {
            switch kind {
            case .unknownQuestion(let id, let suggestion): return RFIImportWording.unknownQuestion(id, suggestion: suggestion)
            }
        }

        /// The warning as a diagnostic whose message is in `language`.
        package func diagnostic(in language: Language) -> Diagnostic {
            Diagnostic(.warning, file: place, path: "id", message: text.text(in: language))
        }
    }
}

/// Reads a vendor's filled-in questionnaire (CSV as Excel writes it back, or an .xlsx workbook).
package enum QuestionnaireImport {
    /// The canonical column names, in English, as import matches them.
    static var columnNames: [String] { Questionnaire.columns.map(\.en) }
    /// Other accepted headings (the Chinese ones).
    static var aliases: [String: String] {
        Dictionary(Questionnaire.columns.compactMap { c in c.zh.map { ($0.lowercased(), c.en) } }, uniquingKeysWith: { a, _ in a })
    }

    /// Reads a CSV response into `vendorID`'s dossier of `workspace`.
    ///
    /// - Parameters:
    ///   - file: The file's name, for diagnostics and the default source (`RFI response <file>, row N`).
    ///   - name: The vendor's name for a new dossier (the id when nil); for an existing one it replaces the name.
    ///   - source: The source every imported fact gets instead of the default.
    /// - Throws: ``InputErrors`` with every problem, each at its cell (`response.csv:14:H: error: answer: …`).
    package static func read(_ bytes: [UInt8], file: String, workspace: Workspace, vendorID: String, name: String? = nil, source: String? = nil) throws(InputErrors) -> QuestionnaireResponse {
        let table: CSVTable
        do {
            table = try CSVReader.parse(bytes)
        } catch {
            throw InputErrors([Diagnostic(file: file, location: SourceLocation(line: error.line, column: error.column, offset: 0), message: error.message)])
        }
        return try validate(table.rows, decimalComma: table.separator == ";", file: file, workspace: workspace, vendorID: vendorID, name: name, source: source) { row, column in
            "\(file):\(row + 1)" + (column.map { ":" + CellReference.column($0) } ?? "")
        }
    }

    /// Reads an .xlsx response: the first visible sheet whose header has the columns `id` and `answer`.
    package static func readWorkbook(_ bytes: [UInt8], file: String, workspace: Workspace, vendorID: String, name: String? = nil, source: String? = nil) throws(InputErrors) -> QuestionnaireResponse {
        let sheets: [WorkbookReader.Sheet]
        do { sheets = try WorkbookReader.read(bytes) } catch { throw InputErrors([Diagnostic(file: file, message: error.message)]) }
        func header(_ sheet: WorkbookReader.Sheet) -> Set<String> {
            Set((0..<sheet.columnCount).map { c in let name = sheet[0, c].trimmingSpaces.lowercased(); return aliases[name] ?? name })
        }
        guard let sheet = sheets.first(where: { !$0.hidden && header($0).isSuperset(of: ["id", "answer"]) }) else {
            throw InputErrors([Diagnostic(file: file, message: "no sheet has the columns id and answer; the workbook has \(sheets.map { "\"\($0.name)\"" }.joined(separator: ", "))")])
        }
        let rows = (0..<sheet.rowCount).map { r in (0..<sheet.columnCount).map { sheet[r, $0] } }
        let quoted = sheet.name.contains(where: { !$0.isLetter && !$0.isNumber && $0 != "_" }) ? "'\(sheet.name.replacingOccurrences(of: "'", with: "''"))'" : sheet.name
        return try validate(rows, decimalComma: false, file: file, workspace: workspace, vendorID: vendorID, name: name, source: source) { row, column in
            column.map { "\(file):\(quoted)!\(CellReference.name(row: row, column: $0))" } ?? "\(file):\(quoted)!\(row + 1):\(row + 1)"
        }
    }

    /// The one set of rules for CSV and workbook responses. `place` names a row (0-based, the header
    /// is 0) and, when known, a column, as the diagnostic's file part (`response.csv:14:H`).
    static func validate(_ rows: [[String]], decimalComma: Bool, file: String, workspace: Workspace, vendorID: String, name: String?, source: String?,
                         place: (_ row: Int, _ column: Int?) -> String) throws(InputErrors) -> QuestionnaireResponse {
        guard let header = rows.first, !header.allSatisfy({ $0.trimmingSpaces.isEmpty }) else {
            throw InputErrors([Diagnostic(file: file, message: "the response is empty; expected a header row (\(columnNames.joined(separator: ", ")))")])
        }
        var problems: [Diagnostic] = []
        var warnings: [QuestionnaireResponse.RowWarning] = []
        func fail(_ row: Int?, _ column: Int?, _ path: String, _ message: String) {
            problems.append(Diagnostic(file: row.map { place($0, column) } ?? file, path: path, message: message))
        }
        let index = SheetHeader(header, columns: columnNames, aliases: aliases, required: ["id", "answer"], ignoringOthers: true) { column, message in fail(0, column, "", message) }.index
        guard problems.isEmpty, let idColumn = index["id"], let answerColumn = index["answer"] else { throw InputErrors(problems) }

        let existing = workspace.vendors.first { $0.id == vendorID }
        let questionnaire = Questionnaire(workspace: workspace, vendor: existing)
        // The other price sheet's rows are read too (after the questionnaire's own, so that the
        // indices of its questions stay): a vendor may answer quote rows for a dossier with `pricing`.
        let legacy = existing.map(Questionnaire.quotesByPricing) ?? false
        let asked = Set(questionnaire.ids)
        let all = questionnaire.questions + Questionnaire.questions(catalog: workspace.catalog, profile: workspace.profile, legacyPricing: !legacy).filter { !asked.contains($0.id) }
        let byID = Dictionary(all.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var answers: [Int: (value: AnswerValue, answer: Answer, row: Int)] = [:]
        var seen: [String: Int] = [:]
        var blankRows: [Int: Int] = [:]
        for r in 1..<max(1, rows.count) {
            let row = rows[r]
            if row.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            for c in header.count..<max(header.count, row.count) where !row[c].trimmingSpaces.isEmpty {
                fail(r, c, "", "a value outside the columns of the header (\"\(row[c])\"); the header has \(header.count) columns")
            }
            func cell(_ column: Int?) -> String {
                guard let column, column < row.count else { return "" }
                return CSVWriter.restoringNeutralisedText(row[column].trimmingSpaces)
            }
            let id = cell(idColumn), text = cell(answerColumn)
            guard !id.isEmpty else {
                fail(r, idColumn, "id", "a row without a question id; the answer \"\(text)\" cannot be matched to a question (keep the id column as exported)")
                continue
            }
            guard let q = byID[id] else {
                warnings.append(QuestionnaireResponse.RowWarning(place: place(r, idColumn), kind: .unknownQuestion(id: id, suggestion: NearestMatch.suggestion(for: id, among: questionnaire.ids))))
                continue
            }
            if let first = seen[id] {
                fail(r, idColumn, "id", "the question \(id) is answered twice (first in row \(first + 1))")
                continue
            }
            seen[id] = r
            guard !text.isEmpty else { blankRows[q] = r; continue }
            let question = all[q]
            switch Questionnaire.parse(text, as: question.type, decimalComma: decimalComma) {
            case .failure(let problem):
                if case .quote(.currency) = question.target, case .oneOf(let codes) = question.type, text.count == 3, text.allSatisfy({ $0.isUppercase && $0.isASCII }) {
                    let budget = workspace.profile.budget.currency
                    fail(r, answerColumn, "answer", "the quote is in \(text) but the budget in \(budget), and selection.json states no rate for \(text); quote in \(codes.joined(separator: " or ")), or add \"exchangeRates\": {\"\(text)\": {\"rate\": …, \"date\": \"YYYY-MM-DD\", \"source\": …}} to selection.json")
                    continue
                }
                fail(r, answerColumn, "answer", problem.message)
            case .success(let value):
                answers[q] = (value, Answer(answer: text, evidence: cell(index["evidence"]), comment: cell(index["comment"])), r)
            }
        }

        // Merge into the dossier.
        var dossier = existing ?? VendorDossier(id: vendorID, name: name ?? vendorID, file: "vendors/\(vendorID).json")
        if let name { dossier.name = name }
        var changes: [QuestionnaireResponse.Change] = []
        var pendingClients: [(Question, Evidence<Double>, Int)] = []
        var quoteAnswers: [QuoteSheet.Row: QuoteSheet.Answered] = [:]
        var pricingRows: [Int] = []
        for (q, question) in all.enumerated() {
            guard let (value, answer, row) = answers[q] else { continue }
            var factSource = source ?? "RFI response \(file.split(separator: "/").last.map(String.init) ?? file), row \(row + 1)"
            if !answer.evidence.isEmpty { factSource += Questionnaire.evidenceMarker + answer.evidence }
            let note = answer.comment.isEmpty ? nil : answer.comment
            let old = existing.flatMap { Questionnaire.prefilled(question, from: $0) }?.answer
            switch (question.target, value) {
            case (.fact(let factName), _):
                var factValue: FactValue
                switch value {
                case .fact(let v): factValue = v
                case .amount(let x): factValue = .number(x)
                case .coverage(let c): factValue = .text(c.rawValue)
                case .currency(let c): factValue = .text(c)
                }
                if case .text(let s) = factValue, BuiltInFacts.definition(factName)?.type == .set || workspace.catalog.facts.first(where: { $0.id == factName })?.type == .set { factValue = .set([s]) }
                dossier.facts[factName] = Fact(factValue, source: factSource, note: note)
            case (.module(let id), .fact(.text(let level))):
                var modules = dossier.modules ?? [:]
                modules[id] = Evidence(ModuleCoverage(rawValue: level) ?? .none, source: factSource, note: note)
                dossier.modules = modules
            case (.industryYears(let industry), .amount(let x)):
                var industries = dossier.industries ?? []
                let years = Evidence(x, source: factSource, note: note)
                if let k = industries.firstIndex(where: { $0.industry == industry }) { industries[k].years = years } else { industries.append(IndustryExperience(industry: industry, years: years)) }
                dossier.industries = industries
            case (.industryClients, .amount(let x)):
                pendingClients.append((question, Evidence(x, source: factSource, note: note), row))
            case (.quote(let quoteRow), _):
                quoteAnswers[quoteRow] = QuoteSheet.Answered(value: value, source: factSource, row: row, comment: note)
            case (.price(let line), .amount(let x)):
                pricingRows.append(row)
                var pricing = dossier.pricing ?? Pricing(currency: workspace.profile.budget.currency)
                pricing[keyPath: line.keyPath] = Evidence(x, source: factSource, note: note)
                dossier.pricing = pricing
            case (.currency, .fact(.text(let code))):
                pricingRows.append(row)
                var pricing = dossier.pricing ?? Pricing(currency: code)
                pricing.currency = code
                dossier.pricing = pricing
            default:
                continue
            }
            let new = value.cell
            if old != new {
                var unit: LocalizedText?
                if case .number(let u, _, _, _) = question.type { unit = u }
                changes.append(.init(id: question.id, old: old, new: new, row: row + 1, unit: unit))
            }
        }
        for (question, clients, row) in pendingClients {
            guard case .industryClients(let industry) = question.target else { continue }
            if let k = dossier.industries?.firstIndex(where: { $0.industry == industry }) {
                dossier.industries![k].clients = clients
            } else {
                fail(row, answerColumn, "answer", "clients in \(industry) need the years too; answer industries.\(industry).years")
            }
        }
        if !quoteAnswers.isEmpty {
            // Quote rows replace an older `pricing`; the two sheets are not mixed in one response.
            if let first = pricingRows.min() {
                fail(first, idColumn, "id", "the response answers rows of the quote price sheet (quote.…) and of the older one (pricing.…); a dossier states its prices once, so answer the quote rows only")
            } else {
                let (quote, quoteProblems) = QuoteSheet.apply(quoteAnswers, to: dossier.quote, profile: workspace.profile)
                for problem in quoteProblems { fail(problem.row, answerColumn, "answer", problem.message) }
                if let quote {
                    dossier.quote = quote
                    dossier.pricing = nil
                }
            }
        } else if let first = pricingRows.min(), dossier.quote != nil {
            fail(first, idColumn, "id", "the dossier states its prices as a quote (line items); answer the quote.… rows of the price sheet instead of the older pricing.… rows")
        }
        if dossier.quote == nil, let pricing = dossier.pricing, pricing.perEmployeeMonth == nil, pricing.annualBaseFee == nil {
            let row = questionnaire.questions.firstIndex { $0.id == PriceSheet.Line.perEmployeeMonth.id }.flatMap { seen[questionnaire.questions[$0].id] }
            if let row { fail(row, answerColumn, "answer", "a quote needs a price per employee per month or a yearly platform fee (or both); answer pricing.perEmployeeMonth or pricing.annualBaseFee") } else { fail(nil, nil, "", "a quote needs a price per employee per month or a yearly platform fee (or both); the response has neither row") }
        }

        // What is still unanswered after the merge.
        var gaps: [Question] = []
        // The price sheet the dossier now uses decides which price rows are still open.
        let answeredIDs = Set(answers.keys.map { all[$0].id })
        let blankByID = Dictionary(blankRows.map { (all[$0.key].id, $0.value) }, uniquingKeysWith: { a, _ in a })
        let open = Questionnaire.questions(catalog: workspace.catalog, profile: workspace.profile, legacyPricing: Questionnaire.quotesByPricing(dossier))
        for question in open where !answeredIDs.contains(question.id) {
            guard Questionnaire.prefilled(question, from: dossier) == nil else { continue }
            if question.isMustHave {
                if let row = blankByID[question.id] {
                    fail(row, answerColumn, "answer", "the must-have question \(question.id) is unanswered; it is a knock-out (\(question.requirement!.en)), so an answer is required")
                } else {
                    fail(nil, nil, "", "the must-have question \(question.id) is missing from the response; it is a knock-out (\(question.requirement!.en)), so an answer is required")
                }
            } else {
                gaps.append(question)
            }
        }
        // Warnings go with the errors, so that a vendor's renamed row is seen with the rest.
        guard problems.isEmpty else { throw InputErrors(problems + warnings.map { $0.diagnostic(in: .english) }) }
        return QuestionnaireResponse(dossier: dossier, isNew: existing == nil, changes: changes, gaps: gaps, rowWarnings: warnings, answered: answers.count)
    }
}

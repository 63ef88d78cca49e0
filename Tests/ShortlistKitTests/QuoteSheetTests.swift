import Foundation
@testable import ShortlistKit
import Testing

/// The price sheet as quote lines: exported pre-filled from a dossier's `quote`, read back into the
/// same quote, filled in by a brand-new vendor into a quote that costs what the hand computation
/// says, and every bad price answer named at its cell.
@Suite struct QuoteSheetTests {
    static func load(_ sample: String) throws -> Workspace {
        try WorkspaceLoader(catalogDirectories: [QuestionnaireTests.criteria]).load(QuestionnaireTests.root.appendingPathComponent("samples/\(sample)").path)
    }

    /// A response of `id,answer` rows.
    static func csv(_ rows: [(String, String)]) -> [UInt8] {
        Array((["id,answer"] + rows.map { "\($0.0),\"\($0.1)\"" }).joined(separator: "\r\n").utf8)
    }

    /// The lines without their sources (an import names its own rows as the source).
    static func unsourced(_ quote: Quote?) -> [QuoteLine]? {
        quote?.lines.map { var line = $0; line.source = nil; return line }
    }

    @Test func theQuoteSheetAsksEveryRowAndAPricingDossierKeepsTheOldRows() throws {
        let workspace = try Self.load("retail-10-stores")
        let blank = Questionnaire(workspace: workspace).questions.filter { $0.section == "pricing" }
        #expect(blank.map(\.id) == QuoteSheet.Row.allCases.map(\.id))
        #expect(blank.allSatisfy { !$0.text.en.isEmpty && $0.text.zh != nil && $0.text.en.hasSuffix("?") })
        // lingxi states the older `pricing` object: its questionnaire keeps the pricing rows.
        let lingxi = try #require(workspace.vendors.first { $0.id == "lingxi" })
        #expect(lingxi.pricing != nil && lingxi.quote == nil)
        let legacy = Questionnaire(workspace: workspace, vendor: lingxi).questions.filter { $0.section == "pricing" }
        #expect(legacy.map(\.id) == ["pricing.currency"] + PriceSheet.Line.allCases.map(\.id))
    }

    /// gongfang's licence + maintenance quote, exported and read back unchanged: the same quote.
    @Test func anUnchangedQuoteRoundTrips() throws {
        let workspace = try Self.load("manufacturing-2000")
        let gongfang = try #require(workspace.vendors.first { $0.id == "gongfang" })
        let questionnaire = Questionnaire(workspace: workspace, vendor: gongfang)
        let exported = String(decoding: questionnaire.csv(language: .english, byteOrderMark: false), as: UTF8.self)
        // The licence rows whole (section, id, question, answer type, allowed values, must-have, evidence requested,
        // the pre-filled answer, evidence, comment): 300,000 once, 20 % a year from year 1.
        #expect(exported.components(separatedBy: "\r\n").filter { $0.hasPrefix("Price sheet,quote.licence") } == [
            "Price sheet,quote.licence,\"If you sell a perpetual licence, what is its one-off price, in CNY?\",\"number (CNY, one-off)\",,,signed quote,300000,,",
            "Price sheet,quote.licence.maintenancePercent,\"What is the yearly maintenance, in percent of the licence price?\",number (% of the licence per year),,,signed quote,20,,",
            "Price sheet,quote.licence.maintenanceFrom,From which year is maintenance paid: 1 (with the licence) or 2?,number (year),,,signed quote,1,,",
        ], "\(exported)")
        // Every pre-filled answer back as the vendor would return it; gongfang states no audits a year (a
        // must-have it is knocked out on), so that one row is answered for the import to go through.
        var rows: [(String, String)] = []
        for question in questionnaire.questions {
            if question.id == "security.auditsPerYear" { rows.append((question.id, "1")); continue }
            if let answer = Questionnaire.prefilled(question, from: gongfang) { rows.append((question.id, answer.answer)) }
        }
        let response = try QuestionnaireImport.read(Self.csv(rows), file: "gongfang.csv", workspace: workspace, vendorID: "gongfang")
        #expect(response.changes.map(\.id) == ["security.auditsPerYear"])
        #expect(Self.unsourced(response.dossier.quote) == Self.unsourced(gongfang.quote))
        #expect(response.dossier.quote?.currency == "CNY" && response.dossier.quote?.discountPercent == 0)
        #expect(response.dossier.pricing == nil)
        let row = rows.firstIndex { $0.0 == "quote.licence" }! + 2
        #expect(response.dossier.quote?.lines[0].source == "RFI response gongfang.csv, row \(row)")
        // Written and read again as the loader reads it: the same quote.
        let decoded = DossierJSON.decode(DossierJSON.bytes(response.dossier), display: "vendors/gongfang.json", workspace: workspace)
        #expect(decoded.diagnostics.filter { $0.severity == .error } == [])
        #expect(Self.unsourced(decoded.dossier?.quote) == Self.unsourced(gongfang.quote))
    }

    /// A new vendor answers only quote rows (and what else the retail questionnaire asks), and the
    /// quote costs what the hand computation says.
    @Test func aNewVendorsQuoteRowsCostWhatTheHandComputationSays() throws {
        let workspace = try Self.load("retail-10-stores")
        var rows: [(String, String)] = [
            ("quote.currency", "CNY"), ("quote.perEmployeeMonth", "20"), ("quote.perEmployeeMonth.minimumSeats", "200"),
            ("quote.perSiteMonth", "100"), ("quote.annual", "6000"), ("quote.oneOff.implementation", "10000"),
            ("quote.oneOff.training", "2000"), ("quote.discountPercent", "10"),
        ]
        for question in Questionnaire(workspace: workspace).questions where question.isMustHave && question.section != "pricing" {
            rows.append((question.id, question.type == .yesNo ? "yes" : question.type.allowedValues.first ?? "5"))
        }
        let response = try QuestionnaireImport.read(Self.csv(rows), file: "newco.csv", workspace: workspace, vendorID: "newco")
        let quote = try #require(response.dossier.quote)
        #expect(quote.lines.map(\.label) == ["Per employee per month", "Per site per month", "Flat fee per year", "Implementation", "Training"])
        #expect(quote.lines[0].minimumSeats == 200 && quote.discountPercent == 10)
        #expect(quote.lines[0].source == "RFI response newco.csv, row 3")
        let cost = CostBreakdown(quote: quote, profile: workspace.profile)
        // Headcount 180 growing 5 % a year: 180, 189, 198.45 — below the 200 minimum seats every year.
        // Recurring a year: 20 × 12 × 200 = 48,000 + 100 × 12 × 10 sites = 12,000 + 6,000 = 66,000; × 0.9 = 59,400.
        // One-off: (10,000 + 2,000) × 0.9 = 10,800. Year-1 cash 10,800 + 59,400 = 70,200; TCO over 3 years 10,800 + 3 × 59,400 = 189,000.
        #expect(cost.recurring == [59_400, 59_400, 59_400])
        #expect(cost.oneOff == 10_800)
        #expect(cost.firstYear == 70_200)
        #expect(cost.tco == 189_000)
        let decoded = DossierJSON.decode(DossierJSON.bytes(response.dossier), display: "vendors/newco.json", workspace: workspace)
        #expect(decoded.diagnostics.filter { $0.severity == .error } == [])
        #expect(decoded.dossier?.quote == quote)
    }

    /// Every bad price answer at once, each at its cell; nothing comes back.
    @Test func everyBadPriceAnswerIsReportedAtItsCell() throws {
        let workspace = try Self.load("retail-10-stores")
        let rows: [(id: String, answer: String, message: String)] = [
            ("quote.currency", "USD", "the quote is in USD but the budget in CNY, and selection.json states no rate for USD; quote in CNY, or add \"exchangeRates\": {\"USD\": {\"rate\": …, \"date\": \"YYYY-MM-DD\", \"source\": …}} to selection.json"),
            ("quote.perSiteMonth", "-100", "-100 is out of range; expected 0 to 1000000000000"),
            ("quote.oneOff.hardware", "lots", "\"lots\" is not a number; write the number of CNY, one-off alone, such as 12"),
            ("quote.perEmployeeMonth.escalationPercent", "5", "quote.perEmployeeMonth.escalationPercent applies to the price per employee per month, and the response states none; answer quote.perEmployeeMonth or leave this row blank"),
            ("quote.perEmployeeMonth.minimumSeats", "0", "0 must be more than 0"),
            ("quote.licence.maintenancePercent", "120", "120 is out of range; expected 0 to 100"),
            ("quote.licence.maintenanceFrom", "2", "quote.licence.maintenanceFrom applies to a licence, and the response states none; answer quote.licence or leave this row blank"),
            ("quote.discountPercent", "101", "101 is out of range; expected 0 to 100"),
        ]
        let messages = try Self.problems(rows.map { ($0.id, $0.answer) }, workspace: workspace)
        // The cells that cannot be read come first, then what the rows say together (row 5 is the first
        // answer left once the unreadable ones are set aside, so the missing price is named there).
        let cells = rows.enumerated().map { "r.csv:\($0 + 2):B: error: answer: \($1.message)" }
        #expect(messages == [cells[0], cells[1], cells[2], cells[4], cells[5], cells[7], cells[3],
                             "r.csv:5:B: error: answer: a quote needs at least one price; answer quote.perEmployeeMonth, quote.perSiteMonth, quote.annual, quote.licence or a one-off fee",
                             cells[6]])
        // A cap below the escalation; a licence without its maintenance.
        let more = try Self.problems([("quote.perEmployeeMonth", "20"), ("quote.perEmployeeMonth.escalationPercent", "5"), ("quote.perEmployeeMonth.escalationCapPercent", "3"),
                                      ("quote.licence", "50000"), ("quote.licence.maintenanceFrom", "1.5")], workspace: workspace)
        #expect(more == [
            "r.csv:4:B: error: answer: a cap of 3 % is below one year's escalation of 5 %; the cap is the most the price may rise over year 1 in all, so it is at least the yearly escalation",
            "r.csv:5:B: error: answer: a licence needs its yearly maintenance in percent of the licence; answer quote.licence.maintenancePercent (0 for none)",
            "r.csv:6:B: error: answer: 1.5 is not a year; maintenance starts in year 1 (with the licence) or year 2",
        ])
        // Rows of both price sheets in one response.
        let both = try Self.problems([("quote.perEmployeeMonth", "20"), ("pricing.annualBaseFee", "100")], workspace: workspace)
        #expect(both == ["r.csv:3:A: error: id: the response answers rows of the quote price sheet (quote.…) and of the older one (pricing.…); a dossier states its prices once, so answer the quote rows only"])
    }

    /// The error lines of importing `rows` for lingxi (whose must-haves its dossier already answers).
    static func problems(_ rows: [(String, String)], workspace: Workspace) throws -> [String] {
        do {
            _ = try QuestionnaireImport.read(csv(rows), file: "r.csv", workspace: workspace, vendorID: "lingxi")
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }.map(\.description)
        }
    }
}

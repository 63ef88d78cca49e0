import Foundation
@testable import ShortlistKit
import Testing

/// A vendor's comment on a price-sheet row is kept as its quote line's `note` — a comment on a
/// condition row (minimum seats, escalation, maintenance) too, named by its row — written to the
/// dossier, printed under the line in `explain`, given in the JSON cost lines, and pre-filled again
/// when the questionnaire is exported for the vendor.
@Suite struct QuoteLineNoteTests {
    /// A response of `id,answer,comment` rows.
    static func csv(_ rows: [(String, String, String)]) -> [UInt8] {
        Array((["id,answer,comment"] + rows.map { "\($0.0),\"\($0.1)\",\"\($0.2)\"" }).joined(separator: "\r\n").utf8)
    }

    static func response(_ rows: [(String, String, String)], workspace: Workspace) throws -> QuestionnaireResponse {
        var all = rows
        for question in Questionnaire(workspace: workspace).questions where question.isMustHave && question.section != "pricing" {
            all.append((question.id, question.type == .yesNo ? "yes" : question.type.allowedValues.first ?? "5", ""))
        }
        return try QuestionnaireImport.read(Self.csv(all), file: "newco.csv", workspace: workspace, vendorID: "newco")
    }

    @Test func commentsOnPriceRowsBecomeTheirLinesNotes() throws {
        let workspace = try QuoteSheetTests.load("retail-10-stores")
        let response = try Self.response([
            ("quote.currency", "CNY", ""),
            ("quote.perEmployeeMonth", "20", "includes payroll and attendance"),
            ("quote.perEmployeeMonth.minimumSeats", "200", "seats are counted per legal entity"),
            ("quote.oneOff.implementation", "10000", "fixed price, 8 weeks"),
            ("quote.oneOff.training", "2000", ""),
        ], workspace: workspace)
        let quote = try #require(response.dossier.quote)
        #expect(quote.lines.map(\.label) == ["Per employee per month", "Implementation", "Training"])
        #expect(quote.lines.map { $0.note } == ["includes payroll and attendance; quote.perEmployeeMonth.minimumSeats: seats are counted per legal entity", "fixed price, 8 weeks", nil])

        // Written as the dossier and read back as the loader reads it: the notes stay.
        let bytes = DossierJSON.bytes(response.dossier)
        let written = try JSONDecoder().decode(NotesJSON.self, from: Data(bytes))
        #expect(written.quote.lines.map(\.label) == ["Per employee per month", "Implementation", "Training"])
        #expect(written.quote.lines.map(\.note) == quote.lines.map(\.note))
        let decoded = DossierJSON.decode(bytes, display: "vendors/newco.json", workspace: workspace)
        #expect(decoded.dossier?.quote == quote)

        // explain prints each note under its line; the JSON cost lines carry it.
        let cost = CostBreakdown(quote: quote, profile: workspace.profile)
        let explained = CostWording.lines(cost, language: .english).split(separator: "\n").map(String.init)
        let implementation = try #require(explained.firstIndex { $0.hasPrefix("  Implementation, one-off:") })
        #expect(explained[implementation + 1] == "    note: fixed price, 8 weeks")
        let chinese = CostWording.lines(cost, language: .chinese).split(separator: "\n").map(String.init)
        #expect(chinese.contains("    备注：fixed price, 8 weeks"))  // an array of whole lines: this exact line is present
        #expect(!explained.contains { $0.hasPrefix("    note: ") && $0.contains("Training") })
        var writer = JSONWriter()
        writer.cost(cost)
        let costJSON = try JSONDecoder().decode(NotesJSON.Quote.self, from: Data(writer.text.utf8))
        #expect(costJSON.lines.map(\.label) == ["Per employee per month", "Implementation", "Training"])
        #expect(costJSON.lines.map(\.note) == ["includes payroll and attendance; quote.perEmployeeMonth.minimumSeats: seats are counted per legal entity", "fixed price, 8 weeks", nil])

        // Exported again for the vendor, the price row carries the note as its comment; read back, the same notes.
        var vendor = response.dossier
        vendor.id = "newco"
        let questionnaire = Questionnaire(workspace: workspace, vendor: vendor)
        let perEmployee = try #require(questionnaire.questions.first { $0.id == "quote.perEmployeeMonth" })
        #expect(Questionnaire.prefilled(perEmployee, from: vendor)?.comment == quote.lines[0].note ?? "")
        var rows: [(String, String, String)] = []
        for question in questionnaire.questions {
            if let answer = Questionnaire.prefilled(question, from: vendor) { rows.append((question.id, answer.answer, answer.comment)) }
        }
        let again = try QuestionnaireImport.read(Self.csv(rows), file: "newco.csv", workspace: workspace, vendorID: "newco")
        #expect(again.dossier.quote?.lines.map { $0.note } == quote.lines.map { $0.note })
    }

    /// The labels and notes of the quote lines in a dossier's JSON (and, as `Quote`, in the cost JSON).
    struct NotesJSON: Decodable {
        struct Quote: Decodable {
            struct Line: Decodable { var label: String; var note: String? }
            var lines: [Line]
        }
        var quote: Quote
    }
}

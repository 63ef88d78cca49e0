import Foundation
@testable import ShortlistKit
import Testing

/// A fact a gate of severity flag tests is asked with what is checked, but not as a must-have: an offer
/// that does not meet it is flagged, not removed, so an unanswered question is a gap, not an error.
/// Before, the questionnaire marked it "yes — knock-out" and refused a response without it.
@Suite struct FlagGateQuestionTests {
    /// retail-10-stores with a declared fact no criterion scores (`audit.externalAudits`, a number) under a
    /// flag gate (>= 3), and the catalog's response-time gate (support.responseHours <= 72, scored by a
    /// criterion) made a flag.
    static func workspace() throws -> Workspace {
        var workspace = try QuoteSheetTests.load("retail-10-stores")
        var declaration = FactDeclaration(id: "audit.externalAudits", type: .number, name: LocalizedText(en: "External audits in the last 3 years", zh: "近 3 年外部审计次数"))
        declaration.question = LocalizedText(en: "How many external audits did you pass in the last 3 years?", zh: "近 3 年通过了几次外部审计？")
        workspace.catalog.facts.append(declaration)
        var mlps = Gate(id: "gate-audits", kind: .fact("audit.externalAudits", .atLeast, .number(3)))
        mlps.severity = .flag
        workspace.profile.gates.append(mlps)
        let k = try #require(workspace.catalog.gates.firstIndex { $0.id == "gate-response-time" })
        workspace.catalog.gates[k].severity = .flag
        return workspace
    }

    @Test func flagChecksAreAskedButNotRequired() throws {
        let base = try QuoteSheetTests.load("retail-10-stores")
        let workspace = try Self.workspace()
        let before = Questionnaire(workspace: base).questions, after = Questionnaire(workspace: workspace).questions
        let hours = try #require(after.first { $0.id == "support.responseHours" })
        #expect(hours.requirement == nil && !hours.isMustHave)
        #expect(hours.flagRequirement == LocalizedText(en: "must be <= 72 hours", zh: "须 <= 72 小时"))
        #expect(before.first { $0.id == "support.responseHours" }?.isMustHave == true)
        #expect(after.filter(\.isMustHave).count == before.filter(\.isMustHave).count - 1)
        // The fact no criterion scores gets a section of its own after the must-haves.
        let mlps = try #require(after.first { $0.id == "audit.externalAudits" })
        #expect(mlps.section == "checked")
        #expect(mlps.flagRequirement?.en == "must be >= 3")
        #expect(!mlps.isMustHave)

        let csv = String(decoding: Questionnaire(workspace: workspace).csv(language: .english, byteOrderMark: false), as: UTF8.self)
        // Whole CSV rows: section, fact, question, answer type, unit, must-have column, evidence, and three empty answer columns.
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows.contains("After-sales service,support.responseHours,Within how many hours do you respond to a reported fault?,number (hours),,no — flagged if not met: must be <= 72 hours,document,,,"))
        #expect(rows.contains("\"Checked requirements (flagged, not knock-out)\",audit.externalAudits,How many external audits did you pass in the last 3 years?,number,,no — flagged if not met: must be >= 3,document,,,"))
        let zh = String(decoding: Questionnaire(workspace: workspace).csv(language: .chinese, byteOrderMark: false), as: UTF8.self)
        let zhRows = zh.components(separatedBy: "\r\n")
        #expect(zhRows.contains("售后服务,support.responseHours,报告故障后贵方在多少小时内响应？,数字（小时）,,否——不满足时标记：须 <= 72 小时,文件,,,"))
        #expect(zhRows.contains("核查项（标记，不否决）,audit.externalAudits,近 3 年通过了几次外部审计？,数字,,否——不满足时标记：须 >= 3,文件,,,"))
    }
}

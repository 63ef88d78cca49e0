import Foundation
@testable import ShortlistKit
import Testing

/// The RFI questionnaire: which questions a workspace asks, that every one is a real sentence in
/// both languages, that answers round-trip into the dossier, and that every bad answer is named by its cell.
@Suite struct QuestionnaireTests {
    static let root = Repository.root
    static let criteria = root.appendingPathComponent("criteria").path

    static func retail() throws -> Workspace {
        try WorkspaceLoader(catalogDirectories: [criteria]).load(root.appendingPathComponent("samples/retail-10-stores").path)
    }

    /// A profile that switches every conditional gate of the HRIS catalog on (state-owned, employing in
    /// CN and DE) and requires every module, certification and integration, so that every question is asked.
    static func everythingProfile(_ catalog: Catalog) -> RequirementProfile {
        var organisation = Organisation(name: "Everything", headcount: 500, industry: "retail")
        organisation.ownership = "state"
        organisation.countries = ["CN", "DE"]
        return RequirementProfile(title: nil, catalog: catalog.id, organisation: organisation, requiredModules: catalog.vocabulary.modules.map(\.id), desiredModules: [],
                                  budget: Budget(annual: 100_000, oneTime: 0, currency: "CNY", tolerance: 0), deployments: [.saas],
                                  integrations: catalog.vocabulary.integrations.map(\.id), certifications: catalog.vocabulary.certifications.map(\.id),
                                  goLiveWeeks: 12, tcoYears: 3, weights: [], gates: [], missingFacts: nil)
    }

    @Test(arguments: ["hris", "saas", "ats"])
    func everyQuestionOfAShippedCatalogIsARealSentenceInBothLanguages(_ name: String) throws {
        let catalog = try WorkspaceLoader(catalogDirectories: [Self.criteria]).loadCatalog(at: Self.criteria + "/\(name).json")
        let questions = Questionnaire.questions(catalog: catalog, profile: Self.everythingProfile(catalog))
        #expect(questions.count > 40)
        // Every declared fact that a criterion scores (except evaluator ratings) and every gate's fact is asked.
        let rated = Set(WorkspaceLoader.ratedCriteria(catalog).map(\.id))
        let asked = Set(questions.map(\.id))
        for node in catalog.allNodes where !rated.contains(node.id) {
            guard case .criterion(let rule, _) = node.content, catalog.facts.contains(where: { $0.id == rule.fact }) else { continue }
            #expect(asked.contains(rule.fact), "\(name): \(rule.fact) (criterion \(node.id)) is not asked")
        }
        for question in questions {
            let en = question.text.en, zh = question.text.zh ?? ""
            // A question (it asks something; it may go on with "Please attach …"), not an identifier: properties of
            // free text across three catalogs, so `contains` on purpose; the exact wording is pinned by the export tests.
            #expect(en != question.id && (en.contains("?") || en.hasPrefix("Please ")) && en.split(separator: " ").count >= 5, "\(name): \(question.id) has no English question: \(en)")
            #expect(zh.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }.count >= 5 && (zh.contains("？") || zh.contains("?") || zh.hasPrefix("请")), "\(name): \(question.id) has no Chinese question: \(zh)")
            #expect(question.sectionName.zh != nil)
        }
    }

    @Test func theRetailQuestionnaireAsksWhatTheEvaluationUses() throws {
        let questionnaire = Questionnaire(workspace: try Self.retail())
        let ids = questionnaire.ids
        // The five required modules are knock-outs (gate-required-modules, minimum partial); the desired ones are not.
        let modules = questionnaire.questions.filter { $0.id.hasPrefix("modules.") }
        #expect(modules.filter(\.isMustHave).map(\.id) == ["modules.recruiting", "modules.training", "modules.performance", "modules.payroll", "modules.multiStoreAttendance"])
        #expect(modules.first?.requirement?.en == "must be full / partial")
        // gate-response-time: support.responseHours <= 72; gate-deployment: saas acceptable; gate-budget: the quote's currency.
        #expect(questionnaire.questions.first { $0.id == "support.responseHours" }?.requirement?.en == "must be <= 72 hours")
        #expect(questionnaire.questions.first { $0.id == "deployments" }?.requirement?.en == "must include one of saas")
        #expect(questionnaire.questions.first { $0.id == "quote.currency" }?.requirement?.en == "must be == CNY")
        #expect(questionnaire.questions.filter(\.isMustHave).count == 8)
        // The buyer's industry only; the price sheet last, one row per quote line and condition.
        #expect(ids.filter { $0.hasPrefix("industries.") } == ["industries.retail.years"])
        #expect(Array(ids.suffix(17)) == QuoteSheet.Row.allCases.map(\.id))
        // Evaluator ratings are not asked of vendors.
        #expect(!ids.contains { $0.hasPrefix("ratings.") })
        // Sections stay together, in catalog order.
        var sections: [String] = []
        for question in questionnaire.questions where sections.last != question.section { sections.append(question.section) }
        #expect(sections.count == Set(sections).count)
        #expect(sections.first == "functional-fit" && sections.last == "pricing")
    }

    @Test func answersAreReadInTheFormsVendorsWrite() {
        func parse(_ text: String, _ type: AnswerType, comma: Bool = false) -> String {
            switch Questionnaire.parse(text, as: type, decimalComma: comma) {
            case .success(let value): return value.cell
            case .failure(let problem): return "error: " + problem.message
            }
        }
        let number = AnswerType.number(unit: RFIWording.unitHours, minimum: 0, maximum: 1e12, positive: false)
        #expect(["Yes", "y", "TRUE", "是", "支持"].map { parse($0, .yesNo) } == ["yes", "yes", "yes", "yes", "yes"])
        #expect(["No", "n", "false", "否", "不支持"].map { parse($0, .yesNo) } == ["no", "no", "no", "no", "no"])
        #expect(parse("4,5", number, comma: true) == "4.5")
        #expect(parse("4,5", number) == "error: \"4,5\" is not a number; write numbers without thousands separators, with a '.' as the decimal mark (or ',' in a file separated by ';')")
        #expect(parse("FULL", .oneOf(["full", "partial"])) == "full")
        #expect(parse("SaaS，privateCloud", .severalOf(["saas", "privateCloud"])) == "saas; privateCloud")
        #expect(parse("none", .severalOf(["saas"])) == "")
        #expect(parse("json; csv ;xlsx", .list(suggested: [])) == "json; csv; xlsx")
        #expect(parse("2026-02-30", .date) == "error: expected a date written YYYY-MM-DD, found \"2026-02-30\"")
    }

    /// The retail sample's three vendors: export each pre-filled, import the file unchanged → the same facts, modules,
    /// prices and industry years (sources aside), and no change reported.
    @Test func anUnchangedPrefilledResponseRoundTrips() throws {
        let workspace = try Self.retail()
        for vendor in workspace.vendors {
            let csv = Questionnaire(workspace: workspace, vendor: vendor).csv(language: .chinese, byteOrderMark: true)
            let response = try QuestionnaireImport.read(csv, file: "\(vendor.id).csv", workspace: workspace, vendorID: vendor.id)
            #expect(response.changes == [], "\(vendor.id)")
            #expect(!response.isNew)
            let after = response.dossier
            #expect(after.facts.mapValues(\.value) == vendor.facts.mapValues(\.value), "\(vendor.id)")
            #expect(after.modules?.mapValues(\.value) == vendor.modules?.mapValues(\.value))
            #expect(after.industries?.map(\.years.value) == vendor.industries?.map(\.years.value))
            #expect(after.references == vendor.references)
            let prices = PriceSheet.Line.allCases.map { after.pricing?[keyPath: $0.keyPath]?.value }
            #expect(prices == PriceSheet.Line.allCases.map { vendor.pricing?[keyPath: $0.keyPath]?.value })
            // Written and read again as the loader reads it: the same dossier.
            let decoded = DossierJSON.decode(DossierJSON.bytes(after), display: vendor.file, workspace: workspace)
            #expect(decoded.diagnostics.filter { $0.severity == .error } == [])
            #expect(decoded.dossier?.facts.mapValues(\.value) == vendor.facts.mapValues(\.value))
            // Sources name the row: the support hours of every vendor are on the same row.
            let row = Questionnaire(workspace: workspace).ids.firstIndex(of: "support.responseHours")! + 2
            #expect(after.facts["support.responseHours"]?.source == "RFI response \(vendor.id).csv, row \(row)")
        }
    }

    /// What Excel writes back in a decimal-comma locale: `;`, decimal commas, LF, no BOM, columns reordered,
    /// an extra column, blank rows, Chinese headings.
    @Test func excelDialectsAreRead() throws {
        let workspace = try Self.retail()
        let text = "备注;answer;Internal notes;编号\n\n;4,5;x;support.responseHours\n;;;\n\"per employee\";21,5;;pricing.perEmployeeMonth\n"
        let response = try QuestionnaireImport.read(Array(text.utf8), file: "r.csv", workspace: workspace, vendorID: "lingxi")
        #expect(response.changes.map { "\($0.id): \($0.old ?? "-") → \($0.new) (row \($0.row))" } == [
            "support.responseHours: 4 → 4.5 (row 3)", "pricing.perEmployeeMonth: 22 → 21.5 (row 5)",
        ])
        #expect(response.dossier.pricing?.perEmployeeMonth?.note == "per employee")
    }

    /// Every bad answer at once, each at its cell (column B is `answer`), with did-you-mean for list values.
    @Test func everyBadAnswerIsReportedAtItsCell() throws {
        let workspace = try Self.retail()
        let rows: [(id: String, answer: String, message: String)] = [
            ("support.twentyFourSeven", "yes, mostly", "\"yes, mostly\" is not yes or no"),
            ("security.encryptionInTransit", "maybe", "\"maybe\" is not yes or no"),
            ("security.backups", "Y es", "\"Y es\" is not yes or no"),
            ("binding.oneClickLogin", "2", "\"2\" is not yes or no"),
            ("support.responseHours", "four", "\"four\" is not a number; write the number of hours alone, such as 12"),
            ("support.onsiteTrainingDays", "-3", "-3 is out of range; expected 0 to 1000000000000"),
            ("security.auditsPerYear", "1e400", "\"1e400\" is not a number; NaN and infinities are not numbers here"),
            ("clients.total", "12 clients", "\"12 clients\" is not a number; write the number of clients alone, such as 12"),
            ("implementationWeeks", "0", "0 must be more than 0"),
            ("releasesPerYear", "3.5.1", "\"3.5.1\" is not a number; write numbers without thousands separators, with a '.' as the decimal mark (or ',' in a file separated by ';')"),
            ("sla.availabilityPercent", "1e13", "1e13 is beyond the bound of ±1000000000000 on every number"),
            ("industries.retail.years", "five", "\"five\" is not a number; write the number of years alone, such as 12"),
            ("modules.payroll", "fully", "\"fully\" is not one of full, partial, planned, none; did you mean \"full\"?"),
            ("modules.training", "yes", "\"yes\" is not one of full, partial, planned, none"),
            ("modules.storeStaffAllocation", "partly", "\"partly\" is not one of full, partial, planned, none"),
            ("deployments", "sass", "\"sass\" is not one of saas, privateCloud, onPremise; did you mean \"saas\"?"),
            ("integrations", ";", "\";\" names none of erp, crm, finance, bi, sso, wechatWork, dingtalk, feishu, pos, mes and 3 more; write none for none"),
            ("workforce.employmentTypes", "partTime; partTime", "\"partTime\" is listed twice"),
            ("security.certifications", "iso9001", "\"iso9001\" is not one of iso27001, mlps3, soc2, iso27701; did you mean \"iso27001\"?"),
            ("pricing.currency", "USD", "\"USD\" is not one of CNY"),
            ("pricing.perEmployeeMonth", "22,5", "\"22,5\" is not a number; write numbers without thousands separators, with a '.' as the decimal mark (or ',' in a file separated by ';')"),
            ("pricing.escalationPercent", "150", "150 is out of range; expected -50 to 100"),
            ("pricing.annualBaseFee", "-1", "-1 is out of range; expected 0 to 1000000000000"),
            ("pricing.implementationFee", "abc", "\"abc\" is not a number; write the number of CNY, one-off alone, such as 12"),
            ("pricing.trainingFee", "=1+1", "\"=1+1\" is not a number; write the number of CNY, one-off alone, such as 12"),
            ("security.encryptionAtRest", "", ""),
        ]
        var csv = "id,answer\r\n"
        for row in rows { csv += "\(row.id),\"\(row.answer)\"\r\n" }
        csv += ",orphan\r\nsupport.twentyFourSeven,yes\r\nsupport.responseHourz,4\r\nreleasesPerYear,3,surplus\r\n"
        var expected = rows.enumerated().compactMap { k, row in row.message.isEmpty ? nil : "r.csv:\(k + 2):B: error: answer: \(row.message)" }
        let n = rows.count + 2
        expected += [
            "r.csv:\(n):A: error: id: a row without a question id; the answer \"orphan\" cannot be matched to a question (keep the id column as exported)",
            "r.csv:\(n + 1):A: error: id: the question support.twentyFourSeven is answered twice (first in row 2)",
            "r.csv:\(n + 3):C: error: a value outside the columns of the header (\"surplus\"); the header has 2 columns",
            "r.csv:\(n + 3):A: error: id: the question releasesPerYear is answered twice (first in row 11)",
            "r.csv:\(n + 2):A: warning: id: unknown question id \"support.responseHourz\"; the row is not imported; did you mean \"support.responseHours\"?",
        ]
        #expect(throws: InputErrors.self) { try QuestionnaireImport.read(Array(csv.utf8), file: "r.csv", workspace: workspace, vendorID: "lingxi") }
        do {
            _ = try QuestionnaireImport.read(Array(csv.utf8), file: "r.csv", workspace: workspace, vendorID: "lingxi")
        } catch {
            #expect(error.diagnostics.map(\.description) == expected)
            #expect(error.diagnostics.count >= 25)
        }
    }

    @Test func aBrandNewVendorMustAnswerEveryMustHave() throws {
        let workspace = try Self.retail()
        let csv = "id,answer\nmodules.recruiting,full\nsupport.responseHourz,4\n"
        do {
            _ = try QuestionnaireImport.read(Array(csv.utf8), file: "new.csv", workspace: workspace, vendorID: "newco")
            Issue.record("expected errors")
        } catch {
            // modules.recruiting is answered; the other seven must-haves are not in the file at all.
            #expect(error.diagnostics.map(\.description) == [
                "new.csv: error: the must-have question modules.training is missing from the response; it is a knock-out (must be full / partial), so an answer is required",
                "new.csv: error: the must-have question modules.performance is missing from the response; it is a knock-out (must be full / partial), so an answer is required",
                "new.csv: error: the must-have question modules.payroll is missing from the response; it is a knock-out (must be full / partial), so an answer is required",
                "new.csv: error: the must-have question modules.multiStoreAttendance is missing from the response; it is a knock-out (must be full / partial), so an answer is required",
                "new.csv: error: the must-have question support.responseHours is missing from the response; it is a knock-out (must be <= 72 hours), so an answer is required",
                "new.csv: error: the must-have question deployments is missing from the response; it is a knock-out (must include one of saas), so an answer is required",
                "new.csv: error: the must-have question quote.currency is missing from the response; it is a knock-out (must be == CNY), so an answer is required",
                "new.csv:3:A: warning: id: unknown question id \"support.responseHourz\"; the row is not imported; did you mean \"support.responseHours\"?",
            ])
        }
    }

    @Test func unknownQuestionIDsAreWarnedAboutNotDropped() throws {
        let workspace = try Self.retail()
        let csv = "id,answer\nsupport.responseHourz,4\nsupport.twentyFourSeven,no\n"
        let response = try QuestionnaireImport.read(Array(csv.utf8), file: "r.csv", workspace: workspace, vendorID: "lingxi")
        #expect(response.warnings.map(\.description) == ["r.csv:2:A: warning: id: unknown question id \"support.responseHourz\"; the row is not imported; did you mean \"support.responseHours\"?"])
        #expect(response.changes.map(\.id) == ["support.twentyFourSeven"])
        #expect(response.dossier.facts["support.responseHours"]?.value == .number(4))
    }

    @Test func theHTMLQuestionnaireIsSelfContainedAndEscapesVendorText() throws {
        var workspace = try Self.retail()
        workspace.vendors[0].name = "<script>alert(1)</script>"
        workspace.vendors[0].facts["support.responseHours"]?.note = "\"><img src=x onerror=alert(1)>"
        let html = Questionnaire(workspace: workspace, vendor: workspace.vendors[0]).html(language: .chinese)
        let lines = html.components(separatedBy: "\n")   // the page writes each element below on a line of its own
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n"))
        #expect(lines.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;\">"))
        #expect(!html.contains("<script") && !html.contains("<img"))   // absence anywhere in the page
        // Every line the vendor's text reaches (`contains` selects them), whole: the name in the pre-fill note, the
        // note in the comment cell of the Chinese question, each escaped and nothing else changed.
        #expect(lines.filter { $0.contains("alert(1)") } == [
            "<p class=\"vendor\">已按我方掌握的信息为 &lt;script&gt;alert(1)&lt;/script&gt; 预填；请逐项确认或更正。</p>",
            "<tr class=\"must\"><td class=\"c0\"><code>support.responseHours</code></td><td class=\"c1\">报告故障后贵方在多少小时内响应？</td><td class=\"c2\">数字（小时）</td><td class=\"c3\"></td><td class=\"c4\">是——否决项：须 &lt;= 72 小时</td><td class=\"c5\">文件</td><td class=\"c6\">8</td><td class=\"c7\"></td><td class=\"c8\">\"&gt;&lt;img src=x onerror=alert(1)&gt;</td></tr>",
        ])
    }

    @Test func csvCellsThatLookLikeFormulasAreNeutralisedAndRestored() throws {
        var workspace = try Self.retail()
        workspace.vendors[0].facts["security.encryptionAtRest"] = Fact(.text("aes-256"), source: "RFP" + Questionnaire.evidenceMarker + "=HYPERLINK(\"x\")", note: "-3 days")
        let csv = String(decoding: Questionnaire(workspace: workspace, vendor: workspace.vendors[0]).csv(language: .english, byteOrderMark: false), as: UTF8.self)
        // The row whole: the evidence and the comment each get a leading ' so that a spreadsheet shows them as text.
        #expect(csv.components(separatedBy: "\r\n").filter { $0.hasPrefix("Data security,security.encryptionAtRest,") } == [
            "Data security,security.encryptionAtRest,How is data encrypted at rest (e.g. aes-256)?,\"one of a list, or another\",aes-256; aes-128; none,,document,aes-256,\"'=HYPERLINK(\"\"x\"\")\",'-3 days",
        ], "\(csv)")
        let response = try QuestionnaireImport.read(Array(csv.utf8), file: "r.csv", workspace: workspace, vendorID: workspace.vendors[0].id)
        let fact = try #require(response.dossier.facts["security.encryptionAtRest"])
        let row = Questionnaire(workspace: workspace).ids.firstIndex(of: "security.encryptionAtRest")! + 2
        #expect(fact.source == "RFI response r.csv, row \(row)" + Questionnaire.evidenceMarker + "=HYPERLINK(\"x\")", "\(fact.source ?? "")")
        #expect(fact.note == "-3 days")
    }

    /// The .xlsx questionnaire: pre-filled for lingxi, read back unchanged → no change; one answer cell
    /// edited to a bad value → the error names the sheet and cell.
    @Test func theWorkbookRoundTripsAndNamesBadCells() throws {
        let workspace = try Self.retail()
        let lingxi = try #require(workspace.vendors.first { $0.id == "lingxi" })
        let questionnaire = Questionnaire(workspace: workspace, vendor: lingxi)
        var book = questionnaire.workbook(language: .chinese)
        #expect(book.sheets[0].name == "RFI" && book.sheets[0].protected)
        #expect(book.sheets[0].validations.contains { $0.rule == .list(["yes", "no"]) })
        let unchanged = try QuestionnaireImport.readWorkbook(WorkbookWriter.write(book), file: "lx.xlsx", workspace: workspace, vendorID: "lingxi")
        #expect(unchanged.changes == [] && unchanged.answered == 49)
        let row = questionnaire.ids.firstIndex(of: "support.twentyFourSeven")! + 1
        book.sheets[0].rows[row][7] = WorkbookCell(.text("yes, mostly"), editable: true)
        do {
            _ = try QuestionnaireImport.readWorkbook(WorkbookWriter.write(book), file: "lx.xlsx", workspace: workspace, vendorID: "lingxi")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.description) == ["lx.xlsx:RFI!H\(row + 1): error: answer: \"yes, mostly\" is not yes or no"])
        }
    }
}

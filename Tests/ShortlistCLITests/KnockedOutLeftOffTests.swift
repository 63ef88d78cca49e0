import Foundation
import ShortlistKit
import Testing

/// Knocked-out vendors cannot be chosen, so scoring sheets give them no rows and the data-gaps lists
/// leave their gaps off — with a line saying how many and why — unless `--include-knocked-out`.
@Suite struct KnockedOutLeftOffTests {
    /// retail-10-stores with two facts taken from huanyu-hcm (knocked out by gate-budget): two gaps of a
    /// knocked-out vendor, and none of anyone else.
    static func workspaceWithKnockedOutGaps() throws -> URL {
        let (_, workspace) = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        let file = workspace.appendingPathComponent("vendors/huanyu-hcm.json")
        var text = try String(contentsOf: file, encoding: .utf8)
        for fact in ["\"binding.staleBindingAudit\": true,", "\"selfService.wechatNotifications\": true,"] {
            let before = text
            text = text.replacingOccurrences(of: fact, with: "")
            #expect(text != before, "the sample's dossier has \(fact)")
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
        return workspace
    }

    static let leftOffEnglish = "2 data gaps of knocked-out vendors (huanyu-hcm) are left off: a knocked-out vendor cannot be chosen, so its missing facts need no chasing; --include-knocked-out lists them"
    static let leftOffChinese = "已淘汰供应商（huanyu-hcm）的 2 个数据缺口未列出：已淘汰的供应商不会入选，无需追补其缺失事实；加 --include-knocked-out 可列出"

    @Test func rankLeavesKnockedOutGapsOffAndSaysSo() throws {
        let workspace = try Self.workspaceWithKnockedOutGaps()
        let table = try BinaryRunner.run(["rank", workspace.path])
        #expect(table.status == 0)
        #expect(table.section("Data gaps") == ["  " + Self.leftOffEnglish])
        #expect(!table.text.contains("huanyu-hcm: binding.staleBindingAudit")) // negative check: the gap is listed nowhere

        let chinese = try BinaryRunner.run(["rank", workspace.path, "--lang", "zh"])
        #expect(chinese.section("数据缺口") == ["  " + Self.leftOffChinese])

        let all = try BinaryRunner.run(["rank", workspace.path, "--include-knocked-out"])
        #expect(all.section("Data gaps") == [
            "  huanyu-hcm: selfService.wechatNotifications (for wechat-notifications) — scored 0 (policy worst)",
            "  huanyu-hcm: binding.staleBindingAudit (for stale-binding-audit) — scored 0 (policy worst)",
        ])
        #expect(!all.text.contains("left off")) // negative check
    }

    /// The JSON keeps the gaps array to what is listed and says what was left off in fields, beside the sentence.
    @Test func jsonCountsWhatWasLeftOff() throws {
        struct Document: Decodable {
            struct Gap: Decodable, Equatable { var vendor: String; var fact: String }
            struct LeftOff: Decodable, Equatable { var count: Int; var reason: String; var vendors: [String]; var text: String }
            var gaps: [Gap]
            var gapsLeftOff: LeftOff?
        }
        let workspace = try Self.workspaceWithKnockedOutGaps()
        let leftOff = try JSONDecoder().decode(Document.self, from: BinaryRunner.run(["rank", workspace.path, "--format", "json"]).stdout)
        #expect(leftOff.gaps == [])
        #expect(leftOff.gapsLeftOff == Document.LeftOff(count: 2, reason: "knockedOut", vendors: ["huanyu-hcm"], text: Self.leftOffEnglish))
        let all = try JSONDecoder().decode(Document.self, from: BinaryRunner.run(["rank", workspace.path, "--format", "json", "--include-knocked-out"]).stdout)
        #expect(all.gaps == [Document.Gap(vendor: "huanyu-hcm", fact: "selfService.wechatNotifications"), Document.Gap(vendor: "huanyu-hcm", fact: "binding.staleBindingAudit")])
        #expect(all.gapsLeftOff == nil)
    }

    @Test func reportLeavesKnockedOutGapsOff() throws {
        let workspace = try Self.workspaceWithKnockedOutGaps()
        let markdown = try BinaryRunner.run(["report", workspace.path, "--format", "markdown"])
        #expect(MarkdownSections.lines(under: "## Data gaps", in: markdown.text) == [Self.leftOffEnglish])
        let html = try BinaryRunner.run(["report", workspace.path, "--format", "html", "--lang", "zh"]).text
        #expect(HTMLElements.content(html, named: "section", id: "gaps") == "\n<h2>数据缺口</h2>\n<p class=\"meta\">" + Self.leftOffChinese + "</p>\n")
        let all = try BinaryRunner.run(["report", workspace.path, "--format", "markdown", "--include-knocked-out"])
        #expect(MarkdownSections.lines(under: "## Data gaps", in: all.text) == [
            "| Vendor | Fact | Used by | Handling |",
            "|---|---|---|---|",
            "| Huanyu HCM Enterprise (`huanyu-hcm`) | `selfService.wechatNotifications` | wechat-notifications | scored 0 (policy worst) |",
            "| Huanyu HCM Enterprise (`huanyu-hcm`) | `binding.staleBindingAudit` | stale-binding-audit | scored 0 (policy worst) |",
        ])
        #expect(!all.text.contains("left off")) // negative check
    }

    /// retail-10-stores: 3 vendors × 4 rated criteria = 12 rows; huanyu-hcm is knocked out, so 2 × 4 = 8.
    @Test func scoringSheetsGiveKnockedOutVendorsNoRows() throws {
        let (directory, workspace) = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        let csv = try BinaryRunner.run(["sheet", "export", workspace.path, "--evaluator", "chen-jing"])
        #expect(csv.status == 0)
        #expect(csv.stderr == "1 knocked-out vendor (huanyu-hcm) left off the sheet: a knocked-out vendor cannot be chosen, so rating it is wasted effort; --include-knocked-out adds it\n")
        let rows = try CSVReader.parse(Array(csv.stdout)).rows.dropFirst()
        #expect(rows.map { $0[0] } == ["lingxi", "lingxi", "lingxi", "lingxi", "yunqi", "yunqi", "yunqi", "yunqi"])
        let all = try BinaryRunner.run(["sheet", "export", workspace.path, "--evaluator", "chen-jing", "--include-knocked-out"])
        #expect(all.stderr == "")
        #expect(try CSVReader.parse(Array(all.stdout)).rows.dropFirst().filter { $0[0] == "huanyu-hcm" }.count == 4)

        let workbook = directory.appendingPathComponent("sheet.xlsx")
        #expect(try BinaryRunner.run(["sheet", "export", workspace.path, "--evaluator", "chen-jing", "--output", workbook.path]).status == 0)
        let sheets = try WorkbookReader.read(Array(Data(contentsOf: workbook)))
        let ratings = try #require(sheets.first { $0.name == RatingSheet.workbookSheetName })
        let vendors = (1..<ratings.rowCount).map { ratings[$0, 0] }
        #expect(vendors == ["lingxi", "lingxi", "lingxi", "lingxi", "yunqi", "yunqi", "yunqi", "yunqi"])
    }

    /// A sheet exported without the knocked-out vendor and imported back keeps the evaluator's four
    /// ratings of it (a vendor with no row is not unrated), so ranking is unchanged.
    @Test func importKeepsRatingsOfVendorsLeftOffTheSheet() throws {
        let (directory, workspace) = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        let before = try BinaryRunner.run(["rank", workspace.path, "--format", "json"]).stdout
        let sheet = directory.appendingPathComponent("sheet.csv").path
        #expect(try BinaryRunner.run(["sheet", "export", workspace.path, "--evaluator", "chen-jing", "--output", sheet]).status == 0)
        let imported = try BinaryRunner.run(["sheet", "import", workspace.path, sheet, "--evaluator", "chen-jing"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let stored = try String(contentsOf: workspace.appendingPathComponent("ratings/chen-jing.json"), encoding: .utf8)
        #expect(stored.components(separatedBy: "\"vendor\": \"huanyu-hcm\"").count - 1 == 4)
        #expect(try BinaryRunner.run(["rank", workspace.path, "--format", "json"]).stdout == before)
    }
}

import Foundation
import Testing

/// The board's costs table holds the first 20 vendors (ranked, then incomplete, then knocked out),
/// like its chart, and says how many more there are and which commands print them.
@Suite struct BoardCostCutTests {
    /// internet-300 (3 ranked vendors and 1 knocked out, all with prices) plus 10 copies of each ranked
    /// one: 33 ranked and 1 knocked out, 34 vendors with costs.
    static func workspace() throws -> URL {
        let (_, workspace) = try BinaryRunner.copyOfSample("samples/internet-300", as: "many")
        for vendor in ["xinyue", "qingteng", "yunqi"] {
            let text = try String(contentsOf: workspace.appendingPathComponent("vendors/\(vendor).json"), encoding: .utf8)
            for k in 1...10 {
                let copy = text.replacingOccurrences(of: "\"id\": \"\(vendor)\"", with: "\"id\": \"\(vendor)-\(k)\"")
                try copy.write(to: workspace.appendingPathComponent("vendors/\(vendor)-\(k).json"), atomically: true, encoding: .utf8)
                try RatingCopies.copy(in: workspace, from: vendor, to: "\(vendor)-\(k)")
            }
        }
        return workspace
    }

    @Test func theCostsTableHoldsTwentyVendorsAndNamesTheRest() throws {
        let workspace = try Self.workspace()
        let markdown = try BinaryRunner.run(["report", workspace.path, "--format", "markdown"], environment: ["SHORTLIST_NOW": "2026-05-20T09:00:00Z"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        let costs = try #require(markdown.text.components(separatedBy: "### Costs over 3 years\n").dropFirst().first).components(separatedBy: "\n#").first ?? ""
        // One total row per vendor shown: 20 of the 34.
        #expect(costs.components(separatedBy: "**Year-1 cash / TCO (CNY)**").count - 1 == 20)
        // 34 − 20 = 14 left out, said in one whole line of the section.
        #expect(costs.components(separatedBy: "\n").contains("The costs of 14 more vendors are left out (the table holds the first 20); `shortlist rank <workspace> --format csv` prints every vendor's year-1 cash and TCO, `shortlist explain <workspace> <vendor>` a vendor's lines by year."), "\(costs)")

        let html = try BinaryRunner.run(["report", workspace.path, "--format", "html", "--lang", "zh"], environment: ["SHORTLIST_NOW": "2026-05-20T09:00:00Z"])
        #expect(html.status == 0, "\(html.stderr)")
        let section = try #require(html.text.components(separatedBy: "<section id=\"costs\">").dropFirst().first?.components(separatedBy: "</section>").first)
        #expect(section.components(separatedBy: "首年现金支出 / 总拥有成本（CNY）").count - 1 == 20)
        #expect(section.components(separatedBy: "\n").contains("<p class=\"meta\">另有 14 家供应商的成本未列出（本表只列前 20 家）；<code>shortlist rank &lt;workspace&gt; --format csv</code> 列出每家的首年现金支出与总拥有成本，<code>shortlist explain &lt;workspace&gt; &lt;vendor&gt;</code> 列出一家的逐年费用项。</p>"), "\(section)")

        // rank's own Markdown is the full listing: every vendor's costs.
        let full = try BinaryRunner.run(["rank", workspace.path, "--format", "markdown"])
        #expect(full.text.components(separatedBy: "**Year-1 cash / TCO (CNY)**").count - 1 == 34)
        #expect(!full.text.contains("more vendors are left out"))  // absence anywhere: kept as `contains`
    }
}

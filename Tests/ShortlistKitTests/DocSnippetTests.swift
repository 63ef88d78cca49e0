import Foundation
import ShortlistKit
import Testing

/// The code in the DocC articles compiles and runs: each article's ```swift blocks are copied below
/// between `// snippet` and `// end snippet`, and a test checks that the copies still equal the
/// articles (so an article cannot drift from code the compiler has seen). The snippets use paths
/// relative to the package root, where `swift test` runs.
@Suite struct DocSnippetTests {
    static let root = Repository.root

    @Test func gettingStarted() throws {
        // snippet
        let loader = WorkspaceLoader(catalogDirectories: ["criteria"])
        let workspace = try loader.load("samples/retail-10-stores")
        let evaluation = try Evaluation(workspace: workspace)
        for entry in evaluation.ranking.ranked {
            print(entry.rank.map(String.init) ?? "-", entry.vendorID, entry.score)
        }
        for entry in evaluation.ranking.eliminated {
            print("knocked out:", entry.vendorID, entry.knockOuts.map(\.reason))
        }
        // end snippet
        // snippet
        do {
            _ = try loader.load("samples/no-such-workspace")
        } catch {
            // e.g. vendors/acme.json:12:5: error: pricing.annualBaseFee: expected a number ≥ 0, found -3
            print(error)  // the error is InputErrors: the loader throws only that
        }
        // end snippet
        // snippet
        print(ScoreTrace(evaluation: evaluation).text(vendorID: "lingxi")!)
        print(ScoreTrace(evaluation: evaluation).comparison("lingxi", against: "yunqi")!)
        // end snippet
        // snippet
        let json = ReportFormat.json.renderer.render(evaluation, options: RenderOptions())
        let table = ReportFormat.table.renderer.render(evaluation, options: RenderOptions(color: false))
        // end snippet
        // snippet
        let board = DecisionBoard(evaluation: evaluation, today: CalendarDate("2026-07-01")!)
        let page = HTMLReport(board: board, language: .chinese).render()      // one self-contained file
        let document = MarkdownReport(board: board).render()
        // end snippet
        #expect(evaluation.ranking.ranked.first?.vendorID == "lingxi")
        #expect(!json.isEmpty && !table.isEmpty && page.contains("<html") && !document.isEmpty)
    }

    @Test func embedding() throws {
        let catalogBytes = Array(try Data(contentsOf: Self.root.appendingPathComponent("criteria/hris.json")))
        let saasBytes = Array(try Data(contentsOf: Self.root.appendingPathComponent("criteria/saas.json")))
        let selectionBytes = Array(try Data(contentsOf: Self.root.appendingPathComponent("samples/retail-10-stores/selection.json")))
        let uploadBytes = Array(#"{ "version": 1, "id": "acme", "name": "Acme", "pricing": { "currency": "CNY", "annualBaseFee": -3 } }"#.utf8)
        // snippet
        let catalog = try Catalog(json: catalogBytes, file: "hris.json", bases: ["saas": saasBytes])
        let profile = try RequirementProfile(json: selectionBytes, catalog: catalog)
        do {
            let dossier = try VendorDossier(json: uploadBytes, file: "vendors/acme.json", catalog: catalog, profile: profile)
            print("accepted", dossier.id)
        } catch {
            // e.g. vendors/acme.json:6:52: error: pricing.annualBaseFee: expected a number ≥ 0, found -3
            for diagnostic in error.diagnostics { print(diagnostic) }
        }
        // end snippet
        // snippet
        let loader = WorkspaceLoader(catalogDirectories: ["criteria"])
        let workspace = try loader.load("samples/retail-10-stores")
        let evaluation = try Evaluation(workspace: workspace)
        if let winner = evaluation.ranking.ranked.first {
            let trace = ScoreTrace(evaluation: evaluation).text(vendorID: winner.vendorID) ?? ""
            print(trace)
        }
        let json = ReportFormat.json.renderer.render(evaluation, options: RenderOptions())
        let board = DecisionBoard(evaluation: evaluation, today: CalendarDate("2026-07-01")!)
        let page = HTMLReport(board: board, language: .english).render()
        print(json.count, page.utf8.count)
        // end snippet
        #expect(workspace.catalog == catalog && workspace.profile == profile)
    }

    /// The ```swift blocks of an article, without `import` lines, each with its indentation removed.
    static func articleBlocks(_ name: String) throws -> [String] {
        let text = try String(contentsOf: root.appendingPathComponent("Sources/ShortlistKit/ShortlistKit.docc/\(name).md"), encoding: .utf8)
        var blocks: [String] = [], current: [Substring]? = nil
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```swift" { current = [] }
            else if current != nil, line == "```" { blocks.append(dedent(current!.filter { !$0.hasPrefix("import ") })); current = nil }
            else { current?.append(line) }
        }
        return blocks
    }

    /// The regions of this file's test function `function` between `// snippet` and `// end snippet`.
    static func testedBlocks(_ function: String) throws -> [String] {
        let text = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let body = text.components(separatedBy: "func \(function)()")[1].components(separatedBy: "\n    @Test")[0]
        var blocks: [String] = [], current: [Substring]? = nil
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == "// snippet" { current = [] }
            else if trimmed == "// end snippet" { blocks.append(dedent(current!)); current = nil }
            else { current?.append(line) }
        }
        return blocks
    }

    static func dedent(_ lines: [Substring]) -> String {
        var lines = lines
        while lines.first?.allSatisfy(\.isWhitespace) == true { lines.removeFirst() }
        while lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
        let indent = lines.filter { !$0.allSatisfy(\.isWhitespace) }.map { $0.prefix(while: { $0 == " " }).count }.min() ?? 0
        return lines.map { String($0.dropFirst(min(indent, $0.count))) }.joined(separator: "\n")
    }

    @Test(arguments: [("GettingStarted", "gettingStarted"), ("Embedding", "embedding")])
    func theArticlesShowTheCodeTheseTestsCompile(_ article: String, _ function: String) throws {
        let shown = try Self.articleBlocks(article), tested = try Self.testedBlocks(function)
        #expect(!shown.isEmpty)
        #expect(shown == tested)
    }
}

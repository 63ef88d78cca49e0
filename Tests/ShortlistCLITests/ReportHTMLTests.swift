import Foundation
import Testing

/// `shortlist report <workspace>` (HTML, the default): golden files through the real binary,
/// the format taken from the file name, and the usage errors. The page in a browser is
/// `BrowserTests`' business.
///
/// To re-record the golden files after an intended change:
/// `SHORTLIST_RECORD=1 swift test --filter ReportHTMLTests`, then read the diff.
@Suite(.serialized) struct ReportHTMLTests {
    static let environment = PilotDecisionEndToEndTests.afterPilots

    @Test(arguments: [
        (["report", "samples/retail-10-stores"], "retail-10-stores.report.html"),
        (["report", "samples/retail-10-stores", "--lang", "zh"], "retail-10-stores.report.zh.html"),
        (["report", "samples/internet-300", "--format", "html"], "internet-300.report.html"),
    ])
    func reportMatchesSnapshot(_ arguments: [String], _ file: String) throws {
        let result = try BinaryRunner.run(arguments, environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.text.hasPrefix("<!DOCTYPE html>\n"))
        #expect(result.text.hasSuffix("</html>\n"))
        try Snapshot.compare(result.stdout, file)
    }

    @Test func sameInputsSameBytes() throws {
        let first = try BinaryRunner.run(["report", "samples/manufacturing-2000"], environment: Self.environment)
        let second = try BinaryRunner.run(["report", "samples/manufacturing-2000"], environment: Self.environment)
        #expect(first.status == 0 && first.stdout == second.stdout)
    }

    @Test func formatFollowsTheOutputFileName() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        for (name, start, format) in [("board.html", "<!DOCTYPE html>", "html"), ("board.HTM", "<!DOCTYPE html>", "html"), ("board.md", "# ", "markdown")] {
            let path = directory.appendingPathComponent(name).path
            let result = try BinaryRunner.run(["report", "samples/retail-10-stores", "--output", path], environment: Self.environment)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix(start), "\(name)")
            #expect(result.stderr == "wrote \(path) (\(format), 2 ranked, 1 knocked out)\n")
        }
    }

    @Test func unknownExtensionAndFormatAreUsageErrors() throws {
        let pdf = try BinaryRunner.temporaryDirectory().appendingPathComponent("board.pdf").path
        let result = try BinaryRunner.run(["report", "samples/retail-10-stores", "--output", pdf], environment: Self.environment)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: cannot tell the format from '\(pdf)'; add --format (html, markdown) or use a .html or .md file name\nRun `shortlist report --help` for usage.\n")
        #expect(!FileManager.default.fileExists(atPath: pdf))
        let format = try BinaryRunner.run(["report", "samples/retail-10-stores", "--format", "pdf"], environment: Self.environment)
        #expect(format.status == 64)
        #expect(format.stderr == "error: '--format' expects one of html, markdown; got 'pdf'\nRun `shortlist report --help` for usage.\n")
    }

    /// Under a weight scenario the board says so at the top, and ranks with the scenario's weights.
    @Test func scenarioIsNamedAndApplied() throws {
        let html = try BinaryRunner.run(["report", "samples/internet-300", "--scenario", "Finance view"], environment: Self.environment)
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.lines.contains("<p class=\"scenario\"><span class=\"badge warn\">Weight scenario</span> <strong>Finance view</strong> — finance: cost over the three years</p>"))
        // Ranked with the scenario's weights: yunqi first (without the scenario xinyue leads).
        let body = try #require(HTMLElements.content(html.text, named: "tbody", id: "ranking-body"))
        #expect(HTMLElements.tags(body, named: "tr").map { HTMLElements.attribute("data-vendor", in: $0) } == ["yunqi", "xinyue", "qingteng"])
        #expect(HTMLElements.texts(body, named: "td", class: "score num") == ["79.99", "79.45", "76.13"])
        let plain = try BinaryRunner.run(["report", "samples/internet-300"], environment: Self.environment)
        #expect(HTMLElements.tags(plain.text, named: "p").filter { HTMLElements.attribute("class", in: $0) == "scenario" }.isEmpty)
        #expect(!plain.text.contains("Finance view</strong>"))  // absence anywhere: kept as `contains`
        let markdown = try BinaryRunner.run(["report", "samples/internet-300", "--scenario", "Finance view", "--format", "markdown", "--lang", "zh"], environment: Self.environment)
        #expect(markdown.lines.contains("**权重情景**：Finance view — finance: cost over the three years"))
        let unknown = try BinaryRunner.run(["report", "samples/internet-300", "--scenario", "Finance veiw"], environment: Self.environment)
        #expect(unknown.status == 1 && unknown.stdout.isEmpty)
        #expect(unknown.stderr == "error: no scenario \"Finance veiw\" in selection.json; did you mean \"Finance view\"?\n")
    }

    /// The board says whether the decision was recorded and whether its inputs are still the files shown.
    @Test func recordedDecisionIsCheckedAgainstTheInputs() throws {
        let (_, workspace) = try BinaryRunner.copyOfSample("samples/retail-10-stores", as: "retail")
        let before = try BinaryRunner.run(["report", workspace.path], environment: Self.environment)
        #expect(before.lines.contains("<div class=\"meta record\">Not recorded yet: <code>shortlist decide</code> records the decision with the SHA-256 of every input.</div>"))
        #expect(try BinaryRunner.run(["decide", workspace.path], environment: Self.environment).status == 0)
        let intact = try BinaryRunner.run(["report", workspace.path, "--format", "markdown"], environment: Self.environment)
        #expect(intact.lines.contains("- **Decision**: Recorded decision of 2026-07-01T09:00:00Z: all 12 inputs are unchanged (SHA-256)."), "\(intact.text.prefix(1500))")
        let vendor = workspace.appendingPathComponent("vendors/yunqi.json")
        try (try String(contentsOf: vendor, encoding: .utf8)).replacingOccurrences(of: "\"releasesPerYear\": 4", with: "\"releasesPerYear\": 6").write(to: vendor, atomically: true, encoding: .utf8)
        let changed = try BinaryRunner.run(["report", workspace.path], environment: Self.environment)
        #expect(changed.status == 0)
        #expect(changed.lines.contains("<div class=\"notok record\">✗ Recorded decision of 2026-07-01T09:00:00Z: 1 input files differ now (<code>vendors/yunqi.json</code>); this board shows the current files, not the recorded decision.</div>"))
        try Data("{ not a record".utf8).write(to: workspace.appendingPathComponent("decision.json"))
        let broken = try BinaryRunner.run(["report", workspace.path, "--lang", "zh"], environment: Self.environment)
        #expect(broken.status == 0)
        #expect(broken.lines.contains("<div class=\"notok record\">无法核对 decision.json：1:3: expected a string key or '}', found 'n' (keys must be quoted)</div>"))
    }

    @Test func badWorkspaceFailsWithTheFileAndNothingOnStdout() throws {
        let result = try BinaryRunner.run(["report", "Tests/ShortlistCLITests/Fixtures/does-not-exist"], environment: Self.environment)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.isEmpty)
    }
}

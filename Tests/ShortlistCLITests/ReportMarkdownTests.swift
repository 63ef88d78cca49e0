import Foundation
import Testing

/// `shortlist report <workspace> --format markdown`: the decision board as Markdown, through the real binary.
///
/// To re-record the golden files after an intended change:
/// `SHORTLIST_RECORD=1 swift test --filter ReportMarkdownTests`, then read the diff.
@Suite(.serialized) struct ReportMarkdownTests {
    /// After every shipped pilot has ended, so that the pilots and the decision are complete.
    static let environment = PilotDecisionEndToEndTests.afterPilots

    static let goldens: [(arguments: [String], file: String)] = [
        (["report", "samples/retail-10-stores", "--format", "markdown"], "retail-10-stores.report.md"),
        (["report", "samples/retail-10-stores", "--format", "markdown", "--lang", "zh"], "retail-10-stores.report.zh.md"),
        (["report", "samples/internet-300", "--format", "markdown"], "internet-300.report.md"),
    ]

    @Test(arguments: goldens.map { $0.arguments + [$0.file] })
    func reportMatchesSnapshot(_ item: [String]) throws {
        let result = try BinaryRunner.run(Array(item.dropLast()), environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        Self.expectWellFormed(result.text)
        try Snapshot.compare(result.stdout, item.last!)
    }

    @Test func retailRecommendsLingxiAndListsTheKnockOutWithItsReason() throws {
        let result = try BinaryRunner.run(["report", "samples/retail-10-stores", "--format", "markdown"], environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try #require(Self.section("## Summary", in: result.text))
        #expect(summary.contains("- **Recommended**: Lingxi HR Cloud (`lingxi`)"), "\(summary)")
        #expect(summary.contains("**Margin**: 33.19 points (37.3%) ahead of Yunqi HR (`yunqi`)"), "\(summary)")      // 33.19 ÷ 88.88 = 37.3%
        #expect(summary.contains("Clear winner"), "\(summary)")
        let knockOut = try #require(summary.split(separator: "\n").first { $0.contains("`huanyu-hcm`") }, "\(summary)")
        #expect(knockOut.contains("Huanyu HCM Enterprise"))
        #expect(knockOut.contains("first-year cost 117,200 CNY exceeds the limit 110,000"), "\(knockOut)")
        #expect(!summary.contains("No vendor was knocked out."))

        let decision = try #require(Self.section("## Decision", in: result.text))
        #expect(decision.contains("| 1 | Lingxi HR Cloud (`lingxi`) | 88.88 | 88.10 | 79.79 | 99.00 | ranked |"), "\(decision)")
        #expect(decision.contains("No shift of stage weight makes Yunqi HR win."))
        let trace = try #require(Self.section("## Score trace", in: result.text))
        let headings = trace.split(separator: "\n").filter { $0.hasPrefix("### ") }
        #expect(headings == [
            "### Lingxi HR Cloud (`lingxi`) — Rank 1 · Score 87.04 · coverage 100%",
            "### Yunqi HR (`yunqi`) — Rank 2 · Score 64.56 · coverage 100%",
            "### Huanyu HCM Enterprise (`huanyu-hcm`) — Knocked out · would score 75.85 on 100% of the weight (not comparable with ranked scores)",
        ], "ranked vendors first, then the knocked-out one")
    }

    @Test func internetShowsTheFragileVerdictAndTheBlockedPilot() throws {
        let result = try BinaryRunner.run(["report", "samples/internet-300", "--format", "markdown"], environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try #require(Self.section("## Summary", in: result.text))
        #expect(summary.contains("- **Recommended**: Yunqi HR (`yunqi`)"))
        #expect(summary.contains("**Robustness**: fragile:"))
        #expect(summary.contains("- **Blocked**:"))
        let robustness = try #require(Self.section("## Robustness", in: result.text))
        #expect(robustness.contains("| Vendor | Rank 1 | Rank 2 | Rank 3 | Confidence factor |"))
        #expect(robustness.contains("| Xinyue People (`xinyue`) | 82.6% |"), "\(robustness)")
        let pilots = try #require(Self.section("## Pilots", in: result.text))
        #expect(pilots.contains("**must-pass metric failed**: SSO login failures per 1,000 logins (`sso-failures`)"))
        #expect(pilots.contains("| **not met** | 6: 3.4 → 3.9 → 2.5 → 2.1 → 2 → 2.3 |"), "\(pilots)")
        let decision = try #require(Self.section("## Decision", in: result.text))
        #expect(decision.contains("| – | Xinyue People (`xinyue`) | – | 81.70 | 64.77 | 84.67 | blocked |"), "\(decision)")
    }

    @Test func aVendorNamedWithAPipeAndAScriptTagBreaksNoTable() throws {
        let workspace = try PilotDecisionEndToEndTests.Workspace(sample: "retail-10-stores")
        defer { workspace.remove() }
        let dossier = workspace.file("vendors/yunqi.json")
        var text = try String(contentsOf: dossier, encoding: .utf8)
        text = text.replacingOccurrences(of: #""name": "Yunqi HR","#, with: #""name": "a | b <script>","#)
        text = text.replacingOccurrences(of: #""source": "RFP response, 2026-03-03","#, with: #""source": "RFP | response <img src=x>","#)
        try text.write(to: dossier, atomically: true, encoding: .utf8)

        let result = try BinaryRunner.run(["report", workspace.root.path, "--format", "markdown"], environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        let report = result.text
        #expect(report.contains(#"a \| b &lt;script&gt; (`yunqi`)"#), "the name is shown, escaped")
        #expect(!report.contains("<script>"), "no raw script tag")
        #expect(!report.contains("<img"), "no raw HTML from a source")
        #expect(report.contains(#"RFP \| response &lt;img src=x&gt;"#), "the source is shown, escaped")
        Self.expectWellFormed(report)
    }

    @Test func theChineseReportHasChineseHeadingsOnly() throws {
        let result = try BinaryRunner.run(["report", "samples/retail-10-stores", "--format", "markdown", "--lang", "zh"], environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        let report = result.text
        for english in ["## Summary", "## Ranking", "## Robustness", "## Pilots", "## Decision", "## Evaluator panel", "## Score trace",
                        "### Rank acceptability", "### Scores by group", "**Recommended**", "| Rank |", "| Vendor |", "| Metric |", "| Gate |"] {
            #expect(!report.contains(english), "English label \(english) in the Chinese report")
        }
        for chinese in ["## 摘要", "## 排名", "## 稳健性", "## 试点", "## 最终决策", "## 评估小组", "## 得分追溯", "**推荐**：Lingxi HR Cloud (`lingxi`)"] {
            #expect(report.contains(chinese), "missing \(chinese)")
        }
        let sectionHeadings = report.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(sectionHeadings.count >= 7)
        for heading in sectionHeadings {
            #expect(!heading.contains { $0.isASCII && $0.isLetter }, "a section heading in English: \(heading)")
        }
        #expect(report.contains("**稳健性**：稳健："), "the robustness verdict is in Chinese")
    }

    // MARK: - Helpers

    /// The lines of the section that starts with the heading line `heading`, up to the next heading of the same level.
    static func section(_ heading: String, in text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0 == heading }) else { return nil }
        let level = heading.prefix { $0 == "#" }.count
        let end = lines[(start + 1)...].firstIndex { line in
            let hashes = line.prefix { $0 == "#" }.count
            return hashes > 0 && hashes <= level && line.dropFirst(hashes).first == " "
        } ?? lines.endIndex
        return lines[start..<end].joined(separator: "\n")
    }

    /// The number of unescaped `|` in a line: a table row's cell boundaries.
    static func pipes(_ line: Substring) -> Int {
        var count = 0
        var escaped = false
        for ch in line {
            if escaped { escaped = false; continue }
            if ch == "\\" { escaped = true } else if ch == "|" { count += 1 }
        }
        return count
    }

    /// Every table keeps one cell count on every row, no line ends in a space, and the text ends with one line break.
    static func expectWellFormed(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"), "ends with exactly one line break", sourceLocation: sourceLocation)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() where line.last == " " || line.last == "\t" {
            Issue.record("line \(number + 1) ends in a space: \(line)", sourceLocation: sourceLocation)
        }
        var tableWidth: Int?
        var tables = 0
        for (number, line) in lines.enumerated() {
            guard line.hasPrefix("|") else {
                tableWidth = nil
                continue
            }
            let width = pipes(line)
            if let tableWidth {
                #expect(width == tableWidth, "line \(number + 1) has \(width - 1) cells, the table \(tableWidth - 1): \(line)", sourceLocation: sourceLocation)
            } else {
                tableWidth = width
                tables += 1
                let separator = number + 1 < lines.count ? lines[number + 1] : ""
                #expect(separator.hasPrefix("|-") || separator.hasPrefix("|:"), "a table header is followed by its alignment row: \(line)", sourceLocation: sourceLocation)
            }
        }
        #expect(tables > 5, "the report has its tables", sourceLocation: sourceLocation)
    }
}

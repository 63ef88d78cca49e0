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
        let summary = try #require(MarkdownSections.lines(under: "## Summary", in: result.text))
        #expect(summary == [
            "- **Recommended**: Lingxi HR Cloud (`lingxi`)",
            "- **Combined**: 88.88",
            "- **Margin**: 33.19 points (37.3%) ahead of Yunqi HR (`yunqi`)",      // 88.88 − 55.69 = 33.19; 33.19 ÷ 88.88 = 37.3%
            "- **Basis**: final decision combining the desk, demo and pilot stages — Clear winner",
            "- **Robustness**: robust: lingxi keeps rank 1 in 100% of 10,000 weightings of the groups keeping the order of importance of the given weights; no transfer of weight between two groups changes the winner",
            "- **Knocked out**:",
            // Limit (80,000 + 20,000) × 1.1 = 110,000; 117,200 − 110,000 = 7,200 = 6.5% of 110,000; 117,200 − 100,000 = 17,200 = 17.2% of 100,000.
            "  - Huanyu HCM Enterprise (`huanyu-hcm`): first-year cost 117,200 CNY exceeds the limit 110,000 (budget 80,000 + one-off 20,000, +10% tolerance) by 7,200 (6.5% over the limit, 17.2% over the budget of 100,000)",
            "- **Decision**: Not recorded yet: `shortlist decide` records the decision with the SHA-256 of every input.",
        ])

        let decision = try #require(MarkdownSections.lines(under: "## Decision", in: result.text))
        #expect(decision == [
            "**Stage weights**: Desk 40% · Demo 30% · Pilot 30%; vendors without a pilot are scored on their other stages",
            "",
            "| Rank | Vendor | Combined | Desk | Demo | Pilot | Status |",
            "|---:|---|---:|---:|---:|---:|---|",
            // 0.4 × 88.10 + 0.3 × 79.79 + 0.3 × 99.00 = 35.24 + 23.937 + 29.70 = 88.877 → 88.88
            "| 1 | Lingxi HR Cloud (`lingxi`) | 88.88 | 88.10 | 79.79 | 99.00 | ranked |",
            // No pilot: rescaled over desk and demo, (0.4 × 68.31 + 0.3 × 38.87) ÷ 0.7 = (27.324 + 11.661) ÷ 0.7 = 55.69
            "| 2 | Yunqi HR (`yunqi`) | 55.69 | 68.31 | 38.87 | – | ranked |",
            "| – | Huanyu HCM Enterprise (`huanyu-hcm`) | – | 78.25 | 59.40 | – | knocked out |",
            "",
            "- Yunqi HR (`yunqi`): not piloted: scored on its other stages (rescaled)",
            "- Huanyu HCM Enterprise (`huanyu-hcm`): knocked out by gate-budget: first-year cost 117,200 CNY exceeds the limit 110,000 (budget 80,000 + one-off 20,000, +10% tolerance) by 7,200 (6.5% over the limit, 17.2% over the budget of 100,000)",
            "",
            "**Clear winner**: Lingxi HR Cloud (`lingxi`), ahead by 33.19 points (37.3% of its score; threshold 10%)",
            "",
            "- No shift of stage weight makes Yunqi HR win.",
        ])
        let trace = try #require(MarkdownSections.lines(under: "## Score trace", in: result.text))
        let headings = trace.filter { $0.hasPrefix("### ") }
        #expect(headings == [
            "### Lingxi HR Cloud (`lingxi`) — Rank 1 · Score 87.04 · coverage 100%",
            "### Yunqi HR (`yunqi`) — Rank 2 · Score 64.56 · coverage 100%",
            "### Huanyu HCM Enterprise (`huanyu-hcm`) — Knocked out · would score 75.85 on 100% of the weight (not comparable with ranked scores)",
        ], "ranked vendors first, then the knocked-out one")
    }

    @Test func internetShowsTheFragileVerdictAndTheBlockedPilot() throws {
        let result = try BinaryRunner.run(["report", "samples/internet-300", "--format", "markdown"], environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try #require(MarkdownSections.lines(under: "## Summary", in: result.text))
        #expect(summary == [
            "- **Recommended**: Yunqi HR (`yunqi`)",
            "- **Combined**: 77.36",
            "- **Margin**: the only vendor left",
            "- **Basis**: final decision combining the desk, demo and pilot stages — Clear winner",
            "- **Robustness**: fragile: xinyue keeps rank 1 in 83% of 10,000 weightings of the groups keeping the order of importance of the given weights; a 2.6-point shift of weight from service to self-service makes yunqi overtake xinyue",
            "- **Knocked out**:",
            "  - Beichen HCM Suite (`beichen`): needs 12 weeks to implement; go-live is due in 8 weeks",
            "- **Blocked**:",
            "  - Xinyue People (`xinyue`): must-pass metric failed: SSO login failures per 1,000 logins (`sso-failures`) current 2.7 per 1,000 logins, target ≤ 2 per 1,000 logins",
            "- **Not piloted**:",
            "  - Qingteng HR (`qingteng`): vendors without a pilot are excluded",
            "- **Decision**: Not recorded yet: `shortlist decide` records the decision with the SHA-256 of every input.",
        ])
        let robustness = try #require(MarkdownSections.lines(under: "## Robustness", in: result.text))
        #expect(robustness == [
            "fragile: xinyue keeps rank 1 in 83% of 10,000 weightings of the groups keeping the order of importance of the given weights; a 2.6-point shift of weight from service to self-service makes yunqi overtake xinyue",
            "",
            "### Rank acceptability",
            "",
            "Share of sampled group weightings (keeping the order of importance) under which each vendor takes each rank.",
            "",
            "| Vendor | Rank 1 | Rank 2 | Rank 3 | Confidence factor |",
            "|---|---:|---:|---:|---:|",
            // Each rank's column is a share of the same 10,000 weightings: 82.6 + 17.4 + 0.0 = 100 for rank 1.
            "| Xinyue People (`xinyue`) | 82.6% | 17.4% | 0.0% | 100.0% |",
            "| Yunqi HR (`yunqi`) | 17.4% | 80.5% | 2.1% | 100.0% |",
            "| Qingteng HR (`qingteng`) | 0.0% | 2.1% | 98.0% | – |",
            "",
            "**Smallest weight shift that changes the winner**: Moving 2.6 points of weight from After-sales service to Employee self-service makes Yunqi HR overtake Xinyue People.",
        ])
        let xinyue = try #require(MarkdownSections.lines(under: "### Xinyue People (`xinyue`) — Engineering", in: result.text))
        #expect(xinyue == [
            "2026-05-18 – 2026-06-28 · **Pilot score** 84.67 / 100 · **must-pass metric failed**: SSO login failures per 1,000 logins (`sso-failures`) current 2.7 per 1,000 logins, target ≤ 2 per 1,000 logins",
            "",
            "| Metric | Baseline | Target | Current | Progress | Met | Observations |",
            "|---|---:|---:|---:|---:|---|---|",
            // (80 + 88 + 91) ÷ 3 = 86.33; progress (86.33 − 45) ÷ (85 − 45) = 103.3%; (1.6 + 2.4 + 2.7) ÷ 3 = 2.23, (2.23 − 0.3) ÷ 1.7 = 113.7%.
            "| OKR check-in completion rate (`okr-checkins`) | 45 % | ≥ 85 % | 86.33 % | 103.3% | met | 3: 80 → 88 → 91 |",
            "| Real-time feedback messages per employee per week (`feedback`) | 0.3 messages/employee/week | ≥ 2 messages/employee/week | 2.23 messages/employee/week | 113.7% | met | 3: 1.6 → 2.4 → 2.7 |",
            "| Time to close the monthly performance review (`review-close`) | 10 days | ≤ 3 days | 3 days | 100.0% | met | 1: 3 |",
            // (3.4 + 3.9 + 2.5 + 2.1 + 2 + 2.3) ÷ 6 = 16.2 ÷ 6 = 2.7, above the target 2; progress (3 − 2.7) ÷ (3 − 2) = 30%.
            "| SSO login failures per 1,000 logins (`sso-failures`) · must pass | 3 per 1,000 logins | ≤ 2 per 1,000 logins | 2.7 per 1,000 logins | 30.0% | **not met** | 6: 3.4 → 3.9 → 2.5 → 2.1 → 2 → 2.3 |",
            "| Employee satisfaction with the tool (`satisfaction`) | 60 % | ≥ 75 % | 74 % | 93.3% | not met | 2: 68 → 74 |",
        ])
        let decision = try #require(MarkdownSections.lines(under: "## Decision", in: result.text))
        #expect(decision == [
            "**Stage weights**: Desk 40% · Demo 20% · Pilot 40%; vendors without a pilot are excluded",
            "",
            "| Rank | Vendor | Combined | Desk | Demo | Pilot | Status |",
            "|---:|---|---:|---:|---:|---:|---|",
            // 0.4 × 79.72 + 0.2 × 63.11 + 0.4 × 82.12 = 31.888 + 12.622 + 32.848 = 77.358 → 77.36
            "| 1 | Yunqi HR (`yunqi`) | 77.36 | 79.72 | 63.11 | 82.12 | ranked |",
            "| – | Xinyue People (`xinyue`) | – | 81.70 | 64.77 | 84.67 | blocked |",
            "| – | Qingteng HR (`qingteng`) | – | 77.96 | 53.00 | – | not piloted |",
            "| – | Beichen HCM Suite (`beichen`) | – | 84.20 | 65.36 | – | knocked out |",
            "",
            "- Yunqi HR (`yunqi`): the pilot says no-go (1 of 4 targets hit (satisfaction; missed okr-checkins, feedback, review-close), 3 needed); it counts as a scoring stage only, as decision.pilotRequired is not set",
            "- Xinyue People (`xinyue`): blocked: must-pass pilot metric sso-failures is 2.7 per 1,000 logins, target ≤ 2 per 1,000 logins",
            "- Qingteng HR (`qingteng`): not piloted; the decision excludes vendors without a pilot",
            "- Beichen HCM Suite (`beichen`): knocked out by gate-go-live: needs 12 weeks to implement; go-live is due in 8 weeks",
            "",
            "**Recommended**: Yunqi HR (`yunqi`) — the only vendor left",
        ])
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
        // The name is shown, escaped, as a whole ranking row and a whole trace heading.
        #expect(result.lines.contains(#"| 2 | a \| b &lt;script&gt; (`yunqi`) | 64.56 | 100% | █████████████░░░░░░░ |"#), "the name is shown, escaped")
        #expect(result.lines.contains(#"### a \| b &lt;script&gt; (`yunqi`) — Rank 2 · Score 64.56 · coverage 100%"#))
        // Absence anywhere in the report: kept as `contains`.
        #expect(!report.contains("<script>"), "no raw script tag")
        #expect(!report.contains("<img"), "no raw HTML from a source")
        // The source is shown, escaped, in the fact's whole trace row.
        #expect(result.lines.contains(#"| › Mobile app | 0.90% (Catalog 0.64%) | 100.0 | 0.90 | `modules` | listed modules: Mobile app full → mean coverage 1 × 100 = 100<br>`modules.mobileApp` = full (source: RFP \| response &lt;img src=x&gt;; `vendors/yunqi.json:25:18`) |"#),
                "the source is shown, escaped")
        Self.expectWellFormed(report)
    }

    @Test func theChineseReportHasChineseHeadingsOnly() throws {
        let result = try BinaryRunner.run(["report", "samples/retail-10-stores", "--format", "markdown", "--lang", "zh"], environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        let report = result.text
        // Absence anywhere in the report: kept as `contains`.
        for english in ["## Summary", "## Ranking", "## Robustness", "## Pilots", "## Decision", "## Evaluator panel", "## Score trace",
                        "### Rank acceptability", "### Scores by group", "**Recommended**", "| Rank |", "| Vendor |", "| Metric |", "| Gate |"] {
            #expect(!report.contains(english), "English label \(english) in the Chinese report")
        }
        let sectionHeadings = MarkdownSections.headings(level: 2, in: report)
        #expect(sectionHeadings == ["## 摘要", "## 排名", "## 稳健性", "## 试点", "## 最终决策", "## 评估小组", "## 警告", "## 得分追溯"])
        for heading in sectionHeadings {
            #expect(!heading.contains { $0.isASCII && $0.isLetter }, "a section heading in English: \(heading)")
        }
        let summary = try #require(MarkdownSections.lines(under: "## 摘要", in: report))
        #expect(summary.first == "- **推荐**：Lingxi HR Cloud (`lingxi`)")
        #expect(summary.contains("- **稳健性**：稳健：lingxi 在 10,000 组保持重要性顺序的类别权重中 100% 保持第 1 名；任意两个类别之间的权重转移都不会改变胜出者"),
                "the robustness verdict is in Chinese, a whole line of the summary")
    }

    // MARK: - Helpers

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

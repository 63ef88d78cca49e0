import Foundation
import Testing
@testable import ShortlistKit

/// Coverage: a vendor scored on less of the weight never outranks the others silently.
///
/// A 70/30 quality/price tender: `demo` (a panel rating, 1–5, in group `quality`, weight 70) and
/// `price` (lowest price relative, annual cost, in group `cost`, weight 30). 100 staff.
///   a: 10 per employee-month → 12,000 a year; panel rating 4 → (4 − 1) ÷ 4 × 100 = 75
///   b: 12 → 14,400; rating 5 → 100
///   c:  8 →  9,600; no rating yet (awaiting)
///   d:  5 →  6,000; rating 5; knocked out (no 24×7 hotline)
/// Lowest compliant price 9,600 (c; d is out): price a = 100 × 9,600 ÷ 12,000 = 80,
/// b = 100 × 9,600 ÷ 14,400 = 66.667, c = 100, d = min(100, 160) = 100.
@Suite struct CoverageTests {
    static let scale = RatingScale(min: 1, max: 5, anchors: [ScaleAnchor(level: 1, "poor"), ScaleAnchor(level: 5, "excellent")])

    static func workspace(missing: MissingFactPolicy = .exclude, minimumCoverage: Double? = nil) -> Workspace {
        let catalog = Fixtures.catalog([
            Fixtures.group("quality", 70, [Fixtures.criterion("demo", 1, .rating(fact: "ratings.demo", scale: scale))]),
            Fixtures.group("cost", 30, [Fixtures.criterion("price", 1, .cost(basis: .annual, method: .lowestPrice))]),
        ], gates: [Gate(id: "hotline", kind: .fact("support.twentyFourSeven", .equal, .boolean(true)))], missing: missing)
        var profile = Fixtures.profile()
        if let minimumCoverage { profile.minimumCoverage = minimumCoverage }
        let hotline = ["support.twentyFourSeven": Fixtures.bool(true)]
        let vendors = [
            Fixtures.vendor("a", facts: hotline, pricing: Fixtures.pricing(perEmployeeMonth: 10)),
            Fixtures.vendor("b", facts: hotline, pricing: Fixtures.pricing(perEmployeeMonth: 12)),
            Fixtures.vendor("c", facts: hotline, pricing: Fixtures.pricing(perEmployeeMonth: 8)),
            Fixtures.vendor("d", facts: ["support.twentyFourSeven": Fixtures.bool(false)], pricing: Fixtures.pricing(perEmployeeMonth: 5)),
        ]
        var workspace = Workspace(profile: profile, catalog: catalog, vendors: vendors)
        workspace.ratings = [EvaluatorSheet(evaluator: "li", ratings: [
            Rating(evaluator: "li", vendor: "a", criterion: "demo", value: 4),
            Rating(evaluator: "li", vendor: "b", criterion: "demo", value: 5),
            Rating(evaluator: "li", vendor: "d", criterion: "demo", value: 5),
        ])]
        return workspace
    }

    @Test func aVendorWithoutRatingsIsIncompleteNotFirst() throws {
        // Today's main ranks c first with 100 (price alone: `exclude` passes the demo's 70 up).
        let evaluation = try Evaluation(workspace: Self.workspace())
        let ranking = evaluation.ranking
        // b = 0.7 × 100 + 0.3 × 66.667 = 90; a = 0.7 × 75 + 0.3 × 80 = 76.5.
        #expect(ranking.ranked.map(\.vendorID) == ["b", "a"])
        #expect(close(ranking.ranked.map(\.score), [90, 76.5]))
        #expect(ranking.ranked.map(\.coverage) == [1, 1])
        // c is scored on the price's 30% only: coverage 0.3 < 0.9.
        let c = try #require(ranking.incomplete.first)
        #expect(ranking.incomplete.map(\.vendorID) == ["c"])
        #expect(c.rank == nil && c.incomplete)
        #expect(close(c.coverage, 0.3))
        #expect(c.criteria[0].status == .awaiting)                          // not 0, not silently excluded
        #expect(evaluation.shortfall(of: c)?.en == "awaiting panel ratings for: demo (70% of the weight)")
        #expect(ranking.gaps.filter { $0.vendorID == "c" }.map { [$0.usedBy, $0.handling] } == [["demo", "awaiting panel ratings: left out of the total and of the coverage until rated"]])
        // Minimum 90%, lag 10 points behind the best (100%): c at 30% is not ranked.
        let warning = EvaluationWarning.incomplete(vendors: [.init(vendor: "c", coverage: c.coverage)], minimum: 0.9, lagPoints: 10, best: 1, rankedAnyway: false)
        #expect(ranking.warnings == [warning])
        #expect(warning.text.en == "incomplete vendors, scored on too little of the weight (below the minimum coverage of 90% or more than 10 points behind the best-covered vendor (100%)), are not ranked, never recommended by decide, and left out of the robustness analysis (SMAA and stability): c (coverage 30%); `rank --allow-incomplete` ranks them marked")
        // The robustness analysis compares b and a only.
        #expect(evaluation.robustness?.matrix.vendors == ["b", "a"])
    }

    @Test func awaitingOverridesEveryMissingFactPolicy() throws {
        // Under `worst` today's main scores c's demo 0 (c = 0.3 × 100 = 30); it is awaiting instead.
        for policy in [MissingFactPolicy.worst, .neutral, .exclude, .knockOut] {
            let evaluation = try Evaluation(workspace: Self.workspace(missing: policy))
            #expect(evaluation.ranking.incomplete.map(\.vendorID) == ["c"], "\(policy)")
            #expect(evaluation.ranking.incomplete.first?.criteria[0].status == .awaiting, "\(policy)")
        }
    }

    @Test func allowIncompleteRanksItMarked() throws {
        let evaluation = try Evaluation(workspace: Self.workspace(), allowIncomplete: true)
        let ranking = evaluation.ranking
        // c = 100 on price alone, ranked first but marked; b 90, a 76.5.
        #expect(ranking.ranked.map(\.vendorID) == ["c", "b", "a"])
        #expect(ranking.ranked.map(\.incomplete) == [true, false, false])
        #expect(ranking.incomplete.isEmpty)
        #expect(ranking.comparable.map(\.vendorID) == ["b", "a"])
        #expect(evaluation.robustness?.matrix.vendors == ["b", "a"])
        let c = try #require(ranking.ranked.first)
        #expect(ranking.warnings == [.incomplete(vendors: [.init(vendor: "c", coverage: c.coverage)], minimum: 0.9, lagPoints: 10, best: 1, rankedAnyway: true)])
    }

    @Test func decideNeverRecommendsAnIncompleteVendor() throws {
        var workspace = Self.workspace()
        workspace.profile.decision = DecisionSettings(stages: [(.desk, 30), (.demo, 70)], excludeNotPiloted: false)
        let decision = Decision(evaluation: try Evaluation(workspace: workspace), today: CalendarDate("2026-07-01")!)
        #expect(decision.winner == "b")
        let c = try #require(decision.entries.first { $0.vendorID == "c" })
        #expect(c.status == .incomplete && c.combined == nil && c.rank == nil)
        #expect(c.reasons.first == "incomplete, never recommended: scored on 30% of the weight (minimum 90%; best-covered vendor 100%); awaiting panel ratings for: demo (70% of the weight)")
    }

    @Test func beforeAnyRatingEveryVendorIsIncompleteAndTheTableSaysWhatToDo() throws {
        var workspace = Self.workspace()
        workspace.ratings = []
        // a, b and c all await the demo: each is scored on the price's 30% only.
        let evaluation = try Evaluation(workspace: workspace)
        #expect(evaluation.ranking.ranked.isEmpty)
        #expect(evaluation.ranking.incomplete.map(\.vendorID) == ["a", "b", "c"])   // equal coverage, by id
        #expect(!evaluation.ranking.warnings.contains(.noVendorPasses)) // negative check (the table below shows every warning)
        let table = String(decoding: TableRenderer().render(evaluation, options: RenderOptions()), as: UTF8.self)
        // The whole table: no ranking block at all, the advice instead; every coverage is the price's 30%.
        #expect(table.components(separatedBy: "\n") == [
            "Test Co",
            "catalog test · 4 vendors · 0 ranked · 1 knocked out · 3 incomplete",
            "",
            "No vendor is ranked: every compliant vendor is scored on too little of the weight (settings.minimumCoverage 90%). Rate the demos in ratings/, or rank them anyway, marked, with: shortlist rank --allow-incomplete.",
            "",
            "Incomplete (not ranked)",
            "  A (a): scored on 30% of the weight (minimum 90%; best-covered vendor 30%)",
            "    – awaiting panel ratings for: demo (70% of the weight)",
            "  B (b): scored on 30% of the weight (minimum 90%; best-covered vendor 30%)",
            "    – awaiting panel ratings for: demo (70% of the weight)",
            "  C (c): scored on 30% of the weight (minimum 90%; best-covered vendor 30%)",
            "    – awaiting panel ratings for: demo (70% of the weight)",
            "",
            "Knocked out",
            "  D (d): would score 100.00 on 30% of the weight (not comparable with ranked scores)",
            "    – hotline: support.twentyFourSeven = no (required: == yes)",
            "",
            "Data gaps",
            "  a: ratings.demo (for demo) — awaiting panel ratings: left out of the total and of the coverage until rated",
            "  b: ratings.demo (for demo) — awaiting panel ratings: left out of the total and of the coverage until rated",
            "  c: ratings.demo (for demo) — awaiting panel ratings: left out of the total and of the coverage until rated",
            "  1 data gap of knocked-out vendors (d) is left off: a knocked-out vendor cannot be chosen, so its missing facts need no chasing; --include-knocked-out lists it",
            "",
            "Warnings",
            "  – incomplete vendors, scored on too little of the weight (below the minimum coverage of 90% or more than 10 points behind the best-covered vendor (30%)), are not ranked, never recommended by decide, and left out of the robustness analysis (SMAA and stability): a (coverage 30%), b (coverage 30%), c (coverage 30%); `rank --allow-incomplete` ranks them marked",
            "",
        ])
    }

    @Test func aCriterionNoVendorAnsweredLeavesTheCoverageWhole() throws {
        // EvaluationTests' catalog under `exclude`: neither vendor states support.responseHours (0.6 × 1/4 = 15% of
        // the weight), so both are scored on the same 85%: that criterion tells them apart in nothing, and coverage is 100%.
        var profile = Fixtures.profile()
        profile.missingFacts = .exclude
        let noHours = { (id: String, price: Double) in
            Fixtures.vendor(id, facts: ["support.twentyFourSeven": Fixtures.bool(true)], pricing: Fixtures.pricing(perEmployeeMonth: price, implementation: 10_000))
        }
        let evaluation = try Fixtures.evaluate(EvaluationTests.catalog, profile, [noHours("p", 20), noHours("q", 25)])
        #expect(evaluation.ranking.ranked.map(\.vendorID) == ["p", "q"])
        #expect(evaluation.ranking.ranked.map(\.coverage) == [1, 1])
        #expect(evaluation.ranking.incomplete.isEmpty)
    }

    @Test func theLagRuleAndTheMinimumSetting() throws {
        // With a minimum of 0.25, c's 30% passes the minimum but lags the best (100%) by 70 points > 10.
        let lagging = try Evaluation(workspace: Self.workspace(minimumCoverage: 0.25))
        #expect(lagging.ranking.incomplete.map(\.vendorID) == ["c"])
        // The rule's edges: 0.9 is enough against a best of 1; 0.8999 is not; 0.85 lags 1 by 15 points.
        #expect(!Evaluation.isIncomplete(0.9, minimum: 0.9, best: 1))
        #expect(Evaluation.isIncomplete(0.8999, minimum: 0.9, best: 1))
        #expect(Evaluation.isIncomplete(0.85, minimum: 0.5, best: 1))
        #expect(!Evaluation.isIncomplete(0.9, minimum: 0.5, best: 1))
        #expect(!Evaluation.isIncomplete(0.3, minimum: 0, best: 0.35))
    }

    @Test func aKnockedOutVendorsWouldScoreCarriesItsCoverageAndNeverSortsWithScores() throws {
        let evaluation = try Evaluation(workspace: Self.workspace())
        let d = try #require(evaluation.ranking.eliminated.first)
        // d would score 0.7 × 100 + 0.3 × 100 = 100, above the winner's 90, on its whole weight.
        #expect(d.vendorID == "d" && close(d.score, 100) && d.coverage == 1)
        let csv = String(decoding: CSVRankingRenderer().render(evaluation, options: RenderOptions()), as: UTF8.self)
        let lines = csv.components(separatedBy: "\r\n")
        // Cost columns: a 10 × 12 × 100 = 12,000 a year, b 14,400, c 9,600; two years each, so TCO = 2 × year 1.
        #expect(lines[0] == "rank,vendor,name,score,coverage,would_score,status,quality,cost,knock_outs,currency,year1_cash,tco")
        #expect(lines[1] == "1,b,B,90.00,1.0000,,ranked,100.00,66.67,,CNY,14400.00,28800.00")
        #expect(lines[2] == "2,a,A,76.50,1.0000,,ranked,75.00,80.00,,CNY,12000.00,24000.00")
        // The incomplete and the knocked-out vendors: no score, their score in would_score.
        #expect(lines[3] == ",c,C,,0.3000,100.00,incomplete,,100.00,,CNY,9600.00,19200.00")
        #expect(lines[4].hasPrefix(",d,D,,1.0000,100.00,knocked out,100.00,100.00,hotline: "))
        let table = String(decoding: TableRenderer().render(evaluation, options: RenderOptions()), as: UTF8.self)
        // The whole table: b 90 and a 76.5 ranked; c apart as incomplete, d's would-score apart as knocked out.
        #expect(table.components(separatedBy: "\n") == [
            "Test Co",
            "catalog test · 4 vendors · 2 ranked · 1 knocked out · 1 incomplete",
            "",
            "Rank  Vendor  Score  Coverage",
            "   1  B (b)   90.00      100%  ██████████████████",
            "   2  A (a)   76.50      100%  ███████████████▎",
            "Robustness: robust: b keeps rank 1 in 100% of 10,000 weightings of the groups keeping the order of importance of the given weights; a 35.2-point shift of weight from quality to cost makes a overtake b",
            "",
            "Incomplete (not ranked)",
            "  C (c): scored on 30% of the weight (minimum 90%; best-covered vendor 100%)",
            "    – awaiting panel ratings for: demo (70% of the weight)",
            "",
            "Scores by group (0–100)",
            "Group    Weight      b     a",
            "quality     70%  100.0  75.0",
            "cost        30%   66.7  80.0",
            "",
            "Knocked out",
            "  D (d): would score 100.00 on 100% of the weight (not comparable with ranked scores)",
            "    – hotline: support.twentyFourSeven = no (required: == yes)",
            "",
            "Data gaps",
            "  c: ratings.demo (for demo) — awaiting panel ratings: left out of the total and of the coverage until rated",
            "",
            "Warnings",
            "  – incomplete vendors, scored on too little of the weight (below the minimum coverage of 90% or more than 10 points behind the best-covered vendor (100%)), are not ranked, never recommended by decide, and left out of the robustness analysis (SMAA and stability): c (coverage 30%); `rank --allow-incomplete` ranks them marked",
            "",
        ])
    }

    @Test func explainAndTheBoardAgreeWithRankOnCoverage() throws {
        let evaluation = try Evaluation(workspace: Self.workspace())
        let trace = try #require(ScoreTrace(evaluation: evaluation).text(vendorID: "c"))
        #expect(trace.hasPrefix("C (c) — INCOMPLETE, not ranked: scored on 30% of the weight (minimum 90%; best-covered vendor 100%); score 100.00 on that coverage, not comparable with ranked scores\ncoverage 30%: awaiting panel ratings for: demo (70% of the weight)\n"), "\(trace)")
        let b = try #require(ScoreTrace(evaluation: evaluation).text(vendorID: "b"))
        #expect(b.hasPrefix("B (b) — rank 1 of 2, score 90.00, coverage 100%\n"))
        let board = DecisionBoard(evaluation: evaluation, today: CalendarDate("2026-07-01")!)
        #expect(board.recommendation?.vendorID == "b")
        let markdown = MarkdownReport(board: board).render()
        let markdownLines = markdown.components(separatedBy: "\n")
        // The ranking table's rows: b and a only (c is not ranked).
        #expect(markdownLines.filter { $0.hasPrefix("| 1 ") || $0.hasPrefix("| 2 ") || $0.hasPrefix("| 3 ") } == [
            "| 1 | B (`b`) | 90.00 | 100% | ██████████████████░░ |",
            "| 2 | A (`a`) | 76.50 | 100% | ███████████████░░░░░ |",
        ])
        let incompleteHeading = try #require(markdownLines.firstIndex(of: "### Incomplete (not ranked)"))
        #expect(markdownLines[incompleteHeading...].prefix(4) == [
            "### Incomplete (not ranked)",
            "",
            "- C (`c`): scored on 30% of the weight (minimum 90%; best-covered vendor 100%); awaiting panel ratings for: demo (70% of the weight)",
            "",
        ])
        #expect(markdownLines.contains("### D (`d`) — Knocked out · would score 100.00 on 100% of the weight (not comparable with ranked scores)")) // a whole line
        let html = HTMLReport(board: board).render()
        // The ranking table's rows (each a line of its own): only b and a, with their score and coverage cells.
        #expect(html.components(separatedBy: "\n").filter { $0.hasPrefix("<tr data-vendor=") && $0.contains("<td class=\"score num\">") } == [
            "<tr data-vendor=\"b\"><td class=\"rank num\">1</td><td class=\"vendor\">B <span class=\"vendor-id\">b</span></td><td class=\"score num\">90.00</td><td class=\"coverage num\">100%</td><td class=\"bar\"><div class=\"bar-track\"><span class=\"bar-fill\" style=\"width:90%\"></span></div></td></tr>",
            "<tr data-vendor=\"a\"><td class=\"rank num\">2</td><td class=\"vendor\">A <span class=\"vendor-id\">a</span></td><td class=\"score num\">76.50</td><td class=\"coverage num\">100%</td><td class=\"bar\"><div class=\"bar-track\"><span class=\"bar-fill\" style=\"width:76.5%\"></span></div></td></tr>",
        ])
        #expect(html.components(separatedBy: "\n").filter { $0.hasPrefix("<li data-vendor=\"c\">") } == [
            "<li data-vendor=\"c\"><strong>C</strong> <span class=\"vendor-id\">c</span>: scored on 30% of the weight (minimum 90%; best-covered vendor 100%); awaiting panel ratings for: demo (70% of the weight)</li>",
        ])
        let json = String(decoding: JSONRankingRenderer().render(evaluation, options: RenderOptions()), as: UTF8.self)
        // The incomplete vendor's entry carries its coverage: 0.3 of the weight (the price's 30).
        struct IncompleteJSON: Decodable { var incomplete: [Entry]; struct Entry: Decodable { var vendor: String; var coverage: Double } }
        let incomplete = try JSONDecoder().decode(IncompleteJSON.self, from: Data(json.utf8)).incomplete
        #expect(incomplete.map(\.vendor) == ["c"])
        #expect(incomplete.map(\.coverage) == [0.3])
    }
}

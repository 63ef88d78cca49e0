import Foundation
import Testing
@testable import ShortlistKit

/// The robustness verdict (a 10,000-sample SMAA and a stability scan) runs once per evaluation,
/// however many renderers, copies and threads ask for it (issue 12 §4).
@Suite struct RobustnessCacheTests {
    /// Every renderer that shows the verdict — table, JSON, Markdown, workbook, decision board —
    /// on the retail sample, then the property twice more and through a copy: one run in all.
    @Test func everyRendererOfOneEvaluationSharesOneRun() throws {
        let evaluation = try PhraseTests.evaluation("retail-10-stores")
        #expect(evaluation.cache.robustnessRuns == 0)
        let table = String(decoding: TableRenderer().render(evaluation, options: RenderOptions()), as: UTF8.self)
        _ = JSONRankingRenderer().render(evaluation, options: RenderOptions())
        _ = MarkdownRenderer().render(evaluation, options: RenderOptions())
        _ = RankingWorkbook.render(evaluation, language: .english)
        let board = DecisionBoard(evaluation: evaluation, today: CalendarDate("2026-07-01")!)
        let copy = evaluation
        let first = try #require(evaluation.robustness), again = try #require(copy.robustness)
        #expect(evaluation.cache.robustnessRuns == 1)
        #expect(first.verdict == again.verdict)
        #expect(board.robustness?.verdict == first.verdict)
        #expect(table.split(separator: "\n").contains("Robustness: " + first.verdict(in: .english)[...]))  // this whole line is present
        #expect(first.verdict(in: .english) == "robust: lingxi keeps rank 1 in 100% of 10,000 weightings of the groups keeping the order of importance of the given weights; no transfer of weight between two groups changes the winner")
    }

    /// The cached verdict is the one a fresh evaluation computes: caching changes no number.
    @Test func theCachedVerdictEqualsAFreshOne() throws {
        let cached = try PhraseTests.evaluation("internet-300")
        _ = cached.robustness
        let fresh = try PhraseTests.evaluation("internet-300")
        let a = try #require(cached.robustness), b = try #require(fresh.robustness)
        #expect(a.verdict == b.verdict)
        #expect(a.winnerAcceptability == b.winnerAcceptability)
        #expect(a.smaa.acceptability == b.smaa.acceptability)
        #expect(cached.cache.robustnessRuns == 1 && fresh.cache.robustnessRuns == 1)
    }

    /// Eight threads asking at once see one value and cause one run.
    @Test func concurrentFirstUsesRunOnce() throws {
        let evaluation = try PhraseTests.evaluation("retail-10-stores")
        let verdicts = Parallel.map(8) { _ in evaluation.robustness?.verdict ?? "" }
        #expect(Set(verdicts).count == 1)
        #expect(!verdicts[0].isEmpty)
        #expect(evaluation.cache.robustnessRuns == 1)
    }

    /// With fewer than two comparable vendors there is no verdict, and nothing runs.
    @Test func noVerdictAndNoRunWithOneVendor() throws {
        let evaluation = try Fixtures.evaluate(EvaluationTests.catalog, Fixtures.profile(), [EvaluationTests.x])
        #expect(evaluation.robustness == nil)
        #expect(evaluation.cache.robustnessRuns == 0)
    }
}

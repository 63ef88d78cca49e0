import Testing
@testable import ShortlistKit

/// What the board says about the decision and the ranking's robustness (issue 10 section 5).
@Suite struct BoardVerdictTests {
    /// Two vendors with the same facts tie for rank 1 (w and x, as in ``EvaluationTests``), y is third.
    @Test func onATieTheRobustnessLineNeverNamesOneVendorAsWinnerAndOvertaker() throws {
        let twin = Fixtures.vendor("w", facts: EvaluationTests.x.facts, pricing: EvaluationTests.x.pricing)
        let evaluation = try Fixtures.evaluate(EvaluationTests.catalog, Fixtures.profile(), [EvaluationTests.x, EvaluationTests.y, twin])
        let robustness = try #require(evaluation.robustness)
        let verdict = robustness.verdict
        #expect(verdict.hasPrefix("fragile: w, x tie for rank 1 (w is listed first by id and keeps rank 1 in "), "\(verdict)")
        #expect(verdict.contains("; any shift of weight from "), "\(verdict)")
        #expect(verdict.contains("breaks the tie, putting "), "\(verdict)")
        #expect(!verdict.contains("overtake"), "\(verdict)")
        #expect(!robustness.verdict(in: .chinese).contains("超过"))
        #expect(robustness.verdict(in: .chinese).hasPrefix("不稳健：w、x 并列第 1 名"))
    }
}

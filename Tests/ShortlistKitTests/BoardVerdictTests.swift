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
        // w and x score alike under every weighting, so the sampled ties split rank 1 evenly: 50%.
        #expect(verdict == "fragile: w, x tie for rank 1 (w is listed first by id and keeps rank 1 in 50% of 10,000 weightings of the groups keeping the order of importance of the given weights); any shift of weight from A to B breaks the tie, putting y ahead of w")
        #expect(robustness.verdict(in: .chinese) == "不稳健：w、x 并列第 1 名（w 按编号排在前面，在 10,000 组保持重要性顺序的类别权重中 50% 保持第 1 名）；任何从 A 到 B 的权重转移都会打破并列，使 y 领先于 w")
        // Never "overtake" (a tie has no one to overtake), in either language: absence, kept as `contains`.
        #expect(!verdict.contains("overtake"), "\(verdict)")
        #expect(!robustness.verdict(in: .chinese).contains("超过"))
    }
}

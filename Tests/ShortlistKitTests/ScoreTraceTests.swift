import Testing
@testable import ShortlistKit

/// The text trace (`shortlist explain`) on hand-built evaluations: the lines for a dropped
/// criterion and for a knock-out by a missing fact, with the figures worked out by hand.
@Suite struct ScoreTraceTests {
    @Test func droppedCriterionShowsBothWeights() throws {
        var profile = Fixtures.profile()
        profile.missingFacts = .exclude
        let catalog = HTMLReportTests.catalog
        let evaluation = try Fixtures.evaluate(catalog, profile, HTMLReportTests.vendors())
        let text = try #require(ScoreTrace(evaluation: evaluation).text(vendorID: "w"))
        // C (20 %) is dropped for w: A 50 → 62.5 %, B 30 → 37.5 %; onsite keeps its 20 % catalog weight.
        #expect(text.contains("weight 20.00% in the catalog, 0.00% for this vendor after dropping excluded criteria"))
        #expect(text.contains("support.onsite (for onsite) — criterion dropped for this vendor"))
        let groupA = try #require(text.split(separator: "\n").first { $0.hasPrefix("  A · A") })
        #expect(groupA.contains("62.50%"))
        // The trace's rows and the board's table agree figure by figure.
        let rows = TraceTable(evaluation: evaluation, vendor: evaluation.vendorIndex(of: "w")!).rows
        #expect(rows.map(\.id) == ["A", "response", "hotline", "B", "cost", "C", "onsite"])
        #expect(close(rows[0].weight, 0.625) && close(rows[3].weight, 0.375) && close(rows[5].weight, 0))
        #expect(rows[5].score == nil)
        #expect(close(rows.filter(\.isCriterion).reduce(0) { $0 + $1.contribution }, evaluation.score(of: "w")!.score))
    }

    @Test func knockOutByAMissingFactIsAFailedGateLine() throws {
        var profile = Fixtures.profile()
        profile.missingFacts = .knockOut
        let evaluation = try Fixtures.evaluate(HTMLReportTests.catalog, profile, HTMLReportTests.vendors())
        let text = try #require(ScoreTrace(evaluation: evaluation).text(vendorID: "w"))
        #expect(text.contains("KNOCKED OUT (would score"))
        #expect(text.contains("  FAIL  onsite (missing fact): support.onsite is not stated and criterion onsite knocks out vendors that leave it open"))
    }
}

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
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // C (20 %) is dropped for w: A 50 → 62.5 %, B 30 → 37.5 %; onsite keeps its 20 % catalog weight.
        let groupC = try #require(lines.firstIndex { $0.hasPrefix("  C · C") })
        #expect(Array(lines[groupC...].prefix(4)) == [
            "  C · C                                                     0.00%       –     0.00",
            "    onsite · onsite                                         0.00%     0.0     0.00",
            "        rule boolean: support.onsite is not stated; policy exclude → criterion dropped, weight shared among its siblings",
            "        weight 20.00% in the catalog, 0.00% for this vendor after dropping excluded criteria",
        ])
        let gaps = try #require(lines.firstIndex(of: "Data gaps"))
        #expect(Array(lines[gaps...].prefix(3)) == [
            "Data gaps",
            "  support.onsite (for onsite) — criterion dropped for this vendor, its weight shared among its siblings (policy exclude)",
            "",
        ])
        // A's score (1 × 97 + 3 × 100) ÷ 4 = 99.25 → 99.3; its points 0.625 × 99.25 = 62.03.
        #expect(lines.first { $0.hasPrefix("  A · A") } == "  A · A                                                    62.50%    99.3    62.03")
        // 62.03 + 0.375 × 95.27 (35.73) = 97.76 on 80% of the catalog's weight.
        #expect(lines.first == "W (w) — INCOMPLETE, not ranked: scored on 80% of the weight (minimum 90%; best-covered vendor 100%); score 97.76 on that coverage, not comparable with ranked scores")
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
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Would score 0.5 × 99.25 + 0.3 × 95.27 + 0.2 × 0 = 49.63 + 28.58 = 78.21.
        #expect(lines.first == "W (w) — KNOCKED OUT (would score 78.21 on 100% of the weight (not comparable with ranked scores))")
        let gates = try #require(lines.firstIndex(of: "Gates"))
        #expect(Array(lines[gates...].prefix(3)) == [
            "Gates",
            "  FAIL  onsite (missing fact): support.onsite is not stated and criterion onsite knocks out vendors that leave it open",
            "",
        ])
    }
}

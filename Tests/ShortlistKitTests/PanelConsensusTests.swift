import Testing
@testable import ShortlistKit

/// Consensus, disagreement, conflicts, overrides and calibration, worked by hand.
@Suite struct PanelConsensusTests {
    static let scale = RatingScale(min: 1, max: 5)
    static let criteria = [PanelConsensus.RatedCriterion(id: "ux", scale: scale)]

    static func sheet(_ evaluator: String, _ values: [String: Double], conflicts: [ConflictDeclaration] = []) -> EvaluatorSheet {
        EvaluatorSheet(evaluator: evaluator, conflicts: conflicts, ratings: values.sorted { $0.key < $1.key }.map {
            Rating(evaluator: evaluator, vendor: $0.key, criterion: "ux", value: $0.value, comment: "c")
        })
    }

    @Test func combineMethods() {
        #expect(PanelConsensus.combine([2, 4, 5], .mean) == 11.0 / 3)
        #expect(PanelConsensus.combine([2, 4, 5, 1], .median) == 3)
        #expect(PanelConsensus.combine([5, 1, 3], .median) == 3)
        // 20 % of 5 ratings = 1 dropped at each end: mean of 2, 3, 4.
        #expect(PanelConsensus.combine([1, 2, 3, 4, 5], .trimmedMean(fraction: 0.2)) == 3)
        #expect(PanelConsensus.combine([1, 5], .trimmedMean(fraction: 0.2)) == 3)      // nothing trimmed below 1 each end
    }

    @Test func blanksAreNotZerosAndConflictsAreExcluded() {
        let sheets = [
            Self.sheet("a", ["v1": 4, "v2": 2]),
            Self.sheet("b", ["v1": 5]),                                                  // b did not rate v2
            Self.sheet("c", ["v1": 1, "v2": 5], conflicts: [ConflictDeclaration(vendor: "v2", reason: "former employee")]),
        ]
        let panel = PanelConsensus(sheets: sheets, settings: PanelSettings(), criteria: Self.criteria, vendors: ["v1", "v2"])
        let v1 = panel.cell(vendor: "v1", criterion: "ux")!
        #expect(v1.consensus == 10.0 / 3)
        #expect(v1.spread == 4)
        #expect(v1.disagreement)                           // 4 ≥ 30 % of 4
        let v2 = panel.cell(vendor: "v2", criterion: "ux")!
        #expect(v2.consensus == 2)                         // only a's rating: b's blank and c's conflicted rating do not count
        #expect(v2.missing == ["b"])
        #expect(v2.excluded.map(\.evaluator) == ["c"])
        #expect(!v2.disagreement)
    }

    @Test func disagreementThresholdIsAShareOfTheScale() {
        let sheets = [Self.sheet("a", ["v": 2]), Self.sheet("b", ["v": 3])]
        let relaxed = PanelConsensus(sheets: sheets, settings: PanelSettings(), criteria: Self.criteria, vendors: ["v"])
        #expect(!relaxed.cell(vendor: "v", criterion: "ux")!.disagreement)         // spread 1 < 1.2
        let strict = PanelConsensus(sheets: sheets, settings: PanelSettings(disagreementThreshold: 0.25), criteria: Self.criteria, vendors: ["v"])
        #expect(strict.cell(vendor: "v", criterion: "ux")!.disagreement)            // spread 1 ≥ 1.0
    }

    @Test func overrideReplacesTheConsensusButKeepsTheRatings() {
        let settings = PanelSettings(overrides: [ConsensusOverride(vendor: "v", criterion: "ux", value: 3, reason: "agreed")])
        let panel = PanelConsensus(sheets: [Self.sheet("a", ["v": 2]), Self.sheet("b", ["v": 5])], settings: settings, criteria: Self.criteria, vendors: ["v"])
        let cell = panel.cell(vendor: "v", criterion: "ux")!
        #expect(cell.computed == 3.5)
        #expect(cell.consensus == 3)
        #expect(cell.entries.map(\.value) == [2, 5])
    }

    @Test func calibrationRescalesEachEvaluatorToThePanel() {
        // a rates everything one level above b. Shares of the 1–5 scale: a 0.75, 1.0 (μ 0.875, σ 0.125);
        // b 0.5, 0.75 (μ 0.625, σ 0.125); panel μ 0.75, σ = sqrt(mean of squares of 0, .25, -.25, 0) = 0.176777.
        let sheets = [Self.sheet("a", ["v1": 4, "v2": 5]), Self.sheet("b", ["v1": 3, "v2": 4])]
        let panel = PanelConsensus(sheets: sheets, settings: PanelSettings(calibrate: true), criteria: Self.criteria, vendors: ["v1", "v2"])
        let v1 = panel.cell(vendor: "v1", criterion: "ux")!
        // Both evaluators' v1 is their own mean − σ_e: calibrated to 0.75 − 0.176777 = 0.573223 → 1 + 4 × 0.573223 = 3.292893.
        #expect(close(v1.entries[0].used, 3.292893, 1e-6))
        #expect(close(v1.entries[1].used, 3.292893, 1e-6))
        #expect(!v1.disagreement)
        #expect(close(panel.cell(vendor: "v2", criterion: "ux")!.consensus, 4.707107, 1e-6))
    }
}

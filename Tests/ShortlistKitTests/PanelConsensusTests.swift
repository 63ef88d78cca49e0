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

    @Test func calibrationSplitsTheOffsetOfTwoEvaluators() {
        // a rates everything one level above b on the 1–5 scale (range 4): a − b = 0.25 of the scale on both
        // shared cells. The median of two offsets is their midpoint: a +0.125, b −0.125 (0.5 points each way).
        let sheets = [Self.sheet("a", ["v1": 4, "v2": 5]), Self.sheet("b", ["v1": 3, "v2": 4])]
        let panel = PanelConsensus(sheets: sheets, settings: PanelSettings(calibrate: true), criteria: Self.criteria, vendors: ["v1", "v2"])
        #expect(panel.calibration.map(\.offset) == [0.125, -0.125])
        #expect(panel.calibration.map(\.sharedCells) == [2, 2])
        #expect(panel.calibration.map(\.flag) == [.lenient, .severe])            // 12.5 % ≥ 10 %
        let v1 = panel.cell(vendor: "v1", criterion: "ux")!
        // 4 − 0.5 = 3.5 and 3 + 0.5 = 3.5: no spread left.
        #expect(v1.entries.map(\.used) == [3.5, 3.5])
        #expect(v1.spread == 0)
        #expect(panel.cell(vendor: "v2", criterion: "ux")!.consensus == 4.5)  // 5 − 0.5 and 4 + 0.5
    }

    /// Two criteria on different scales; `bias` is added to e5's ratings as a share of each scale.
    static func fivePanel(bias: Double) -> [EvaluatorSheet] {
        let truth: [String: [String: Double]] = [
            "ux": ["v1": 6, "v2": 4, "v3": 7, "v4": 5],          // 0–10 scale
            "fit": ["v1": 3, "v2": 2, "v3": 4, "v4": 3],         // 1–5 scale
        ]
        // Disagreement that is not a bias: e1 and e2 differ by ±0.5 on v1 and v2 in opposite directions, so each
        // evaluator's and each cell's noise sums to zero and the least-squares offsets of e1…e4 are exactly 0.
        let noise: [String: [String: Double]] = ["e1": ["v1/ux": 0.5, "v2/ux": -0.5], "e2": ["v1/ux": -0.5, "v2/ux": 0.5]]
        return ["e1", "e2", "e3", "e4", "e5"].map { e in
            var ratings: [Rating] = []
            for criterion in ["fit", "ux"] {
                let range = criterion == "ux" ? 10.0 : 4.0
                for (vendor, value) in truth[criterion]!.sorted(by: { $0.key < $1.key }) {
                    if e == "e5" && vendor == "v4" { continue }                       // e5 skips v4
                    let shift = e == "e5" ? bias * range : noise[e]?[vendor + "/" + criterion] ?? 0
                    ratings.append(Rating(evaluator: e, vendor: vendor, criterion: criterion, value: value + shift, comment: nil))
                }
            }
            return EvaluatorSheet(evaluator: e, conflicts: [], ratings: ratings)
        }
    }
    static let twoScales = [
        PanelConsensus.RatedCriterion(id: "ux", scale: RatingScale(min: 0, max: 10)),
        PanelConsensus.RatedCriterion(id: "fit", scale: RatingScale(min: 1, max: 5)),
    ]
    static let fourVendors = ["v1", "v2", "v3", "v4"]

    @Test func calibrationRemovesALenientEvaluatorsOffsetExactly() {
        // e5 rates +1.5 on the 0–10 scale (+0.6 on 1–5: 15 % of each range) and skips v4. The unbiased panel is the
        // same five with e5's bias removed; calibration must give its consensus on every cell.
        let biased = PanelConsensus(sheets: Self.fivePanel(bias: 0.15), settings: PanelSettings(calibrate: true), criteria: Self.twoScales, vendors: Self.fourVendors)
        let unbiased = PanelConsensus(sheets: Self.fivePanel(bias: 0), settings: PanelSettings(), criteria: Self.twoScales, vendors: Self.fourVendors)
        let uncalibrated = PanelConsensus(sheets: Self.fivePanel(bias: 0.15), settings: PanelSettings(), criteria: Self.twoScales, vendors: Self.fourVendors)
        for vendor in Self.fourVendors {
            for criterion in ["ux", "fit"] {
                let want = unbiased.cell(vendor: vendor, criterion: criterion)!.consensus!
                #expect(close(biased.cell(vendor: vendor, criterion: criterion)!.consensus, want, 1e-9), "\(vendor)/\(criterion)")
            }
        }
        // v1 on ux, by hand: unbiased (6.5 + 5.5 + 6 + 6 + 6) / 5 = 6; uncalibrated e5 gave 7.5 → 31.5 / 5 = 6.3.
        #expect(close(unbiased.cell(vendor: "v1", criterion: "ux")!.consensus, 6))
        #expect(close(uncalibrated.cell(vendor: "v1", criterion: "ux")!.consensus, 6.3))
        // The offsets: e5 +0.15 of the scale (1.5 points on 0–10), the others 0; e5 shares 3 vendors × 2 criteria.
        #expect(close(biased.calibration[4].offset, 0.15))
        #expect(biased.calibration[0..<4].allSatisfy { $0.offset == 0 && $0.flag == nil })
        #expect(biased.calibration[4].flag == .lenient)
        #expect(biased.calibration[4].sharedCells == 6)
        #expect(biased.calibration[0].sharedCells == 8)
        // v4, which e5 did not rate, keeps exactly the consensus it has without calibration: (5 × 4) / 4 = 5.
        for criterion in ["ux", "fit"] {
            #expect(biased.cell(vendor: "v4", criterion: criterion)!.consensus == uncalibrated.cell(vendor: "v4", criterion: criterion)!.consensus)
        }
        #expect(biased.cell(vendor: "v4", criterion: "ux")!.consensus == 5)
    }

    @Test func anEvaluatorWithNoSharedCellIsReportedAndLeftAlone() {
        // f rated only v9, which nobody else rated: no offset can be estimated, so f's 5 stays 5.
        var sheets = Self.fivePanel(bias: 0.15)
        sheets.append(EvaluatorSheet(evaluator: "f", conflicts: [], ratings: [Rating(evaluator: "f", vendor: "v9", criterion: "ux", value: 9, comment: nil)]))
        let panel = PanelConsensus(sheets: sheets, settings: PanelSettings(calibrate: true), criteria: Self.twoScales, vendors: Self.fourVendors + ["v9"])
        let f = panel.calibration[5]
        #expect(f.evaluator == "f" && f.offset == nil && f.sharedCells == 0 && f.flag == nil)
        #expect(panel.cell(vendor: "v9", criterion: "ux")!.entries.map(\.used) == [9])
        #expect(close(panel.calibration[4].offset, 0.15))                           // the others are estimated as before
    }

    @Test func theLeniencyThresholdIsAShareOfTheScale() {
        // e5's offset is 0.15 of the scale: flagged at the default 10 %, not at 20 %.
        var settings = PanelSettings()
        settings.leniencyThreshold = 0.2
        let relaxed = PanelConsensus(sheets: Self.fivePanel(bias: 0.15), settings: settings, criteria: Self.twoScales, vendors: Self.fourVendors)
        #expect(relaxed.calibration[4].flag == nil)
        let severe = PanelConsensus(sheets: Self.fivePanel(bias: -0.15), settings: PanelSettings(), criteria: Self.twoScales, vendors: Self.fourVendors)
        #expect(severe.calibration[4].flag == .severe)
        // Without calibration the ratings are used as given, whatever the offsets.
        #expect(severe.cell(vendor: "v1", criterion: "ux")!.entries[4].used == 4.5)
    }
}

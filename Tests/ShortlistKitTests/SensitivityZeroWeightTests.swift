import Testing
@testable import ShortlistKit

/// A criterion of weight 0 takes no part in the weight sampling of SMAA.
@Suite struct SensitivityZeroWeightTests {
    static let curve = PiecewiseLinear([(0, 0), (100, 100)])

    static func evaluation(withZeroWeight: Bool) throws -> Evaluation {
        var criteria = [Fixtures.criterion("x", 1, .scale(fact: "x", curve: curve)), Fixtures.criterion("y", 1, .scale(fact: "y", curve: curve))]
        if withZeroWeight { criteria.append(Fixtures.criterion("z", 0, .scale(fact: "z", curve: curve))) }
        // v2 is far ahead on z: if z were sampled, v2 would win many more weightings.
        let vendors = [
            Fixtures.vendor("v1", facts: ["x": Fixtures.number(90), "y": Fixtures.number(40), "z": Fixtures.number(0)]),
            Fixtures.vendor("v2", facts: ["x": Fixtures.number(30), "y": Fixtures.number(80), "z": Fixtures.number(100)]),
        ]
        return try Fixtures.evaluate(Fixtures.catalog(criteria), Fixtures.profile(), vendors)
    }

    @Test(arguments: [Sensitivity.WeightMode.uniform, .ordinal, .around(0.5)])
    func aZeroWeightCriterionIsNotSampled(mode: Sensitivity.WeightMode) throws {
        let with = try Sensitivity(evaluation: Self.evaluation(withZeroWeight: true), level: .criteria, mode: mode, samples: 4_000, seed: 7)
        let without = try Sensitivity(evaluation: Self.evaluation(withZeroWeight: false), level: .criteria, mode: mode, samples: 4_000, seed: 7)
        #expect(with.unsampled == ["z"])
        #expect(without.unsampled.isEmpty)
        // The same weightings are drawn over x and y, so the acceptabilities are those of the catalog without z.
        #expect(with.smaa.acceptability == without.smaa.acceptability)
        #expect(with.smaa.criteria == ["x", "y", "z"])
        for central in with.smaa.centralWeights.compactMap({ $0 }) { #expect(central[2] == 0) }
        // With w the weight of x: v1 − v2 = (90 − 30) w + (40 − 80)(1 − w) = 100 w − 40 > 0 when w > 0.4, so P(v1 first) = 0.6.
        if mode == .uniform { #expect(abs(with.smaa.winProbabilities[0] - 0.6) < 0.03) }
        let text = SensitivityReport(with).text
        #expect(text.split(separator: "\n").contains("Not sampled (weight 0, so no weighting gives them any): z"))  // this whole line is present
    }
}

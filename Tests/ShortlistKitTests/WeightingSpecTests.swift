import Testing
@testable import ShortlistKit

/// Group weightings: points, rank orders and AHP judgments, resolved against a group's children.
@Suite struct WeightingSpecTests {
    let children = ["a", "b", "c"]

    @Test func pointsAreNormalised() throws {
        #expect(try WeightingSpec.points.resolve(children: children, points: [1, 1, 2]).weights == [0.25, 0.25, 0.5])
        #expect(throws: WeightingError.self) { try WeightingSpec.points.resolve(children: children, points: [0, 0, 0]) }
    }

    @Test func rankOrderCentroidWithATie() throws {
        // ROC for n = 3: 11/18, 5/18, 2/18; b and c tied at rank 2 share (5 + 2)/36 each.
        let spec = WeightingSpec.rankOrder(order: [["a"], ["b", "c"]], formula: .centroid)
        let w = try spec.resolve(children: children, points: [0, 0, 0]).weights
        #expect(close(w, [11.0 / 18, 7.0 / 36, 7.0 / 36]))
        #expect(throws: WeightingError.self) { try WeightingSpec.rankOrder(order: [["a"], ["b"]], formula: .centroid).resolve(children: children, points: []) }
        #expect(throws: WeightingError.self) { try WeightingSpec.rankOrder(order: [["a"], ["b"], ["x"]], formula: .centroid).resolve(children: children, points: []) }
    }

    @Test func consistentAHPJudgmentsGiveTheirRatios() throws {
        // a = 2b = 4c exactly: weights 4/7, 2/7, 1/7, λmax = 3, CR = 0.
        let spec = WeightingSpec.ahp(judgments: [AHPJudgment("a", "b", 2), AHPJudgment("a", "c", 4), AHPJudgment("c", "b", 0.5)], randomIndex: .saaty, acceptInconsistent: false)
        let resolved = try spec.resolve(children: children, points: [])
        #expect(close(resolved.weights, [4.0 / 7, 2.0 / 7, 1.0 / 7], 1e-9))
        #expect(close(resolved.ahp?.lambdaMax, 3, 1e-9))
        #expect(close(resolved.ahp?.consistencyRatio, 0, 1e-9))
    }

    @Test func inconsistentAHPIsRefusedUnlessAccepted() throws {
        // a > b, b > c, but c ≫ a: CR far above 0.10.
        let judgments = [AHPJudgment("a", "b", 5), AHPJudgment("b", "c", 5), AHPJudgment("c", "a", 5)]
        let refused = WeightingSpec.ahp(judgments: judgments, randomIndex: .saaty, acceptInconsistent: false)
        #expect(throws: WeightingError.self) { try refused.resolve(children: children, points: []) }
        do {
            _ = try refused.resolve(children: children, points: [])
        } catch {
            // The matrix is circulant with rows summing to 1 + 5 + 1/5 = 6.2, so λmax = 6.2, CI = (6.2 − 3) ÷ 2 = 1.6 and
            // CR = 1.6 ÷ 0.58 = 2.759; the weights are equal, so every consistent ratio is 1.
            #expect(error.description == #"the AHP judgments are inconsistent: CR = 2.759 > 0.1 (Saaty (1980/1987) random index 0.58); the judgments that contribute most: a vs b = 5 (consistent: 1); c vs a = 5 (consistent: 1); b vs c = 5 (consistent: 1); revise them or set "acceptInconsistent": true"#)
        }
        let accepted = WeightingSpec.ahp(judgments: judgments, randomIndex: .saaty, acceptInconsistent: true)
        #expect(try accepted.resolve(children: children, points: []).ahp?.isConsistent == false)
    }

    @Test func missingAndRepeatedPairsAreErrors() {
        let missing = WeightingSpec.ahp(judgments: [AHPJudgment("a", "b", 2)], randomIndex: .saaty, acceptInconsistent: false)
        #expect(throws: WeightingError(description: "AHP needs a judgment for every pair; missing: a vs c, b vs c")) { try missing.resolve(children: children, points: []) }
        let twice = WeightingSpec.ahp(judgments: [AHPJudgment("a", "b", 2), AHPJudgment("b", "a", 0.5)], randomIndex: .saaty, acceptInconsistent: false)
        #expect(throws: WeightingError(description: "\"b\" and \"a\" are compared twice", entry: 1)) { try twice.resolve(children: children, points: []) }
    }

    @Test func theTreeUsesTheGroupsMethod() {
        let catalog = Fixtures.catalog([
            Fixtures.group("g", 1, [
                Fixtures.criterion("a", 1, .boolean(fact: "support.twentyFourSeven", whenTrue: 100, whenFalse: 0)),
                Fixtures.criterion("b", 1, .boolean(fact: "support.twentyFourSeven", whenTrue: 100, whenFalse: 0)),
            ]),
        ])
        let tree = WeightTree(catalog: catalog, weighting: [WeightingOverride(group: "g", spec: .rankOrder(order: [["b"], ["a"]], formula: .sum))])
        // Rank sum for n = 2: 2/3 and 1/3; b is first.
        #expect(close(tree.leaves.map { tree.nodes[$0].globalWeight }, [1.0 / 3, 2.0 / 3]))
        #expect(tree.weightings["g"]?.method == "rankOrder (\(RankOrderMethod.sum.displayName))")
    }
}

import Testing
@testable import ShortlistKit

/// Normalisation of weights within groups and along paths.
@Suite struct WeightTreeTests {
    static let catalog = Fixtures.catalog([
        Fixtures.group("g1", 3, [
            Fixtures.criterion("a", 1, .boolean(fact: "support.twentyFourSeven", whenTrue: 100, whenFalse: 0)),
            Fixtures.criterion("b", 3, .boolean(fact: "support.twentyFourSeven", whenTrue: 100, whenFalse: 0)),
        ]),
        Fixtures.group("g2", 1, [
            Fixtures.group("g21", 1, [Fixtures.criterion("c", 5, .boolean(fact: "support.twentyFourSeven", whenTrue: 100, whenFalse: 0))]),
            Fixtures.criterion("d", 1, .boolean(fact: "support.twentyFourSeven", whenTrue: 100, whenFalse: 0)),
        ]),
    ])

    @Test func localAndGlobalWeights() {
        let tree = WeightTree(catalog: Self.catalog)
        let global = Dictionary(uniqueKeysWithValues: tree.nodes.map { ($0.id, $0.globalWeight) })
        #expect(global["g1"] == 0.75)
        #expect(global["a"] == 0.1875)     // 0.75 × 1/4
        #expect(global["b"] == 0.5625)
        #expect(global["c"] == 0.125)      // 0.25 × 1/2 × 1
        #expect(global["d"] == 0.125)
        #expect(tree.leaves.map { tree.nodes[$0].id } == ["a", "b", "c", "d"])
        #expect(tree.leafTopGroup == [0, 0, 1, 1])
    }

    @Test func droppedLeavesShareTheirWeightWithSiblings() {
        let tree = WeightTree(catalog: Self.catalog)
        #expect(close(tree.effectiveWeights(present: [false, true, true, true]), [0, 0.75, 0.125, 0.125]))
        // Dropping c empties g21, whose share goes to d.
        #expect(close(tree.effectiveWeights(present: [true, true, false, true]), [0.1875, 0.5625, 0, 0.25]))
        // Dropping all of g1 gives everything to g2.
        #expect(close(tree.effectiveWeights(present: [false, false, true, true]), [0, 0, 0.5, 0.5]))
    }

    @Test func zeroSumGroupsAreReported() {
        let tree = WeightTree(catalog: Self.catalog, overrides: [WeightOverride(id: "a", weight: 0), WeightOverride(id: "b", weight: 0)])
        #expect(tree.problems() == ["the weights inside group \"g1\" sum to zero after the profile's overrides"])
    }
}

import Testing
@testable import ShortlistKit

/// Rank-order weights: exact values of the published formulas, ties, and bad rank orders.
///
/// Expected values are the formulas evaluated exactly as fractions: ROC (Barron & Barrett 1996)
/// for n = 4 is 25/48, 13/48, 7/48, 3/48 — the 0.5208, 0.2708, 0.1458, 0.0625 of their table;
/// RS and RR (Stillwell, Seaver & Edwards 1981) for n = 4 are 4/10 … 1/10 and 12/25, 6/25, 4/25, 3/25.
@Suite struct RankOrderWeightsTests {
    @Test func rankOrderCentroid() {
        expectClose(RankOrderMethod.centroid.weights(count: 1), [1])
        expectClose(RankOrderMethod.centroid.weights(count: 2), [3.0 / 4, 1.0 / 4])
        expectClose(RankOrderMethod.centroid.weights(count: 3), [11.0 / 18, 5.0 / 18, 2.0 / 18])
        expectClose(RankOrderMethod.centroid.weights(count: 4), [25.0 / 48, 13.0 / 48, 7.0 / 48, 3.0 / 48])
        // Barron & Barrett (1996), 4 decimals.
        expectClose(RankOrderMethod.centroid.weights(count: 4), [0.5208, 0.2708, 0.1458, 0.0625], 0.00005)
        // n = 5: 137/300, 77/300, 47/300, 27/300, 12/300.
        expectClose(RankOrderMethod.centroid.weights(count: 5), [137.0 / 300, 77.0 / 300, 47.0 / 300, 27.0 / 300, 12.0 / 300])
    }

    @Test func rankSumAndRankReciprocal() {
        expectClose(RankOrderMethod.sum.weights(count: 4), [0.4, 0.3, 0.2, 0.1])
        expectClose(RankOrderMethod.sum.weights(count: 3), [3.0 / 6, 2.0 / 6, 1.0 / 6])
        expectClose(RankOrderMethod.reciprocal.weights(count: 4), [0.48, 0.24, 0.16, 0.12])
        expectClose(RankOrderMethod.reciprocal.weights(count: 3), [6.0 / 11, 3.0 / 11, 2.0 / 11])
    }

    @Test(arguments: RankOrderMethod.allCases)
    func weightsSumToOneAndDecrease(method: RankOrderMethod) {
        for n in 1...15 {
            let weights = method.weights(count: n)
            #expect(weights.count == n)
            #expect(abs(weights.reduce(0, +) - 1) < 1e-12, "\(method) n=\(n)")
            for k in 1..<n { #expect(weights[k] < weights[k - 1]) }
        }
        #expect(method.weights(count: 0).isEmpty)
    }

    @Test func positionsInAnyOrder() throws {
        let order = try RankOrder(names: ["ux", "cost", "support"], positions: [3, 1, 2])
        expectClose(order.weights(), [2.0 / 18, 11.0 / 18, 5.0 / 18])
        expectClose(order.weights(.sum), [1.0 / 6, 3.0 / 6, 2.0 / 6])
    }

    @Test func tiesShareTheMeanOfThePositionsTheySpan() throws {
        let order = try RankOrder(names: ["cost", "support", "security", "ux"], ranks: [1, 2, 2, 4])
        // ROC n = 4: positions 2 and 3 hold 13/48 and 7/48; each tied criterion gets 10/48.
        expectClose(order.weights(), [25.0 / 48, 10.0 / 48, 10.0 / 48, 3.0 / 48])
        expectClose(order.weights(.sum), [0.4, 0.25, 0.25, 0.1])
        expectClose(order.weights(.reciprocal), [0.48, 0.2, 0.2, 0.12])
        for method in RankOrderMethod.allCases { #expect(abs(order.weights(method).reduce(0, +) - 1) < 1e-12) }
        let allTied = try RankOrder(names: ["a", "b", "c"], ranks: [1, 1, 1])
        expectClose(allTied.weights(), [1.0 / 3, 1.0 / 3, 1.0 / 3])
        let grouped = try RankOrder(groups: [["cost"], ["support", "security"], ["ux"]])
        #expect(grouped.ranks == [1, 2, 2, 4])
        #expect(grouped.weights() == order.weights())
    }

    @Test func badPositions() {
        #expect(throws: RankOrderError.duplicatePosition(1, names: ["a", "b"])) { try RankOrder(names: ["a", "b", "c"], positions: [1, 1, 2]) }
        #expect(throws: RankOrderError.duplicatePosition(3, names: ["b", "c"])) { try RankOrder(names: ["a", "b", "c"], positions: [1, 3, 3]) }
        #expect(throws: RankOrderError.missingPosition(3)) { try RankOrder(names: ["a", "b", "c"], positions: [1, 2, 4]) }
        #expect(throws: RankOrderError.missingPosition(2)) { try RankOrder(names: ["a", "b"], positions: [0, 1]) }
        #expect(throws: RankOrderError.countMismatch(names: 2, ranks: 3)) { try RankOrder(names: ["a", "b"], positions: [1, 2, 3]) }
        #expect(throws: RankOrderError.empty) { try RankOrder(names: [], positions: []) }
        #expect(throws: RankOrderError.duplicateName("a")) { try RankOrder(names: ["a", "a"], positions: [1, 2]) }
        #expect(RankOrderError.duplicatePosition(1, names: ["a", "b"]).description
            == "position 1 is given to \"a\" and \"b\"; each position may be used once (to rank criteria as equal, give them tied ranks instead)")
    }

    @Test func badTiedRanks() {
        // A gap: nothing ranked 2nd.
        #expect(throws: RankOrderError.rankGap(name: "b", rank: 3, expected: 2)) { try RankOrder(names: ["a", "b", "c"], ranks: [1, 3, 3]) }
        // Dense ranking is not competition ranking: after two criteria tied 1st comes 3rd.
        #expect(throws: RankOrderError.rankGap(name: "c", rank: 2, expected: 3)) { try RankOrder(names: ["a", "b", "c"], ranks: [1, 1, 2]) }
        #expect(throws: RankOrderError.rankOutOfRange(name: "c", rank: 5, count: 3)) { try RankOrder(names: ["a", "b", "c"], ranks: [1, 2, 5]) }
        #expect(RankOrderError.rankGap(name: "c", rank: 2, expected: 3).description
            == "\"c\" has rank 2 but 2 criteria are ranked before it, so its rank should be 3 (tied criteria share a rank and the next rank skips, as in 1, 2, 2, 4)")
    }
}

import Testing
@testable import ShortlistKit

/// Weight stability intervals, the smallest winner-changing weight transfer and overtaking
/// margins: small cases worked out by hand, edge cases, and brute-force scans of random problems.
@Suite struct WeightStabilityTests {
    typealias Change = StabilityInterval.Change

    // MARK: - Worked by hand

    /// Two vendors, two criteria.
    ///
    ///     A: (80, 40)  B: (50, 70)  weights (0.6, 0.4)  →  T_A = 48 + 16 = 64, T_B = 30 + 28 = 58
    ///
    /// Criterion x (w₁ = 0.6): with two criteria R_v is the other score, so
    /// T_A(w) = 80w + 40(1 − w) = 40 + 40w and T_B(w) = 50w + 70(1 − w) = 70 − 20w; they meet at
    /// 60w = 30, w = 0.5: below it B wins. Criterion y (w₂ = 0.4): T_A = 80 − 40w, T_B = 50 + 20w,
    /// meet at w = 0.5 (the same weighting: w₁ = 0.5): above it B wins.
    @Test func twoVendorsTwoCriteria() {
        let result = WeightStability.intervals(ids: ["x", "y"], weights: [0.6, 0.4], vendors: ["A", "B"], scores: [[80, 40], [50, 70]])
        let bOverA = Change(weight: 0.5, overtaker: "B", overtaken: "A")
        #expect(result == [
            StabilityInterval(id: "x", weight: 0.6, winnerLower: 0.5, winnerUpper: 1, rankingLower: 0.5, rankingUpper: 1,
                              firstChangeBelow: bOverA, winnerChangeBelow: bOverA),
            StabilityInterval(id: "y", weight: 0.4, winnerLower: 0, winnerUpper: 0.5, rankingLower: 0, rankingUpper: 0.5,
                              firstChangeAbove: bOverA, winnerChangeAbove: bOverA),
        ])
    }

    /// Three vendors, three criteria, where the ranking is less stable than the winner.
    ///
    ///     A: (90, 60, 30)  B: (50, 90, 60)  C: (70, 40, 50)  weights (0.5, 0.3, 0.2)
    ///     T_A = 45 + 18 + 6 = 69,  T_B = 25 + 27 + 12 = 64,  T_C = 35 + 12 + 10 = 57
    static let abc = (ids: ["c1", "c2", "c3"], weights: [0.5, 0.3, 0.2], vendors: ["A", "B", "C"],
                      scores: [[90.0, 60, 30], [50, 90, 60], [70, 40, 50]])

    /// c1 (w = 0.5): R = (T − 0.5 s₁)/0.5: R_A = 48, R_B = 78, R_C = 44, so
    /// A = 48 + 42w, B = 78 − 28w, C = 44 + 26w.
    /// A − B = −30 + 70w = 0 at w = 3/7 (below 0.5: B overtakes A, the winner changes);
    /// A − C = 4 + 16w > 0 on [0, 1]; B − C = 34 − 54w = 0 at w = 17/27 ≈ 0.63 (above: C overtakes B).
    /// Winner [3/7, 1]; ranking [3/7, 17/27].
    ///
    /// c2 (w = 0.3): R = (T − 0.3 s₂)/0.7: R_A = 51/0.7, R_B = 37/0.7, R_C = 45/0.7.
    /// A − B = (14/0.7)(1 − w) − 30w = 20 − 50w = 0 at w = 0.4 (above: B overtakes A);
    /// A − C = (6/0.7)(1 − w) + 20w > 0; B − C = (−8/0.7)(1 − w) + 50w = 0 at w = 8/43 ≈ 0.186
    /// (below: C overtakes B). Winner [0, 0.4]; ranking [8/43, 0.4].
    ///
    /// c3 (w = 0.2): R = (T − 0.2 s₃)/0.8: R_A = 78.75, R_B = 65, R_C = 58.75.
    /// A − B = 13.75(1 − w) − 30w = 0 at w = 13.75/43.75 = 11/35 ≈ 0.314 (above: B overtakes A);
    /// A − C = 20 − 40w = 0 at w = 0.5, beyond that; B − C = 6.25(1 − w) + 10w > 0.
    /// Winner and ranking [0, 11/35].
    @Test func threeVendorsThreeCriteria() {
        let p = Self.abc
        let result = WeightStability.intervals(ids: p.ids, weights: p.weights, vendors: p.vendors, scores: p.scores)
        #expect(result.count == 3)
        let expected: [(lower: Double, upper: Double, rankingLower: Double, rankingUpper: Double)] = [
            (3.0 / 7, 1, 3.0 / 7, 17.0 / 27), (0, 0.4, 8.0 / 43, 0.4), (0, 11.0 / 35, 0, 11.0 / 35),
        ]
        for (interval, e) in zip(result, expected) {
            #expect(close([interval.winnerLower, interval.winnerUpper, interval.rankingLower, interval.rankingUpper],
                          [e.lower, e.upper, e.rankingLower, e.rankingUpper], 1e-12), "\(interval)")
        }
        let names = { (c: Change?) in c.map { [$0.overtaker, $0.overtaken] } }
        #expect(names(result[0].winnerChangeBelow) == ["B", "A"] && result[0].winnerChangeAbove == nil)
        #expect(names(result[0].firstChangeBelow) == ["B", "A"] && names(result[0].firstChangeAbove) == ["C", "B"])
        #expect(close(result[0].firstChangeAbove?.weight, 17.0 / 27, 1e-12))
        #expect(result[1].winnerChangeBelow == nil && names(result[1].winnerChangeAbove) == ["B", "A"])
        #expect(names(result[1].firstChangeBelow) == ["C", "B"] && names(result[1].firstChangeAbove) == ["B", "A"])
        #expect(result[2].firstChangeBelow == nil && names(result[2].firstChangeAbove) == ["B", "A"])
        #expect(result.map(\.weight) == [0.5, 0.3, 0.2])
    }

    /// Moving δ from a to b changes T_v by δ(s_vb − s_va); B (behind A by 5) gains on A per unit:
    /// c1 → c2: (90 − 50) − (60 − 90) = 70 → δ = 5/70 = 1/14 ≈ 0.0714 (≤ w₁ = 0.5);
    /// c1 → c3: (60 − 50) − (30 − 90) = 70 → δ = 1/14 as well (reported second: column order);
    /// C (behind by 12) gains 40 per unit on c1 → c3 (δ = 0.3) and on c2 → c3, where δ = 0.3 = w₂
    /// only draws level when c2 is used up, which is no change. No other transfer helps anyone.
    @Test func smallestShiftByHand() {
        let p = Self.abc
        let shifts = WeightStability.shifts(ids: p.ids, weights: p.weights, vendors: p.vendors, scores: p.scores)
        #expect(shifts.map { [$0.from, $0.to, $0.overtaker, $0.overtaken] } == [["c1", "c2", "B", "A"], ["c1", "c3", "B", "A"]])
        #expect(close(shifts.map(\.delta), [1.0 / 14, 1.0 / 14], 1e-12))
        let smallest = WeightStability.smallestShift(ids: p.ids, weights: p.weights, vendors: p.vendors, scores: p.scores)
        #expect(smallest == shifts.first)
        // Weights given as points (50/30/20) give the same shares.
        #expect(WeightStability.smallestShift(ids: p.ids, weights: [50, 30, 20], vendors: p.vendors, scores: p.scores) == smallest)
    }

    /// B against A (behind by 5): c1 needs 5/0.5 = 10 points (50 → 60), c2 5/0.3 ≈ 16.67
    /// (90 → 106.67: impossible), c3 5/0.2 = 25 (60 → 85).
    /// C against A (behind by 12): c1 24 (70 → 94), c2 40 (40 → 80), c3 60 (50 → 110: impossible).
    @Test func overtakingMarginsByHand() {
        let p = Self.abc
        let b = OvertakingMargins.margins(vendor: 1, against: 0, weights: p.weights, scores: p.scores, ids: p.ids)
        #expect(b.map(\.id) == ["c1", "c2", "c3"])
        #expect(close(b.map(\.improvement), [10, 50.0 / 3, 25], 1e-9))
        #expect(close(b.map(\.target), [60, 90 + 50.0 / 3, 85], 1e-9))
        #expect(b.map(\.possible) == [true, false, true])
        let c = OvertakingMargins.margins(vendor: 2, against: 0, weights: p.weights, scores: p.scores, ids: p.ids)
        #expect(c.map(\.id) == ["c1", "c2", "c3"])
        #expect(close(c.map(\.improvement), [24, 40, 60], 1e-9))
        #expect(c.map(\.possible) == [true, true, false])
        // The winner against itself, or anyone level, needs nothing.
        let own = OvertakingMargins.margins(vendor: 0, against: 0, weights: p.weights, scores: p.scores, ids: p.ids)
        #expect(own.allSatisfy { $0.improvement == 0 && $0.possible && $0.target == $0.score })
        // Ahead of the "winner": nothing either.
        #expect(OvertakingMargins.margins(vendor: 0, against: 1, weights: p.weights, scores: p.scores, ids: p.ids).allSatisfy { $0.improvement == 0 })
    }

    @Test func marginsOnZeroWeightAndAtTheTopOfTheScale() {
        // A: (60, 50, 0), B: (40, 75, 100), weights (0.5, 0.4, 0.1):
        // A = 30 + 20 + 0 = 50, B = 20 + 30 + 10 = 60: B wins; A is behind by 10.
        // a: 10/0.5 = 20 (60 → 80); b: 10/0.4 = 25 (50 → 75); c: 10/0.1 = 100 (0 → 100, exactly the top: possible).
        let m = OvertakingMargins.margins(vendor: 0, against: 1, weights: [0.5, 0.4, 0.1], scores: [[60, 50, 0], [40, 75, 100]], ids: ["a", "b", "c"])
        #expect(m.map(\.id) == ["a", "b", "c"])
        #expect(close(m.map(\.improvement), [20, 25, 100], 1e-9))
        #expect(m.map(\.possible) == [true, true, true])
        // A criterion with weight 0 cannot help: infinite improvement, impossible, sorted last.
        let z = OvertakingMargins.margins(vendor: 0, against: 1, weights: [0.5, 0.5, 0], scores: [[60, 50, 0], [40, 75, 100]], ids: ["a", "b", "c"])
        #expect(z.map(\.id) == ["a", "b", "c"])
        #expect(z[2].improvement == .infinity && !z[2].possible)
        // The matrix overload and a different scale maximum (a 0–10 scale).
        let matrix = WeightStability.Matrix(ids: ["a", "b"], weights: [0.5, 0.5], vendors: ["A", "B"], scores: [[6, 5], [4, 9]])
        let tenPoint = OvertakingMargins.margins(vendor: 0, against: 1, in: matrix, maximum: 10)
        // gap = 6.5 − 5.5 = 1 → 2 points on either; a: 6 → 8, b: 5 → 7.
        #expect(tenPoint.map(\.id) == ["a", "b"] && close(tenPoint.map(\.improvement), [2, 2]) && tenPoint.allSatisfy(\.possible))
        #expect(OvertakingMargins.margins(vendor: 0, against: 1, in: matrix, maximum: 7.5).map(\.possible) == [false, true])
    }

    // MARK: - Edge cases

    /// w_j = 0 and w_j = 1. A: (80, 20), B: (60, 70), weights (1, 0): T_A = 80, T_B = 60.
    /// x (w = 1): T_A = 20 + 60w, T_B = 70 − 10w, meet at 70w = 50, w = 5/7: interval [5/7, 1].
    /// y (w = 0): T_A = 80 − 60w, T_B = 60 + 10w, meet at w = 2/7: interval [0, 2/7].
    @Test func weightsAtZeroAndOne() {
        let result = WeightStability.intervals(ids: ["x", "y"], weights: [1, 0], vendors: ["A", "B"], scores: [[80, 20], [60, 70]])
        #expect(close([result[0].winnerLower, result[0].winnerUpper, result[0].rankingLower, result[0].rankingUpper], [5.0 / 7, 1, 5.0 / 7, 1], 1e-12))
        #expect(result[0].winnerChangeBelow?.overtaker == "B" && result[0].winnerChangeAbove == nil)
        #expect(close([result[1].winnerLower, result[1].winnerUpper], [0, 2.0 / 7], 1e-12))
        #expect(result[1].winnerChangeBelow == nil && result[1].winnerChangeAbove?.overtaker == "B")
        #expect(result.map(\.weight) == [1, 0])
    }

    /// At w_j = 1 with three criteria the others have no proportions: they share 1 − w equally.
    /// A: (80, 0, 40), B: (60, 70, 70), weights (1, 0, 0): R_A = 20, R_B = 70, as above → [5/7, 1].
    @Test func weightOneSharesTheRestEqually() {
        let result = WeightStability.intervals(ids: ["x", "y", "z"], weights: [1, 0, 0], vendors: ["A", "B"], scores: [[80, 0, 40], [60, 70, 70]])
        #expect(close(result[0].winnerLower, 5.0 / 7, 1e-12) && result[0].winnerUpper == 1)
    }

    /// A criterion on which every vendor scores the same moves all totals towards that score
    /// together: they only meet at w = 1, so nothing changes on [0, 1].
    @Test func criterionWithEqualScoresIsStableEverywhere() {
        let result = WeightStability.intervals(ids: ["x", "y", "same"], weights: [0.3, 0.3, 0.4], vendors: ["A", "B", "C"],
                                               scores: [[80, 40, 60], [50, 65, 60], [30, 90, 60]])
        let same = result[2]
        #expect([same.winnerLower, same.winnerUpper, same.rankingLower, same.rankingUpper] == [0, 1, 0, 1])
        #expect(same.firstChangeBelow == nil && same.firstChangeAbove == nil && same.winnerChangeBelow == nil && same.winnerChangeAbove == nil)
    }

    /// A vendor at least as good on every criterion keeps first place at every weight, even where it
    /// only draws level at the end of the range (A and C both score 75 on y: level at w_y = 1).
    @Test func dominatingVendorWinsEverywhere() {
        let ids = ["x", "y", "z"], vendors = ["A", "B", "C"]
        let scores: [[Double]] = [[90, 75, 95], [60, 70, 20], [30, 75, 50]]
        let result = WeightStability.intervals(ids: ids, weights: [0.4, 0.3, 0.3], vendors: vendors, scores: scores)
        for interval in result {
            #expect(interval.winnerLower == 0 && interval.winnerUpper == 1, "\(interval)")
            #expect(interval.winnerChangeBelow == nil && interval.winnerChangeAbove == nil)
        }
        // B (24 + 21 + 6 = 51) and C (12 + 22.5 + 15 = 49.5) still swap; R_B = 27/0.6, R_C = 37.5/0.6: on x, B = 60w + 45(1 − w), C = 30w + 62.5(1 − w) meet at w = 17.5/47.5.
        #expect(close(result[0].rankingLower, 17.5 / 47.5, 1e-12) && result[0].firstChangeBelow == Change(weight: result[0].rankingLower, overtaker: "C", overtaken: "B"))
        #expect(WeightStability.smallestShift(ids: ids, weights: [0.4, 0.3, 0.3], vendors: vendors, scores: scores) == nil)
    }

    /// A tie at the current weight counts as a change: A (80, 40) and B (40, 80) at (0.5, 0.5) both
    /// score 60, and any move of x's weight puts one of them ahead.
    @Test func tieAtTheCurrentWeightIsAChange() {
        let result = WeightStability.intervals(ids: ["x", "y"], weights: [0.5, 0.5], vendors: ["A", "B"], scores: [[80, 40], [40, 80]])
        let x = result[0]
        #expect([x.winnerLower, x.winnerUpper, x.rankingLower, x.rankingUpper] == [0.5, 0.5, 0.5, 0.5])
        #expect(x.firstChangeAbove == Change(weight: 0.5, overtaker: "A", overtaken: "B"))
        #expect(x.firstChangeBelow == Change(weight: 0.5, overtaker: "B", overtaken: "A"))
        #expect(x.winnerChangeAbove == x.firstChangeAbove && x.winnerChangeBelow == x.firstChangeBelow)
        // Any transfer from y to x changes the winner at once.
        let shift = WeightStability.smallestShift(ids: ["x", "y"], weights: [0.5, 0.5], vendors: ["A", "B"], scores: [[80, 40], [40, 80]])
        #expect(shift == WeightShift(from: "x", to: "y", delta: 0, overtaker: "B", overtaken: "A"))
    }

    /// Vendors with the same scores on every criterion stay tied at every weight: that tie never
    /// changes. A = B = (70, 50), C = (40, 60) at (0.5, 0.5): 60, 60, 50. On x, A = 50 + 20w and
    /// C = 60 − 20w meet at w = 0.25; the change names A, the tied vendor first in input order.
    @Test func identicalVendorsStayTied() {
        let result = WeightStability.intervals(ids: ["x", "y"], weights: [0.5, 0.5], vendors: ["A", "B", "C"], scores: [[70, 50], [70, 50], [40, 60]])
        #expect(close([result[0].winnerLower, result[0].winnerUpper, result[0].rankingLower, result[0].rankingUpper], [0.25, 1, 0.25, 1], 1e-12))
        #expect(result[0].winnerChangeBelow?.overtaker == "C" && result[0].winnerChangeBelow?.overtaken == "A")
        #expect(close([result[1].winnerLower, result[1].winnerUpper], [0, 0.75], 1e-12))
    }

    @Test func degenerateSizes() {
        // One criterion: nothing to trade weight with.
        let one = WeightStability.intervals(ids: ["x"], weights: [1], vendors: ["A", "B"], scores: [[70], [40]])
        #expect(one == [StabilityInterval(id: "x", weight: 1, winnerLower: 0, winnerUpper: 1, rankingLower: 0, rankingUpper: 1)])
        #expect(WeightStability.smallestShift(ids: ["x"], weights: [1], vendors: ["A", "B"], scores: [[70], [40]]) == nil)
        // One vendor, no vendors.
        let alone = WeightStability.intervals(ids: ["x", "y"], weights: [0.2, 0.8], vendors: ["A"], scores: [[10, 90]])
        #expect(alone.map { [$0.winnerLower, $0.winnerUpper, $0.rankingLower, $0.rankingUpper] } == [[0, 1, 0, 1], [0, 1, 0, 1]])
        #expect(WeightStability.intervals(ids: ["x", "y"], weights: [0.2, 0.8], vendors: [], scores: []).count == 2)
        #expect(WeightStability.smallestShift(ids: ["x", "y"], weights: [0.2, 0.8], vendors: [], scores: []) == nil)
    }

    // MARK: - Brute force

    /// On random problems, scan each weight over a grid of 10,001 points, recomputing the totals
    /// with the other weights rescaled, and find where the ranking and the winner first change on
    /// each side of the current weight: the closed-form ends must lie within one grid step of them,
    /// and the reported overtaker must be behind before the change and ahead after it.
    @Test(arguments: 0..<40) func intervalsMatchAScan(seed: Int) {
        let problem = RandomProblem(seed: UInt64(seed))
        let intervals = WeightStability.intervals(ids: problem.ids, weights: problem.weights, vendors: problem.vendors, scores: problem.scores)
        let steps = 10_000
        for (j, interval) in intervals.enumerated() {
            let c = problem.weights[j]
            #expect(interval.weight == c)
            let current = problem.order(problem.rescaled(j, to: c))
            // Per grid point: whether the order is the current one, and whether the winner is.
            let grid = (0...steps).map { k -> (ranking: Bool, winner: Bool) in
                let t = problem.totals(problem.rescaled(j, to: Double(k) / Double(steps)))
                var ranking = true, winner = true
                for p in current.indices.dropFirst() {
                    if t[current[p - 1]] <= t[current[p]] { ranking = false }
                    if t[current[0]] <= t[current[p]] { winner = false }
                }
                return (ranking, winner)
            }
            for winnerOnly in [false, true] {
                let same = { (w: Double) in
                    let point = grid[Int((w * Double(steps)).rounded())]
                    return winnerOnly ? point.winner : point.ranking
                }
                let lower = winnerOnly ? interval.winnerLower : interval.rankingLower
                let upper = winnerOnly ? interval.winnerUpper : interval.rankingUpper
                let below = winnerOnly ? interval.winnerChangeBelow : interval.firstChangeBelow
                let above = winnerOnly ? interval.winnerChangeAbove : interval.firstChangeAbove
                #expect(lower <= c && c <= upper)
                // Upwards.
                var last = c, first: Double?
                for k in 0...steps where Double(k) / Double(steps) > c {
                    let w = Double(k) / Double(steps)
                    if same(w) { last = w } else { first = w; break }
                }
                if let first {
                    #expect(last <= upper + 1e-12 && upper <= first + 1e-12, "seed \(seed) \(interval.id) upper \(upper) not in [\(last), \(first)]")
                    if let above {
                        #expect(above.weight == upper)
                        #expect(problem.ahead(above.overtaker, of: above.overtaken, problem.rescaled(j, to: first)))
                        #expect(problem.ahead(above.overtaken, of: above.overtaker, problem.rescaled(j, to: last)))
                    } else {
                        Issue.record("seed \(seed) \(interval.id): no change reported above, scan found one at \(first)")
                    }
                } else {
                    #expect(upper == 1 && above == nil, "seed \(seed) \(interval.id): scan found no change above")
                }
                // Downwards.
                last = c
                first = nil
                for k in stride(from: steps, through: 0, by: -1) where Double(k) / Double(steps) < c {
                    let w = Double(k) / Double(steps)
                    if same(w) { last = w } else { first = w; break }
                }
                if let first {
                    #expect(first - 1e-12 <= lower && lower <= last + 1e-12, "seed \(seed) \(interval.id) lower \(lower) not in [\(first), \(last)]")
                    if let below {
                        #expect(below.weight == lower)
                        #expect(problem.ahead(below.overtaker, of: below.overtaken, problem.rescaled(j, to: first)))
                        #expect(problem.ahead(below.overtaken, of: below.overtaker, problem.rescaled(j, to: last)))
                    } else {
                        Issue.record("seed \(seed) \(interval.id): no change reported below, scan found one at \(first)")
                    }
                } else {
                    #expect(lower == 0 && below == nil, "seed \(seed) \(interval.id): scan found no change below")
                }
            }
            #expect(interval.winnerLower <= interval.rankingLower && interval.rankingUpper <= interval.winnerUpper)
        }
    }

    /// For every ordered pair of criteria, move weight from one to the other in 10,000 steps until
    /// the winner changes; the closed-form transfer must lie within one step, and the smallest one
    /// must be the smallest found by the scan.
    @Test(arguments: 0..<40) func shiftsMatchAScan(seed: Int) {
        let problem = RandomProblem(seed: UInt64(seed))
        let shifts = WeightStability.shifts(ids: problem.ids, weights: problem.weights, vendors: problem.vendors, scores: problem.scores)
        let winner = problem.winner(problem.weights)
        let steps = 10_000
        var smallestScanned = Double.infinity
        var smallestStep = 0.0
        for a in problem.ids.indices where problem.weights[a] > 0 {
            for b in problem.ids.indices where b != a {
                let step = problem.weights[a] / Double(steps)
                var weights = problem.weights
                var found: (k: Int, winner: Int)?
                for k in 1...steps {
                    let delta = Double(k) * step
                    weights[a] = problem.weights[a] - delta
                    weights[b] = problem.weights[b] + delta
                    let now = problem.winner(weights)
                    if now != winner { found = (k, now); break }
                }
                let shift = shifts.first { $0.from == problem.ids[a] && $0.to == problem.ids[b] }
                if let found {
                    let scanned = Double(found.k) * step
                    if scanned < smallestScanned { (smallestScanned, smallestStep) = (scanned, step) }
                    guard let shift else { Issue.record("seed \(seed): \(problem.ids[a]) → \(problem.ids[b]) changes the winner at \(scanned)"); continue }
                    #expect(scanned - step - 1e-12 <= shift.delta && shift.delta <= scanned + 1e-12, "seed \(seed): δ \(shift.delta) vs scan \(scanned)")
                    #expect(shift.overtaken == problem.vendors[winner] && shift.overtaker == problem.vendors[found.winner])
                } else {
                    #expect(shift == nil, "seed \(seed): \(problem.ids[a]) → \(problem.ids[b]) reported but the scan finds no change")
                }
            }
        }
        let smallest = WeightStability.smallestShift(ids: problem.ids, weights: problem.weights, vendors: problem.vendors, scores: problem.scores)
        #expect(smallest == shifts.first)
        if smallestScanned.isFinite {
            #expect(smallest.map { abs($0.delta - smallestScanned) <= smallestStep + 1e-12 } == true)
        } else {
            #expect(smallest == nil)
        }
        #expect(shifts.map(\.delta) == shifts.map(\.delta).sorted())
    }

    /// For every vendor behind the winner and every criterion, raise the vendor's score in 10,000
    /// steps up to 100 until it draws level: the closed-form improvement must lie within one step,
    /// and it must be flagged impossible exactly when the scan never gets there.
    @Test(arguments: 0..<40) func marginsMatchAScan(seed: Int) {
        let problem = RandomProblem(seed: UInt64(seed))
        let winner = problem.winner(problem.weights)
        let totalOf = { (row: [Double]) -> Double in
            var total = 0.0
            for j in row.indices { total += row[j] * problem.weights[j] }
            return total
        }
        let target = totalOf(problem.scores[winner])
        for v in problem.vendors.indices where v != winner {
            let margins = OvertakingMargins.margins(vendor: v, against: winner, weights: problem.weights, scores: problem.scores, ids: problem.ids)
            #expect(margins.map(\.improvement) == margins.map(\.improvement).sorted())
            #expect(Set(margins.map(\.id)) == Set(problem.ids))
            for j in problem.ids.indices {
                let margin = margins.first { $0.id == problem.ids[j] }!
                let score = problem.scores[v][j]
                let step = (100 - score) / 10_000
                var row = problem.scores[v]
                var reached: Double?
                for k in 0...10_000 {
                    row[j] = score + Double(k) * step
                    if totalOf(row) >= target { reached = Double(k) * step; break }
                }
                if let reached {
                    #expect(margin.possible)
                    #expect(reached - step - 1e-9 <= margin.improvement && margin.improvement <= reached + 1e-9, "seed \(seed): Δ \(margin.improvement) vs scan \(reached)")
                } else {
                    #expect(!margin.possible, "seed \(seed): \(problem.ids[j]) flagged possible, scan never draws level")
                }
                // Applying the improvement draws level exactly.
                if margin.improvement.isFinite {
                    row[j] = score + margin.improvement
                    #expect(abs(totalOf(row) - target) <= 1e-9)
                }
            }
        }
    }

    // MARK: - From an evaluation

    /// Group A (60): response time (1) and 24×7 (3); group B (40): 2-year TCO in a budget range
    /// (the catalog of ``EvaluationTests``). x: A = 96.25, B = 100 × 52,000/55,000 ≈ 94.545;
    /// y: A = 8.75, B = 100. With A's weight w: x − y = 87.5w − 5.4545(1 − w), level at
    /// w = 5.4545/92.9545 ≈ 0.0587. Re-evaluating with the group weights overridden on either side
    /// of that weight must crown y below it and x above it.
    @Test func groupIntervalsAgreeWithReEvaluation() throws {
        let catalog = Fixtures.catalog([
            Fixtures.group("A", 60, [
                Fixtures.criterion("response", 1, .scale(fact: "support.responseHours", curve: PiecewiseLinear([(4, 100), (24, 70), (72, 0)]))),
                Fixtures.criterion("hotline", 3, .boolean(fact: "support.twentyFourSeven", whenTrue: 100, whenFalse: 0)),
            ]),
            Fixtures.group("B", 40, [
                Fixtures.criterion("cost", 1, .cost(basis: .tco, method: .budgetRange(best: 0.5, worst: 1.0))),
            ]),
        ])
        let x = Fixtures.vendor("x", facts: ["support.responseHours": Fixtures.number(14), "support.twentyFourSeven": Fixtures.bool(true)], pricing: Fixtures.pricing(perEmployeeMonth: 20, implementation: 10_000))
        let y = Fixtures.vendor("y", facts: ["support.responseHours": Fixtures.number(48), "support.twentyFourSeven": Fixtures.bool(false)], pricing: Fixtures.pricing(perEmployeeMonth: 10, escalation: 10))
        let evaluation = try Fixtures.evaluate(catalog, Fixtures.profile(), [y, x])

        let groups = WeightStability.Matrix.groups(of: evaluation)
        #expect(groups.ids == ["A", "B"] && groups.vendors == ["x", "y"] && close(groups.weights, [0.6, 0.4]))
        let leaves = WeightStability.Matrix.criteria(of: evaluation)
        #expect(leaves.ids == ["response", "hotline", "cost"] && close(leaves.weights, [0.15, 0.45, 0.4]))
        for matrix in [groups, leaves] {
            for (row, entry) in zip(matrix.scores, evaluation.ranking.ranked) {
                #expect(close(zip(row, matrix.weights).reduce(0) { $0 + $1.0 * $1.1 }, entry.score))
            }
        }

        let a = WeightStability.intervals(groups)[0]
        let xOnB: Double = 100 * 52_000 / 55_000
        let level: Double = (100 - xOnB) / (87.5 + 100 - xOnB)
        #expect(close(a.winnerLower, level, 1e-12) && a.winnerUpper == 1)
        #expect(a.winnerChangeBelow == Change(weight: a.winnerLower, overtaker: "y", overtaken: "x"))
        for (w, expected) in [(a.winnerLower - 0.001, "y"), (a.winnerLower + 0.001, "x")] {
            var profile = Fixtures.profile()
            profile.weights = [WeightOverride(id: "A", weight: w), WeightOverride(id: "B", weight: 1 - w)]
            #expect(try Fixtures.evaluate(catalog, profile, [y, x]).ranking.ranked.first?.vendorID == expected)
        }
        // x is ahead by 95.568 − 45.25 = 50.318; y would need 50.318/0.6 ≈ 83.9 more points on A
        // (8.75 → 92.6, possible) and 50.318/0.4 on B (already at 100: impossible).
        let margins = OvertakingMargins.margins(vendor: 1, against: 0, in: groups)
        #expect(margins.map(\.id) == ["A", "B"] && margins.map(\.possible) == [true, false])
        #expect(close(margins[0].improvement, (evaluation.ranking.ranked[0].score - evaluation.ranking.ranked[1].score) / 0.6))
    }
}

/// A random problem of 2–5 vendors × 2–4 criteria with scores in 0–100; some seeds put a weight
/// at 0 or give one criterion all the weight.
private struct RandomProblem {
    var ids: [String]
    var vendors: [String]
    var weights: [Double]
    var scores: [[Double]]

    init(seed: UInt64) {
        var random = StabilityTestRandom(seed: seed)
        let n = 2 + Int(random.next() % 4), m = 2 + Int(random.next() % 3)
        ids = (0..<m).map { "c\($0)" }
        vendors = (0..<n).map { "v\($0)" }
        scores = (0..<n).map { _ in (0..<m).map { _ in random.unit() * 100 } }
        var raw = (0..<m).map { _ in random.unit() + 0.05 }
        switch seed % 8 {
        case 3: raw[Int(random.next() % UInt64(m))] = 0
        case 5:
            let all = Int(random.next() % UInt64(m))
            raw = raw.indices.map { $0 == all ? 1 : 0 }
        default: break
        }
        if raw.allSatisfy({ $0 == 0 }) { raw[0] = 1 }
        let sum = raw.reduce(0, +)
        weights = raw.map { $0 / sum }
    }

    /// The weights with criterion j's set to w and the others rescaled proportionally (or, when
    /// j had all the weight, sharing 1 − w equally).
    func rescaled(_ j: Int, to w: Double) -> [Double] {
        let c = weights[j]
        return weights.indices.map { k in
            if k == j { return w }
            return c < 1 ? weights[k] * (1 - w) / (1 - c) : (1 - w) / Double(weights.count - 1)
        }
    }

    func totals(_ weights: [Double]) -> [Double] {
        var totals = [Double](repeating: 0, count: scores.count)
        for v in scores.indices {
            for j in weights.indices { totals[v] += weights[j] * scores[v][j] }
        }
        return totals
    }

    /// The vendor with the best total (the first in input order if tied).
    func winner(_ weights: [Double]) -> Int {
        let t = totals(weights)
        var best = 0
        for v in t.indices where t[v] > t[best] { best = v }
        return best
    }

    /// Vendor indices, best total first.
    func order(_ weights: [Double]) -> [Int] {
        let t = totals(weights)
        return vendors.indices.sorted { (-t[$0], $0) < (-t[$1], $1) }
    }

    /// Whether vendor `a` (by id) has a higher total than `b` under `weights`.
    func ahead(_ a: String, of b: String, _ weights: [Double]) -> Bool {
        let t = totals(weights)
        return t[vendors.firstIndex(of: a)!] > t[vendors.firstIndex(of: b)!]
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014), for reproducible random problems.
private struct StabilityTestRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x1234_5678 }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

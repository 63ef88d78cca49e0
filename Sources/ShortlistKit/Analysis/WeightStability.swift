/// How far one weight can move, the others rescaled proportionally, before the winner or the
/// ranking changes; computed in closed form by ``WeightStability/intervals(ids:weights:vendors:scores:)``.
///
/// The interval `[winnerLower, winnerUpper]` contains ``weight``; at every weight strictly inside
/// it the winner is the current one, and at an end that is not 0 or 1 another vendor draws level
/// with the winner and overtakes it beyond. `[rankingLower, rankingUpper]` is the same for the
/// whole ranking (ties included) and lies inside the winner's interval.
public struct StabilityInterval: Sendable, Equatable {
    /// A weight at which one vendor draws level with another and, beyond it, overtakes it.
    public struct Change: Sendable, Equatable {
        /// The weight of the varied criterion (or group) at which the two vendors draw level.
        public var weight: Double
        /// The vendor that is ahead beyond ``weight``.
        public var overtaker: String
        /// The vendor that is ahead on the current side of ``weight`` (or tied with the overtaker at the current weight).
        public var overtaken: String

        /// Creates a change.
        public init(weight: Double, overtaker: String, overtaken: String) {
            self.weight = weight
            self.overtaker = overtaker
            self.overtaken = overtaken
        }
    }

    /// The criterion's (or group's) id.
    public var id: String
    /// Its current weight, 0–1 (as given, or divided by the weights' sum when that is not 1).
    public var weight: Double
    /// The smallest weight down to which the winner stays the same.
    public var winnerLower: Double
    /// The largest weight up to which the winner stays the same.
    public var winnerUpper: Double
    /// The smallest weight down to which the whole ranking stays the same.
    public var rankingLower: Double
    /// The largest weight up to which the whole ranking stays the same.
    public var rankingUpper: Double
    /// The first change of the ranking when the weight decreases, at ``rankingLower``; nil when ``rankingLower`` is 0.
    public var firstChangeBelow: Change?
    /// The first change of the ranking when the weight increases, at ``rankingUpper``; nil when ``rankingUpper`` is 1.
    public var firstChangeAbove: Change?
    /// The change of winner when the weight decreases, at ``winnerLower``; nil when ``winnerLower`` is 0.
    public var winnerChangeBelow: Change?
    /// The change of winner when the weight increases, at ``winnerUpper``; nil when ``winnerUpper`` is 1.
    public var winnerChangeAbove: Change?

    /// Creates an interval.
    public init(id: String, weight: Double, winnerLower: Double, winnerUpper: Double, rankingLower: Double, rankingUpper: Double,
                firstChangeBelow: Change? = nil, firstChangeAbove: Change? = nil, winnerChangeBelow: Change? = nil, winnerChangeAbove: Change? = nil) {
        self.id = id
        self.weight = weight
        self.winnerLower = winnerLower
        self.winnerUpper = winnerUpper
        self.rankingLower = rankingLower
        self.rankingUpper = rankingUpper
        self.firstChangeBelow = firstChangeBelow
        self.firstChangeAbove = firstChangeAbove
        self.winnerChangeBelow = winnerChangeBelow
        self.winnerChangeAbove = winnerChangeAbove
    }
}

/// A transfer of weight from one criterion (or group) to another that changes the winner,
/// found by ``WeightStability/shifts(ids:weights:vendors:scores:)``.
public struct WeightShift: Sendable, Equatable {
    /// The criterion (or group) that gives up weight.
    public var from: String
    /// The criterion (or group) that receives it.
    public var to: String
    /// The weight moved (0–1; multiply by 100 for points) at which the overtaker draws level with the winner.
    public var delta: Double
    /// The vendor that is ahead of the winner for any larger transfer.
    public var overtaker: String
    /// The current winner.
    public var overtaken: String

    /// Creates a shift.
    public init(from: String, to: String, delta: Double, overtaker: String, overtaken: String) {
        self.from = from
        self.to = to
        self.delta = delta
        self.overtaker = overtaker
        self.overtaken = overtaken
    }
}

/// Exact sensitivity of a weighted-sum ranking to its weights: stability intervals per weight and
/// the smallest transfer of weight that changes the winner. Closed form, no sampling.
///
/// ## Model
/// Vendor v's total is the weighted sum T_v = Σ_j w_j s_vj with w_j ≥ 0, Σ_j w_j = 1 (weights
/// are divided by their sum first) and scores s_vj on a 0–100 scale. The "criteria" are the
/// columns of any vendor × column matrix: the leaf criteria with their global weights, or the
/// top-level groups with each vendor's group score (see `Matrix`).
///
/// ## One weight varied, the others rescaled proportionally
/// Setting criterion j's weight to w ∈ [0, 1] and every other weight to
/// w_k(w) = w_k · (1 − w)/(1 − w_j) keeps the sum at 1 and the others' proportions, so each total
/// is linear in w:
///
///     T_v(w) = w · s_vj + (1 − w) · R_vj,   R_vj = (T_v − w_j · s_vj) / (1 − w_j),
///
/// where R_vj is v's score on the other criteria with their relative weights. When w_j = 1 the
/// other criteria have no proportions to keep; they then share 1 − w equally, R_vj being the mean
/// of v's other scores (and 0 when j is the only criterion, whose weight cannot move the ranking).
/// The difference between two vendors, D(w) = (1 − w) · (R_uj − R_vj) + w · (s_uj − s_vj), is a
/// line through D(0) and D(1) with its root at w* = D(0) / (D(0) − D(1)). These are the weight
/// stability intervals of Mareschal, "Weight stability intervals in multicriteria decision aid",
/// European Journal of Operational Research 33 (1988) 54–64, for one weight at a time; the
/// pairwise critical weights are those of Triantaphyllou & Sánchez, "A sensitivity analysis
/// approach for some deterministic multi-criteria decision-making methods", Decision Sciences 28
/// (1997) 151–194, with the other weights rescaled so that they keep summing to 1.
///
/// ## Ties
/// A ranking is the order of the totals with ties (equal to within 1e-9 of the largest score).
/// - A tie counts as a change. Two vendors tied at the current weight whose lines cross there
///   swap as soon as the weight moves, so the interval shrinks to the current weight and the change
///   on each side is at the current weight (the overtaker being the one ahead on that side).
/// - Two vendors tied at every weight of the varied criterion (for instance with the same score on
///   every criterion) stay tied: that tie never changes and constrains nothing.
/// - Two vendors that only draw level at w = 0 or w = 1 cannot swap within [0, 1]: the interval
///   reaches that end and no change is reported there. So the change on a side is nil exactly when
///   the interval reaches 0 (below) or 1 (above).
/// - When several pairs draw level at the same weight, the change reported is the one whose
///   overtaken vendor ranks higher now, then the one whose overtaker does
///   (vendors tied now rank in input order).
/// - With several vendors tied for first, the "winner" is that set of vendors.
public enum WeightStability {
    /// A vendor × criterion (or group) score matrix with the weights, as the analysis takes it.
    package struct Matrix: Sendable, Equatable {
        /// Column ids: criteria or groups.
        package var ids: [String]
        /// The column weights (nonnegative, summing to 1 or normalised by their sum).
        package var weights: [Double]
        /// Vendor ids, one per row.
        package var vendors: [String]
        /// Scores, vendor × column, 0–100.
        package var scores: [[Double]]

        /// Creates a matrix.
        package init(ids: [String], weights: [Double], vendors: [String], scores: [[Double]]) {
            self.ids = ids
            self.weights = weights
            self.vendors = vendors
            self.scores = scores
        }

        /// The evaluation's compliant vendors (in ranked order) × every criterion, with global weights.
        ///
        /// A criterion a vendor left open under the `exclude` policy is filled with that vendor's
        /// own total, as in ``MethodComparison``; the matrix's weighted sum then differs slightly
        /// from the evaluation's total for that vendor, whose weights were redistributed.
        package static func criteria(of evaluation: Evaluation) -> Matrix {
            let tree = evaluation.tree, ranked = evaluation.ranking.comparable
            // A criterion left out for every vendor (no vendor answered it) carries no information:
            // its column would only move weight onto each vendor's own total, so it is not varied.
            let kept = tree.leaves.indices.filter { l in ranked.isEmpty || ranked.contains { $0.criteria[l].status.isDropped == false } }
            return Matrix(
                ids: kept.map { tree.nodes[tree.leaves[$0]].id },
                weights: kept.map { tree.nodes[tree.leaves[$0]].globalWeight },
                vendors: ranked.map(\.vendorID),
                scores: ranked.map { entry in kept.map { entry.criteria[$0].status.isDropped ? entry.score : entry.criteria[$0].score } })
        }

        /// The evaluation's compliant vendors (in ranked order) × the top-level groups, with each
        /// vendor's group score and the groups' global weights.
        ///
        /// Varying a group's weight moves all its criteria together and keeps their proportions.
        /// A group in which nothing counted for a vendor is filled with the vendor's own total; a
        /// group in which nothing counted for any vendor is left out, as it carries no information.
        package static func groups(of evaluation: Evaluation) -> Matrix {
            let tree = evaluation.tree, ranked = evaluation.ranking.comparable
            let kept = tree.topLevel.indices.filter { g in ranked.isEmpty || ranked.contains { $0.groupScores[g] != nil } }
            return Matrix(
                ids: kept.map { tree.nodes[tree.topLevel[$0]].id },
                weights: kept.map { tree.nodes[tree.topLevel[$0]].globalWeight },
                vendors: ranked.map(\.vendorID),
                scores: ranked.map { entry in kept.map { entry.groupScores[$0] ?? entry.score } })
        }
    }

    /// The stability interval of every column's weight of `matrix`, in column order.
    package static func intervals(_ matrix: Matrix) -> [StabilityInterval] {
        intervals(ids: matrix.ids, weights: matrix.weights, vendors: matrix.vendors, scores: matrix.scores)
    }

    /// The stability interval of every criterion's (or group's) weight, in column order.
    ///
    /// - Parameters:
    ///   - ids: the column ids.
    ///   - weights: the column weights, nonnegative with a positive sum (divided by their sum unless it is 1).
    ///   - vendors: the vendor ids, one per row of `scores`.
    ///   - scores: vendor × column scores.
    /// - Returns: one interval per column; see ``WeightStability`` for the formulas and ties.
    public static func intervals(ids: [String], weights: [Double], vendors: [String], scores: [[Double]]) -> [StabilityInterval] {
        let problem = Problem(ids: ids, weights: weights, vendors: vendors, scores: scores)
        return ids.indices.map { problem.interval(criterion: $0) }
    }

    /// The smallest transfer of weight between two columns of `matrix` that changes the winner.
    package static func smallestShift(_ matrix: Matrix) -> WeightShift? {
        smallestShift(ids: matrix.ids, weights: matrix.weights, vendors: matrix.vendors, scores: matrix.scores)
    }

    /// The smallest transfer of weight δ from one criterion (or group) a to another b — weights
    /// w_a − δ and w_b + δ, the others fixed — that changes the winner; nil when none does.
    ///
    /// The first of ``shifts(ids:weights:vendors:scores:)``.
    public static func smallestShift(ids: [String], weights: [Double], vendors: [String], scores: [[Double]]) -> WeightShift? {
        shifts(ids: ids, weights: weights, vendors: vendors, scores: scores).first
    }

    /// For every ordered pair of columns (a, b), the smallest transfer δ from a to b that changes
    /// the winner, smallest first (ties in column order of a, then b); pairs whose transfers
    /// cannot change the winner are left out.
    ///
    /// Moving δ from a to b changes each total linearly, T_v(δ) = T_v + δ · (s_vb − s_va), so a
    /// vendor v behind the winner W by D = T_W − T_v gains g = (s_vb − s_va) − (s_Wb − s_Wa) per
    /// unit moved and draws level at δ = D / g when g > 0. The transfer is possible while δ < w_a
    /// (drawing level exactly at δ = w_a is no change, as for the intervals). With several
    /// vendors tied for first, a transfer that lets one of them gain on another changes the
    /// winner at δ = 0. Weights are normalised to sum to 1, so δ is a share of the total weight.
    public static func shifts(ids: [String], weights: [Double], vendors: [String], scores: [[Double]]) -> [WeightShift] {
        let problem = Problem(ids: ids, weights: weights, vendors: vendors, scores: scores)
        let s = problem.scores, w = problem.weights, tol = problem.tolerance
        let top = problem.top
        var found: [(shift: WeightShift, a: Int, b: Int)] = []
        for a in ids.indices where w[a] > 0 {
            for b in ids.indices where b != a {
                var best: (delta: Double, winner: Int, overtaker: Int)?
                for winner in top {
                    for v in problem.order where v != winner {
                        var gain = (s[v][b] - s[v][a]) - (s[winner][b] - s[winner][a])
                        if abs(gain) <= tol { gain = 0 }
                        guard gain > 0 else { continue }
                        let delta: Double
                        if top.contains(v) {
                            delta = 0
                        } else {
                            delta = max(0, (problem.totals[winner] - problem.totals[v]) / gain)
                            guard delta < w[a] else { continue }
                        }
                        if best == nil || delta < best!.delta { best = (delta, winner, v) }
                    }
                }
                if let best {
                    found.append((WeightShift(from: ids[a], to: ids[b], delta: best.delta, overtaker: vendors[best.overtaker], overtaken: vendors[best.winner]), a, b))
                }
            }
        }
        found.sort { ($0.shift.delta, $0.a, $0.b) < ($1.shift.delta, $1.a, $1.b) }
        return found.map(\.shift)
    }
}

extension WeightStability {
    /// The normalised inputs and the current ranking.
    struct Problem {
        let ids: [String]
        let vendors: [String]
        /// The weights, divided by their sum unless that is 1 to within 1e-12.
        let weights: [Double]
        let scores: [[Double]]
        /// T_v.
        let totals: [Double]
        /// Vendor indices by total, best first (ties in input order).
        let order: [Int]
        /// Position of each vendor in ``order``.
        let position: [Int]
        /// The vendors tied for first.
        let top: [Int]
        /// Differences of totals within this are ties: 1e-9 of the largest score magnitude (at least 1).
        let tolerance: Double

        init(ids: [String], weights: [Double], vendors: [String], scores: [[Double]]) {
            precondition(weights.count == ids.count, "one weight per column")
            precondition(scores.count == vendors.count, "one row of scores per vendor")
            precondition(scores.allSatisfy { $0.count == ids.count }, "one score per column in every row")
            precondition(weights.allSatisfy { $0 >= 0 }, "weights must be nonnegative")
            let sum = weights.reduce(0, +)
            precondition(ids.isEmpty || sum > 0, "weights must have a positive sum")
            self.ids = ids
            self.vendors = vendors
            // Weights that already sum to 1 (up to rounding) are kept as given.
            self.weights = abs(sum - 1) <= 1e-12 ? weights : weights.map { $0 / sum }
            self.scores = scores
            let w = self.weights
            let totals = scores.map { row in zip(row, w).reduce(0) { $0 + $1.0 * $1.1 } }
            self.totals = totals
            let largest = scores.reduce(1.0) { max($0, $1.reduce(0) { max($0, abs($1)) }) }
            let tolerance = 1e-9 * largest
            self.tolerance = tolerance
            let order = vendors.indices.sorted { (-totals[$0], $0) < (-totals[$1], $1) }
            self.order = order
            var position = [Int](repeating: 0, count: vendors.count)
            for (p, v) in order.enumerated() { position[v] = p }
            self.position = position
            self.top = order.first.map { best in order.filter { totals[best] - totals[$0] <= tolerance } } ?? []
        }

        /// A candidate change: the weight, the overtaker, the overtaken.
        typealias Candidate = (weight: Double, overtaker: Int, overtaken: Int)

        /// Whether `a` is to be reported rather than `b`: the weight nearer the current one, then
        /// the better-ranked overtaken vendor, then the better-ranked overtaker.
        func prefer(_ a: Candidate, over b: Candidate?, above: Bool) -> Bool {
            guard let b else { return true }
            if a.weight != b.weight { return above ? a.weight < b.weight : a.weight > b.weight }
            return (position[a.overtaken], position[a.overtaker]) < (position[b.overtaken], position[b.overtaker])
        }

        func interval(criterion j: Int) -> StabilityInterval {
            let c = weights[j]
            let n = vendors.count, m = ids.count
            // R_vj: the vendor's score on the other criteria in their relative weights.
            let rest: [Double] = (0..<n).map { v in
                if c < 1 { return (totals[v] - c * scores[v][j]) / (1 - c) }
                guard m > 1 else { return 0 }
                return (scores[v].reduce(0, +) - scores[v][j]) / Double(m - 1)
            }
            let isTop = (0..<n).map { top.contains($0) }
            var rankingBelow: Candidate?, rankingAbove: Candidate?, winnerBelow: Candidate?, winnerAbove: Candidate?
            func note(_ candidate: Candidate, above: Bool) {
                if above {
                    if prefer(candidate, over: rankingAbove, above: true) { rankingAbove = candidate }
                } else if prefer(candidate, over: rankingBelow, above: false) {
                    rankingBelow = candidate
                }
                guard isTop[candidate.overtaken] || isTop[candidate.overtaker] else { return }
                if above {
                    if prefer(candidate, over: winnerAbove, above: true) { winnerAbove = candidate }
                } else if prefer(candidate, over: winnerBelow, above: false) {
                    winnerBelow = candidate
                }
            }
            let snap = { (x: Double) in abs(x) <= tolerance ? 0 : x }
            for p in 0..<n {
                for q in (p + 1)..<n {
                    // u is ranked at or above v now; D(w) = T_u(w) − T_v(w).
                    let u = order[p], v = order[q]
                    let d0 = snap(rest[u] - rest[v])
                    let d1 = snap(scores[u][j] - scores[v][j])
                    let now = totals[u] - totals[v]
                    if d0 == 0 && d1 == 0 { continue }  // tied at every weight
                    if now <= tolerance {
                        // Tied now, lines crossing here: the tie breaks on both sides.
                        let upward = d1 > d0  // u gains as the weight rises
                        if c < 1 { note((c, upward ? u : v, upward ? v : u), above: true) }
                        if c > 0 { note((c, upward ? v : u, upward ? u : v), above: false) }
                        continue
                    }
                    guard d0 != d1 else { continue }  // parallel: never meet
                    let root = d0 / (d0 - d1)
                    if d1 < d0 {
                        // D falls as the weight rises: v draws level at the root above c.
                        if root < 1 && c < 1 { note((max(root, c), v, u), above: true) }
                    } else if root > 0 && c > 0 {
                        note((min(root, c), v, u), above: false)
                    }
                }
            }
            let change = { (candidate: Candidate?) in
                candidate.map { StabilityInterval.Change(weight: $0.weight, overtaker: vendors[$0.overtaker], overtaken: vendors[$0.overtaken]) }
            }
            return StabilityInterval(
                id: ids[j], weight: c,
                winnerLower: winnerBelow?.weight ?? 0, winnerUpper: winnerAbove?.weight ?? 1,
                rankingLower: rankingBelow?.weight ?? 0, rankingUpper: rankingAbove?.weight ?? 1,
                firstChangeBelow: change(rankingBelow), firstChangeAbove: change(rankingAbove),
                winnerChangeBelow: change(winnerBelow), winnerChangeAbove: change(winnerAbove))
        }
    }
}

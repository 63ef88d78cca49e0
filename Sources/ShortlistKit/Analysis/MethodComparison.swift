import Foundation

/// The compliant vendors ranked by other aggregation methods over the same criterion scores,
/// so that a reviewer sees whether the choice depends on the method.
///
/// The decision matrix holds each compliant vendor's criterion scores (0–100, all benefit
/// criteria) and the weights are the criteria's global weights. A criterion a vendor left open
/// under the `exclude` policy is filled with that vendor's own weighted score (a neutral value
/// for it). Criteria with zero weight, or on which every vendor scores the same, are left out:
/// they cannot change any order.
/// - WSM is the tool's own ranking (Σ weight × score).
/// - WPM is Π (score/100)^weight with scores floored at 1 point, since one zero would zero the product.
/// - TOPSIS uses vector normalisation and Euclidean distances (Hwang & Yoon 1981); its score is the closeness 0–1.
public struct MethodComparison: Sendable, Equatable {
    /// One method's result.
    public struct Result: Sendable, Equatable {
        /// The method.
        public var method: MCDAMethod
        /// Vendor ids in the evaluation's ranked order.
        public var vendors: [String]
        /// Scores in the same order (WSM 0–100, WPM 0–1, TOPSIS closeness 0–1).
        public var scores: [Double]
        /// Competition ranks in the same order.
        public var ranks: [Int]
    }

    /// Kendall's tau-b and Spearman's rho between two methods' rankings.
    public struct Agreement: Sendable, Equatable {
        /// The first method.
        public var first: MCDAMethod
        /// The second method.
        public var second: MCDAMethod
        /// Kendall's tau-b, or nil when undefined (fewer than two vendors, or all tied).
        public var kendallTau: Double?
        /// Spearman's rho, or nil when undefined.
        public var spearmanRho: Double?
    }

    /// One result per method asked for, in the order asked.
    public var results: [Result]
    /// Agreement between every pair of methods.
    public var agreements: [Agreement]
    /// The criteria used (ids).
    public var criteria: [String]

    /// Ranks the evaluation's compliant vendors by `methods`.
    public init(evaluation: Evaluation, methods: [MCDAMethod]) throws(MCDAError) {
        let ranked = evaluation.ranking.ranked
        let tree = evaluation.tree
        let vendors = ranked.map(\.vendorID)
        var columns: [Int] = []
        for l in tree.leaves.indices where tree.nodes[tree.leaves[l]].globalWeight > 0 {
            let values = ranked.map { $0.criteria[l].score }
            if let first = values.first, values.contains(where: { abs($0 - first) > 1e-12 }) { columns.append(l) }
        }
        criteria = columns.map { tree.nodes[tree.leaves[$0]].id }
        let weights = columns.map { tree.nodes[tree.leaves[$0]].globalWeight }
        let rows = ranked.map { entry in
            columns.map { l in entry.criteria[l].status == .excluded ? entry.score : entry.criteria[l].score }
        }
        var results: [Result] = []
        for method in methods {
            let scores: [Double]
            switch method {
            case .wsm:
                scores = ranked.map(\.score)
            case .wpm:
                scores = rows.map { row in zip(row, weights).reduce(1.0) { $0 * Self.power(max($1.0, 1) / 100, $1.1) } }
            case .topsis:
                if columns.isEmpty || ranked.count < 2 {
                    scores = ranked.map { _ in 1 }
                } else {
                    let matrix = try DecisionMatrix(alternatives: vendors, criteria: criteria, values: rows)
                    scores = try TOPSIS.evaluate(matrix, weights: weights, types: columns.map { _ in .benefit }, normalization: .vector).result.scores
                }
            }
            results.append(Result(method: method, vendors: vendors, scores: scores, ranks: CompetitionRanking.ranks(scores)))
        }
        self.results = results
        var agreements: [Agreement] = []
        for i in results.indices {
            for j in results.indices where j > i {
                agreements.append(Agreement(first: results[i].method, second: results[j].method,
                                            kendallTau: RankCorrelation.kendallTauB(ranks: results[i].ranks, results[j].ranks),
                                            spearmanRho: RankCorrelation.spearmanRho(ranks: results[i].ranks, results[j].ranks)))
            }
        }
        self.agreements = agreements
    }

    /// x^y for x > 0.
    static func power(_ x: Double, _ y: Double) -> Double { y == 0 ? 1 : pow(x, y) }
}

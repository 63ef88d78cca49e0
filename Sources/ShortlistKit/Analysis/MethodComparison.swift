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
package struct MethodComparison: Sendable, Equatable {
    /// One method's result.
    package struct Result: Sendable, Equatable {
        /// The method.
        package var method: MCDAMethod
        /// Vendor ids in the evaluation's ranked order.
        package var vendors: [String]
        /// Scores in the same order (WSM 0–100, WPM 0–1, TOPSIS closeness 0–1).
        package var scores: [Double]
        /// Competition ranks in the same order.
        package var ranks: [Int]
    }

    /// Kendall's tau-b and Spearman's rho between two methods' rankings.
    package struct Agreement: Sendable, Equatable {
        /// The first method.
        package var first: MCDAMethod
        /// The second method.
        package var second: MCDAMethod
        /// Kendall's tau-b, or nil when undefined (fewer than two vendors, or all tied).
        package var kendallTau: Double?
        /// Spearman's rho, or nil when undefined.
        package var spearmanRho: Double?
    }

    /// One result per method asked for, in the order asked.
    package var results: [Result]
    /// Agreement between every pair of methods.
    package var agreements: [Agreement]
    /// The criteria used (ids).
    package var criteria: [String]

    /// Ranks the evaluation's compliant vendors by `methods`.
    package init(evaluation: Evaluation, methods: [MCDAMethod]) throws(MCDAError) {
        let ranked = evaluation.ranking.comparable
        // Every criterion with global weights, open criteria filled with the vendor's own total.
        let matrix = WeightStability.Matrix.criteria(of: evaluation)
        let vendors = matrix.vendors
        var columns: [Int] = []
        for l in matrix.ids.indices where matrix.weights[l] > 0 {
            let values = ranked.map { $0.criteria[l].score }
            if let first = values.first, values.contains(where: { abs($0 - first) > 1e-12 }) { columns.append(l) }
        }
        criteria = columns.map { matrix.ids[$0] }
        let weights = columns.map { matrix.weights[$0] }
        let rows = matrix.scores.map { row in columns.map { row[$0] } }
        var results: [Result] = []
        for method in methods {
            let scores: [Double]
            switch method {
            case .wsm:
                scores = ranked.map(\.score)
            case .wpm:
                scores = rows.map { row in zip(row, weights).reduce(1.0) { $0 * pow(max($1.0, 1) / 100, $1.1) } }
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
        agreements = Self.agreements(results.map { ($0.method, $0.ranks) })
    }

    /// Kendall's tau-b and Spearman's rho between every pair of rankings, in the order given
    /// (first with second, first with third, …, second with third, …).
    package static func agreements(_ rankings: [(method: MCDAMethod, ranks: [Int])]) -> [Agreement] {
        var agreements: [Agreement] = []
        for i in rankings.indices {
            for j in rankings.indices where j > i {
                agreements.append(Agreement(first: rankings[i].method, second: rankings[j].method,
                                            kendallTau: RankCorrelation.kendallTauB(ranks: rankings[i].ranks, rankings[j].ranks),
                                            spearmanRho: RankCorrelation.spearmanRho(ranks: rankings[i].ranks, rankings[j].ranks)))
            }
        }
        return agreements
    }
}

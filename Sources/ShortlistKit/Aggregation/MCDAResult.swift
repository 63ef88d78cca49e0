/// The scores and ranks an MCDA method gives the alternatives of a decision matrix.
package struct MCDAResult: Sendable, Equatable {
    /// The method that produced the scores.
    package var method: MCDAMethod
    /// The normalisation that was applied.
    package var normalization: Normalization
    /// The alternatives, in the matrix's row order.
    package var alternatives: [String]
    /// The weights used, scaled to sum to 1.
    package var weights: [Double]
    /// Each alternative's score, in row order; higher is better.
    package var scores: [Double]
    /// Each alternative's rank, in row order: competition ranking (1, 1, 3) with ties as in
    /// ``CompetitionRanking``.
    package var ranks: [Int]

    /// Creates a result, ranking the scores with ``CompetitionRanking``.
    ///
    /// - Parameters:
    ///   - method: The method.
    ///   - normalization: The normalisation applied.
    ///   - alternatives: The alternatives in row order.
    ///   - weights: The weights used.
    ///   - scores: The scores in row order, higher is better.
    package init(method: MCDAMethod, normalization: Normalization, alternatives: [String], weights: [Double], scores: [Double]) {
        self.method = method
        self.normalization = normalization
        self.alternatives = alternatives
        self.weights = weights
        self.scores = scores
        self.ranks = CompetitionRanking.ranks(scores)
    }

    /// Row indices from best to worst; tied alternatives keep their input order.
    package var order: [Int] { CompetitionRanking.order(scores) }
}

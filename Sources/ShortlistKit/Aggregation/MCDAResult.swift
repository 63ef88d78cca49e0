/// The scores and ranks an MCDA method gives the alternatives of a decision matrix.
public struct MCDAResult: Sendable, Equatable {
    /// The method that produced the scores.
    public var method: MCDAMethod
    /// The normalisation that was applied.
    public var normalization: Normalization
    /// The alternatives, in the matrix's row order.
    public var alternatives: [String]
    /// The weights used, scaled to sum to 1.
    public var weights: [Double]
    /// Each alternative's score, in row order; higher is better.
    public var scores: [Double]
    /// Each alternative's rank, in row order: competition ranking (1, 1, 3) with ties as in
    /// ``CompetitionRanking``.
    public var ranks: [Int]

    /// Creates a result, ranking the scores with ``CompetitionRanking``.
    ///
    /// - Parameters:
    ///   - method: The method.
    ///   - normalization: The normalisation applied.
    ///   - alternatives: The alternatives in row order.
    ///   - weights: The weights used.
    ///   - scores: The scores in row order, higher is better.
    public init(method: MCDAMethod, normalization: Normalization, alternatives: [String], weights: [Double], scores: [Double]) {
        self.method = method
        self.normalization = normalization
        self.alternatives = alternatives
        self.weights = weights
        self.scores = scores
        self.ranks = CompetitionRanking.ranks(scores)
    }

    /// Row indices from best to worst; tied alternatives keep their input order.
    public var order: [Int] { CompetitionRanking.order(scores) }
}

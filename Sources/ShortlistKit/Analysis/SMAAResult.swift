/// The outcome of an SMAA-2 run.
public struct SMAAResult: Sendable, Equatable {
    /// Alternative names, the row order of every array.
    public var alternatives: [String]
    /// Criterion names, the order of the central weight vectors.
    public var criteria: [String]
    /// Rank acceptability indices b(i, r): `acceptability[i][r - 1]` is the share of weightings
    /// that give alternative i rank r. Every row and every column sums to 1.
    public var acceptability: [[Double]]
    /// Central weight vector of each alternative: the mean weights among the weightings that put it
    /// first; nil when it is never first (b1 = 0).
    public var centralWeights: [[Double]?]
    /// Confidence factor of each alternative: the share of value samples in which it is best under
    /// its own central weights; nil when it has no central weights.
    public var confidence: [Double?]
    /// Weight samples drawn (and value samples in the confidence pass).
    public var samples: Int
    /// The seed of the run.
    public var seed: UInt64
    /// Samples of interval weights that the rejection sampler could not place within
    /// `SMAA.intervalAttemptLimit` tries and that were clipped into the bounds instead (normally 0).
    public var fallbackSamples: Int

    /// The probability that each alternative ranks first (b1).
    public var winProbabilities: [Double] { acceptability.map { $0.first ?? 0 } }
}

/// Pass-1 counts of one chunk, or of all chunks merged in order.
struct RankTally: Sendable {
    /// Untied rank hits, alternative-major: `counts[i * n + r]`.
    var counts: [Int]
    /// Fractional hits from ties, same layout.
    var ties: [Double]
    /// Σ weights over the samples where the alternative is first (fractionally when tied), `[i * m + c]`.
    var weightSums: [Double]
    /// Interval-weight samples that needed the clipping fallback.
    var fallbacks = 0

    init(n: Int, m: Int) {
        counts = [Int](repeating: 0, count: n * n)
        ties = [Double](repeating: 0, count: n * n)
        weightSums = [Double](repeating: 0, count: n * m)
    }

    mutating func add(_ other: RankTally) {
        for k in counts.indices { counts[k] += other.counts[k] }
        for k in ties.indices { ties[k] += other.ties[k] }
        for k in weightSums.indices { weightSums[k] += other.weightSums[k] }
        fallbacks += other.fallbacks
    }
}

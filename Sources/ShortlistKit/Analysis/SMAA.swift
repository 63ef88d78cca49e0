import Foundation

// SMAA-2: stochastic multicriteria acceptability analysis for an additive value model
// (R. Lahdelma and P. Salminen, "SMAA-2: Stochastic multicriteria acceptability analysis for group
// decision making", Operations Research 49 (3), 2001, 444–454), computed as JSMAA does it
// (T. Tervonen, "JSMAA: open source software for SMAA computations", International Journal of
// Systems Science 45 (1), 2014, 69–81; tommite/jsmaa, SMAA2Simulation.java).

/// SMAA-2 by Monte Carlo simulation (Lahdelma & Salminen 2001), reproducible and parallel.
///
/// **Model.** Alternative i's value under weights w is u_i = Σ_c w_c · v_ic, where v_ic is the
/// partial value of a draw from its ``ScoreDistribution`` (see ``CriterionScale``).
///
/// **Weights.** Missing information: w = E / ΣE with E_c independent standard exponentials
/// (Marsaglia and Tsang's ziggurat, ``ExponentialZiggurat``), which is uniform on the simplex
/// (L. Devroye, *Non-Uniform Random Variate Generation*, 1986, §V.2); the ranking is computed
/// from the unnormalised E, which orders the alternatives exactly as w does. Ordinal information: a uniform simplex sample sorted in
/// decreasing order, the largest to rank 1 (JSMAA's `RankSampler`, after Tervonen's JSMAA);
/// tied criteria take the values of their positions in a random order. Interval information:
/// uniform on {w : Σw = 1, lower ≤ w ≤ upper} by rejection from one of two exact proposals —
/// every weight but the widest uniform in its interval and the widest set to 1 − the others'
/// sum (good for narrow intervals), or lower + (1 − Σ lower) · S with S uniform on the simplex
/// (good for wide ones) — whichever accepted more often in a 256-proposal pilot run on a stream
/// of its own. A sample still outside the bounds after ``intervalAttemptLimit`` tries (256 when
/// the pilot accepted nothing) is clamped into them and moved onto Σw = 1, and counted in
/// ``SMAAResult/fallbackSamples``.
///
/// **Ranks.** Rank 1 is the largest value. Tied alternatives share the ranks they span: each
/// gets 1/k of a hit on each of the k ranks (and 1/k of a first place for the central weights),
/// so every row and column of the acceptability matrix sums to 1 (JSMAA would give every tied
/// alternative the same rank). Values are compared as computed in double precision, summing over
/// criteria in order. A single-precision pass ranks first (through 16-bit keys, eight comparisons
/// per instruction); whenever two neighbours are closer than the proven error bounds allow, the
/// sample is re-ranked in double precision, so the ranks are exactly those of the
/// double-precision values.
///
/// **Confidence factors** (as JSMAA): a second pass draws `samples` new value samples; an
/// alternative scores a hit when no alternative has a strictly larger value under the first one's
/// central weights. With exact values only, one evaluation decides (0 or 1).
///
/// **Reproducibility.** Samples are cut into chunks of ``chunkSize``; chunk k draws from its own
/// ``Xoshiro256StarStar`` stream: (seed, k) for the ranks, (seed, 2³² + k) for the confidence
/// factors (and (seed, 2 · 2³²) for the interval pilot). Chunks run on all cores and their
/// tallies are added in chunk order, so a seed gives the same numbers on any machine and with
/// any number of threads. Logarithms and exponentials come from ``PortableMath``, not the C
/// library, and no arithmetic is fused.
///
/// **Cost.** Per weight sample O(n·m) for the values and O(n²) for the ranks (n alternatives,
/// m criteria); nothing is allocated per sample. On two cores 1,000,000 samples of 50 × 30 take
/// about 0.25 s (see `shortlist-bench --smaa-only`).
package enum SMAA {
    /// Samples per chunk; part of the definition of the random streams (changing it changes results).
    package static let chunkSize = 4096
    /// Tries per sample for interval weights before the clipping fallback.
    package static let intervalAttemptLimit = 10_000

    /// Runs SMAA-2 with `samples` weight samples (and as many value samples for the confidence factors).
    ///
    /// - Parameters:
    ///   - samples: At least 1.
    ///   - threads: Worker threads; nil means one per active core, 1 runs every chunk on the calling thread.
    ///     The result does not depend on it.
    ///   - progress: Called with the fraction done (0 < f ≤ 1) after each chunk, serially, on a worker thread.
    package static func run(
        _ problem: SMAAProblem, samples: Int, seed: UInt64, threads: Int? = nil,
        progress: (@Sendable (Double) -> Void)? = nil
    ) -> SMAAResult {
        simulate(problem, samples: samples, seed: seed, threads: threads, exactRanking: false, progress: progress)
    }

    /// ``run(_:samples:seed:threads:progress:)``, optionally ranking every sample in double precision
    /// (`exactRanking`, for tests: the results must be identical).
    static func simulate(
        _ problem: SMAAProblem, samples: Int, seed: UInt64, threads: Int?, exactRanking: Bool,
        progress: (@Sendable (Double) -> Void)?
    ) -> SMAAResult {
        precondition(samples > 0, "SMAA.run needs at least one sample")
        let plan = SMAAPlan(problem, seed: seed)
        let n = plan.n, m = plan.m
        let chunks = (samples + chunkSize - 1) / chunkSize
        let workers = max(1, min(threads ?? ProcessInfo.processInfo.activeProcessorCount, chunks))
        let passes = plan.allExact ? 1 : 2
        let report: (@Sendable (Int) -> Void)? = progress.map { callback in
            { @Sendable done in callback(Double(done) / Double(chunks * passes)) }
        }

        // Pass 1: rank acceptabilities and central weights.
        let first = ChunkRunner.run(chunks: chunks, workers: workers, initial: RankTally(n: n, m: m), progress: report, combine: { $0.add($1) }) { chunk in
            SMAAKernel.rankChunk(plan, seed: seed, chunk: chunk, count: min(chunkSize, samples - chunk * chunkSize), exact: exactRanking)
        }
        var acceptability = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        var weightVectors = [[Double]?](repeating: nil, count: n)
        for i in 0..<n {
            for r in 0..<n { acceptability[i][r] = (Double(first.counts[i * n + r]) + first.ties[i * n + r]) / Double(samples) }
            let firsts = Double(first.counts[i * n]) + first.ties[i * n]
            if firsts > 0 { weightVectors[i] = (0..<m).map { first.weightSums[i * m + $0] / firsts } }
        }

        // Pass 2: confidence factors.
        let centralWeights = weightVectors
        var confidence = [Double?](repeating: nil, count: n)
        if plan.allExact {
            let hits = SMAAKernel.confidenceHits(plan, centralWeights: centralWeights, seed: seed, chunk: nil, count: 1)
            for i in 0..<n where centralWeights[i] != nil { confidence[i] = Double(hits[i]) }
        } else {
            let hits = ChunkRunner.run(chunks: chunks, workers: workers, initial: [Int](repeating: 0, count: n),
                                       progress: report.map { r in { @Sendable done in r(chunks + done) } }, combine: { $0 = zip($0, $1).map(+) }) { chunk in
                SMAAKernel.confidenceHits(plan, centralWeights: centralWeights, seed: seed, chunk: chunk, count: min(chunkSize, samples - chunk * chunkSize))
            }
            for i in 0..<n where centralWeights[i] != nil { confidence[i] = Double(hits[i]) / Double(samples) }
        }
        return SMAAResult(alternatives: problem.alternatives, criteria: problem.criteria, acceptability: acceptability,
                          centralWeights: centralWeights, confidence: confidence, samples: samples, seed: seed,
                          fallbackSamples: first.fallbacks)
    }
}

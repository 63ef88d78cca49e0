import Foundation

// SMAA-2: stochastic multicriteria acceptability analysis for an additive value model
// (R. Lahdelma and P. Salminen, "SMAA-2: Stochastic multicriteria acceptability analysis for group
// decision making", Operations Research 49 (3), 2001, 444–454), computed as JSMAA does it
// (T. Tervonen, "JSMAA: open source software for SMAA computations", International Journal of
// Systems Science 45 (1), 2014, 69–81; tommite/jsmaa, SMAA2Simulation.java).

// MARK: - Problem

/// How one alternative performs on one criterion: a number, or a distribution to sample from.
///
/// The number drawn is mapped to a partial value by the criterion's ``CriterionScale``.
public enum ScoreDistribution: Sendable, Equatable {
    /// Always this value.
    case exact(Double)
    /// Uniform between the two bounds (in either order).
    case uniform(Double, Double)
    /// Normal with this mean and standard deviation (unbounded, as JSMAA's `GaussianMeasurement`).
    case gaussian(mean: Double, sd: Double)
    /// exp(X) with X normal (JSMAA's `LogNormalMeasurement`), e.g. an odds ratio from its log-scale estimate.
    case logNormal(mu: Double, sigma: Double)
    /// Beta(alpha, beta) stretched onto [lower, upper] (JSMAA's `BetaMeasurement`).
    case beta(alpha: Double, beta: Double, lower: Double, upper: Double)

    /// The range JSMAA uses to set a criterion's scale: the 95 % interval (mean ± 1.96 sd, or its
    /// exponential for log-normal), the bounds for uniform and beta, the value itself for exact.
    public var range95: ClosedRange<Double> {
        switch self {
        case .exact(let x): return x...x
        case .uniform(let a, let b): return min(a, b)...max(a, b)
        case .gaussian(let mean, let sd): return (mean - 1.96 * sd)...(mean + 1.96 * sd)
        case .logNormal(let mu, let sigma): return PortableMath.exp(mu - 1.96 * sigma)...PortableMath.exp(mu + 1.96 * sigma)
        case .beta(_, _, let lower, let upper): return lower...upper
        }
    }

    /// The one value this distribution always gives, or nil when it varies.
    var constant: Double? {
        switch self {
        case .exact(let x): return x
        case .uniform(let a, let b): return a == b ? a : nil
        case .gaussian(let mean, let sd): return sd == 0 ? mean : nil
        case .logNormal(let mu, let sigma): return sigma == 0 ? PortableMath.exp(mu) : nil
        case .beta(_, _, let lower, let upper): return lower == upper ? lower : nil
        }
    }

    /// Why the parameters are unusable, or nil when they are fine.
    var problem: String? {
        switch self {
        case .exact(let x):
            return x.isFinite ? nil : "the exact value must be a finite number"
        case .uniform(let a, let b):
            return a.isFinite && b.isFinite ? nil : "the bounds of a uniform distribution must be finite numbers"
        case .gaussian(let mean, let sd):
            return mean.isFinite && sd.isFinite && sd >= 0 ? nil : "a normal distribution needs a finite mean and a finite standard deviation ≥ 0"
        case .logNormal(let mu, let sigma):
            guard mu.isFinite && sigma.isFinite && sigma >= 0 else { return "a log-normal distribution needs a finite mu and a finite sigma ≥ 0" }
            return mu + 8 * sigma < 700 ? nil : "a log-normal distribution with mu + 8 sigma above 700 overflows"
        case .beta(let alpha, let beta, let lower, let upper):
            guard alpha.isFinite && beta.isFinite && alpha > 0 && beta > 0 else { return "a beta distribution needs finite alpha > 0 and beta > 0" }
            return lower.isFinite && upper.isFinite && lower <= upper ? nil : "a beta distribution needs finite bounds with lower ≤ upper"
        }
    }
}

/// A linear partial value function: `lower` maps to 0 and `upper` to 1 (the reverse when descending).
///
/// As in JSMAA's `UtilityFunction` without extra value points, values outside the scale are
/// extrapolated linearly, not clipped.
public struct CriterionScale: Sendable, Equatable {
    /// The measurement that maps to 0 (ascending) or 1 (descending).
    public var lower: Double
    /// The measurement that maps to 1 (ascending) or 0 (descending).
    public var upper: Double
    /// Whether more is better.
    public var ascending: Bool

    /// The identity: values are already partial values on 0…1, more is better.
    public static let unit = CriterionScale(lower: 0, upper: 1, ascending: true)

    /// A scale from `lower` to `upper`; ``SMAAProblem`` requires lower < upper.
    public init(lower: Double, upper: Double, ascending: Bool = true) {
        self.lower = lower
        self.upper = upper
        self.ascending = ascending
    }

    /// The smallest scale enclosing every distribution's ``ScoreDistribution/range95`` — JSMAA's
    /// automatic scale (`ImpactMatrix.updateScales`). When every range is the same single number
    /// the scale is widened by ±0.5, so that the criterion gives every alternative 0.5.
    public init(enclosing distributions: [ScoreDistribution], ascending: Bool) {
        let ranges = distributions.map(\.range95)
        let low = ranges.map(\.lowerBound).min() ?? 0, high = ranges.map(\.upperBound).max() ?? 1
        if low < high {
            self.init(lower: low, upper: high, ascending: ascending)
        } else {
            self.init(lower: low - 0.5, upper: high + 0.5, ascending: ascending)
        }
    }

    /// The partial value of measurement `x`: (x − lower) / (upper − lower), or 1 minus that when descending.
    public func partialValue(_ x: Double) -> Double {
        let (a, b) = affine
        return a + b * x
    }

    /// (a, b) with partial value a + b·x.
    var affine: (Double, Double) {
        if self == .unit { return (0, 1) }
        let width = upper - lower
        return ascending ? (-lower / width, 1 / width) : (upper / width, -1 / width)
    }
}

/// What is known about the criterion weights; weights are non-negative and sum to 1.
public enum WeightInformation: Sendable, Equatable {
    /// Nothing: weights uniform on the simplex.
    case missing
    /// A rank per criterion, 1 = most important; equal numbers are ties. Weights are uniform over
    /// all weight vectors that respect the order (tied criteria in any order among themselves).
    case ordinal([Int])
    /// Each weight within ±`relative` × its centre (centres normalised to sum 1, bounds clipped
    /// to 0…1); weights uniform over the simplex inside those bounds.
    case interval(center: [Double], relative: Double)
}

/// An SMAA-2 problem: alternatives, criteria, the value of each alternative on each criterion,
/// and what is known about the weights.
public struct SMAAProblem: Sendable {
    /// Alternative names, in result order.
    public let alternatives: [String]
    /// Criterion names, in weight order.
    public let criteria: [String]
    /// `values[alternative][criterion]`: what the alternative scores, mapped by `scales[criterion]`
    /// to a partial value (with the default ``CriterionScale/unit`` the numbers are partial values on 0…1).
    public let values: [[ScoreDistribution]]
    /// One scale per criterion.
    public let scales: [CriterionScale]
    /// The weight information.
    public let weights: WeightInformation

    /// Validates and stores a problem.
    ///
    /// - Parameter scales: One per criterion; nil means ``CriterionScale/unit`` for all.
    /// - Throws: ``SMAAError`` naming the first thing that is wrong.
    public init(
        alternatives: [String], criteria: [String], values: [[ScoreDistribution]],
        weights: WeightInformation = .missing, scales: [CriterionScale]? = nil
    ) throws(SMAAError) {
        guard !alternatives.isEmpty else { throw .empty("alternatives") }
        guard !criteria.isEmpty else { throw .empty("criteria") }
        for (kind, names) in [("alternative", alternatives), ("criterion", criteria)] {
            var seen: Set<String> = []
            for name in names where !seen.insert(name).inserted { throw .duplicateName(kind: kind, name: name) }
        }
        guard values.count == alternatives.count else {
            throw .shape("values has \(values.count) rows but there are \(alternatives.count) alternatives")
        }
        for (a, row) in values.enumerated() {
            guard row.count == criteria.count else {
                throw .shape("the values of alternative '\(alternatives[a])' have \(row.count) entries but there are \(criteria.count) criteria")
            }
            for (c, value) in row.enumerated() {
                if let reason = value.problem { throw .invalidDistribution(alternative: alternatives[a], criterion: criteria[c], reason: reason) }
            }
        }
        let scales = scales ?? Array(repeating: .unit, count: criteria.count)
        guard scales.count == criteria.count else { throw .shape("there are \(scales.count) scales but \(criteria.count) criteria") }
        for (c, scale) in scales.enumerated() where !(scale.lower.isFinite && scale.upper.isFinite && scale.lower < scale.upper) {
            throw .invalidScale(criterion: criteria[c], reason: "lower (\(scale.lower)) must be a finite number below upper (\(scale.upper))")
        }
        switch weights {
        case .missing:
            break
        case .ordinal(let ranks):
            guard ranks.count == criteria.count else { throw .invalidWeights("the rank order has \(ranks.count) ranks but there are \(criteria.count) criteria") }
            if let (c, rank) = ranks.enumerated().first(where: { $0.element < 1 }) {
                throw .invalidWeights("criterion '\(criteria[c])' has rank \(rank); ranks start at 1")
            }
        case .interval(let center, let relative):
            guard center.count == criteria.count else { throw .invalidWeights("there are \(center.count) centre weights but \(criteria.count) criteria") }
            if let (c, w) = center.enumerated().first(where: { !($0.element.isFinite && $0.element >= 0) }) {
                throw .invalidWeights("the centre weight of criterion '\(criteria[c])' is \(w); it must be a finite number ≥ 0")
            }
            guard center.reduce(0, +) > 0 else { throw .invalidWeights("the centre weights sum to 0") }
            guard relative.isFinite && relative >= 0 else { throw .invalidWeights("the relative interval width is \(relative); it must be a finite number ≥ 0") }
        }
        self.alternatives = alternatives
        self.criteria = criteria
        self.values = values
        self.scales = scales
        self.weights = weights
    }
}

/// A problem that cannot be analysed.
public enum SMAAError: Error, Equatable, CustomStringConvertible {
    /// There are no alternatives or no criteria (the associated value says which).
    case empty(String)
    /// Two alternatives or two criteria share a name.
    case duplicateName(kind: String, name: String)
    /// The numbers of rows, columns or scales do not match.
    case shape(String)
    /// A distribution's parameters are unusable.
    case invalidDistribution(alternative: String, criterion: String, reason: String)
    /// A criterion's scale is unusable.
    case invalidScale(criterion: String, reason: String)
    /// The weight information is unusable.
    case invalidWeights(String)

    public var description: String {
        switch self {
        case .empty(let what): return "An SMAA problem needs at least one of its \(what), but there are none."
        case .duplicateName(let kind, let name): return "The \(kind) name '\(name)' appears twice; names must be unique."
        case .shape(let detail): return "The SMAA problem is inconsistent: \(detail)."
        case .invalidDistribution(let a, let c, let reason): return "The value of '\(a)' on '\(c)' is unusable: \(reason)."
        case .invalidScale(let c, let reason): return "The scale of criterion '\(c)' is unusable: \(reason)."
        case .invalidWeights(let detail): return "The weight information is unusable: \(detail)."
        }
    }
}

// MARK: - Result

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
    /// ``SMAA/intervalAttemptLimit`` tries and that were clipped into the bounds instead (normally 0).
    public var fallbackSamples: Int

    /// The probability that each alternative ranks first (b1).
    public var winProbabilities: [Double] { acceptability.map { $0.first ?? 0 } }
}

// MARK: - Running

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
public enum SMAA {
    /// Samples per chunk; part of the definition of the random streams (changing it changes results).
    public static let chunkSize = 4096
    /// Tries per sample for interval weights before the clipping fallback.
    public static let intervalAttemptLimit = 10_000

    /// Runs SMAA-2 with `samples` weight samples (and as many value samples for the confidence factors).
    ///
    /// - Parameters:
    ///   - samples: At least 1.
    ///   - threads: Worker threads; nil means one per active core, 1 runs every chunk on the calling thread.
    ///     The result does not depend on it.
    ///   - progress: Called with the fraction done (0 < f ≤ 1) after each chunk, serially, on a worker thread.
    public static func run(
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
        let first = ChunkRunner.run(chunks: chunks, workers: workers, initial: RankTally(n: n, m: m), progress: report) { chunk in
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

// MARK: - Compiled problem

/// The problem laid out for the sampler: partial values criterion-major in blocks of eight
/// alternatives (structure of arrays), the cells to re-draw, and the weight model.
final class SMAAPlan: @unchecked Sendable {  // immutable after init; the buffers are only read
    /// Alternatives, criteria, blocks of eight alternatives, blocks of eight criteria.
    let n: Int, m: Int, blocks: Int, weightBlocks: Int
    /// Partial values: block b of criterion c at `c * blocks + b`; lanes past n and varying cells hold 0.
    let values: UnsafeMutablePointer<SIMD8<Double>>
    /// The same in single precision.
    let floatValues: UnsafeMutablePointer<SIMD8<Float>>
    /// Per criterion, the smallest and largest single-precision partial value over the alternatives
    /// (meaningful when every value is constant): Σ low·w ≤ every value ≤ Σ high·w.
    let floatLow: UnsafeMutablePointer<Float>, floatHigh: UnsafeMutablePointer<Float>
    /// ``ExponentialZiggurat/tables``, copied so that the sampling loop reads plain memory.
    let ziggurat: UnsafeMutablePointer<Double>
    /// Cells drawn afresh for every sample.
    let cells: [Cell]
    /// The largest |partial value| among the constant cells.
    let constantMaximum: Double
    /// Whether every partial value is a constant ≥ 0 (then each value's rounding error is bounded by a multiple of the value itself).
    let nonnegative: Bool
    /// Set once in init (after the interval pilot), read-only afterwards.
    private(set) var weights: Weights
    var allExact: Bool { cells.isEmpty }

    /// One varying cell: partial value = a + b · draw.
    struct Cell {
        /// Index in the scalar view of ``SMAAPlan/values``: c · 8 · blocks + alternative.
        var lane: Int
        var a: Double, b: Double
        var draw: Draw
    }

    enum Draw {
        case uniform(lower: Double, width: Double)
        case gaussian(mean: Double, sd: Double)
        case logNormal(mu: Double, sigma: Double)
        case beta(alpha: Double, beta: Double, lower: Double, width: Double)
    }

    enum Weights {
        case missing
        /// Criteria grouped by rank, most important first; a group takes the next positions of the sorted sample.
        case ordinal(groups: [[Int]])
        case interval(Interval)
    }

    /// Interval weight bounds and the proposal that the pilot run found to accept more often.
    struct Interval {
        var lower: [Double], upper: [Double]
        /// 1 − Σ lower: the mass the shifted-simplex proposal spreads.
        var free: Double
        /// The coordinate the box proposal sets to 1 − Σ others: the one with the widest interval.
        var last: Int
        var useBox = true
        var attemptLimit = SMAA.intervalAttemptLimit
    }

    init(_ problem: SMAAProblem, seed: UInt64) {
        n = problem.alternatives.count
        m = problem.criteria.count
        blocks = (n + 7) / 8
        weightBlocks = (m + 7) / 8
        values = .allocate(capacity: m * blocks)
        values.initialize(repeating: .zero, count: m * blocks)
        floatValues = .allocate(capacity: m * blocks)
        floatLow = .allocate(capacity: m)
        floatHigh = .allocate(capacity: m)
        ziggurat = .allocate(capacity: 768)
        ziggurat.initialize(from: ExponentialZiggurat.standard.tables, count: 768)
        let lanes = UnsafeMutableRawPointer(values).assumingMemoryBound(to: Double.self)
        var cells: [Cell] = []
        var maximum = 0.0, minimum = 0.0
        for c in 0..<m {
            let (a, b) = problem.scales[c].affine
            for i in 0..<n {
                let lane = c * blocks * 8 + i
                let value = problem.values[i][c]
                if let x = value.constant {
                    lanes[lane] = a + b * x
                    maximum = max(maximum, abs(lanes[lane]))
                    minimum = min(minimum, lanes[lane])
                    continue
                }
                let draw: Draw
                switch value {
                case .exact: fatalError("unreachable: exact values are constant")
                case .uniform(let p, let q): draw = .uniform(lower: min(p, q), width: abs(q - p))
                case .gaussian(let mean, let sd): draw = .gaussian(mean: mean, sd: sd)
                case .logNormal(let mu, let sigma): draw = .logNormal(mu: mu, sigma: sigma)
                case .beta(let alpha, let beta, let lower, let upper): draw = .beta(alpha: alpha, beta: beta, lower: lower, width: upper - lower)
                }
                cells.append(Cell(lane: lane, a: a, b: b, draw: draw))
            }
        }
        for k in 0..<(m * blocks) { floatValues[k] = SIMD8<Float>(values[k]) }
        let floatLanes = UnsafeMutableRawPointer(floatValues).assumingMemoryBound(to: Float.self)
        for c in 0..<m {
            var low = floatLanes[c * blocks * 8], high = low
            for i in 1..<n {
                low = min(low, floatLanes[c * blocks * 8 + i])
                high = max(high, floatLanes[c * blocks * 8 + i])
            }
            floatLow[c] = low
            floatHigh[c] = high
        }
        self.cells = cells
        constantMaximum = maximum
        nonnegative = cells.isEmpty && minimum >= 0
        switch problem.weights {
        case .missing:
            weights = .missing
        case .ordinal(let ranks):
            let levels = Set(ranks).sorted()
            weights = .ordinal(groups: levels.map { level in ranks.indices.filter { ranks[$0] == level } })
        case .interval(let center, let relative):
            let total = center.reduce(0, +)
            let normalised = center.map { $0 / total }
            let lower = normalised.map { max(0, $0 * (1 - relative)) }, upper = normalised.map { min(1, $0 * (1 + relative)) }
            let widest = upper.indices.max { upper[$0] - lower[$0] < upper[$1] - lower[$1] } ?? 0
            weights = .interval(Interval(lower: lower, upper: upper, free: 1 - lower.reduce(0, +), last: widest))
        }
        if case .interval(var interval) = weights {
            (interval.useBox, interval.attemptLimit) = SMAAKernel.pilot(self, interval, seed: seed)
            weights = .interval(interval)
        }
    }

    deinit {
        values.deallocate()
        floatValues.deallocate()
        floatLow.deallocate()
        floatHigh.deallocate()
        ziggurat.deallocate()
    }
}

// MARK: - Tallies and chunk scheduling

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

/// Runs chunks on worker threads and merges their results strictly in chunk order, so that
/// floating-point sums do not depend on which thread finished first.
enum ChunkRunner {
    static func run(
        chunks: Int, workers: Int, initial: RankTally, progress: (@Sendable (Int) -> Void)?,
        body: @escaping @Sendable (Int) -> RankTally
    ) -> RankTally {
        run(chunks: chunks, workers: workers, initial: initial, progress: progress, combine: { $0.add($1) }, body: body)
    }

    static func run<T: Sendable>(
        chunks: Int, workers: Int, initial: T, progress: (@Sendable (Int) -> Void)?,
        combine: @escaping @Sendable (inout T, T) -> Void, body: @escaping @Sendable (Int) -> T
    ) -> T {
        let merger = OrderedMerger(chunks: chunks, initial: initial, combine: combine, progress: progress)
        let work: @Sendable (Int) -> Void = { _ in
            while let chunk = merger.take() { merger.finish(chunk, body(chunk)) }
        }
        if workers == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: work)
        }
        return merger.result
    }
}

/// Hands out chunk indices and folds finished chunks into the total in index order.
private final class OrderedMerger<T: Sendable>: @unchecked Sendable {  // all state behind `lock`
    private let lock = NSLock()
    private let chunks: Int
    private var nextToTake = 0, nextToMerge = 0
    private var pending: [Int: T] = [:]
    private var total: T
    private let combine: @Sendable (inout T, T) -> Void
    private let progress: (@Sendable (Int) -> Void)?

    init(chunks: Int, initial: T, combine: @escaping @Sendable (inout T, T) -> Void, progress: (@Sendable (Int) -> Void)?) {
        self.chunks = chunks
        total = initial
        self.combine = combine
        self.progress = progress
    }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextToTake < chunks else { return nil }
        nextToTake += 1
        return nextToTake - 1
    }

    func finish(_ chunk: Int, _ value: T) {
        lock.lock()
        defer { lock.unlock() }
        pending[chunk] = value
        while let next = pending.removeValue(forKey: nextToMerge) {
            combine(&total, next)
            nextToMerge += 1
            progress?(nextToMerge)
        }
    }

    var result: T {
        lock.lock()
        defer { lock.unlock() }
        return total
    }
}

// MARK: - Kernel

/// The sampling loops. Everything a sample touches is allocated once per chunk; the loop itself
/// allocates nothing.
enum SMAAKernel {
    typealias D8 = SIMD8<Double>
    typealias F8 = SIMD8<Float>

    /// Per-chunk working memory.
    private struct Scratch {
        let values: UnsafeMutablePointer<D8>, floatValues: UnsafeMutablePointer<F8>
        let utilities: UnsafeMutablePointer<D8>, floatUtilities: UnsafeMutablePointer<F8>
        let ranks: UnsafeMutablePointer<SIMD8<Int32>>
        let greater: UnsafeMutablePointer<SIMD8<Int64>>, equal: UnsafeMutablePointer<SIMD8<Int64>>
        let weights: UnsafeMutablePointer<D8>, floatWeights: UnsafeMutablePointer<Float>
        let sorted: UnsafeMutablePointer<Double>, order: UnsafeMutablePointer<Int32>, positions: UnsafeMutablePointer<Int>
        let sortedValues: UnsafeMutablePointer<Float>
        let keys: UnsafeMutablePointer<SIMD8<Int16>>, keyRanks: UnsafeMutablePointer<SIMD8<Int16>>, keyBroadcasts: UnsafeMutablePointer<SIMD8<Int16>>

        init(_ plan: SMAAPlan) {
            let cells = plan.m * plan.blocks
            values = .allocate(capacity: cells)
            values.initialize(from: plan.values, count: cells)
            floatValues = .allocate(capacity: cells)
            floatValues.initialize(from: plan.floatValues, count: cells)
            utilities = .allocate(capacity: plan.blocks)
            utilities.initialize(repeating: .zero, count: plan.blocks)
            floatUtilities = .allocate(capacity: plan.blocks)
            floatUtilities.initialize(repeating: .zero, count: plan.blocks)
            ranks = .allocate(capacity: plan.blocks)
            ranks.initialize(repeating: .zero, count: plan.blocks)
            greater = .allocate(capacity: plan.blocks)
            greater.initialize(repeating: .zero, count: plan.blocks)
            equal = .allocate(capacity: plan.blocks)
            equal.initialize(repeating: .zero, count: plan.blocks)
            weights = .allocate(capacity: plan.weightBlocks)
            weights.initialize(repeating: .zero, count: plan.weightBlocks)
            floatWeights = .allocate(capacity: plan.m)
            floatWeights.initialize(repeating: 0, count: plan.m)
            sorted = .allocate(capacity: plan.m)
            sorted.initialize(repeating: 0, count: plan.m)
            order = .allocate(capacity: plan.n)
            order.initialize(repeating: 0, count: plan.n)
            positions = .allocate(capacity: plan.m)
            positions.initialize(repeating: 0, count: plan.m)
            sortedValues = .allocate(capacity: plan.n)
            sortedValues.initialize(repeating: 0, count: plan.n)
            keys = .allocate(capacity: plan.blocks)
            keys.initialize(repeating: .zero, count: plan.blocks)
            keyRanks = .allocate(capacity: plan.blocks)
            keyRanks.initialize(repeating: .zero, count: plan.blocks)
            keyBroadcasts = .allocate(capacity: plan.n)
            keyBroadcasts.initialize(repeating: .zero, count: plan.n)
        }

        func deallocate() {
            for p in [UnsafeMutableRawPointer(values), UnsafeMutableRawPointer(floatValues), UnsafeMutableRawPointer(utilities),
                      UnsafeMutableRawPointer(floatUtilities), UnsafeMutableRawPointer(ranks), UnsafeMutableRawPointer(greater),
                      UnsafeMutableRawPointer(equal), UnsafeMutableRawPointer(weights), UnsafeMutableRawPointer(floatWeights),
                      UnsafeMutableRawPointer(sorted), UnsafeMutableRawPointer(order), UnsafeMutableRawPointer(positions),
                      UnsafeMutableRawPointer(sortedValues), UnsafeMutableRawPointer(keys), UnsafeMutableRawPointer(keyRanks), UnsafeMutableRawPointer(keyBroadcasts)] {
                p.deallocate()
            }
        }
    }

    /// Pass 1 over `count` samples of chunk `chunk`.
    static func rankChunk(_ plan: SMAAPlan, seed: UInt64, chunk: Int, count: Int, exact: Bool) -> RankTally {
        let n = plan.n, m = plan.m, nb = plan.blocks
        var source = VariateSource(Xoshiro256StarStar(seed: seed, stream: UInt64(chunk)))
        let s = Scratch(plan)
        defer { s.deallocate() }
        var tally = RankTally(n: n, m: m)
        let counts = UnsafeMutablePointer<Int>.allocate(capacity: n * n)
        counts.initialize(repeating: 0, count: n * n)
        defer { counts.deallocate() }
        let weightSums = UnsafeMutablePointer<Double>.allocate(capacity: n * m)
        weightSums.initialize(repeating: 0, count: n * m)
        defer { weightSums.deallocate() }

        let w = UnsafeMutableRawPointer(s.weights).assumingMemoryBound(to: Double.self)
        let uf = UnsafeMutableRawPointer(s.floatUtilities).assumingMemoryBound(to: Float.self)
        let ranks = UnsafeMutableRawPointer(s.ranks).assumingMemoryBound(to: Int32.self)
        let pairs = n * (n - 1) / 2
        let floatSlack = Double(m + 8), doubleSlack = Double(m + 4)
        // 16-bit keys pay off while ties between 65,520 levels stay rare.
        let useKeys = n <= 96
        var fallbacks = 0
        let model = plan.weights, constantMaximum = plan.constantMaximum, varying = !plan.cells.isEmpty, nonnegative = plan.nonnegative
        // γ_32 + γ_64 (with slack) times (1 + 3γ_32), for neighbours' sum in the non-negative test.
        let relative = 1.01 * (floatSlack * 0x1p-24 + doubleSlack * 0x1p-53) * (1 + 3 * floatSlack * 0x1p-24)
        var missing = false
        if case .missing = model { missing = true }

        for _ in 0..<count {
            var maximum = constantMaximum
            if varying { maximum = max(maximum, drawValues(plan, s, &source, floats: true)) }
            let total = missing ? drawExponentials(plan, s, &source) : drawWeights(plan, model, s, &source, fallbacks: &fallbacks)

            // Single precision first, ordered through 16-bit keys when they are all distinct, else by
            // single-precision comparisons; the order is exact whenever every gap between neighbours
            // exceeds twice the error bounds of both computations (N. J. Higham, Accuracy and
            // Stability of Numerical Algorithms, 2nd ed., 2002, §3.1: |fl(x·y) − x·y| ≤ γ_m Σ|x_i y_i|).
            var ranked = false
            if !exact && maximum * total < 1e30 {
                for c in 0..<m { s.floatWeights[c] = Float(w[c]) }
                floatUtilities(s.floatValues, s.floatWeights, s.floatUtilities, m: m, blocks: nb)
                var ordered = useKeys && keyOrder(s, n: n, blocks: nb, range: varying ? nil : valueRange(plan, s.floatWeights))
                if !ordered {
                    floatCount(s.floatUtilities, uf, s.ranks, n: n, blocks: nb)
                    var sum = 0
                    for i in 0..<n { sum &+= Int(truncatingIfNeeded: ranks[i]) }
                    if sum == pairs {
                        for i in 0..<n {
                            let r = Int(truncatingIfNeeded: ranks[i])
                            s.order[r] = Int32(truncatingIfNeeded: i)
                            s.sortedValues[r] = uf[i]
                        }
                        ordered = true
                    }
                }
                if ordered {
                    ranked = separated(s.sortedValues, n: n, nonnegative: nonnegative, relative: relative,
                                       absolute: 2.02 * floatSlack * 0x1p-126 * (1 + total),
                                       threshold: 2.02 * (floatSlack * (0x1p-24 * maximum * total + 0x1p-126 * (1 + total)) + doubleSlack * 0x1p-53 * maximum * total))
                }
                if ranked {
                    var k = 0
                    while k < n { counts[Int(truncatingIfNeeded: s.order[k]) &* n &+ k] &+= 1; k &+= 1 }
                    let winner = Int(truncatingIfNeeded: s.order[0])
                    let scale = 1 / total, sums = weightSums + winner &* m
                    for c in 0..<m { sums[c] += w[c] * scale }
                }
            }
            if !ranked {
                exactRank(plan, s, total: total, counts: counts, ties: &tally.ties, weightSums: weightSums)
            }
        }
        for k in 0..<(n * n) { tally.counts[k] = counts[k] }
        for k in 0..<(n * m) { tally.weightSums[k] = weightSums[k] }
        tally.fallbacks = fallbacks
        return tally
    }

    /// Ranks one sample in double precision, sharing ranks between exactly tied alternatives.
    private static func exactRank(
        _ plan: SMAAPlan, _ s: Scratch, total: Double, counts: UnsafeMutablePointer<Int>, ties: inout [Double],
        weightSums: UnsafeMutablePointer<Double>
    ) {
        let n = plan.n, m = plan.m
        let w = UnsafeMutableRawPointer(s.weights).assumingMemoryBound(to: Double.self)
        doubleUtilities(s.values, w, s.utilities, m: m, blocks: plan.blocks)
        doubleCount(s.utilities, s.greater, s.equal, n: n, blocks: plan.blocks)
        let greater = UnsafeMutableRawPointer(s.greater).assumingMemoryBound(to: Int64.self)
        let equal = UnsafeMutableRawPointer(s.equal).assumingMemoryBound(to: Int64.self)
        let scale = 1 / total
        for i in 0..<n {
            let r = Int(greater[i]), k = Int(equal[i])  // k ≥ 1: the alternative itself
            let credit = 1 / Double(k)
            if k == 1 {
                counts[i * n + r] += 1
            } else {
                for rank in r..<(r + k) { ties[i * n + rank] += credit }
            }
            if r == 0 {
                let sums = weightSums + i * m
                for c in 0..<m { sums[c] += k == 1 ? w[c] * scale : w[c] * scale * credit }
            }
        }
    }

    /// Pass 2: for each alternative with central weights, in how many of `count` value samples no
    /// alternative has a strictly larger value under those weights. `chunk == nil` evaluates the
    /// constant values once.
    static func confidenceHits(_ plan: SMAAPlan, centralWeights: [[Double]?], seed: UInt64, chunk: Int?, count: Int) -> [Int] {
        let n = plan.n, m = plan.m
        var source = VariateSource(Xoshiro256StarStar(seed: seed, stream: (1 << 32) | UInt64(chunk ?? 0)))
        let s = Scratch(plan)
        defer { s.deallocate() }
        let candidates = (0..<n).filter { centralWeights[$0] != nil }
        let weights = UnsafeMutablePointer<Double>.allocate(capacity: max(1, n * m))
        defer { weights.deallocate() }
        for i in candidates { for c in 0..<m { weights[i * m + c] = centralWeights[i]![c] } }
        let u = UnsafeMutableRawPointer(s.utilities).assumingMemoryBound(to: Double.self)
        var hits = [Int](repeating: 0, count: n)
        for _ in 0..<count {
            if chunk != nil { _ = drawValues(plan, s, &source, floats: false) }
            for i in candidates {
                doubleUtilities(s.values, weights + i * m, s.utilities, m: m, blocks: plan.blocks)
                let own = u[i]
                var best = true
                for j in 0..<n where u[j] > own { best = false; break }
                if best { hits[i] += 1 }
            }
        }
        return hits
    }

    // MARK: Drawing

    /// Draws every varying cell into the scratch values; returns the largest |partial value| drawn.
    @inline(__always)
    private static func drawValues(_ plan: SMAAPlan, _ s: Scratch, _ source: inout VariateSource, floats: Bool) -> Double {
        let lanes = UnsafeMutableRawPointer(s.values).assumingMemoryBound(to: Double.self)
        let floatLanes = UnsafeMutableRawPointer(s.floatValues).assumingMemoryBound(to: Float.self)
        var maximum = 0.0
        for cell in plan.cells {
            let x: Double
            switch cell.draw {
            case .uniform(let lower, let width): x = lower + width * source.generator.nextUnit()
            case .gaussian(let mean, let sd): x = mean + sd * source.normal()
            case .logNormal(let mu, let sigma): x = PortableMath.exp(mu + sigma * source.normal())
            case .beta(let alpha, let beta, let lower, let width): x = lower + width * source.beta(alpha, beta)
            }
            let value = cell.a + cell.b * x
            lanes[cell.lane] = value
            if floats { floatLanes[cell.lane] = Float(value) }
            maximum = max(maximum, abs(value))
        }
        return maximum
    }

    /// Standard exponentials (ziggurat) into `s.weights[0..<m]` (padding lanes 0); returns their sum.
    @inline(__always)
    private static func drawExponentials(_ plan: SMAAPlan, _ s: Scratch, _ source: inout VariateSource) -> Double {
        let w = UnsafeMutableRawPointer(s.weights).assumingMemoryBound(to: Double.self)
        let tables = UnsafePointer(plan.ziggurat)
        var a = 0.0, b = 0.0
        var c = 0
        while c &+ 1 < plan.m {  // two sums, so that the additions do not wait on each other
            let x = ExponentialZiggurat.draw(&source.generator, tables), y = ExponentialZiggurat.draw(&source.generator, tables)
            w[c] = x
            w[c &+ 1] = y
            a += x
            b += y
            c &+= 2
        }
        if c < plan.m {
            let x = ExponentialZiggurat.draw(&source.generator, tables)
            w[c] = x
            a += x
        }
        return a + b
    }

    /// One weight vector into `s.weights[0..<m]`; returns its sum (1 up to rounding, or ΣE for missing information).
    @inline(__always)
    private static func drawWeights(_ plan: SMAAPlan, _ model: SMAAPlan.Weights, _ s: Scratch, _ source: inout VariateSource, fallbacks: inout Int) -> Double {
        let w = UnsafeMutableRawPointer(s.weights).assumingMemoryBound(to: Double.self)
        let m = plan.m
        switch model {
        case .missing:
            return drawExponentials(plan, s, &source)
        case .ordinal(let groups):
            let scale = 1 / drawExponentials(plan, s, &source)
            // Insertion sort, largest first.
            for c in 0..<m {
                let x = w[c] * scale
                var k = c
                while k > 0 && s.sorted[k - 1] < x { s.sorted[k] = s.sorted[k - 1]; k -= 1 }
                s.sorted[k] = x
            }
            var position = 0
            for group in groups {
                if group.count == 1 {
                    w[group[0]] = s.sorted[position]
                } else {
                    for k in 0..<group.count { s.positions[k] = position + k }
                    for k in stride(from: group.count - 1, to: 0, by: -1) {
                        let j = source.generator.nextIndex(below: k + 1)
                        let t = s.positions[k]
                        s.positions[k] = s.positions[j]
                        s.positions[j] = t
                    }
                    for (k, c) in group.enumerated() { w[c] = s.sorted[s.positions[k]] }
                }
                position += group.count
            }
            var total = 0.0
            for c in 0..<m { total += w[c] }
            return total
        case .interval(let interval):
            var accepted = false, attempts = 0
            while !accepted && attempts < interval.attemptLimit {
                accepted = proposeInterval(plan, interval, box: interval.useBox, s, &source)
                attempts += 1
            }
            if !accepted {
                // Clamp the last proposal into the bounds, then move it onto Σw = 1 in proportion to
                // each weight's room towards the bound on that side (Σ lower ≤ 1 ≤ Σ upper, so it fits).
                let (lower, upper) = (interval.lower, interval.upper)
                var sum = 0.0, room = 0.0
                for c in 0..<m {
                    w[c] = min(max(w[c], lower[c]), upper[c])
                    sum += w[c]
                }
                for c in 0..<m { room += sum > 1 ? w[c] - lower[c] : upper[c] - w[c] }
                if room > 0 {
                    let shift = (1 - sum) / room
                    for c in 0..<m { w[c] += shift * (sum > 1 ? w[c] - lower[c] : upper[c] - w[c]) }
                }
                fallbacks += 1
            }
            var total = 0.0
            for c in 0..<m { total += w[c] }
            return total
        }
    }

    /// One proposal for interval weights into `s.weights`; true when it lies inside every bound.
    ///
    /// Box: every weight but `last` uniform in its interval and `last` = 1 − the others' sum —
    /// dropping one coordinate of the plane Σw = 1 is linear with a constant Jacobian, so accepted
    /// proposals are uniform on the polytope. Shifted simplex: lower + (1 − Σ lower) · S with S
    /// uniform on the simplex meets every lower bound; accepted when every upper bound holds.
    @inline(__always)
    private static func proposeInterval(_ plan: SMAAPlan, _ v: SMAAPlan.Interval, box: Bool, _ s: Scratch, _ source: inout VariateSource) -> Bool {
        let w = UnsafeMutableRawPointer(s.weights).assumingMemoryBound(to: Double.self)
        let m = plan.m
        if box {
            var sum = 0.0
            for c in 0..<m where c != v.last {
                let x = v.lower[c] + (v.upper[c] - v.lower[c]) * source.generator.nextUnit()
                w[c] = x
                sum += x
            }
            let x = 1 - sum
            guard x >= v.lower[v.last] - 1e-12 && x <= v.upper[v.last] + 1e-12 else {
                w[v.last] = x
                return false
            }
            w[v.last] = min(max(x, v.lower[v.last]), v.upper[v.last])
            return true
        }
        let scale = v.free / drawExponentials(plan, s, &source)
        var accepted = true
        for c in 0..<m {
            w[c] = v.lower[c] + w[c] * scale
            if w[c] > v.upper[c] { accepted = false }
        }
        return accepted
    }

    /// The mean of `count` accepted interval-weight proposals of one kind (for tests: both kinds
    /// must give the same distribution).
    static func intervalMean(_ plan: SMAAPlan, box: Bool, count: Int, seed: UInt64) -> [Double] {
        guard case .interval(let interval) = plan.weights else { return [] }
        var source = VariateSource(Xoshiro256StarStar(seed: seed))
        let s = Scratch(plan)
        defer { s.deallocate() }
        let w = UnsafeMutableRawPointer(s.weights).assumingMemoryBound(to: Double.self)
        var sums = [Double](repeating: 0, count: plan.m)
        var accepted = 0
        while accepted < count {
            guard proposeInterval(plan, interval, box: box, s, &source) else { continue }
            accepted += 1
            for c in 0..<plan.m { sums[c] += w[c] }
        }
        return sums.map { $0 / Double(count) }
    }

    /// Tries 256 proposals of each kind on a stream of its own (seed, 2 · 2³²) and picks the kind
    /// that accepted more; when neither accepted any, samples get 256 tries before the fallback.
    static func pilot(_ plan: SMAAPlan, _ interval: SMAAPlan.Interval, seed: UInt64) -> (useBox: Bool, attemptLimit: Int) {
        var source = VariateSource(Xoshiro256StarStar(seed: seed, stream: 2 << 32))
        let s = Scratch(plan)
        defer { s.deallocate() }
        var box = 0, simplex = 0
        for _ in 0..<256 {
            if proposeInterval(plan, interval, box: true, s, &source) { box += 1 }
            if proposeInterval(plan, interval, box: false, s, &source) { simplex += 1 }
        }
        return (box >= simplex, max(box, simplex) == 0 ? 256 : SMAA.intervalAttemptLimit)
    }

    // MARK: Arithmetic

    /// u = Σ_c w_c · x_c in single precision, up to four blocks of eight alternatives at a time (a
    /// remainder of three as one group, so that every pass has six or more independent sums).
    @inline(__always)
    private static func floatUtilities(_ x: UnsafePointer<F8>, _ w: UnsafePointer<Float>, _ u: UnsafeMutablePointer<F8>, m: Int, blocks nb: Int) {
        var b = 0
        while b &+ 4 <= nb {
            var a0 = F8.zero, a1 = F8.zero, a2 = F8.zero, a3 = F8.zero
            for c in 0..<m {
                let wc = F8(repeating: w[c]), p = x + (c &* nb &+ b)
                a0 += wc * p[0]; a1 += wc * p[1]; a2 += wc * p[2]; a3 += wc * p[3]
            }
            u[b] = a0; u[b &+ 1] = a1; u[b &+ 2] = a2; u[b &+ 3] = a3
            b &+= 4
        }
        switch nb &- b {
        case 3:
            var a0 = F8.zero, a1 = F8.zero, a2 = F8.zero
            for c in 0..<m {
                let wc = F8(repeating: w[c]), p = x + (c &* nb &+ b)
                a0 += wc * p[0]; a1 += wc * p[1]; a2 += wc * p[2]
            }
            u[b] = a0; u[b &+ 1] = a1; u[b &+ 2] = a2
        case 2:
            var a0 = F8.zero, a1 = F8.zero
            for c in 0..<m {
                let wc = F8(repeating: w[c]), p = x + (c &* nb &+ b)
                a0 += wc * p[0]; a1 += wc * p[1]
            }
            u[b] = a0; u[b &+ 1] = a1
        case 1:
            // Even and odd criteria in separate sums (any order is fine in single precision: the
            // error bound does not depend on it), for two independent chains.
            var a0 = F8.zero, a1 = F8.zero
            var c = 0
            while c &+ 1 < m {
                a0 += F8(repeating: w[c]) * x[c &* nb &+ b]
                a1 += F8(repeating: w[c &+ 1]) * x[(c &+ 1) &* nb &+ b]
                c &+= 2
            }
            if c < m { a0 += F8(repeating: w[c]) * x[c &* nb &+ b] }
            u[b] = a0 + a1
        default:
            break
        }
    }

    /// u = Σ_c w_c · x_c in double precision, summed over c in order (the reference arithmetic).
    @inline(__always)
    private static func doubleUtilities(_ x: UnsafePointer<D8>, _ w: UnsafePointer<Double>, _ u: UnsafeMutablePointer<D8>, m: Int, blocks nb: Int) {
        var b = 0
        while b &+ 2 <= nb {
            var a0 = D8.zero, a1 = D8.zero
            for c in 0..<m {
                let wc = D8(repeating: w[c]), p = x + (c &* nb &+ b)
                a0 += wc * p[0]; a1 += wc * p[1]
            }
            u[b] = a0; u[b &+ 1] = a1
            b &+= 2
        }
        if b < nb {
            var a0 = D8.zero
            for c in 0..<m { a0 += D8(repeating: w[c]) * x[c &* nb &+ b] }
            u[b] = a0
        }
    }

    /// Whether every two neighbours of the sorted single-precision values are further apart than
    /// both computations' errors: a − b > relative · (a + b) + absolute when all values are ≥ 0
    /// (each value's error is then at most γ times the value), a − b > threshold otherwise.
    /// Tested in single precision with the bounds raised by 2⁻²⁰, which covers the rounding of the
    /// test itself (each of its operations errs by at most 2⁻²⁴ relative).
    @inline(__always)
    private static func separated(_ sorted: UnsafeMutablePointer<Float>, n: Int, nonnegative: Bool, relative: Double, absolute: Double, threshold: Double) -> Bool {
        let lift = 1 + 0x1p-20
        var apart = 0
        if nonnegative {
            let r = Float(relative * lift) * Float(lift), a0 = Float(absolute * lift) * Float(lift)
            var a = sorted[0]
            for k in 1..<max(1, n) {
                let b = sorted[k]
                apart &+= a - b > r * (a + b) + a0 ? 1 : 0
                a = b
            }
        } else {
            let t = Float(threshold * lift) * Float(lift)
            var a = sorted[0]
            for k in 1..<max(1, n) {
                let b = sorted[k]
                apart &+= a - b > t ? 1 : 0
                a = b
            }
        }
        return apart == n &- 1
    }

    /// Σ_c low_c · w_c and Σ_c high_c · w_c: bounds on every value when all values are constant,
    /// found without a pass over the values.
    @inline(__always)
    private static func valueRange(_ plan: SMAAPlan, _ w: UnsafePointer<Float>) -> (Float, Float) {
        var lo0: Float = 0, lo1: Float = 0, hi0: Float = 0, hi1: Float = 0
        var c = 0
        while c &+ 1 < plan.m {
            lo0 += plan.floatLow[c] * w[c]; lo1 += plan.floatLow[c &+ 1] * w[c &+ 1]
            hi0 += plan.floatHigh[c] * w[c]; hi1 += plan.floatHigh[c &+ 1] * w[c &+ 1]
            c &+= 2
        }
        if c < plan.m { lo0 += plan.floatLow[c] * w[c]; hi0 += plan.floatHigh[c] * w[c] }
        return (lo0 + lo1, hi0 + hi1)
    }

    /// Orders the single-precision values through 16-bit keys k = round((u − lo) · 65520 / (hi − lo)) − 32760,
    /// with [lo, hi] the values' range or, with constant values, `range` (Σ of the per-criterion
    /// extremes times the weights, widened),
    /// counting #{j : k_j > k_i} eight lanes per instruction; fills `s.order` (largest first) and
    /// returns true when the keys are all distinct. Rounding is monotone, so distinct keys are in the
    /// order of the values.
    @inline(__always)
    private static func keyOrder(_ s: Scratch, n: Int, blocks nb: Int, range: (Float, Float)?) -> Bool {
        let u = UnsafeMutableRawPointer(s.floatUtilities).assumingMemoryBound(to: Float.self)
        for lane in n..<(nb &* 8) { u[lane] = u[0] }  // padding copies lane 0 (see the sum below)
        var lo: Float, hi: Float
        if let (low, high) = range {
            // Widened by 10⁻⁵ of the magnitudes, far more than the rounding of either side.
            let pad = 1e-5 * (abs(low) + abs(high)) + 1e-30
            (lo, hi) = (low - pad, high + pad)
        } else {
            (lo, hi) = (u[0], u[0])
            for i in 1..<max(1, n) {
                let x = u[i]
                lo = x < lo ? x : lo
                hi = x > hi ? x : hi
            }
        }
        let scale = 65520 / (hi - lo)
        guard hi > lo && scale.isFinite else { return false }
        // y + 2²³ holds round(y) in its low mantissa bits for |y| < 2²²; keys span −32,760 … 32,760.
        let l = F8(repeating: lo), f = F8(repeating: scale), magic = F8(repeating: 0x1p23)
        for b in 0..<nb {
            let bits = unsafeBitCast((s.floatUtilities[b] - l) * f + magic, to: SIMD8<Int32>.self) &- (0x4B00_0000 &+ 32760)
            s.keys[b] = SIMD8<Int16>(truncatingIfNeeded: bits)
        }
        let keys = UnsafeMutableRawPointer(s.keys).assumingMemoryBound(to: Int16.self)
        for j in 0..<n { s.keyBroadcasts[j] = SIMD8<Int16>(repeating: keys[j]) }
        var b = 0
        while b &+ 4 <= nb {
            let x0 = s.keys[b], x1 = s.keys[b &+ 1], x2 = s.keys[b &+ 2], x3 = s.keys[b &+ 3]
            var c0 = SIMD8<Int16>.zero, c1 = SIMD8<Int16>.zero, c2 = SIMD8<Int16>.zero, c3 = SIMD8<Int16>.zero
            for j in 0..<n {
                let v = s.keyBroadcasts[j]
                c0 &-= unsafeBitCast(v .> x0, to: SIMD8<Int16>.self)
                c1 &-= unsafeBitCast(v .> x1, to: SIMD8<Int16>.self)
                c2 &-= unsafeBitCast(v .> x2, to: SIMD8<Int16>.self)
                c3 &-= unsafeBitCast(v .> x3, to: SIMD8<Int16>.self)
            }
            s.keyRanks[b] = c0; s.keyRanks[b &+ 1] = c1; s.keyRanks[b &+ 2] = c2; s.keyRanks[b &+ 3] = c3
            b &+= 4
        }
        while b &+ 2 <= nb {
            let x0 = s.keys[b], x1 = s.keys[b &+ 1]
            var c0 = SIMD8<Int16>.zero, c1 = SIMD8<Int16>.zero
            for j in 0..<n {
                let v = s.keyBroadcasts[j]
                c0 &-= unsafeBitCast(v .> x0, to: SIMD8<Int16>.self)
                c1 &-= unsafeBitCast(v .> x1, to: SIMD8<Int16>.self)
            }
            s.keyRanks[b] = c0; s.keyRanks[b &+ 1] = c1
            b &+= 2
        }
        if b < nb {
            let x0 = s.keys[b]
            var c0 = SIMD8<Int16>.zero
            for j in 0..<n { c0 &-= unsafeBitCast(s.keyBroadcasts[j] .> x0, to: SIMD8<Int16>.self) }
            s.keyRanks[b] = c0
        }
        // Σ ranks = n(n − 1)/2 exactly when the keys are distinct; padding lanes copy lane 0.
        var lanes = SIMD8<Int16>.zero
        for b in 0..<nb { lanes &+= s.keyRanks[b] }
        let ranks = UnsafeMutableRawPointer(s.keyRanks).assumingMemoryBound(to: Int16.self)
        var sum = 0
        for lane in 0..<8 { sum &+= Int(truncatingIfNeeded: lanes[lane]) }
        sum &-= (nb &* 8 &- n) &* Int(truncatingIfNeeded: ranks[0])
        guard sum == n &* (n &- 1) / 2 else { return false }
        for i in 0..<n {
            let r = Int(truncatingIfNeeded: ranks[i])
            s.order[r] = Int32(truncatingIfNeeded: i)
            s.sortedValues[r] = u[i]
        }
        return true
    }

    /// ranks[i] = #{j : u_j > u_i}, eight alternatives per vector, two vectors per pass.
    @inline(__always)
    private static func floatCount(_ u: UnsafePointer<F8>, _ lanes: UnsafePointer<Float>, _ ranks: UnsafeMutablePointer<SIMD8<Int32>>, n: Int, blocks nb: Int) {
        var b = 0
        while b &+ 2 <= nb {
            let x0 = u[b], x1 = u[b &+ 1]
            var c0 = SIMD8<Int32>.zero, c1 = SIMD8<Int32>.zero
            for j in 0..<n {
                let v = F8(repeating: lanes[j])
                c0 &-= unsafeBitCast(v .> x0, to: SIMD8<Int32>.self)
                c1 &-= unsafeBitCast(v .> x1, to: SIMD8<Int32>.self)
            }
            ranks[b] = c0; ranks[b &+ 1] = c1
            b &+= 2
        }
        if b < nb {
            let x0 = u[b]
            var c0 = SIMD8<Int32>.zero
            for j in 0..<n { c0 &-= unsafeBitCast(F8(repeating: lanes[j]) .> x0, to: SIMD8<Int32>.self) }
            ranks[b] = c0
        }
    }

    /// greater[i] = #{j : u_j > u_i} and equal[i] = #{j : u_j = u_i} in double precision.
    @inline(__always)
    private static func doubleCount(_ u: UnsafePointer<D8>, _ greater: UnsafeMutablePointer<SIMD8<Int64>>, _ equal: UnsafeMutablePointer<SIMD8<Int64>>, n: Int, blocks nb: Int) {
        let lanes = UnsafeRawPointer(u).assumingMemoryBound(to: Double.self)
        for b in 0..<nb {
            let x = u[b]
            var g = SIMD8<Int64>.zero, e = SIMD8<Int64>.zero
            for j in 0..<n {
                let v = D8(repeating: lanes[j])
                g &-= unsafeBitCast(v .> x, to: SIMD8<Int64>.self)
                e &-= unsafeBitCast(v .== x, to: SIMD8<Int64>.self)
            }
            greater[b] = g; equal[b] = e
        }
    }
}

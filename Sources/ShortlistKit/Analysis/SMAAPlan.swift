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

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

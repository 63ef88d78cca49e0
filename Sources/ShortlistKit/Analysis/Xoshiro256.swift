/// The xoshiro256** 1.0 pseudo-random generator, seeded through SplitMix64.
///
/// Algorithm and constants from D. Blackman and S. Vigna, "Scrambled linear pseudorandom number
/// generators", *ACM Transactions on Mathematical Software* 47 (4), 2021, article 36, and Vigna's
/// public-domain reference `xoshiro256starstar.c`; seeding as recommended there, with four outputs
/// of SplitMix64 (G. L. Steele, D. Lea and C. H. Flood, "Fast splittable pseudorandom number
/// generators", OOPSLA 2014; `splitmix64.c`). The sequence depends only on the seed and the stream,
/// never on the platform, so simulations built on it repeat exactly on any machine.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Equatable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// A generator whose sequence is fixed by `seed` (the same as stream 0).
    public init(seed: UInt64) {
        self.init(seed: seed, stream: 0)
    }

    /// A generator for one of many independent streams under the same seed, e.g. one per chunk of work.
    ///
    /// SplitMix64 starts from `seed ^ mix(stream)`, where `mix` is SplitMix64's output function (a
    /// bijection with mix(0) = 0), and its next four outputs are the state.
    public init(seed: UInt64, stream: UInt64) {
        var state = seed ^ Self.mix(stream)
        s0 = Self.splitMix64(&state)
        s1 = Self.splitMix64(&state)
        s2 = Self.splitMix64(&state)
        s3 = Self.splitMix64(&state)
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }  // the all-zero state is the one fixed point
    }

    /// A generator in exactly this state (not all zero), for reference tests.
    init(state: (UInt64, UInt64, UInt64, UInt64)) {
        (s0, s1, s2, s3) = state
    }

    /// The next 64 random bits.
    @inline(__always)
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// A uniform number in [0, 1): the top 53 bits times 2⁻⁵³.
    @inline(__always)
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform number in (0, 1]: (the top 53 bits + 1) times 2⁻⁵³, safe to take the logarithm of.
    @inline(__always)
    public mutating func nextOpenUnit() -> Double {
        Double((next() >> 11) &+ 1) * 0x1p-53
    }

    /// A uniform whole number in `0..<bound` (Lemire's multiply-shift with rejection, so exactly uniform).
    public mutating func nextIndex(below bound: Int) -> Int {
        precondition(bound > 0, "nextIndex(below:) needs a positive bound")
        let b = UInt64(bound)
        var product = next().multipliedFullWidth(by: b)
        if product.low < b {
            let threshold = (0 &- b) % b
            while product.low < threshold { product = next().multipliedFullWidth(by: b) }
        }
        return Int(product.high)
    }

    @inline(__always)
    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// One SplitMix64 step: advances `state` and returns its output.
    static func splitMix64(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return mix(state)
    }

    /// SplitMix64's output function (Stafford's "Mix13" variant of the MurmurHash3 finaliser).
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

// MARK: - Variates

/// Random variates drawn from a ``Xoshiro256StarStar`` with portable arithmetic only.
///
/// Every method uses IEEE addition, multiplication, division and square root and the logarithm
/// and exponential of ``PortableMath`` (never the C library's, whose last bit differs between
/// versions and CPUs), so the same generator state gives the same numbers everywhere.
struct VariateSource {
    var generator: Xoshiro256StarStar
    /// The second value of the last polar-method pair, used by the next ``normal()``.
    private var spare: Double?

    init(_ generator: Xoshiro256StarStar) {
        self.generator = generator
    }

    /// A standard normal variate by Marsaglia's polar method (G. Marsaglia and T. A. Bray, "A
    /// convenient method for generating normal variables", *SIAM Review* 6 (3), 1964, 260–264).
    mutating func normal() -> Double {
        if let value = spare {
            spare = nil
            return value
        }
        while true {
            let u = 2 * generator.nextUnit() - 1, v = 2 * generator.nextUnit() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                let factor = (-2 * PortableMath.log(s) / s).squareRoot()
                spare = v * factor
                return u * factor
            }
        }
    }

    /// A standard exponential variate, by the ziggurat method (``ExponentialZiggurat``).
    mutating func exponential() -> Double {
        ExponentialZiggurat.standard.tables.withUnsafeBufferPointer { t in
            ExponentialZiggurat.draw(&generator, t.baseAddress!)
        }
    }

    /// A Gamma(shape, 1) variate (G. Marsaglia and W. W. Tsang, "A simple method for generating
    /// gamma variables", *ACM TOMS* 26 (3), 2000, 363–372; shape < 1 by Gamma(shape + 1) · U^(1/shape)).
    mutating func gamma(_ shape: Double) -> Double {
        if shape < 1 {
            let boosted = gamma(shape + 1)
            return boosted * PortableMath.exp(PortableMath.log(generator.nextOpenUnit()) / shape)
        }
        let d = shape - 1.0 / 3.0, c = 1 / (9 * d).squareRoot()
        while true {
            let x = normal()
            var v = 1 + c * x
            if v <= 0 { continue }
            v = v * v * v
            let u = generator.nextOpenUnit()
            let x2 = x * x
            if u < 1 - 0.0331 * x2 * x2 { return d * v }
            if PortableMath.log(u) < 0.5 * x2 + d * (1 - v + PortableMath.log(v)) { return d * v }
        }
    }

    /// A Beta(alpha, beta) variate on [0, 1], as X / (X + Y) with X ~ Gamma(alpha), Y ~ Gamma(beta).
    mutating func beta(_ alpha: Double, _ beta: Double) -> Double {
        let x = gamma(alpha), y = gamma(beta)
        let total = x + y
        return total > 0 ? x / total : (alpha >= beta ? 1 : 0)
    }
}

// MARK: - Exponential ziggurat

/// Standard exponential variates by Marsaglia and Tsang's ziggurat with 256 layers (G. Marsaglia
/// and W. W. Tsang, "The ziggurat method for generating random variables", *Journal of Statistical
/// Software* 5 (8), 2000; the layer constants r = 7.697117470131487 and v = 3.949659822581572e-3
/// are theirs). As in numpy's `standard_exponential`, one 64-bit draw gives the layer (its low 8
/// bits) and, independently, a 53-bit integer j (its top 53 bits); 98.9 % of draws return
/// j · w[layer] after one comparison. The tables are computed with ``PortableMath``, so they are
/// the same on every platform.
struct ExponentialZiggurat: Sendable {
    /// The tables, interleaved per layer: k (as a Double holding an integer < 2⁵³), w, f.
    let tables: [Double]
    static let standard = ExponentialZiggurat()
    static let r = 7.697117470131487

    init() {
        let scale = 0x1p53, v = 3.949659822581572e-3
        var k = [Double](repeating: 0, count: 256), w = k, f = k
        var d = Self.r, t = d
        let q = v / PortableMath.exp(-d)
        k[0] = (d / q * scale).rounded(.down)
        k[1] = 0
        w[0] = q / scale
        w[255] = d / scale
        f[0] = 1
        f[255] = PortableMath.exp(-d)
        for i in stride(from: 254, through: 1, by: -1) {
            d = -PortableMath.log(v / d + PortableMath.exp(-d))
            k[i + 1] = (d / t * scale).rounded(.down)
            t = d
            f[i] = PortableMath.exp(-d)
            w[i] = d / scale
        }
        tables = (0..<256).flatMap { [k[$0], w[$0], f[$0]] }
    }

    /// One standard exponential variate; `tables` points at ``tables``.
    @inline(__always)
    static func draw(_ g: inout Xoshiro256StarStar, _ tables: UnsafePointer<Double>) -> Double {
        var bits = g.next()
        while true {
            let layer = Int(truncatingIfNeeded: bits & 0xFF), j = bits >> 11
            let entry = tables + layer &* 3
            let x = Double(j) * entry[1]
            if Double(j) < entry[0] { return x }  // j < 2⁵³: exact as a Double
            if layer == 0 { return r - PortableMath.log(g.nextOpenUnit()) }  // the tail beyond r
            if entry[2] + g.nextUnit() * ((entry - 3)[2] - entry[2]) < PortableMath.exp(-x) { return x }
            bits = g.next()
        }
    }
}

// MARK: - Portable logarithm and exponential

/// The natural logarithm and exponential from basic IEEE operations only, so that results are
/// bit-identical on every platform (the C library's differ in the last bit between versions and
/// between CPUs with and without FMA).
///
/// Both follow Sun's fdlibm 5.3 (`e_log.c`, `e_exp.c`; the minimax coefficients are fdlibm's),
/// with errors below one unit in the last place.
enum PortableMath {
    // fdlibm e_log.c
    static let ln2Hi = 6.93147180369123816490e-01, ln2Lo = 1.90821492927058770002e-10
    static let lg1 = 6.666666666666735130e-01, lg2 = 3.999999999940941908e-01
    static let lg3 = 2.857142874366239149e-01, lg4 = 2.222219843214978396e-01
    static let lg5 = 1.818357216161805012e-01, lg6 = 1.531383769920937332e-01
    static let lg7 = 1.479819860511658591e-01
    // fdlibm e_exp.c
    static let invLn2 = 1.44269504088896338700e+00
    static let p1 = 1.66666666666666019037e-01, p2 = -2.77777777770155933842e-03
    static let p3 = 6.61375632143793436117e-05, p4 = -1.65339022054652515390e-06
    static let p5 = 4.13813679705723846039e-08

    /// The natural logarithm (−∞ at 0, NaN below 0).
    static func log(_ x: Double) -> Double {
        guard x > 0, x.isFinite else { return x == 0 ? -.infinity : (x.isNaN || x < 0 ? .nan : x) }
        var bits = x.bitPattern
        var k = 0
        if bits >> 52 == 0 {  // subnormal: scale into the normal range
            bits = (x * 0x1p54).bitPattern
            k = -54
        }
        // x = 2^k (1 + f) with √2/2 ≤ 1 + f < √2, as fdlibm: the mantissa test is `(hx + 0x95f64) & 0x100000`.
        let mantissa = bits & 0x000F_FFFF_FFFF_FFFF
        let high = (mantissa &+ 0x0009_5F61_9980_C433) >> 52
        k += Int(bits >> 52) - 1023 + Int(high)
        let m = Double(bitPattern: mantissa | (0x3FF0_0000_0000_0000 - (high << 52)))
        return reduced(m - 1, Double(k))
    }

    /// log(1 + f) + k·ln 2 for √2/2 − 1 ≤ f < √2 − 1 (fdlibm's general case).
    @inline(__always)
    private static func reduced(_ f: Double, _ k: Double) -> Double {
        let s = f / (2 + f)
        let z = s * s, w = z * z
        let t1 = w * (lg2 + w * (lg4 + w * lg6))
        let t2 = z * (lg1 + w * (lg3 + w * (lg5 + w * lg7)))
        let hfsq = 0.5 * f * f
        return k * ln2Hi - ((hfsq - (s * (hfsq + (t2 + t1)) + k * ln2Lo)) - f)
    }

    /// The exponential (+∞ above 709.78, 0 below −745.13).
    static func exp(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x > 7.09782712893383973096e+02 { return .infinity }
        if x < -7.45133219101941108420e+02 { return 0 }
        if abs(x) < 0x1p-28 { return 1 + x }
        // x = k·ln 2 + r with |r| ≤ ln 2 / 2
        let k = (x * invLn2).rounded(.toNearestOrEven)
        let hi = x - k * ln2Hi, lo = k * ln2Lo
        let r = hi - lo
        let t = r * r
        let c = r - t * (p1 + t * (p2 + t * (p3 + t * (p4 + t * p5))))
        let y = 1 - ((lo - (r * c) / (2 - c)) - hi)
        return scale(y, Int(k))
    }

    /// y · 2^k, exact while the result is normal (two steps so that k down to −1074 works).
    private static func scale(_ y: Double, _ k: Int) -> Double {
        if k >= -1021 && k <= 1023 { return y * Double(bitPattern: UInt64(k + 1023) << 52) }
        if k > 1023 { return y * 0x1p1023 * Double(bitPattern: UInt64(k - 1023 + 1023) << 52) }
        return y * 0x1p-1000 * Double(bitPattern: UInt64(k + 1000 + 1023) << 52)
    }
}

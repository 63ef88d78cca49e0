/// The xoshiro256** 1.0 pseudo-random generator, seeded through SplitMix64.
///
/// Algorithm and constants from D. Blackman and S. Vigna, "Scrambled linear pseudorandom number
/// generators", *ACM Transactions on Mathematical Software* 47 (4), 2021, article 36, and Vigna's
/// package-domain reference `xoshiro256starstar.c`; seeding as recommended there, with four outputs
/// of SplitMix64 (G. L. Steele, D. Lea and C. H. Flood, "Fast splittable pseudorandom number
/// generators", OOPSLA 2014; `splitmix64.c`). The sequence depends only on the seed and the stream,
/// never on the platform, so simulations built on it repeat exactly on any machine.
package struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Equatable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// A generator whose sequence is fixed by `seed` (the same as stream 0).
    package init(seed: UInt64) {
        self.init(seed: seed, stream: 0)
    }

    /// A generator for one of many independent streams under the same seed, e.g. one per chunk of work.
    ///
    /// SplitMix64 starts from `seed ^ mix(stream)`, where `mix` is SplitMix64's output function (a
    /// bijection with mix(0) = 0), and its next four outputs are the state.
    package init(seed: UInt64, stream: UInt64) {
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
    package mutating func next() -> UInt64 {
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
    package mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform number in (0, 1]: (the top 53 bits + 1) times 2⁻⁵³, safe to take the logarithm of.
    @inline(__always)
    package mutating func nextOpenUnit() -> Double {
        Double((next() >> 11) &+ 1) * 0x1p-53
    }

    /// A uniform whole number in `0..<bound` (Lemire's multiply-shift with rejection, so exactly uniform).
    package mutating func nextIndex(below bound: Int) -> Int {
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

/// A small, fast, seeded pseudo-random generator, so that the synthetic workspace is the same on every run.
///
/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014; constants as in Vigna's public-domain `splitmix64.c`).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// Creates a generator whose sequence is fixed by `seed`.
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in [0, 1) from the top 53 bits (independent of the standard library's sampling, so the
    /// workspace stays the same across toolchains).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// A whole number in `range` (the bias of the multiply-shift mapping is below 2^-40 for these small ranges).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next().multipliedFullWidth(by: width).high)
    }

    /// A number in `range` rounded to `decimals` places, as a person would write it in a dossier.
    mutating func number(_ range: ClosedRange<Double>, decimals: Int = 0) -> Double {
        let x = range.lowerBound + unit() * (range.upperBound - range.lowerBound)
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return (x * scale).rounded() / scale
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// The elements of `items` each kept with probability `p`, in their order.
    mutating func subset<T>(_ items: [T], _ p: Double) -> [T] { items.filter { _ in chance(p) } }
}

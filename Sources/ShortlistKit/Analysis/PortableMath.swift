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

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

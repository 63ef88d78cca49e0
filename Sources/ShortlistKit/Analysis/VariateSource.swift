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

/// How one alternative performs on one criterion: a number, or a distribution to sample from.
///
/// The number drawn is mapped to a partial value by the criterion's ``CriterionScale``.
package enum ScoreDistribution: Sendable, Equatable {
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
    package var range95: ClosedRange<Double> {
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

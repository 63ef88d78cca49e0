import Foundation  // sqrt

/// Rank correlation between two orderings of the same items, with ties.
///
/// Both coefficients depend only on the order of the values, so they can be given scores or
/// ranks (pass ``MCDAResult/ranks`` to compare the rankings two methods produce, which respects
/// the ranking's tie tolerance). Identical orderings give 1, reversed orderings −1.
package enum RankCorrelation {
    /// Mid-ranks of `values`, 1 for the smallest: tied values share the mean of the positions
    /// they occupy (for example 10, 20, 20, 30 → 1, 2.5, 2.5, 4).
    ///
    /// - Parameter values: The values to rank.
    /// - Returns: The rank of each value, in input order.
    package static func averageRanks(_ values: [Double]) -> [Double] {
        let sorted = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count, values[sorted[end]] == values[sorted[start]] { end += 1 }
            // Positions start+1 … end share their mean.
            let mean = Double(start + 1 + end) / 2
            for k in start..<end { ranks[sorted[k]] = mean }
            start = end
        }
        return ranks
    }

    /// Kendall's tau-b: (n_c − n_d) / √((n₀ − n₁)(n₀ − n₂)).
    ///
    /// n_c and n_d count concordant and discordant pairs, n₀ = n(n − 1)/2, and n₁, n₂ = Σ t(t − 1)/2
    /// over the groups of t tied values in `x` and in `y` (M. G. Kendall, "The treatment of ties in
    /// ranking problems", *Biometrika* 33 (3), 1945, 239–251). Equals scipy.stats.kendalltau.
    ///
    /// - Parameters:
    ///   - x: The first ordering's values.
    ///   - y: The second ordering's values, for the same items in the same order.
    /// - Returns: Tau-b in −1 … 1, or `nil` when it is undefined: fewer than 2 items, or every
    ///   value tied in `x` or in `y`.
    package static func kendallTauB(_ x: [Double], _ y: [Double]) -> Double? {
        precondition(x.count == y.count, "RankCorrelation.kendallTauB: both orderings must rank the same items")
        let n = x.count
        guard n >= 2 else { return nil }
        var concordant = 0, discordant = 0, tiedX = 0, tiedY = 0
        for i in 0..<n {
            for j in (i + 1)..<n {
                let dx = x[i] - x[j], dy = y[i] - y[j]
                if dx == 0 { tiedX += 1 }
                if dy == 0 { tiedY += 1 }
                if dx == 0 || dy == 0 { continue }
                if (dx > 0) == (dy > 0) { concordant += 1 } else { discordant += 1 }
            }
        }
        // Kendall (1945): n₁ and n₂ are exactly the pairs tied in x and in y.
        let pairs = n * (n - 1) / 2
        let denominator = sqrt(Double(pairs - tiedX) * Double(pairs - tiedY))
        guard denominator > 0 else { return nil }
        return Double(concordant - discordant) / denominator
    }

    /// Spearman's rho with ties: the Pearson correlation of the mid-ranks (``averageRanks(_:)``).
    ///
    /// C. Spearman, "The proof and measurement of association between two things", *American
    /// Journal of Psychology* 15, 1904, 72–101; with ties, the correlation of mid-ranks as in
    /// M. G. Kendall and J. D. Gibbons, *Rank Correlation Methods*, 5th ed., 1990. Equals
    /// scipy.stats.spearmanr.
    ///
    /// - Parameters:
    ///   - x: The first ordering's values.
    ///   - y: The second ordering's values, for the same items in the same order.
    /// - Returns: Rho in −1 … 1, or `nil` when it is undefined: fewer than 2 items, or every
    ///   value tied in `x` or in `y`.
    package static func spearmanRho(_ x: [Double], _ y: [Double]) -> Double? {
        precondition(x.count == y.count, "RankCorrelation.spearmanRho: both orderings must rank the same items")
        let n = x.count
        guard n >= 2 else { return nil }
        let rx = averageRanks(x), ry = averageRanks(y)
        let mean = Double(n + 1) / 2  // the mean of mid-ranks is always (n + 1)/2
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in 0..<n {
            let dx = rx[i] - mean, dy = ry[i] - mean
            sxy += dx * dy
            sxx += dx * dx
            syy += dy * dy
        }
        guard sxx > 0, syy > 0 else { return nil }
        return sxy / sqrt(sxx * syy)
    }

    /// Kendall's tau-b between two rankings given as ranks (1 = best).
    ///
    /// - Parameters:
    ///   - a: The first ranking's ranks.
    ///   - b: The second ranking's ranks, for the same items in the same order.
    package static func kendallTauB(ranks a: [Int], _ b: [Int]) -> Double? {
        kendallTauB(a.map(Double.init), b.map(Double.init))
    }

    /// Spearman's rho between two rankings given as ranks (1 = best).
    ///
    /// - Parameters:
    ///   - a: The first ranking's ranks.
    ///   - b: The second ranking's ranks, for the same items in the same order.
    package static func spearmanRho(ranks a: [Int], _ b: [Int]) -> Double? {
        spearmanRho(a.map(Double.init), b.map(Double.init))
    }
}

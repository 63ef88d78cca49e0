/// Ranks scores where higher is better: standard competition ranking ("1224"), ties in input order.
///
/// Two scores tie when they differ by no more than 1e-9 relative to the larger magnitude (at
/// least 1), i.e. by rounding noise; a run of ties is judged against its first member.
package enum CompetitionRanking {
    /// The tolerance for ties, relative to max(1, |a|, |b|).
    package static let tieTolerance = 1e-9

    /// Whether two scores count as tied.
    package static func tied(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= tieTolerance * max(1, abs(a), abs(b))
    }

    /// Indices of `scores` from the highest score to the lowest; tied scores keep their input order.
    package static func order(_ scores: [Double]) -> [Int] {
        groups(scores).flatMap { $0 }
    }

    /// The rank of each score, in input order: 1 for the best, tied scores share the rank of the
    /// first of them and the next rank skips (1, 1, 3).
    package static func ranks(_ scores: [Double]) -> [Int] {
        var ranks = [Int](repeating: 0, count: scores.count)
        var position = 1
        for group in groups(scores) {
            for index in group { ranks[index] = position }
            position += group.count
        }
        return ranks
    }

    /// Runs of tied scores, best first, each run in input order.
    private static func groups(_ scores: [Double]) -> [[Int]] {
        let sorted = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        var result: [[Int]] = []
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count, tied(scores[sorted[start]], scores[sorted[end]]) { end += 1 }
            result.append(sorted[start..<end].sorted())
            start = end
        }
        return result
    }
}

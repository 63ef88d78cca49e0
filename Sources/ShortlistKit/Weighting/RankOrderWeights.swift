/// A formula that turns a rank order of n criteria into weights that sum to 1.
///
/// Position i = 1 is the most important criterion. For n = 4 the weights by position are
/// ROC 0.520833, 0.270833, 0.145833, 0.0625; RS 0.4, 0.3, 0.2, 0.1; RR 0.48, 0.24, 0.16, 0.12.
package enum RankOrderMethod: String, CaseIterable, Sendable {
    /// Rank order centroid, w_i = (1/n) Σ_{k=i…n} 1/k: the centroid of all weight vectors
    /// consistent with the ranking (F. H. Barron and B. E. Barrett, "Decision quality using
    /// ranked attribute weights", *Management Science* 42 (11), 1996, 1515–1523). The default.
    case centroid = "roc"
    /// Rank sum, w_i = 2(n + 1 − i) / (n(n + 1)) (W. G. Stillwell, D. A. Seaver and W. Edwards,
    /// "A comparison of weight approximation techniques in multiattribute utility decision
    /// making", *Organizational Behavior and Human Performance* 28, 1981, 62–77).
    case sum = "rs"
    /// Rank reciprocal, w_i = (1/i) / Σ_{k=1…n} 1/k (Stillwell, Seaver and Edwards, 1981).
    case reciprocal = "rr"

    /// The weight of each position 1 … n, in position order; they sum to 1.
    ///
    /// - Parameter n: The number of criteria (an empty array for n < 1).
    package func weights(count n: Int) -> [Double] {
        guard n >= 1 else { return [] }
        let count = Double(n)
        switch self {
        case .centroid:
            // Barron & Barrett (1996): w_i = (1/n) Σ_{k=i}^{n} 1/k, summed from k = n down for accuracy.
            var weights = [Double](repeating: 0, count: n)
            var tail = 0.0
            for i in stride(from: n, through: 1, by: -1) {
                tail += 1 / Double(i)
                weights[i - 1] = tail / count
            }
            return weights
        case .sum:
            // Stillwell, Seaver & Edwards (1981): w_i = 2(n + 1 − i) / (n(n + 1)).
            return (1...n).map { 2 * (count + 1 - Double($0)) / (count * (count + 1)) }
        case .reciprocal:
            // Stillwell, Seaver & Edwards (1981): w_i = (1/i) / Σ_k 1/k.
            let harmonic = (1...n).reversed().reduce(0.0) { $0 + 1 / Double($1) }
            return (1...n).map { 1 / Double($0) / harmonic }
        }
    }

    /// The method's name for reports: "rank order centroid", "rank sum", "rank reciprocal".
    package var displayName: String {
        switch self {
        case .centroid: return "rank order centroid"
        case .sum: return "rank sum"
        case .reciprocal: return "rank reciprocal"
        }
    }
}

/// A rank order that cannot be turned into weights, naming the criterion or position at fault.
package enum RankOrderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No criteria were given.
    case empty
    /// The number of names and of ranks differ.
    case countMismatch(names: Int, ranks: Int)
    /// A criterion name is empty (0-based index).
    case emptyName(index: Int)
    /// A criterion appears twice.
    case duplicateName(String)
    /// A tied rank is below 1 or above the number of criteria.
    case rankOutOfRange(name: String, rank: Int, count: Int)
    /// Several criteria were given the same position where positions must be distinct.
    case duplicatePosition(Int, names: [String])
    /// No criterion holds this position, where every position 1 … n must be used once.
    case missingPosition(Int)
    /// A rank that does not follow competition ranking (1, 2, 2, 4): `expected` is 1 plus the
    /// number of criteria ranked before it.
    case rankGap(name: String, rank: Int, expected: Int)

    /// A full sentence naming the criterion or position and what was expected.
    public var description: String {
        switch self {
        case .empty:
            return "the rank order is empty; rank at least one criterion"
        case .countMismatch(let names, let ranks):
            return "\(names) criteria were named but \(ranks) ranks were given; give one rank per criterion"
        case .emptyName(let index):
            return "criterion \(index + 1) has an empty name"
        case .duplicateName(let name):
            return "\"\(name)\" is ranked twice; rank each criterion once"
        case .rankOutOfRange(let name, let rank, let count):
            return "\"\(name)\" has rank \(rank); ranks run from 1 to \(count), the number of criteria"
        case .duplicatePosition(let position, let names):
            return "position \(position) is given to " + names.map { "\"\($0)\"" }.joined(separator: " and ")
                + "; each position may be used once (to rank criteria as equal, give them tied ranks instead)"
        case .missingPosition(let position):
            return "no criterion is in position \(position); positions must run from 1 to the number of criteria without gaps"
        case .rankGap(let name, let rank, let expected):
            let before = expected - 1
            return "\"\(name)\" has rank \(rank) but \(before) criteri\(before == 1 ? "on is" : "a are") ranked before it, so its rank should be \(expected)"
                + " (tied criteria share a rank and the next rank skips, as in 1, 2, 2, 4)"
        }
    }
}

/// Criteria ranked by importance (1 = most important), possibly with ties, turned into weights.
///
/// Tied criteria jointly occupy the positions their tie spans — two criteria tied at rank 2
/// hold positions 2 and 3 — and each receives the mean of those positions' weights, so the
/// weights still sum to 1 and untied criteria get exactly the formula's value.
package struct RankOrder: Sendable, Equatable {
    /// The criteria, in the order given.
    public let names: [String]
    /// The rank of each criterion, in competition form (1, 2, 2, 4).
    public let ranks: [Int]

    /// Creates a rank order from strict positions: each of 1 … n used exactly once.
    ///
    /// - Parameters:
    ///   - names: The criteria, unique and non-empty.
    ///   - positions: The position of each criterion.
    /// - Throws: ``RankOrderError`` for duplicate positions, then for gaps (a position of 1 … n
    ///   that no criterion holds, which is how a position out of range shows), and bad names.
    public init(names: [String], positions: [Int]) throws(RankOrderError) {
        try Self.checkNames(names, count: positions.count)
        let n = names.count
        var holders: [Int: [String]] = [:]
        for (name, position) in zip(names, positions) { holders[position, default: []].append(name) }
        for position in holders.keys.sorted() where holders[position]!.count > 1 {
            throw .duplicatePosition(position, names: holders[position]!)
        }
        // n distinct positions miss one of 1 … n exactly when one lies outside that range.
        for position in 1...n where holders[position] == nil { throw .missingPosition(position) }
        self.names = names
        self.ranks = positions
    }

    /// Creates a rank order from ranks that may be tied, in competition form: a rank is 1 plus
    /// the number of criteria ranked strictly before it (1, 2, 2, 4).
    ///
    /// - Parameters:
    ///   - names: The criteria, unique and non-empty.
    ///   - ranks: The rank of each criterion.
    /// - Throws: ``RankOrderError`` for ranks out of range, ranks that break competition
    ///   ranking (gaps such as 1, 3 or dense ties such as 1, 1, 2), and bad names.
    public init(names: [String], ranks: [Int]) throws(RankOrderError) {
        try Self.checkNames(names, count: ranks.count)
        let n = names.count
        for (name, rank) in zip(names, ranks) where rank < 1 || rank > n {
            throw .rankOutOfRange(name: name, rank: rank, count: n)
        }
        for (name, rank) in zip(names, ranks) {
            let expected = 1 + ranks.filter { $0 < rank }.count
            if rank != expected { throw .rankGap(name: name, rank: rank, expected: expected) }
        }
        self.names = names
        self.ranks = ranks
    }

    /// Creates a rank order from groups, most important first; the names in one group are tied.
    ///
    /// - Parameter groups: For example `[["cost"], ["support", "security"], ["ux"]]` ranks cost
    ///   1st, support and security tied 2nd, and ux 4th.
    /// - Throws: ``RankOrderError`` for an empty order or bad names.
    public init(groups: [[String]]) throws(RankOrderError) {
        var names: [String] = []
        var ranks: [Int] = []
        for group in groups {
            let rank = names.count + 1
            for name in group {
                names.append(name)
                ranks.append(rank)
            }
        }
        try self.init(names: names, ranks: ranks)
    }

    /// The weight of each criterion, in the order of ``names``; they sum to 1.
    ///
    /// - Parameter method: The formula; rank order centroid by default.
    public func weights(_ method: RankOrderMethod = .centroid) -> [Double] {
        let byPosition = method.weights(count: names.count)
        return ranks.map { rank in
            let tied = ranks.filter { $0 == rank }.count
            // The tie spans positions rank … rank + tied − 1; average their weights.
            let span = byPosition[(rank - 1)..<(rank - 1 + tied)]
            return span.reduce(0, +) / Double(tied)
        }
    }

    private static func checkNames(_ names: [String], count: Int) throws(RankOrderError) {
        guard names.count == count else { throw .countMismatch(names: names.count, ranks: count) }
        guard !names.isEmpty else { throw .empty }
        var seen = Set<String>()
        for (index, name) in names.enumerated() {
            if name.isEmpty { throw .emptyName(index: index) }
            if !seen.insert(name).inserted { throw .duplicateName(name) }
        }
    }
}

/// Finds the closest spelling among known names, for "did you mean …?" hints.
///
/// The distance is the Levenshtein edit distance (insertions, deletions and
/// substitutions each cost 1; V. I. Levenshtein, "Binary codes capable of
/// correcting deletions, insertions, and reversals", 1966), computed over
/// Unicode scalars after lowercasing both strings.
package enum NearestMatch {
    /// Returns the case-insensitive Levenshtein distance between two strings.
    ///
    /// Works over Unicode scalars with the row-by-row dynamic programme (Wagner and
    /// Fischer, "The string-to-string correction problem", 1974), so it needs
    /// O(n) extra memory.
    ///
    /// - Parameters:
    ///   - a: The first string.
    ///   - b: The second string.
    /// - Returns: The number of single-scalar edits that turn `a` into `b`.
    package static func distance(_ a: String, _ b: String) -> Int {
        editDistance(a, b, countingSwaps: false)
    }

    /// Returns the candidate that `word` was most likely meant to be, or `nil`.
    ///
    /// Distances here count the swap of two adjacent characters as one edit.
    /// A candidate qualifies when its distance to `word` is at most
    /// `max(1, min(3, word.count / 3))`, or when one of the two is a
    /// case-insensitive prefix of the other and that prefix is at least three
    /// characters long. Among qualifying candidates the one with the smallest
    /// distance wins; ties go to the earlier candidate.
    ///
    /// - Parameters:
    ///   - word: What the user typed, without any leading dashes.
    ///   - candidates: The known names, in order of preference.
    /// - Returns: The suggested candidate, or `nil` when none is close enough.
    package static func suggestion(for word: String, among candidates: [String]) -> String? {
        let threshold = max(1, min(3, word.count / 3))
        let lowerWord = word.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let d = editDistanceWithSwaps(word, candidate)
            let qualifies = d <= threshold || isLongPrefix(lowerWord, candidate.lowercased())
            guard qualifies else { continue }
            if let current = best, current.distance <= d { continue }
            best = (candidate, d)
        }
        return best?.candidate
    }

    /// The "did you mean" clause of an error message, the one builder every message uses:
    /// `; did you mean "x"?` for the candidate ``suggestion(for:among:)`` finds, else `otherwise`
    /// (for example `; known: a, b`), else "".
    ///
    /// - Parameters:
    ///   - word: What the user typed.
    ///   - candidates: The known names, in order of preference.
    ///   - quoted: How the suggestion is shown: in double quotes (names in files) by default; command
    ///     lines use single quotes (`'--format'`).
    ///   - otherwise: What to say when nothing is close enough.
    package static func didYouMean(_ word: String, among candidates: [String], quoted: (String) -> String = { "\"\($0)\"" }, otherwise: String = "") -> String {
        suggestion(for: word, among: candidates).map { "; did you mean \(quoted($0))?" } ?? otherwise
    }

    /// The optimal-string-alignment distance: Levenshtein plus the swap of two adjacent
    /// characters as one edit (Damerau, 1964), so that `rnak` is one edit from `rank`.
    static func editDistanceWithSwaps(_ a: String, _ b: String) -> Int {
        editDistance(a, b, countingSwaps: true)
    }

    /// The case-insensitive edit distance over Unicode scalars, with or without adjacent swaps.
    private static func editDistance(_ a: String, _ b: String, countingSwaps: Bool) -> Int {
        let s = Array(a.lowercased().unicodeScalars), t = Array(b.lowercased().unicodeScalars)
        if s.isEmpty { return t.count }
        if t.isEmpty { return s.count }
        var beforePrevious = [Int](repeating: 0, count: t.count + 1)
        var previous = [Int](0...t.count)
        var current = [Int](repeating: 0, count: t.count + 1)
        for i in 1...s.count {
            current[0] = i
            for j in 1...t.count {
                let cost = s[i - 1] == t[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if countingSwaps && i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[t.count]
    }

    /// Whether one string is a prefix of the other and that prefix has at least three characters.
    private static func isLongPrefix(_ a: String, _ b: String) -> Bool {
        let (shorter, longer) = a.count <= b.count ? (a, b) : (b, a)
        return shorter.count >= 3 && longer.hasPrefix(shorter)
    }

    /// At most the first `limit` of `ids` joined by commas, then how many more: a message in a
    /// workspace of 2,500 vendors names 10 of them, not all 2,500.
    ///
    /// - Parameters:
    ///   - ids: The names, in the order to show them.
    ///   - limit: How many to name (default 10).
    ///   - language: English joins with ", " and ends "and N more"; Chinese joins with "、" and ends "，另有 N 项".
    /// - Returns: For example "a, b, c" or "v1, v2, …, v10 and 2,490 more".
    package static func listed(_ ids: [String], limit: Int = 10, in language: Language = .english) -> String {
        let separator = language == .chinese ? "、" : ", "
        guard ids.count > limit else { return ids.joined(separator: separator) }
        let more = NumberFormatting.amount(Double(ids.count - limit))
        return ids.prefix(limit).joined(separator: separator) + (language == .chinese ? "，另有 \(more) 项" : " and \(more) more")
    }
}

import ShortlistKit
import Testing

@Suite struct NearestMatchTests {
    @Test(arguments: [
        ("", "", 0),
        ("", "abc", 3),
        ("abc", "", 3),
        ("kitten", "sitting", 3),
        ("flaw", "lawn", 2),
        ("saturday", "sunday", 3),
        ("Weight", "wEIGHT", 0),
        ("wieght", "weight", 2),
        ("café", "cafe", 1),
        ("日本語", "日本", 1),
    ])
    func distance(a: String, b: String, expected: Int) {
        #expect(NearestMatch.distance(a, b) == expected)
        #expect(NearestMatch.distance(b, a) == expected)
    }

    @Test func distanceCountsUnicodeScalarsNotCharacters() {
        // "é" as e + U+0301 is one Character but two scalars.
        #expect(NearestMatch.distance("e\u{301}", "e") == 1)
    }

    @Test func suggestsTransposedLetters() {
        #expect(NearestMatch.suggestion(for: "wieght", among: ["weight", "name"]) == "weight")
    }

    @Test func suggestsNothingForUnrelatedWords() {
        #expect(NearestMatch.suggestion(for: "xyz", among: ["weight"]) == nil)
        #expect(NearestMatch.suggestion(for: "anything", among: []) == nil)
    }

    @Test func thresholdGrowsWithLengthUpToThree() {
        // 3 letters: threshold 1.
        #expect(NearestMatch.suggestion(for: "csb", among: ["csv"]) == "csv")
        #expect(NearestMatch.suggestion(for: "cbb", among: ["csv"]) == nil)
        // 6 letters: threshold 2.
        #expect(NearestMatch.suggestion(for: "fromat", among: ["format"]) == "format")
        #expect(NearestMatch.suggestion(for: "xxrmat", among: ["format"]) == "format")
        #expect(NearestMatch.suggestion(for: "xxxmat", among: ["format"]) == nil)
        // 12 or more letters: threshold 3, never more.
        #expect(NearestMatch.suggestion(for: "sensitivitxx", among: ["sensitivity"]) == "sensitivity")
        #expect(NearestMatch.suggestion(for: "xxxxitivity-report", among: ["sensitivity-report"]) == nil)
    }

    @Test func shortWordsStillAllowOneEdit() {
        #expect(NearestMatch.suggestion(for: "j", among: ["x", "json"]) == "x")
        #expect(NearestMatch.suggestion(for: "", among: ["a"]) == "a")
    }

    @Test func prefixOfAtLeastThreeCharactersQualifies() {
        #expect(NearestMatch.suggestion(for: "mark", among: ["table", "markdown"]) == "markdown")
        #expect(NearestMatch.suggestion(for: "MARKDOWN-TABLE", among: ["markdown"]) == "markdown")
        #expect(NearestMatch.suggestion(for: "ma", among: ["markdown"]) == nil)
    }

    @Test func closestCandidateWins() {
        // Both qualify ("jso" is a prefix of "jsonl"), but "json" is one edit closer.
        #expect(NearestMatch.suggestion(for: "jso", among: ["jsonl", "json"]) == "json")
    }

    @Test func tiesGoToTheEarlierCandidate() {
        #expect(NearestMatch.suggestion(for: "cat", among: ["bat", "hat"]) == "bat")
        #expect(NearestMatch.suggestion(for: "cat", among: ["hat", "bat"]) == "hat")
    }

    @Test func comparisonIsCaseInsensitiveButReturnsTheCandidateAsSpelt() {
        #expect(NearestMatch.suggestion(for: "FORMAT", among: ["Format"]) == "Format")
    }
}

/// The one "did you mean" builder every error message uses (issue 12 §4).
@Suite struct DidYouMeanTests {
    /// "rnak" is one swap from "rank": the clause names it in double quotes by default, in the
    /// caller's quotes otherwise; nothing close gives `otherwise`, or nothing.
    @Test func theClauseAndItsFallbacks() {
        #expect(NearestMatch.didYouMean("rnak", among: ["rank", "report"]) == #"; did you mean "rank"?"#)
        #expect(NearestMatch.didYouMean("fromat", among: ["format", "output"], quoted: { "'--\($0)'" }) == "; did you mean '--format'?")
        #expect(NearestMatch.didYouMean("zzz", among: ["rank", "report"], otherwise: "; known: rank, report") == "; known: rank, report")
        #expect(NearestMatch.didYouMean("zzz", among: ["rank"]) == "")
    }

    /// Long lists name the first ten and count the rest, in the language of the message.
    @Test func longListsNameTenAndCountTheRest() {
        let ids = (1...12).map { "q\($0)" }
        #expect(NearestMatch.listed(Array(ids.prefix(3))) == "q1, q2, q3")
        #expect(NearestMatch.listed(ids) == "q1, q2, q3, q4, q5, q6, q7, q8, q9, q10 and 2 more")
        #expect(NearestMatch.listed(ids, in: .chinese) == "q1、q2、q3、q4、q5、q6、q7、q8、q9、q10，另有 2 项")
    }
}

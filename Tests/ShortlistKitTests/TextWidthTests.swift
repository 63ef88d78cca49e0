import ShortlistKit
import Testing

@Suite struct TextWidthTests {
    @Test(arguments: [
        ("", 0),
        ("abc", 3),
        ("Zürich", 6),
        ("e\u{301}", 1),  // e + combining acute accent
        ("中文", 4),  // CJK Unified Ideographs
        ("ひらがな", 8),  // Hiragana
        ("カタカナ", 8),  // Katakana
        ("한국어", 6),  // Hangul syllables
        ("\u{3000}", 2),  // ideographic space
        ("「」、。", 8),  // CJK punctuation
        ("ＡＢＣ", 6),  // fullwidth Latin
        ("￥", 2),  // U+FFE5 fullwidth yen sign
        ("\u{20000}", 2),  // CJK Extension B
        ("😀", 2),  // emoji presentation
        ("🚀", 2),
        ("🇨🇭", 2),  // flag: two regional indicators, one grapheme
        ("👩‍💻", 2),  // ZWJ sequence
        ("👍🏽", 2),  // emoji with skin tone modifier
        ("\u{1F321}", 1),  // thermometer: text presentation by default
        ("a\u{200B}b", 2),  // zero width space
        ("\u{FE0F}", 0),  // lone variation selector
        ("\u{301}", 0),  // lone combining mark
        ("\u{20DD}", 0),  // combining enclosing circle (Me)
        ("a\tb", 2),  // tab is a control character
        ("\u{7F}", 0),
        ("\r\n", 0),
    ])
    func columns(text: String, expected: Int) {
        #expect(TextWidth.columns(text) == expected)
    }

    @Test func padsAsciiLeftAndRight() {
        #expect(TextWidth.pad("ab", to: 5) == "ab   ")
        #expect(TextWidth.pad("ab", to: 5, alignRight: true) == "   ab")
    }

    @Test func padLeavesWideEnoughTextAlone() {
        #expect(TextWidth.pad("abcdef", to: 3) == "abcdef")
        #expect(TextWidth.pad("abc", to: 3) == "abc")
        #expect(TextWidth.pad("abc", to: -1) == "abc")
    }

    @Test func padsMixedChineseAndAsciiByColumns() {
        // "供应商A" is 2 + 2 + 2 + 1 = 7 columns, so 3 spaces make 10.
        #expect(TextWidth.pad("供应商A", to: 10) == "供应商A   ")
        #expect(TextWidth.pad("供应商A", to: 10, alignRight: true) == "   供应商A")
        // Every cell of a column lines up when padded to the same width.
        let cells = ["Acme", "供应商", "Café 東京", "e\u{301}"]
        let padded = cells.map { TextWidth.pad($0, to: 12) + "|" }
        #expect(padded == [
            "Acme        |",
            "供应商      |",
            "Café 東京   |",
            "e\u{301}           |",
        ])
        #expect(padded.allSatisfy { TextWidth.columns($0) == 13 })
    }

    @Test func truncateKeepsTextThatFits() {
        #expect(TextWidth.truncate("abc", to: 3) == "abc")
        #expect(TextWidth.truncate("中文", to: 4) == "中文")
        #expect(TextWidth.truncate("", to: 0) == "")
    }

    @Test func truncateCutsAndAddsEllipsis() {
        #expect(TextWidth.truncate("abcdef", to: 4) == "abc…")
        #expect(TextWidth.truncate("abcdef", to: 1) == "…")
        #expect(TextWidth.truncate("abcdef", to: 0) == "")
    }

    @Test func truncateNeverSplitsAWideCharacter() {
        // "中文字" is 6 columns; in 4 columns only one ideograph fits before the ellipsis.
        #expect(TextWidth.truncate("中文字", to: 4) == "中…")
        #expect(TextWidth.columns(TextWidth.truncate("中文字", to: 4)) == 3)
        #expect(TextWidth.truncate("中文字", to: 5) == "中文…")
        #expect(TextWidth.truncate("ab中文", to: 4) == "ab…")
    }

    @Test func truncateKeepsCombiningMarksWithTheirBase() {
        #expect(TextWidth.truncate("e\u{301}e\u{301}e\u{301}", to: 2) == "e\u{301}…")
    }
}

/// Text from dossiers on a terminal: control characters become visible pictures, never escapes.
@Suite struct PrintableTextTests {
    @Test func controlCharactersBecomePictures() {
        #expect(TextWidth.printable("Evil\u{1B}[2J Corp") == "Evil\u{241B}[2J Corp")
        #expect(TextWidth.printable("a\tb\r\nc\u{7F}\u{9B}") == "a\u{2409}b\u{240D}\u{240A}c\u{2421}\u{FFFD}")
        #expect(TextWidth.printable("灵犀 HR — 5 stores") == "灵犀 HR — 5 stores")
        #expect(TextWidth.columns(TextWidth.printable("a\u{1B}b")) == 3)
    }

    @Test func theTerminalTableNeverCarriesAVendorsEscapes() throws {
        let catalog = Fixtures.catalog([Fixtures.criterion("hotline", 1, .boolean(fact: "support.twentyFourSeven", whenTrue: 100, whenFalse: 0))])
        var evil = Fixtures.vendor("evil", facts: ["support.twentyFourSeven": Fixtures.bool(true)])
        evil.name = "Evil\u{1B}[2J\u{1B}]0;pwned\u{7}Corp\tInc\r"
        let good = Fixtures.vendor("good", facts: ["support.twentyFourSeven": Fixtures.bool(false)])
        let evaluation = try Fixtures.evaluate(catalog, Fixtures.profile(), [evil, good])
        let table = String(decoding: TableRenderer().render(evaluation, options: RenderOptions()), as: UTF8.self)
        #expect(!table.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        // Every control character shows as its visible Control Pictures symbol (U+2400 + its code), in the whole ranking row.
        #expect(table.split(separator: "\n").contains("   1  Evil\u{241B}[2J\u{241B}]0;pwned\u{2407}Corp\u{2409}Inc\u{240D} (evil)  100.00      100%  ████████████████████"))
        let trace = try #require(ScoreTrace(evaluation: evaluation).text(vendorID: "evil"))
        #expect(!trace.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }
}

import Testing
import ShortlistKit

/// Issue 11: the one terminal sanitiser.
struct TerminalTextTests {
    @Test func escapeSequencesFromTextBecomeVisible() {
        // ESC ] 0 ; title BEL retitles the window; ESC [ 2 J clears the screen.
        #expect(TerminalText.sanitized("\u{1B}]0;pwned\u{07}\u{1B}[2JEvil") == "␛]0;pwned␇␛[2JEvil")
        // CR would let text overwrite the start of its line; DEL and C1 controls (CSI is U+009B) too.
        #expect(TerminalText.sanitized("ok\rfake\u{7F}\u{9B}2J") == "ok␍fake␡\u{FFFD}2J")
    }

    @Test func lineBreaksTabsUnicodeAndShortlistsOwnColoursStay() {
        let text = "\u{1B}[1mlingxi\u{1B}[0m\t87.04\n\u{1B}[1;31merror:\u{1B}[0m 零售 café 🎉\n\u{1B}[1;33mwarning:\u{1B}[0m"
        #expect(TerminalText.sanitized(text) == text)
    }

    @Test func otherColourSequencesAndInvalidUTF8AreNeutralised() {
        // ESC [ 8 m would hide text (conceal); only Shortlist's own four sequences pass.
        #expect(TerminalText.sanitized("\u{1B}[8msecret") == "␛[8msecret")
        // 0xFF is never UTF-8; 0xC3 without its continuation is cut off.
        #expect(TerminalText.sanitized([0x61, 0xFF, 0x62, 0xC3]) == Array("a\u{FFFD}b\u{FFFD}".utf8))
    }
}

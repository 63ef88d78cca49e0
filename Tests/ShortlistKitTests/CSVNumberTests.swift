import Testing
@testable import ShortlistKit

/// The one rule for numbers in CSV cells (``CSVNumber``), which `sheet import`, `matrix`, `ahp`
/// and `matrix --weights` share (issue 12 §4): a table of spellings, each with the value it reads
/// as or the reason it is refused.
@Suite struct CSVNumberTests {
    /// Accepted with a '.' decimal mark (a file separated by ',' or tab).
    @Test(arguments: [
        ("3", 3.0), ("-2", -2), ("+0.5", 0.5), (".5", 0.5), ("5.", 5), ("0", 0), ("-0", 0),
        ("1e3", 1000), ("2.5E-1", 0.25), ("1e+2", 100),
        (" 4 ", 4), ("\t4.5\t", 4.5),              // spaces and tabs around are trimmed
        ("007", 7),
    ])
    func acceptedWithADecimalPoint(text: String, value: Double) {
        #expect(CSVNumber.parse(text, decimalComma: false) == .success(value))
    }

    /// In a file separated by ';' (Excel in a decimal-comma locale) ',' is a decimal mark too.
    @Test(arguments: [("4,5", 4.5), ("-0,25", -0.25), ("4.5", 4.5), (",5", 0.5), ("1,5e2", 150), ("1.234", 1.234)])
    func acceptedWithADecimalComma(text: String, value: Double) {
        #expect(CSVNumber.parse(text, decimalComma: true) == .success(value))
    }

    /// Refused, with the reason (the table of the issue: decimal comma, thousands separators,
    /// spaces, signs, %, NaN, inf).
    @Test(arguments: [
        ("4,5", false, CSVNumber.Rejection.groupedDigits),       // a decimal comma in a ','-separated file (the cell was quoted)
        ("1,234", false, .groupedDigits),                        // thousands separator: 1234 or 1.234?
        ("1,234.5", false, .groupedDigits),
        ("1.234,5", true, .groupedDigits),                       // German grouping in a ';' file
        ("1 234", false, .groupedDigits),                        // a space inside
        ("1'234", false, .groupedDigits),                        // Swiss grouping
        ("1\u{A0}234", true, .groupedDigits),                    // no-break space (French grouping)
        ("1.2.3", false, .groupedDigits),
        ("85%", false, .percent), ("85 %", false, .percent),
        ("NaN", false, .notFinite), ("nan", false, .notFinite), ("inf", false, .notFinite),
        ("-Infinity", false, .notFinite), ("+inf", false, .notFinite), ("1e400", false, .notFinite),
        ("--3", false, .notANumber), ("+-3", false, .notANumber), ("3-", false, .notANumber),
        ("\u{2212}3", false, .notANumber),                       // the Unicode minus sign
        ("0x1p3", false, .notANumber),                           // hexadecimal: Double("0x1p3") would read 8
        ("１２", false, .notANumber),                            // full-width digits
        ("", false, .notANumber), (" ", false, .notANumber), (".", false, .notANumber), ("+", false, .notANumber),
        ("e5", false, .notANumber), ("1e", false, .notANumber), ("1e+", false, .notANumber), ("1e2.5", false, .notANumber),
        ("four", false, .notANumber), ("4 stars", false, .notANumber),
        ("1/3", false, .fraction),                               // fractions only where asked for (AHP judgments)
    ])
    func refused(text: String, decimalComma: Bool, rejection: CSVNumber.Rejection) {
        #expect(CSVNumber.parse(text, decimalComma: decimalComma) == .failure(rejection))
    }

    /// Fractions where the caller allows them: 1/3 = 0.333…, 1,5/3 = 0.5 with a decimal comma; a
    /// zero divisor and a third part are refused.
    @Test func fractionsWhereAllowed() {
        #expect(CSVNumber.parse("1/3", decimalComma: false, fractions: true) == .success(1.0 / 3))
        #expect(CSVNumber.parse(" 1 / 4 ", decimalComma: false, fractions: true) == .success(0.25))
        #expect(CSVNumber.parse("1,5/3", decimalComma: true, fractions: true) == .success(0.5))
        #expect(CSVNumber.parse("1/0", decimalComma: false, fractions: true) == .failure(.zeroDivisor))
        #expect(CSVNumber.parse("1/2/3", decimalComma: false, fractions: true) == .failure(.notANumber))
        #expect(CSVNumber.parse("1/x", decimalComma: false, fractions: true) == .failure(.notANumber))
        #expect(CSVNumber.parse("1%/3", decimalComma: false, fractions: true) == .failure(.percent))
    }

    /// Each refusal but "not a number" says what to write instead.
    @Test func reasons() {
        #expect(CSVNumber.Rejection.notANumber.reason == nil)
        #expect(CSVNumber.Rejection.groupedDigits.reason == "write numbers without thousands separators, with a '.' as the decimal mark (or ',' in a file separated by ';')")
        #expect(CSVNumber.Rejection.percent.reason == "write the number without '%' (85, not 85%)")
        #expect(CSVNumber.Rejection.notFinite.reason == "NaN and infinities are not numbers here")
        #expect(CSVNumber.Rejection.fraction.reason == "fractions are for pairwise judgments (`shortlist ahp`); write a decimal number")
        #expect(CSVNumber.Rejection.zeroDivisor.reason == "a fraction cannot divide by 0")
    }
}

import ShortlistKit
import Testing

@Suite struct CSVWriterTests {
    private func written(_ rows: [[CSVField]], separator: Character = ",", neutralise: Bool = true) -> String {
        var writer = CSVWriter(separator: separator, neutraliseFormulas: neutralise)
        for row in rows { writer.writeRow(row) }
        return writer.text
    }

    @Test func plainFieldsAreNotQuotedAndRecordsEndWithCRLF() {
        #expect(written([[.text("aaa"), .text("bbb"), .text("ccc")], [.text("zzz"), .text("yyy"), .text("xxx")]])
            == "aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n")
    }

    @Test func rfc4180FieldsNeedingQuotes() {
        // RFC 4180, section 2, rules 6 and 7.
        #expect(written([[.text("aaa"), .text("b\r\nbb"), .text("ccc")]]) == "aaa,\"b\r\nbb\",ccc\r\n")
        #expect(written([[.text("aaa"), .text("b\"bb"), .text("ccc")]]) == "aaa,\"b\"\"bb\",ccc\r\n")
        #expect(written([[.text("a,b"), .text("line\nbreak"), .text("cr\ronly")]])
            == "\"a,b\",\"line\nbreak\",\"cr\ronly\"\r\n")
    }

    @Test func leadingAndTrailingSpacesAreQuoted() {
        #expect(written([[.text(" lead"), .text("trail "), .text("in side")]]) == "\" lead\",\"trail \",in side\r\n")
    }

    @Test func separatorDecidesWhatNeedsQuotes() {
        #expect(written([[.text("1,5"), .text("a;b")]], separator: ";") == "1,5;\"a;b\"\r\n")
        #expect(written([[.text("a,b"), .text("c\td")]], separator: "\t") == "a,b\t\"c\td\"\r\n")
    }

    @Test func emptyFields() {
        #expect(written([[.text(""), .text(""), .text("")]]) == ",,\r\n")
        // A lone empty field is quoted so the record is not a blank line.
        #expect(written([[.text("")]]) == "\"\"\r\n")
        #expect(written([[]]) == "\r\n")
    }

    @Test(arguments: [
        ("=1+1", "'=1+1"),
        ("+SUM(A1)", "'+SUM(A1)"),
        ("-2+3", "'-2+3"),
        ("@cmd", "'@cmd"),
        ("\tindent", "'\tindent"),
        ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ("=1,2", "\"'=1,2\""),
        ("\rx", "\"'\rx\""),
        ("\r\nx", "\"'\r\nx\""),
        ("a=1", "a=1"),
        ("'quoted", "'quoted"),
    ])
    func formulaInjectionIsNeutralisedInText(input: String, expected: String) {
        #expect(written([[.text(input)]]) == expected + "\r\n")
    }

    @Test func numbersAreNeverNeutralised() {
        #expect(written([[.number("-2"), .number("+3"), .text("-2")]]) == "-2,+3,'-2\r\n")
        #expect(written([[.number("-1,5")]], separator: ";") == "-1,5\r\n")
        #expect(written([[.number("-1,5")]]) == "\"-1,5\"\r\n")
    }

    @Test func neutralisationCanBeTurnedOff() {
        #expect(written([[.text("=1+1"), .text("@cmd")]], neutralise: false) == "=1+1,@cmd\r\n")
    }

    @Test func dataAddsTheByteOrderMarkOnRequest() {
        var writer = CSVWriter()
        writer.writeRow([.text("é")])
        #expect(writer.data(withByteOrderMark: false) == [0xC3, 0xA9, 0x0D, 0x0A])
        #expect(writer.data(withByteOrderMark: true) == [0xEF, 0xBB, 0xBF, 0xC3, 0xA9, 0x0D, 0x0A])
    }
}

@Suite struct CSVReaderTests {
    private func parse(_ text: String) throws -> CSVTable {
        try CSVReader.parse(Array(text.utf8))
    }

    @Test func rfc4180Records() throws {
        // RFC 4180, section 2, rules 1 and 2.
        let table = try parse("aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n")
        #expect(table.rows == [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]])
        #expect(table.rowLines == [1, 2])
        #expect(table.separator == ",")
    }

    @Test func lastRecordWithoutLineBreak() throws {
        #expect(try parse("aaa,bbb,ccc\r\nzzz,yyy,xxx").rows == [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]])
    }

    @Test func rfc4180QuotedFields() throws {
        // RFC 4180, section 2, rules 5, 6 and 7.
        #expect(try parse("\"aaa\",\"bbb\",\"ccc\"\r\n").rows == [["aaa", "bbb", "ccc"]])
        #expect(try parse("\"aaa\",\"b,bb\",\"ccc\"\r\n").rows == [["aaa", "b,bb", "ccc"]])
        #expect(try parse("\"aaa\",\"b\"\"bb\",\"ccc\"\r\n").rows == [["aaa", "b\"bb", "ccc"]])
    }

    @Test func lineBreaksInsideQuotesAreKeptAndCountedForLines() throws {
        // RFC 4180, section 2, rule 6: "aaa","b CRLF bb","ccc" CRLF zzz,yyy,xxx
        let table = try parse("\"aaa\",\"b\r\nbb\",\"ccc\"\r\nzzz,yyy,xxx\r\nlast,\"x\ny\",z\n")
        #expect(table.rows == [["aaa", "b\r\nbb", "ccc"], ["zzz", "yyy", "xxx"], ["last", "x\ny", "z"]])
        #expect(table.rowLines == [1, 3, 4])
    }

    @Test func emptyFieldsAndQuotedEmptyFields() throws {
        #expect(try parse("a,,c\n,,\n\"\",x\n").rows == [["a", "", "c"], ["", "", ""], ["", "x"]])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let table = try CSVReader.parse([0xEF, 0xBB, 0xBF] + Array("name,score\nAcme,3\n".utf8))
        #expect(table.rows == [["name", "score"], ["Acme", "3"]])
    }

    @Test func excelSemicolonFile() throws {
        // Excel in locales with a decimal comma writes ';' and CRLF.
        let table = try CSVReader.parse(
            [0xEF, 0xBB, 0xBF] + Array("Anbieter;Preis;Notiz\r\nMüller GmbH;1,5;\"a; b\"\r\n".utf8))
        #expect(table.separator == ";")
        #expect(table.rows == [["Anbieter", "Preis", "Notiz"], ["Müller GmbH", "1,5", "a; b"]])
    }

    @Test func separatorDetection() throws {
        #expect(try parse("a\tb\tc\n1\t2\t3\n").separator == "\t")
        #expect(try parse("a;b,c;d\n").separator == ";")
        // Separators inside quotes on the first line do not count.
        #expect(try parse("\"a;b;c\",d\n").separator == ",")
        // Ties and single columns default to ','.
        #expect(try parse("a,b;c\n").separator == ",")
        #expect(try parse("name\nAcme\n").separator == ",")
        #expect(try parse("").separator == ",")
    }

    @Test func lfAndCrLineEnds() throws {
        #expect(try parse("a,b\nc,d\n").rows == [["a", "b"], ["c", "d"]])
        #expect(try parse("a,b\rc,d\r").rows == [["a", "b"], ["c", "d"]])
    }

    @Test func trailingEmptyLinesAreIgnoredButInnerOnesKept() throws {
        let table = try parse("a\n\nb\n\n\n")
        #expect(table.rows == [["a"], [""], ["b"]])
        #expect(table.rowLines == [1, 2, 3])
        #expect(try parse("").rows.isEmpty)
        #expect(try parse("\r\n").rows.isEmpty)
    }

    @Test func unterminatedQuoteReportsWhereItOpened() {
        #expect(throws: CSVError(
            message: "the quoted field that starts here is never closed; add the closing quote",
            line: 2, column: 3)
        ) {
            try parse("a,b\nc,\"never\nclosed,x\n")
        }
    }

    @Test func quoteInsideUnquotedField() {
        #expect(throws: CSVError(
            message: "a quote appears in the middle of an unquoted field; "
                + "enclose the whole field in quotes and double the quotes inside it "
                + "(the separator is ',': the first line has 1 ',', no ';' and no tab; a file must use one separator throughout)",
            line: 1, column: 7)
        ) {
            try parse("name,5\" screen\n")
        }
    }

    @Test func textAfterClosingQuote() {
        #expect(throws: CSVError(
            message: "unexpected 'é' after a closing quote; expected a separator or the end of the line "
                + "(the separator is ',': the first line has 1 ',', no ';' and no tab; a file must use one separator throughout)",
            line: 1, column: 8)
        ) {
            try parse("x,\"abc\"é\n")
        }
    }

    @Test func invalidUTF8() {
        // Latin-1 "ü" (0xFC) on line 2 after "M".
        let bytes = Array("name\nM".utf8) + [0xFC] + Array("ller\n".utf8)
        #expect(throws: CSVError(
            message: "invalid UTF-8 (byte 0xFC); save the file as UTF-8, for example as \"CSV UTF-8\" in Excel",
            line: 2, column: 2)
        ) {
            try CSVReader.parse(bytes)
        }
    }

    @Test(arguments: [
        [0xC0, 0x80] as [UInt8],  // overlong NUL
        [0xED, 0xA0, 0x80],  // surrogate
        [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
        [0xE2, 0x82],  // truncated sequence
        [0x80],  // lone continuation byte
    ])
    func malformedSequencesAreRejected(bytes: [UInt8]) {
        #expect(throws: CSVError.self) { try CSVReader.parse(bytes) }
    }

    @Test func errorDescriptionNamesThePosition() {
        let error = CSVError(message: "bad", line: 3, column: 7)
        #expect(error.description == "line 3, column 7: bad")
    }

    @Test(arguments: [",", ";", "\t"] as [Character])
    func writerOutputReadsBackUnchanged(separator: Character) throws {
        let rows: [[String]] = [
            ["name", "note", "score"],
            ["Acme, Inc.", "says \"hi\"", "3,5"],
            [" padded ", "multi\r\nline", ""],
            ["Müller; 東京", "tab\there", "-"],
            ["", "", ""],
            [""],
        ]
        var writer = CSVWriter(separator: separator, neutraliseFormulas: false)
        for row in rows { writer.writeRow(row.map(CSVField.text)) }
        let table = try CSVReader.parse(writer.data(withByteOrderMark: true))
        #expect(table.separator == separator)
        #expect(table.rows == rows)
        #expect(table.rowLines == [1, 2, 3, 5, 6, 7])
    }

    @Test func neutralisedCellsReadBackWithTheirQuoteMark() throws {
        var writer = CSVWriter()
        writer.writeRow([.text("=1+1"), .number("-2"), .text("-2")])
        #expect(try CSVReader.parse(writer.data(withByteOrderMark: false)).rows == [["'=1+1", "-2", "'-2"]])
    }

    @Test func mixedSeparatorsNameTheSeparatorAndWhy() {
        // The first line has 2 ';' and 1 ',', so ';' is the separator; the second line's ',"2"' then puts a quote
        // in the middle of the field '1,"2"' at column 3.
        #expect(throws: CSVError(
            message: "a quote appears in the middle of an unquoted field; enclose the whole field in quotes and double the quotes inside it "
                + "(the separator is ';': the first line has 2 ';', 1 ',' and no tab; a file must use one separator throughout)",
            line: 2, column: 3)
        ) {
            try parse("a;b;c,d\n1,\"2\";3\n")
        }
    }
}

/// Positions come from the reader, one place for every command (issue 12 §4).
@Suite struct CSVPositionTests {
    /// `a,"b\nc",dé` then `x` with no line break at the end:
    /// record 0's fields start at 1:1, 1:3 and 2:4 (after `c",`), and it ends at the line break at 2:6
    /// (`c",dé` is five scalars); record 1 = `x` starts at 3:1 and ends at the end of the file, 3:2.
    @Test func fieldStartsRecordEndsAndTheEndOfTheFile() throws {
        let table = try CSVReader.parse(Array("a,\"b\nc\",dé\nx".utf8))
        #expect(table.rows == [["a", "b\nc", "dé"], ["x"]])
        #expect(table.position(record: 0, field: 0) == CSVPosition(line: 1, column: 1))
        #expect(table.position(record: 0, field: 1) == CSVPosition(line: 1, column: 3))
        #expect(table.position(record: 0, field: 2) == CSVPosition(line: 2, column: 4))
        #expect(table.position(record: 0, field: 3) == CSVPosition(line: 2, column: 6))   // past the last field: the line break
        #expect(table.position(record: 1, field: 0) == CSVPosition(line: 3, column: 1))
        #expect(table.position(record: 1, field: 5) == CSVPosition(line: 3, column: 2))   // the end of the file
        #expect(table.position(record: 7, field: 0) == CSVPosition(line: 3, column: 2))   // a record past the last
    }

    /// With CRLF line ends, a BOM and blank lines at the end (dropped), the positions are the same
    /// as without: `h1;h2` / `1;2`, the end of the file after the blank lines at 5:1.
    @Test func crlfBOMAndTrailingBlankLines() throws {
        let table = try CSVReader.parse([0xEF, 0xBB, 0xBF] + Array("h1;h2\r\n1;2\r\n\r\n\r\n".utf8))
        #expect(table.rows == [["h1", "h2"], ["1", "2"]])
        #expect(table.position(record: 1, field: 1) == CSVPosition(line: 2, column: 3))
        #expect(table.position(record: 1, field: 2) == CSVPosition(line: 2, column: 4))
        #expect(table.recordEnds.count == 2)
        #expect(table.end == CSVPosition(line: 5, column: 1))
    }
}

import Testing
@testable import ShortlistKit

/// The .xlsx writer and reader: what the writer puts in the parts, what the reader gets back, and
/// hostile archives that must fail with a clear error.
@Suite struct WorkbookTests {
    static func sample() -> Workbook {
        var sheet = Worksheet(name: "Ratings")
        sheet.columnWidths = [10, 20]
        sheet.protected = true
        sheet.rows = [
            [.text("id"), .text("answer"), .text("when"), .text("ok")],
            [.text("a & b <c>"), WorkbookCell(.number(4.5), editable: true), WorkbookCell(.date(CalendarDate("2026-03-05")!)), WorkbookCell(.bool(true))],
            [.text(" 核心 "), WorkbookCell(.empty, editable: true), .text("line\nbreak", wrap: true), .number(-12)],
        ]
        sheet.validations = [
            DataValidation(cells: "B2 B3", rule: .list(["1", "2", "3", "4", "5"]), promptTitle: "scale", prompt: "1: poor\n5: excellent"),
            DataValidation(cells: "D2:D3", rule: .list(["yes", "no"])),
        ]
        var hidden = Worksheet(name: "ids")
        hidden.hidden = true
        hidden.rows = [[.text("row"), .text("id")], [.number(2), .text("a")]]
        return Workbook(sheets: [sheet, hidden])
    }

    @Test func roundTripThroughTheReader() throws {
        let sheets = try WorkbookReader.read(WorkbookWriter.write(Self.sample()))
        #expect(sheets.map(\.name) == ["Ratings", "ids"])
        #expect(sheets.map(\.hidden) == [false, true])
        let s = sheets[0]
        #expect(s[0, 1] == "answer")
        #expect(s[1, 0] == "a & b <c>")
        #expect(s[1, 1] == "4.5")
        // 2026-03-05 is day 20,517 after 1970-01-01, serial 20,517 + 25,569 = 46,086, read back through the date format.
        #expect(s[1, 2] == "2026-03-05")
        #expect(s[1, 3] == "TRUE")
        #expect(s[2, 0] == " 核心 ")
        #expect(s[2, 1] == "")
        #expect(s[2, 2] == "line\nbreak")
        #expect(s[2, 3] == "-12")
        #expect(s.rowCount == 3 && s.columnCount == 4)
    }

    @Test func inlineStringsReadBackAsSharedOnesDo() throws {
        var book = Self.sample()
        book.sheets[0].inlineStrings = true
        let bytes = WorkbookWriter.write(book)
        let sheet = String(decoding: try #require(try ZipReader(bytes).data("xl/worksheets/sheet1.xml")), as: UTF8.self)
        #expect(SVGMarkup.element(sheet, named: "c", where: "r", is: "A2") == #"<c r="A2" t="inlineStr"><is><t xml:space="preserve">a &amp; b &lt;c&gt;</t></is></c>"#)
        let shared = try WorkbookReader.read(WorkbookWriter.write(Self.sample()))[0], inline = try WorkbookReader.read(bytes)[0]
        #expect(inline.cells == shared.cells)
    }

    @Test func theSameWorkbookGivesTheSameBytes() {
        #expect(WorkbookWriter.write(Self.sample()) == WorkbookWriter.write(Self.sample()))
    }

    @Test func partsCarryDropDownsProtectionAndFrozenHeader() throws {
        let zip = try ZipReader(WorkbookWriter.write(Self.sample()))
        #expect(zip.entries.map(\.name) == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
        let sheet = String(decoding: try #require(try zip.data("xl/worksheets/sheet1.xml")), as: UTF8.self)
        #expect(SVGMarkup.element(sheet, named: "dataValidation", where: "sqref", is: "B2 B3") == #"<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" promptTitle="scale" prompt="1: poor&#10;5: excellent" sqref="B2 B3"><formula1>&quot;1,2,3,4,5&quot;</formula1></dataValidation>"#)
        #expect(SVGMarkup.element(sheet, named: "dataValidation", where: "sqref", is: "D2:D3") == #"<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="D2:D3"><formula1>&quot;yes,no&quot;</formula1></dataValidation>"#)
        #expect(SVGMarkup.tags(sheet, named: "pane") == [#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#])
        #expect(SVGMarkup.tags(sheet, named: "sheetProtection") == [#"<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" sort="0" autoFilter="0"/>"#])
        #expect(SVGMarkup.tags(sheet, named: "col") == [#"<col min="1" max="1" width="10" customWidth="1"/>"#, #"<col min="2" max="2" width="20" customWidth="1"/>"#])
        // B2 is editable and holds a number: style bit 2 (editable) → s="4"; the header's cells are style 1.
        #expect(SVGMarkup.element(sheet, named: "c", where: "r", is: "B2") == #"<c r="B2" s="4"><v>4.5</v></c>"#)
        #expect(SVGMarkup.element(sheet, named: "c", where: "r", is: "A1") == #"<c r="A1" s="1" t="s"><v>0</v></c>"#)
        let workbook = String(decoding: try #require(try zip.data("/xl/workbook.xml")), as: UTF8.self)
        #expect(SVGMarkup.tags(workbook, named: "sheet") == [#"<sheet name="Ratings" sheetId="1" r:id="rId1"/>"#, #"<sheet name="ids" sheetId="2" state="hidden" r:id="rId2"/>"#])
        let styles = String(decoding: try #require(try zip.data("xl/styles.xml")), as: UTF8.self)
        // One cell-style base and 16 cell formats, one per combination of the bits header 1, wrap 2, editable 4, date 8.
        #expect(styles.components(separatedBy: "<xf ").count - 1 == 17)
        // Style 4 = editable only: unlocked; style 0 locked. The formats with bit 4 set (4–7, 12–15) are the unlocked ones.
        #expect(SVGMarkup.tags(styles, named: "protection").map { SVGMarkup.attribute("locked", in: $0) }
                == ["1", "1", "1", "1", "0", "0", "0", "0", "1", "1", "1", "1", "0", "0", "0", "0"])
    }

    @Test func longMessagesAreCutToExcelsLimits() throws {
        let xml = WorkbookWriter.dataValidation(DataValidation(cells: "A1", rule: .list(["a"]), promptTitle: String(repeating: "t", count: 40), prompt: String(repeating: "p", count: 300)))
        // Titles at most 32 UTF-16 units and messages at most 255, ending with "…".
        let tag = try #require(SVGMarkup.tags(xml, named: "dataValidation").first)
        #expect(SVGMarkup.attribute("promptTitle", in: tag) == String(repeating: "t", count: 31) + "…")
        #expect(SVGMarkup.attribute("prompt", in: tag) == String(repeating: "p", count: 254) + "…")
    }

    @Test func cellReferences() {
        #expect(CellReference.name(row: 13, column: 6) == "G14")
        #expect(CellReference.column(25) == "Z" && CellReference.column(26) == "AA" && CellReference.column(16_383) == "XFD")
        #expect(CellReference.parse("$AA$10")! == (9, 26))
        #expect(CellReference.parse("XFE1") == nil)
        #expect(CellReference.parse("A0") == nil && CellReference.parse("1A") == nil && CellReference.parse("") == nil)
    }

    @Test func readerToleratesOtherWriters() throws {
        // Prefixed namespaces, an absolute target, no `r` attributes, inline and rich strings, a 1904 workbook,
        // a custom date format, a formula's cached string, an error value and a merged range.
        var zip = ZipWriter()
        zip.add("_rels/.rels", Array(#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/book/main.xml"/></Relationships>"#.utf8))
        zip.add("book/_rels/main.xml.rels", Array(#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="../sheets/one.xml"/><Relationship Id="t" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/><Relationship Id="u" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/book/styles.xml"/></Relationships>"#.utf8))
        zip.add("book/main.xml", Array(#"<?xml version="1.0"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:workbookPr date1904="true"/><x:sheets><x:sheet name="Ratings" sheetId="7" r:id="s"/></x:sheets></x:workbook>"#.utf8))
        zip.add("book/strings.xml", Array(#"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>plain</t></si><si><r><rPr><b/></rPr><t>ri</t></r><r><t xml:space="preserve">ch </t></r><rPh><t>ignored</t></rPh></si></sst>"#.utf8))
        zip.add("book/styles.xml", Array(#"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts><numFmt numFmtId="170" formatCode="d\.m\.yyyy"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="170"/><xf numFmtId="14"/></cellXfs></styleSheet>"#.utf8))
        zip.add("sheets/one.xml", Array(#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="inlineStr"><is><t>in&amp;line</t></is></c></row><row><c s="1"><v>0</v></c><c s="2"><v>44000.75</v></c><c t="b"><v>0</v></c><c t="str"><f>A1</f><v>formula</v></c><c t="e"><v>#N/A</v></c></row><row r="5"><c r="B5"><v>3</v></c></row></sheetData><mergeCells><mergeCell ref="B5:C6"/></mergeCells></worksheet>"#.utf8))
        let s = try #require(try WorkbookReader.read(zip.bytes).first)
        #expect(s[0, 0] == "plain" && s[0, 1] == "rich " && s[0, 2] == "in&line")
        // 1904 system: serial 0 = 1904-01-01; serial 44,000.75 = 1904-01-01 + 44,000 days (the time of day dropped) = 2024-06-19 (Python: date(1904,1,1) + timedelta(44000)).
        #expect(s[1, 0] == "1904-01-01" && s[1, 1] == "2024-06-19")
        #expect(s[1, 2] == "FALSE" && s[1, 3] == "formula" && s[1, 4] == "#N/A")
        #expect(s[4, 1] == "3" && s[4, 2] == "3" && s[5, 1] == "3" && s[5, 2] == "3")
    }

    // MARK: - Hostile files

    /// Expects reading `bytes` to fail with exactly `message`.
    static func expectError(_ bytes: [UInt8], message text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        do {
            _ = try WorkbookReader.read(bytes)
            Issue.record("read a hostile workbook without an error", sourceLocation: sourceLocation)
        } catch {
            #expect(error.message == text, sourceLocation: sourceLocation)
        }
    }

    @Test func zipBombIsRefused() {
        // 300 MiB of zeros would deflate to about 300 KB; the declared size alone is over the 256 MiB cap.
        var zip = ZipWriter()
        zip.add("xl/workbook.xml", Array("<workbook/>".utf8))
        var bytes = zip.bytes
        // Patch the central directory's uncompressed size (offset 24 of the entry) to 300 MiB.
        let directory = Int(bytes.u32(bytes.count - 6))
        let size = UInt32(300 << 20)
        for k in 0..<4 { bytes[directory + 24 + k] = UInt8((size >> UInt32(8 * k)) & 0xFF) }
        // 300 MiB = 300 × 1,048,576 = 314,572,800 bytes; the cap 256 MiB = 268,435,456.
        Self.expectError(bytes, message: "the entry \"xl/workbook.xml\" expands to 314572800 bytes, more than the 268435456 a workbook part may have")
        // A 2 MiB entry of zeros compresses about 1000:1 in fixed-Huffman blocks of 258-byte matches; a ratio cap of 100 refuses it.
        var bomb = ZipWriter()
        bomb.add("xl/workbook.xml", [UInt8](repeating: 0x20, count: 2 << 20))
        var limits = ZipReader.Limits()
        limits.ratio = 100
        #expect(throws: WorkbookError.self) { try WorkbookReader.read(bomb.bytes, limits: limits) }
        // 2 MiB = 2,097,152 bytes from 13,213 compressed: 2,097,152 ÷ 13,213 = 158.7, said as 158 times.
        do { _ = try WorkbookReader.read(bomb.bytes, limits: limits) } catch {
            #expect(error.message == "the entry \"xl/workbook.xml\" expands 158 times (13213 to 2097152 bytes), more than the 100:1 a workbook part reaches: refusing a likely \"zip bomb\"")
        }
    }

    @Test func inflationBeyondTheDeclaredSizeStops() throws {
        // The entry declares 10 bytes but its DEFLATE data expands to 1,000: inflate stops at 10.
        var zip = ZipWriter()
        zip.add("xl/workbook.xml", [UInt8](repeating: 0x41, count: 1_000))
        var bytes = zip.bytes
        let directory = Int(bytes.u32(bytes.count - 6))
        bytes[directory + 24] = 10; bytes[directory + 25] = 0; bytes[directory + 26] = 0; bytes[directory + 27] = 0
        Self.expectError(bytes, message: "xl/workbook.xml: the compressed data expands to more than 10 bytes, more than a spreadsheet part may hold (a \"zip bomb\"?)")
    }

    @Test func unsafeNamesAreRefused() {
        for name in ["../evil.xml", "/etc/passwd", "xl/../../x.xml", "C:/x.xml", "xl\\..\\x.xml"] {
            var zip = ZipWriter()
            zip.add(name, Array("<x/>".utf8))
            Self.expectError(zip.bytes, message: "the archive holds an entry with an unsafe name \"\(name)\" (absolute, with '..', '\\' or control characters)")
        }
    }

    @Test func overlappingAndDuplicateEntriesAreRefused() {
        var zip = ZipWriter()
        zip.add("a.xml", Array("<a/>".utf8))
        zip.add("b.xml", Array("<b/>".utf8))
        var bytes = zip.bytes
        // Point the second central entry's local-header offset (offset 42) at the first entry's header.
        let directory = Int(bytes.u32(bytes.count - 6))
        let second = directory + 46 + 5
        for k in 0..<4 { bytes[second + 42 + k] = 0 }
        Self.expectError(bytes, message: "the entries \"a.xml\" and \"b.xml\" overlap in the archive, which no spreadsheet program writes")
        var twice = ZipWriter()
        twice.add("xl/workbook.xml", Array("<a/>".utf8))
        twice.add("XL/Workbook.xml", Array("<b/>".utf8))
        Self.expectError(twice.bytes, message: "the archive holds two entries named \"XL/Workbook.xml\"")
    }

    @Test func truncatedAndForeignFilesAreErrors() {
        let whole = WorkbookWriter.write(Self.sample())
        let truncated = "the ZIP archive is truncated: its central directory is missing (was the file copied completely?)"
        Self.expectError(Array(whole.prefix(whole.count / 2)), message: truncated)
        Self.expectError(Array(whole.dropLast(5)), message: truncated)
        Self.expectError(Array("vendor,criterion,value\n".utf8), message: "the file is not an .xlsx workbook: it is not a ZIP archive")
        Self.expectError([], message: "the file is not an .xlsx workbook: it is too short to be a ZIP archive (0 bytes)")
        // Every truncation of a small workbook is an error or a result, never a crash.
        for length in stride(from: 0, to: whole.count, by: 97) { _ = try? WorkbookReader.read(Array(whole.prefix(length))) }
        // A flipped byte in compressed data is caught by inflate or by the CRC-32.
        var damaged = whole
        let entry = try! ZipReader(whole).entries[6]
        damaged[entry.dataStart + entry.compressedSize / 2] ^= 0xFF
        #expect(throws: WorkbookError.self) { try WorkbookReader.read(damaged) }
    }

    @Test func mutatedWorkbooksAreErrorsOrResultsNeverCrashes() {
        // 2,000 copies of a small workbook, each with 1–8 bytes overwritten at random places (a fixed seed):
        // the reader must return or throw, whatever the bytes. Entries are stored or deflated, so both paths are hit.
        let whole = WorkbookWriter.write(Self.sample())
        var state: UInt64 = 16
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        var errors = 0
        for _ in 0..<2_000 {
            var bytes = whole
            for _ in 0...(next() % 8) { bytes[next() % bytes.count] = UInt8(next() % 256) }
            do { _ = try WorkbookReader.read(bytes) } catch { errors += 1 }
        }
        #expect(errors > 0)
        // Past the CRC-32: mutated DEFLATE streams through inflate, and mutated XML through the XML reader.
        let xml = Array(#"<?xml version="1.0"?><worksheet xmlns="m"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><is><t>a&amp;b&#x4E2D;</t></is></c></row></sheetData></worksheet>"#.utf8)
        let stream = Deflate.compress(xml + xml)
        for _ in 0..<2_000 {
            var packed = stream, text = xml
            for _ in 0...(next() % 4) { packed[next() % packed.count] = UInt8(next() % 256) }
            for _ in 0...(next() % 4) { text[next() % text.count] = [0x3C, 0x3E, 0x26, 0x22, 0x2F, 0x3B, 0x21, UInt8(next() % 256)][next() % 8] }
            _ = try? Inflate.inflate(packed, maximumOutput: 10_000)
            _ = try? XMLReader.parse(text, part: "p")
        }
    }

    @Test func entityExpansionIsRefused() {
        let laughs = #"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><workbook>&lol2;</workbook>"#
        #expect(throws: WorkbookError("xl/workbook.xml: line 1: a document type declaration (<!DOCTYPE>) is not allowed in a workbook part; entities and DTDs are refused")) {
            try XMLReader.parse(Array(laughs.utf8), part: "xl/workbook.xml")
        }
        #expect(throws: WorkbookError.self) { try XMLReader.parse(Array("<a>&lol;</a>".utf8), part: "p") }
        #expect(throws: WorkbookError.self) { try XMLReader.parse(Array("<a><!ENTITY x \"y\"></a>".utf8), part: "p") }
        // External entities cannot be declared either, so nothing is fetched: the same DOCTYPE error.
        #expect(throws: WorkbookError.self) { try XMLReader.parse(Array(#"<!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>"#.utf8), part: "p") }
        // Deep nesting stops at the depth limit instead of exhausting the stack.
        let deep = String(repeating: "<a>", count: 100_000)
        #expect(throws: WorkbookError.self) { try XMLReader.parse(Array(deep.utf8), part: "p") }
    }

    @Test func xmlReaderBasics() throws {
        let root = try XMLReader.parse(Array("\u{FEFF}<?xml version=\"1.0\"?><!-- c --><p:a xmlns:p=\"u\" p:k='v &lt;1&gt;'>x<![CDATA[<y>]]>&#x4E2D;&#25991;<b/></p:a>".utf8), part: "p")
        #expect(root.name == "a" && root.attributes == ["k": "v <1>"] && root.text == "x<y>中文" && root.children.map(\.name) == ["b"])
        #expect(throws: WorkbookError.self) { try XMLReader.parse(Array("<a></b>".utf8), part: "p") }
        #expect(throws: WorkbookError.self) { try XMLReader.parse(Array("<a>".utf8), part: "p") }
        #expect(throws: WorkbookError.self) { try XMLReader.parse(Array("<a/><b/>".utf8), part: "p") }
    }
}

import Foundation
import Testing
import ShortlistKit

/// Scoring sheets as .xlsx: export by the real binary, import of workbooks saved by LibreOffice and
/// openpyxl (fixtures made by `Fixtures/xlsx/make-fixtures.sh` from our CSV), cell-precise errors,
/// and — where LibreOffice is installed — our workbook opened, converted and re-saved by it.
@Suite struct WorkbookEndToEndTests {
    static let fixtures = BinaryRunner.repositoryRoot.appendingPathComponent("Tests/ShortlistCLITests/Fixtures/xlsx")
    static let sample = BinaryRunner.repositoryRoot.appendingPathComponent("samples/retail-10-stores")

    /// The library's loader, with the shipped catalogs.
    static let loader = WorkspaceLoader(catalogDirectories: [BinaryRunner.repositoryRoot.appendingPathComponent("criteria").path])

    static func bytes(_ url: URL) throws -> [UInt8] { Array(try Data(contentsOf: url)) }

    /// The ratings as comparable text, sorted (the openpyxl fixture is sorted by criterion).
    static func summary(_ sheet: EvaluatorSheet) -> [String] {
        sheet.ratings.map { "\($0.vendor)/\($0.criterion)=\($0.value) \($0.date ?? "-") \($0.comment ?? "-")" }.sorted()
    }

    @Test(arguments: ["chen-jing-libreoffice.xlsx", "chen-jing-openpyxl.xlsx"])
    func fixturesImportAsTheirCSV(_ name: String) throws {
        let workspace = try Self.loader.load(Self.sample.path)
        let csv = try RatingSheet.read(Self.bytes(Self.fixtures.appendingPathComponent("chen-jing.csv")), file: "chen-jing.csv", evaluator: "chen-jing", workspace: workspace).sheet
        let xlsx = try RatingSheet.readWorkbook(Self.bytes(Self.fixtures.appendingPathComponent(name)), file: name, evaluator: "chen-jing", workspace: workspace).sheet
        #expect(Self.summary(csv) == Self.summary(xlsx))
        // And both are chen-jing's ratings as stored: 12 ratings of 3 vendors × 4 rated criteria.
        let stored = try #require(workspace.ratings.first { $0.evaluator == "chen-jing" })
        #expect(Self.summary(xlsx) == Self.summary(stored))
        #expect(xlsx.ratings.count == 12)
    }

    @Test func exportedWorkbookHasDropDownsAndImportsBackUnchanged() throws {
        let (directory, workspace) = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        // All three vendors, the knocked-out huanyu-hcm too (KnockedOutLeftOffTests covers leaving it off).
        let export = try BinaryRunner.run(["sheet", "export", "ws", "--evaluator", "chen-jing", "--output", "chen.xlsx", "--include-knocked-out"], in: directory)
        #expect(export.status == 0)
        #expect(export.stderr == "wrote chen.xlsx: the scoring sheet of chen-jing\n")
        let file = directory.appendingPathComponent("chen.xlsx")
        let zip = try ZipReader(Self.bytes(file))
        let sheet = String(decoding: try #require(try zip.data("xl/worksheets/sheet1.xml")), as: UTF8.self)
        // One list per rated criterion on the value column (G), rows 2… in export order: 3 vendors × 4 criteria,
        // so core-module-demo (the first) is on rows 2, 6 and 10.
        #expect(sheet.components(separatedBy: "<dataValidation ").count - 1 == 4)
        let validations = HTMLElements.tags(sheet, named: "dataValidation")
        #expect(validations.map { HTMLElements.attribute("sqref", in: $0) } == ["G2 G6 G10", "G3 G7 G11", "G4 G8 G12", "G5 G9 G13"])
        #expect(validations.map { HTMLElements.attribute("promptTitle", in: $0) } == ["core-module-demo (1–5)", "usability (1–5)", "wechat-client-demo (1–5)", "integration-demo (1–5)"])
        #expect(HTMLElements.contents(sheet, named: "dataValidation") == Array(repeating: "<formula1>&quot;1,2,3,4,5&quot;</formula1>", count: 4))
        // The scale's anchors, cut to Excel's 255 characters with "…".
        #expect(validations.first.flatMap { HTMLElements.attribute("prompt", in: $0) } == "1: The core module could not run the buyer's scenario at all: the vendor showed slides, a scripted sandbox or a roadmap instead.&#10;2: The scenario ran only in part: key steps needed workarounds, manual exports or features 'on the roadmap'; the module would…")
        #expect(HTMLElements.tags(sheet, named: "sheetProtection") == [#"<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" sort="0" autoFilter="0"/>"#])
        let before = try Self.ratings(in: workspace)
        let back = try BinaryRunner.run(["sheet", "import", "ws", "chen.xlsx", "--evaluator", "chen-jing"], in: directory)
        #expect(back.status == 0)
        #expect(back.text == "stored ratings/chen-jing.json: 12 ratings from chen.xlsx\n")
        #expect(Self.summary(before) == Self.summary(try Self.ratings(in: workspace)))
    }

    /// The ratings of a stored `ratings/<evaluator>.json`, through the library's reader.
    static func ratings(in directory: URL) throws -> EvaluatorSheet {
        try #require(try Self.loader.load(directory.path).ratings.first { $0.evaluator == "chen-jing" })
    }

    @Test func errorsNameTheCell() throws {
        let workspace = try Self.loader.load(Self.sample.path)
        var book = RatingSheet.workbook(workspace: workspace, evaluator: "chen-jing")
        // Row 3 (G3): off the scale; row 4 (A4): an unknown vendor; H column of row 5 cleared while G5 = 5 (the top level needs a comment).
        book.sheets[0].rows[2][6] = WorkbookCell(.number(7))
        book.sheets[0].rows[3][0] = .text("huanyu-hmc")
        book.sheets[0].rows[4][6] = WorkbookCell(.number(5))
        book.sheets[0].rows[4][7] = WorkbookCell(.empty)
        let directory = try BinaryRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("sheet.xlsx")
        try Data(WorkbookWriter.write(book)).write(to: file)
        let result = try BinaryRunner.run(["sheet", "import", Self.sample.path, "sheet.xlsx", "--evaluator", "chen-jing"], in: directory)
        #expect(result.status == 1)
        // The whole stderr: one line per error, naming the cell, in row order, then the count.
        #expect(result.stderrLines == [
            "sheet.xlsx:Ratings!G3: error: value: 7 is off the scale 1–5",
            "sheet.xlsx:Ratings!A4: error: vendor: unknown vendor \"huanyu-hmc\"; did you mean \"huanyu-hcm\"?",
            "sheet.xlsx:Ratings!H5: error: comment: a rating of 5 is the highest level of the scale; give the reason in \"comment\"",
            "3 errors found",
            "",
        ])
        // Nothing was written into the sample.
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("ratings").path))
    }

    @Test func aSheetOfAnotherEvaluatorIsRefused() throws {
        let (directory, _) = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        _ = try BinaryRunner.run(["sheet", "export", "ws", "--evaluator", "chen-jing", "--output", "chen.xlsx"], in: directory)
        let result = try BinaryRunner.run(["sheet", "import", "ws", "chen.xlsx", "--evaluator", "liu-yang"], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("chen.xlsx:_shortlist!B4: error: the sheet was exported for the evaluator \"chen-jing\", not \"liu-yang\"; import it with --evaluator chen-jing, or export a sheet for liu-yang\n"))
    }

    @Test(arguments: [
        ("a cut-off archive", Array("PK\u{3}\u{4} the first bytes of a ZIP archive, and no more".utf8), "sheet.xlsx: error: the ZIP archive is truncated: its central directory is missing (was the file copied completely?)"),
        ("a ZIP without a workbook", ZipWriterBytes.only("readme.txt"), "sheet.xlsx: error: the file is a ZIP archive but not an .xlsx workbook: it has no workbook part (xl/workbook.xml)"),
        ("an Excel 97–2003 file", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504), "sheet.xlsx: error: the file is an Excel 97–2003 workbook (.xls), not .xlsx; save it as \"Excel Workbook (.xlsx)\""),
        ("a path-traversal name", ZipWriterBytes.only("../../etc/cron.d/x"), "sheet.xlsx: error: the archive holds an entry with an unsafe name \"../../etc/cron.d/x\" (absolute, with '..', '\\' or control characters)"),
    ])
    func hostileFilesAreClearErrorsAndWriteNothing(_ name: String, _ bytes: [UInt8], _ message: String) throws {
        let (directory, workspace) = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        try Data(bytes).write(to: directory.appendingPathComponent("sheet.xlsx"))
        let before = try FileManager.default.contentsOfDirectory(atPath: workspace.appendingPathComponent("ratings").path).sorted()
        let result = try BinaryRunner.run(["sheet", "import", "ws", "sheet.xlsx", "--evaluator", "new-person"], in: directory)
        #expect(result.status == 1, "\(name)")
        #expect(result.stderr == message + "\n1 error found\n", "\(name)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.appendingPathComponent("ratings").path).sorted() == before)
    }

    @Test(.enabled(if: LibreOffice.testsEnabled, "no soffice (SHORTLIST_LIBREOFFICE_TESTS unset)"))
    func libreOfficeOpensOurWorkbookWithTheSameCells() throws {
        let (directory, _) = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        _ = try BinaryRunner.run(["sheet", "export", "ws", "--evaluator", "chen-jing", "--output", "chen.xlsx", "--include-knocked-out"], in: directory)
        _ = try BinaryRunner.run(["sheet", "export", "ws", "--evaluator", "chen-jing", "--output", "chen.csv", "--include-knocked-out"], in: directory)
        let converted = try LibreOffice.convert(directory.appendingPathComponent("chen.xlsx"), to: "csv:Text - txt - csv (StarCalc):44,34,76,1", extension: "csv", in: directory)
        let theirs = try CSVReader.parse(Self.bytes(converted)).rows
        let ours = try CSVReader.parse(Self.bytes(directory.appendingPathComponent("chen.csv"))).rows
        #expect(theirs.count == 13)
        #expect(theirs == ours)
    }

    @Test(.enabled(if: LibreOffice.testsEnabled, "no soffice (SHORTLIST_LIBREOFFICE_TESTS unset)"))
    func aWorkbookResavedByLibreOfficeImports() throws {
        // The evaluator's round trip: our sheet, opened and saved again by LibreOffice, comes back through `sheet import`.
        let (directory, workspace) = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        _ = try BinaryRunner.run(["sheet", "export", "ws", "--evaluator", "chen-jing", "--output", "chen.xlsx"], in: directory)
        let resaved = try LibreOffice.convert(directory.appendingPathComponent("chen.xlsx"), to: "xlsx:Calc MS Excel 2007 XML", extension: "xlsx", in: directory)
        let before = try RatingSheet.readWorkbook(Self.bytes(directory.appendingPathComponent("chen.xlsx")), file: "chen.xlsx", evaluator: "chen-jing", workspace: try Self.loader.load(workspace.path)).sheet
        let result = try BinaryRunner.run(["sheet", "import", "ws", resaved.path, "--evaluator", "chen-jing"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.summary(try Self.ratings(in: workspace)) == Self.summary(before))
        // LibreOffice keeps the drop-downs and the hidden sheet.
        let zip = try ZipReader(Self.bytes(resaved))
        let sheet = String(decoding: try #require(try zip.data("xl/worksheets/sheet1.xml")), as: UTF8.self)
        #expect(sheet.contains("dataValidation"))  // LibreOffice writes its own markup: presence only, kept as `contains`
        #expect(try WorkbookReader.read(Self.bytes(resaved)).map(\.hidden) == [false, true])
    }
}

/// Small archives for the hostile-file cases.
enum ZipWriterBytes {
    /// An archive with one entry named `name`.
    static func only(_ name: String) -> [UInt8] {
        var zip = ZipWriter()
        zip.add(name, Array("x".utf8))
        return zip.bytes
    }
}

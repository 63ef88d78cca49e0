import Foundation
import Testing
import ShortlistKit

/// `rank --output evaluation.xlsx` on the shipped samples: one workbook with every sheet readable,
/// checked against the CSV output of the same ranking and, where installed, opened by LibreOffice.
@Suite struct RankWorkbookEndToEndTests {
    static let sheetNames = ["Ranking", "Groups", "Criteria", "Knock-outs", "Gaps", "Costs", "Panel", "Notes"]

    static func run(_ sample: String, _ extra: [String] = []) throws -> (directory: URL, sheets: [WorkbookReader.Sheet], bytes: [UInt8]) {
        let directory = try BinaryRunner.temporaryDirectory()
        let result = try BinaryRunner.run(["rank", BinaryRunner.repositoryRoot.appendingPathComponent(sample).path, "--output", "evaluation.xlsx"] + extra, in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = Array(try Data(contentsOf: directory.appendingPathComponent("evaluation.xlsx")))
        return (directory, try WorkbookReader.read(bytes), bytes)
    }

    @Test(arguments: ["samples/retail-10-stores", "samples/internet-300", "samples/manufacturing-2000"])
    func workbookAgreesWithTheCSVRanking(_ sample: String) throws {
        let (directory, sheets, bytes) = try Self.run(sample)
        #expect(sheets.map(\.name) == Self.sheetNames)
        let csvRun = try BinaryRunner.run(["rank", BinaryRunner.repositoryRoot.appendingPathComponent(sample).path, "--format", "csv"], in: directory)
        let csv = try CSVReader.parse(Array(csvRun.stdout)).rows
        let ranking = sheets[0]
        // rank, vendor, name, score, coverage and would-be score of every vendor, in the same order as the CSV
        // (ranked, then incomplete, then knocked out).
        #expect(ranking.rowCount == csv.count)
        for r in 1..<csv.count {
            #expect((0..<3).map { ranking[r, $0] } == Array(csv[r][0..<3]))
            for c in 3...5 { #expect(Double(ranking[r, c]) == Double(csv[r][c]), "row \(r), column \(c)") }
        }
        // Each vendor's criterion points add up to its score (Σ weight × score = WSM score), to the rounding of 4 decimals a row.
        let criteria = sheets[2]
        var points: [String: Double] = [:], rows: [String: Int] = [:]
        for r in 1..<criteria.rowCount {
            points[criteria[r, 0], default: 0] += Double(criteria[r, 6])!
            rows[criteria[r, 0], default: 0] += 1
        }
        for r in 1..<ranking.rowCount {
            let vendor = ranking[r, 1]
            let score = Double(ranking[r, 3]) ?? Double(ranking[r, 5])!      // a knocked-out vendor's is its would-be score
            #expect(abs(points[vendor]! - score) <= 0.005 + 0.00005 * Double(rows[vendor]!), "\(vendor)")
        }
        // TCO = one-off + the recurring cost of each year; first year = one-off + year 1 (each figure rounded to cents).
        let costs = sheets[5]
        let years = (0..<costs.columnCount).filter { costs[0, $0].hasPrefix("Year ") }
        for r in 1..<costs.rowCount where !costs[r, 3].isEmpty {
            let oneOff = Double(costs[r, 3])!, recurring = years.map { Double(costs[r, $0])! }
            let first = Double(costs[r, years.last! + 1])!, tco = Double(costs[r, years.last! + 2])!
            #expect(abs(oneOff + recurring[0] - first) <= 0.011)
            #expect(abs(oneOff + recurring.reduce(0, +) - tco) <= 0.01 * Double(years.count + 1))
        }
        // The same evaluation gives the same bytes.
        #expect(try Self.run(sample).bytes == bytes)
    }

    @Test func chineseHeadingsAndSheetNames() throws {
        let (_, sheets, _) = try Self.run("samples/retail-10-stores", ["--lang", "zh"])
        #expect(sheets.map(\.name) == ["排名", "分组得分", "指标明细", "淘汰", "数据缺口", "成本", "评委", "说明"])
        #expect(sheets[0][0, 0] == "排名" && sheets[0][1, 6] == "已排名")
        #expect(sheets[3][1, 3].contains("首年费用"))
    }

    @Test func formatAndMethodThatAWorkbookCannotHoldAreUsageErrors() throws {
        let sample = BinaryRunner.repositoryRoot.appendingPathComponent("samples/retail-10-stores").path
        let directory = try BinaryRunner.temporaryDirectory()
        let format = try BinaryRunner.run(["rank", sample, "--format", "json", "--output", "e.xlsx"], in: directory)
        #expect(format.status == 64)
        #expect(format.stderr.hasPrefix("error: '--format json' does not go with '--output e.xlsx': an .xlsx file is always an Excel workbook; drop --format, or name a .json file\n"))
        let method = try BinaryRunner.run(["rank", sample, "--method", "all", "--output", "e.xlsx"], in: directory)
        #expect(method.status == 64)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("e.xlsx").path))
    }

    @Test(.enabled(if: LibreOffice.testsEnabled, "no soffice (SHORTLIST_LIBREOFFICE_TESTS unset)"))
    func libreOfficeReadsEverySheet() throws {
        let (directory, sheets, _) = try Self.run("samples/retail-10-stores")
        // Filter option 12 = -1: one CSV file per sheet, named <file>-<sheet>.csv (LibreOffice 7.2 and later).
        let first = try LibreOffice.convert(directory.appendingPathComponent("evaluation.xlsx"), to: "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", extension: "csv", in: directory, expecting: "evaluation-Ranking.csv")
        for sheet in sheets {
            let file = first.deletingLastPathComponent().appendingPathComponent("evaluation-\(sheet.name).csv")
            let theirs = try CSVReader.parse(Array(Data(contentsOf: file))).rows
            #expect(theirs.count == sheet.rowCount, "\(sheet.name)")
            for (r, row) in theirs.enumerated() {
                // LibreOffice writes booleans as TRUE/FALSE, as our reader gives them; other cells are text or numbers as stored.
                #expect(row == (0..<row.count).map { sheet[r, $0] }, "\(sheet.name) row \(r + 1)")
            }
        }
    }
}

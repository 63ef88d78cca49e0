import Foundation
import Testing
@testable import ShortlistCLI
import ShortlistKit

/// End-to-end runs of `shortlist ahp` and `shortlist matrix` through ``CommandLineTool/execute(_:)``:
/// exact output for small cases, the JSON shape, exit codes, and located errors for bad input.
@Suite struct AHPMatrixCommandTests {
    // MARK: - Fixtures

    /// Judgments implying weights of about 0.48, 0.27, 0.16, 0.09 (CR 0.005).
    static let consistentCSV = """
        ,Functionality,Cost,Support,Integration
        Functionality,1,2,3,5
        Cost,1/2,1,2,3
        Support,1/3,1/2,1,2
        Integration,1/5,1/3,1/2,1

        """
    /// The same with Support : Integration given as 1/5 instead of 2 (CR 0.216).
    static let inconsistentCSV = """
        ,Functionality,Cost,Support,Integration
        Functionality,1,2,3,5
        Cost,1/2,1,2,3
        Support,1/3,1/2,1,1/5
        Integration,1/5,1/3,5,1

        """
    /// Saaty's drinks matrix (Saaty 2008, reciprocal form as in AHPy).
    static let drinksCSV = """
        drink,Coffee,Wine,Tea,Beer,Sodas,Milk,Water
        Coffee,1,9,5,2,1,1,1/2
        Wine,1/9,1,1/3,1/9,1/9,1/9,1/9
        Tea,1/5,3,1,1/3,1/4,1/3,1/9
        Beer,1/2,9,3,1,1/2,1,1/3
        Sodas,1,9,4,2,1,2,1/2
        Milk,1,9,3,1,1/2,1,1/3
        Water,2,9,9,3,2,3,1

        """
    static let vendorsCSV = """
        vendor,price,quality,responseHours,modules
        acme,120000,7,24,35
        brightly,95000,6,48,28
        corvid,143000,9,8,41
        dunmore,88000,5,72,22
        elm,110000,8,24,30

        """
    /// Tzeng & Huang (2011) TOPSIS example.
    static let tzengCSV = """
        alternative,C1,C2,C3
        A1,5,8,4
        A2,7,6,8
        A3,8,8,6
        A4,7,4,6

        """

    /// A fresh temporary folder holding `files`.
    static func folder(_ files: [String: String]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("shortlist-ahp-matrix-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: url.appendingPathComponent(name))
        }
        return url.path
    }

    /// Runs `shortlist <arguments>` in a folder holding `files`.
    static func run(_ arguments: [String], files: [String: String]) throws -> CommandResult {
        let tmp = try folder(files)
        defer { try? FileManager.default.removeItem(atPath: tmp) }
        return CommandLineTool.execute(Invocation(arguments: arguments, currentDirectory: tmp))
    }


    // MARK: - ahp

    @Test func ahpTableForAConsistentMatrix() throws {
        let result = try Self.run(["ahp", "good.csv"], files: ["good.csv": Self.consistentCSV])
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stderr == "")
        #expect(result.stdoutText == """
            AHP weights for good.csv: 4 elements, principal eigenvector (power iteration to 1e-12), normalised to sum 1

            Element          Weight  Share
            Functionality  0.482886  48.3%
            Cost           0.271974  27.2%
            Support        0.156990  15.7%
            Integration    0.088150   8.8%

            λmax  4.014521
            CI    0.004840  (λmax − n)/(n − 1)
            CR    0.005378  CI/RI, RI(4) = 0.90 from Saaty (1980/1987) [saaty]
            verdict: consistent (CR ≤ 0.10)

            """)
    }

    @Test func ahpJSONHasTheDocumentedShape() throws {
        let result = try Self.run(["ahp", "drinks.csv", "--format", "json"], files: ["drinks.csv": Self.drinksCSV])
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(try decodeJSON(JSONKeys.self, from: result.stdout).keys == ["ci", "consistent", "cr", "inconsistentJudgments", "lambdaMax", "method", "n", "randomIndex", "threshold", "weights"])
        let ahp = try decodeJSON(AHPJSON.self, from: result.stdout)
        // Saaty (2008) derived priorities, and numpy to 6 decimals.
        #expect(ahp.weights["Water"] == 0.326793)
        #expect(ahp.weights["Wine"] == 0.019149)
        #expect(abs(ahp.weights.values.reduce(0, +) - 1) < 1e-5)
        // CI = (7.176629 − 7) / 6 = 0.029438; CR = 0.029438 / 1.32 = 0.022302.
        #expect(ahp.lambdaMax == 7.176629)
        #expect(ahp.ci == 0.029438)
        #expect(ahp.cr == 0.022302)
        #expect(ahp.consistent)
        #expect(ahp.threshold == 0.1 && ahp.n == 7)
        #expect(ahp.method == "principal eigenvector (power iteration, tolerance 1e-12)")
        #expect(ahp.inconsistentJudgments.isEmpty)
        #expect(ahp.randomIndex.name == "saaty")
        #expect(ahp.randomIndex.value == 1.32)
        // Keys are sorted, so the text is stable.
        #expect(result.stdoutText.hasPrefix("{\n  \"ci\": 0.029438,\n  \"consistent\": true,\n  \"cr\": 0.022302,\n"))
    }

    @Test(arguments: [("saaty-2005", 1.35, 0.021806), ("alonso-lamata", 1.3417, 0.021941), ("donegan-dodd", 1.2519, 0.023515)])
    func ahpRandomIndexTables(table: String, ri: Double, cr: Double) throws {
        let result = try Self.run(["ahp", "drinks.csv", "--random-index", table, "--format", "json"], files: ["drinks.csv": Self.drinksCSV])
        #expect(result.exitCode == .success)
        let ahp = try decodeJSON(AHPJSON.self, from: result.stdout)
        #expect(ahp.cr == cr)
        #expect(ahp.randomIndex.value == ri)
        #expect(ahp.randomIndex.name == table)
    }

    @Test func ahpRefusesAnInconsistentMatrixNamingTheJudgments() throws {
        let result = try Self.run(["ahp", "bad.csv"], files: ["bad.csv": Self.inconsistentCSV])
        #expect(result.exitCode == .failure)
        #expect(result.stdout.isEmpty, "nothing on stdout when refused")
        // The whole table goes to stderr, since it is refused: CI = (4.584039 − 4) / 3 = 0.194680, CR = 0.194680 / 0.90 = 0.216311.
        #expect(result.stderr == """
            AHP weights for bad.csv: 4 elements, principal eigenvector (power iteration to 1e-12), normalised to sum 1

            Element          Weight  Share
            Functionality  0.469260  46.9%
            Cost           0.263752  26.4%
            Support        0.090299   9.0%
            Integration    0.176690  17.7%

            λmax  4.584039
            CI    0.194680  (λmax − n)/(n − 1)
            CR    0.216311  CI/RI, RI(4) = 0.90 from Saaty (1980/1987) [saaty]
            verdict: INCONSISTENT (CR > 0.10)

            Judgments contributing most to the inconsistency (largest |ln e_ij|, e_ij = a_ij·w_j/w_i):
              Row            Column       Given  Consistent  Share of λmax − n
              Support        Integration    1/5       0.511              40.5%
              Cost           Integration      3       1.493              21.7%
              Functionality  Integration      5       2.656              17.7%
            error: bad.csv: the judgments are inconsistent: CR 0.216 > 0.10; revise the judgments listed above, or pass --accept-inconsistent to use the weights anyway

            """)
    }

    @Test func ahpAcceptsAnInconsistentMatrixWhenAskedTo() throws {
        let result = try Self.run(["ahp", "bad.csv", "--accept-inconsistent", "--format", "json"], files: ["bad.csv": Self.inconsistentCSV])
        #expect(result.exitCode == .success)
        #expect(result.stderr == "warning: bad.csv: the judgments are inconsistent: CR 0.216 > 0.10; accepted with --accept-inconsistent\n")
        let ahp = try decodeJSON(AHPJSON.self, from: result.stdout)
        #expect(!ahp.consistent)
        #expect(ahp.cr == 0.216311)
        let judgments = ahp.inconsistentJudgments
        #expect(judgments.count == 3)
        #expect(judgments.first?.row == "Support")
        #expect(judgments.first?.column == "Integration")
        #expect(judgments.first?.judgment == 0.2)
        #expect(judgments.first?.consistentValue == 0.511058)
    }

    @Test func ahpJSONOnAnInconsistentMatrixGoesToStandardError() throws {
        let result = try Self.run(["ahp", "bad.csv", "--format", "json"], files: ["bad.csv": Self.inconsistentCSV])
        #expect(result.exitCode == .failure)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("{\n  \"ci\": 0.19468,\n  \"consistent\": false,"))
    }

    @Test(arguments: [
        (
            "a non-reciprocal pair, located at the upper cell",
            ",A,B,C\nA,1,3,5\nB,1/3,1,2\nC,1/5,0.6,1\n",
            ["m.csv:3:9: error: the judgment in row \"B\", column \"C\" is 2 but the one in row \"C\", column \"B\" is 0.6; the matrix must be reciprocal, so it should be 1/2 (write fractions such as 1/3 rather than 0.33)"]
        ),
        (
            "a word in a cell and a short row",
            ",A,B,C\nA,1,3,x\nB,1/3,1,2\nC,1/5,1/2\n",
            [
                "m.csv:2:7: error: expected a judgment such as 3, 0.5 or 1/3 for \"A\" against \"C\", found \"x\"",
                "m.csv:4:10: error: this row has 3 fields but the header has 4; every row needs its name and 3 judgments",
            ]
        ),
        (
            "rows in another order than the columns",
            ",A,B,C\nA,1,3,5\nC,1/3,1,2\nB,1/5,1/2,1\n",
            [
                "m.csv:3:1: error: row 2 is named \"C\" but column 2 is \"B\"; list the elements in the same order down the first column and across the header",
                "m.csv:4:1: error: row 3 is named \"B\" but column 3 is \"C\"; list the elements in the same order down the first column and across the header",
            ]
        ),
        ("a judgment beyond 9", ",A,B\nA,1,12\nB,1/12,1\n", ["m.csv:2:5: error: the judgment in row \"A\", column \"B\" is 12, outside Saaty's scale 1/9 … 9"]),
        ("a diagonal that is not 1", ",A,B\nA,2,3\nB,1/3,1\n", ["m.csv:2:3: error: the judgment in row \"A\", column \"A\" compares \"A\" with itself and must be 1, not 2"]),
        ("a negative judgment", ",A,B\nA,1,-3\nB,1/3,1\n", ["m.csv:2:5: error: the judgment in row \"A\", column \"B\" is -3; judgments must be positive (1/9 … 9)"]),
        ("a zero denominator", ",A,B\nA,1,1/0\nB,1,1\n", ["m.csv:2:5: error: expected a judgment such as 3, 0.5 or 1/3 for \"A\" against \"B\", found \"1/0\"; a fraction cannot divide by 0"]),
        ("an extra row", ",A,B\nA,1,3\nB,1/3,1\nC,1,1\n", ["m.csv:4:1: error: the header names 2 elements but there are 3 rows below it; a pairwise matrix has one row per element"]),
        ("a duplicate name", ",A,A\nA,1,3\nA,1/3,1\n", ["m.csv:1:4: error: \"A\" names both element 1 and element 2; names must be unique"]),
        ("an unclosed quote", ",A,B\nA,1,\"3\nB,1/3,1\n", ["m.csv:2:5: error: the quoted field that starts here is never closed; add the closing quote"]),
        ("an empty file", "", ["m.csv: error: the file is empty; expected a header row of element names and one row of judgments per element"]),
    ])
    func ahpBadInputIsLocated(_ label: String, csv: String, stderr: [String]) throws {
        let result = try Self.run(["ahp", "m.csv"], files: ["m.csv": csv])
        #expect(result.exitCode == .failure, "\(label)")
        #expect(result.stdout.isEmpty)
        let count = stderr.count
        #expect(result.stderr == (stderr + ["\(count) error\(count == 1 ? "" : "s") found"]).joined(separator: "\n") + "\n", "\(label)")
    }

    @Test func ahpReadsExcelStyleFiles() throws {
        // UTF-8 BOM, CRLF, a quoted name with a comma, ';' as separator with decimal commas.
        let bom = "\u{FEFF}\"Cost, total\",\"Cost, total\",B\r\n\"Cost, total\",1,2\r\nB,1/2,1\r\n"
        let quoted = try Self.run(["ahp", "m.csv", "--format", "json"], files: ["m.csv": bom])
        #expect(quoted.exitCode == .success, "\(quoted.stderr)")
        #expect(try decodeJSON(AHPJSON.self, from: quoted.stdout).weights == ["B": 0.333333, "Cost, total": 0.666667])
        let semicolons = try Self.run(["ahp", "m.csv", "--format", "json"], files: ["m.csv": ";A;B\nA;1;0,5\nB;2;1\n"])
        #expect(semicolons.exitCode == .success, "\(semicolons.stderr)")
        #expect(try decodeJSON(AHPJSON.self, from: semicolons.stdout).weights == ["A": 0.333333, "B": 0.666667])
    }

    @Test func ahpUsageErrors() throws {
        let table = try Self.run(["ahp", "m.csv", "--random-index", "saty"], files: [:])
        #expect(table.exitCode == .usage)
        #expect(table.stderr.hasPrefix("error: '--random-index' expects one of saaty, saaty-2005, alonso-lamata, donegan-dodd; got 'saty'; did you mean 'saaty'?"))
        let missing = try Self.run(["ahp"], files: [:])
        #expect(missing.exitCode == .usage)
        let noFile = try Self.run(["ahp", "none.csv"], files: [:])
        #expect(noFile.exitCode == .failure)
        #expect(noFile.stderr == "none.csv: error: cannot read the file: no such file\n1 error found\n")
    }

    // MARK: - matrix

    @Test func matrixWSMTable() throws {
        let result = try Self.run(["matrix", "vendors.csv", "--weights", "35,30,15,20", "--types=-,+,-,+"], files: ["vendors.csv": Self.vendorsCSV])
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stdoutText == """
            vendors.csv: 5 alternatives, 4 criteria
            weights: price 0.350 (-), quality 0.300 (+), responseHours 0.150 (-), modules 0.200 (+)
            method: WSM, weighted sum, min-max normalisation

            Rank  Alternative     Score
               1  corvid       0.650000
               2  elm          0.631711
               3  acme         0.545706
               4  brightly     0.499862
               5  dunmore      0.350000

            """)
    }

    @Test func matrixTOPSISJSONReproducesTzengAndHuang() throws {
        let result = try Self.run(["matrix", "t.csv", "--weights", "0.3,0.4,0.3", "--types", "+,+,+", "--method", "topsis", "--format", "json"], files: ["t.csv": Self.tzengCSV])
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(try decodeJSON(JSONKeys.self, from: result.stdout).keys == ["alternatives", "criteria", "method", "normalization"])
        let matrix = try decodeJSON(MatrixJSON.self, from: result.stdout)
        #expect(matrix.method == "topsis")
        #expect(matrix.normalization == "vector")
        #expect(matrix.alternatives.map(\.name) == ["A1", "A2", "A3", "A4"], "input order")
        #expect(matrix.alternatives.map(\.rank) == [3, 2, 1, 4])
        // Tzeng & Huang (2011): 0.5037, 0.6581, 0.7482, 0.3340.
        let scores = matrix.alternatives.map(\.score)
        #expect(scores.count == 4)
        for (score, published) in zip(scores, [0.5037, 0.6581, 0.7482, 0.3340]) { #expect(abs(score - published) < 0.00005) }
        let minMax = try Self.run(["matrix", "t.csv", "--weights", "0.3,0.4,0.3", "--types", "+,+,+", "--method", "topsis", "--normalization", "minmax", "--format", "json"], files: ["t.csv": Self.tzengCSV])
        let minMaxScores = try decodeJSON(MatrixJSON.self, from: minMax.stdout).alternatives.map(\.score)
        #expect(minMaxScores == [0.485281, 0.648371, 0.776791, 0.362977], "pymcdm 1.4.0, 6 decimals")
    }

    @Test func matrixAllShowsEveryMethodAndTheirAgreement() throws {
        let result = try Self.run(["matrix", "vendors.csv", "--weights", "35,30,15,20", "--types=-,+,-,+", "--method", "all", "--format", "json"], files: ["vendors.csv": Self.vendorsCSV])
        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(try decodeJSON(JSONKeys.self, from: result.stdout).keys == ["correlations", "criteria", "method", "methods"])
        let all = try decodeJSON(MatrixAllJSON.self, from: result.stdout)
        #expect(all.method == "all")
        let methods = all.methods
        #expect(Set(methods.keys) == ["wsm", "wpm", "topsis"])
        #expect(methods["wsm"]?.normalization == "minmax")
        #expect(methods["wpm"]?.normalization == "sum")
        #expect(methods["topsis"]?.normalization == "vector")
        let topsis = try #require(methods["topsis"]?.alternatives)
        #expect(topsis.map(\.rank) == [3, 4, 2, 5, 1])
        // pymcdm 1.4.0 TOPSIS(vector_normalization), 6 decimals.
        #expect(topsis.map(\.score) == [0.599796, 0.46412, 0.644299, 0.355701, 0.667943])
        let wpm = try #require(methods["wpm"]?.alternatives)
        #expect(wpm.map(\.score) == [0.192717, 0.172111, 0.237859, 0.150082, 0.200518])
        let correlations = all.correlations
        #expect(correlations.map(\.methods) == [["wsm", "wpm"], ["wsm", "topsis"], ["wpm", "topsis"]])
        #expect(correlations.map(\.kendallTau) == [1, 0.8, 0.8])
        #expect(correlations.map(\.spearmanRho) == [1, 0.9, 0.9])

        let table = try Self.run(["matrix", "vendors.csv", "--weights", "35,30,15,20", "--types=-,+,-,+", "--method", "all"], files: ["vendors.csv": Self.vendorsCSV])
        #expect(table.stdoutText == """
            vendors.csv: 5 alternatives, 4 criteria
            weights: price 0.350 (-), quality 0.300 (+), responseHours 0.150 (-), modules 0.200 (+)
            WSM: weighted sum, min-max normalisation
            WPM: weighted product, sum normalisation
            TOPSIS: closeness to the ideal, vector normalisation

            Alternative  WSM score  rank  WPM score  rank  TOPSIS score  rank
            acme          0.545706     3   0.192717     3      0.599796     3
            brightly      0.499862     4   0.172111     4      0.464120     4
            corvid        0.650000     1   0.237859     1      0.644299     2
            dunmore       0.350000     5   0.150082     5      0.355701     5
            elm           0.631711     2   0.200518     2      0.667943     1

            Agreement between the rankings:
              Methods       Kendall tau-b  Spearman rho
              WSM – WPM             1.000         1.000
              WSM – TOPSIS          0.800         0.900
              WPM – TOPSIS          0.800         0.900

            """)
    }

    @Test func matrixBadInputIsLocated() throws {
        let csv = "vendor,price,quality\nacme,120000,7\nbrightly,\"95,000\",x\ncorvid,143000\n"
        let result = try Self.run(["matrix", "m.csv", "--weights", "1,1", "--types=-,+"], files: ["m.csv": csv])
        #expect(result.exitCode == .failure)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            m.csv:3:10: error: expected a number for "brightly" on "price", found "95,000"; write numbers without thousands separators, with a '.' as the decimal mark (or ',' in a file separated by ';')
            m.csv:3:19: error: expected a number for "brightly" on "quality", found "x"
            m.csv:4:14: error: this row has 2 fields but the header has 3; give the alternative's name and one value per criterion
            3 errors found

            """)
    }

    @Test func matrixWPMSaysItNeedsPositiveValues() throws {
        let csv = "vendor,price,quality\nacme,120000,7\ndunmore,0,5\n"
        let result = try Self.run(["matrix", "m.csv", "--weights", "1,1", "--types=-,+", "--method", "wpm"], files: ["m.csv": csv])
        #expect(result.exitCode == .failure)
        #expect(result.stderr == "m.csv:3:9: error: the value of alternative \"dunmore\" on criterion \"price\" is 0, but the weighted product model (WPM) raises values to powers and needs positive values\n1 error found\n")
        let minMax = try Self.run(["matrix", "m.csv", "--weights", "1,1", "--types=-,+", "--method", "wsm"], files: ["m.csv": csv])
        #expect(minMax.exitCode == .success, "WSM with min-max accepts zero")
    }

    @Test(arguments: [
        (["--weights", "1,1,1", "--types=-,+"], "error: --weights has 3 values but the matrix has 2 criteria (price, quality); give one weight per criterion, in column order"),
        (["--weights", "1,-1", "--types=-,+"], "error: --weights: the weight of \"quality\" is -1; weights must be ≥ 0"),
        (["--weights", "0,0", "--types=-,+"], "error: --weights: every weight is 0; give at least one criterion a positive weight"),
        (["--weights", "1,a", "--types=-,+"], "error: --weights: the weight of \"quality\" is \"a\", not a number"),
        (["--weights", "1,1", "--types", "+,x"], "error: --types: the type of \"quality\" is \"x\"; expected + (benefit) or - (cost)"),
        (["--weights", "1,1", "--types", "-,+"], "error: missing value for '--types <+,-,...>'; to give a value that starts with '-', write '--types=-,+'"),
        (["--types=-,+"], "error: missing '--weights <w1,w2,...>'"),
        (["--weights", "1,1", "--types=-,+", "--method", "tops"], "error: '--method' expects one of wsm, wpm, topsis, all; got 'tops'; did you mean 'topsis'?"),
    ])
    func matrixUsageErrors(options: [String], message: String) throws {
        let result = try Self.run(["matrix", "m.csv"] + options, files: ["m.csv": "vendor,price,quality\nacme,120000,7\ndunmore,90000,5\n"])
        #expect(result.exitCode == .usage)
        #expect(result.stderr == message + "\nRun `shortlist matrix --help` for usage.\n")
    }

    @Test func matrixTypesAcceptMaxAndMin() throws {
        let result = try Self.run(["matrix", "v.csv", "--weights", "35,30,15,20", "--types", "min,max,min,max", "--format", "json"], files: ["v.csv": Self.vendorsCSV])
        #expect(result.exitCode == .success)
        let criteria = try decodeJSON(MatrixJSON.self, from: result.stdout).criteria
        #expect(criteria.map(\.type) == ["-", "+", "-", "+"])
        // 35, 30, 15, 20 of 100.
        #expect(criteria.map(\.weight) == [0.35, 0.3, 0.15, 0.2])
    }
}

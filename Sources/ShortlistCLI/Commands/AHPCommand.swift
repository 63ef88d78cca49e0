import ShortlistKit

/// `shortlist ahp <matrix.csv>`: AHP weights, λmax, CI and CR of a pairwise comparison matrix.
enum AHPCommand: Command {
    static let spec = CommandSpec(
        name: "ahp",
        summary: "Derive AHP weights from a pairwise comparison matrix and check its consistency.",
        positionals: [PositionalSpec(name: "matrix.csv", help: "A full pairwise matrix: a header row and a first column of names, judgments such as 3 or 1/3 in the cells.")],
        options: [
            OptionSpec(name: "random-index", valueName: "table", help: "The random-index table for CR (default: saaty).", allowedValues: RandomIndexTable.allCases.map(\.rawValue)),
            OptionSpec(name: "accept-inconsistent", help: "Print the result and exit 0 even when CR > 0.10."),
            OptionSpec(name: "format", valueName: "format", help: "Output format (default: table).", allowedValues: ["table", "json"]),
            .language("Language of the table's headings, verdict and warning (errors stay English; JSON keys do not change)."),
        ],
        discussion: """
        Cell (i, j) says how many times more important the row's element is than the column's, on
        Saaty's scale 1/9 … 9 (1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme). The matrix
        must be complete and reciprocal (a_ji = 1/a_ij; write fractions such as 1/3), with ones on
        the diagonal and at most 15 elements.

        Weights are the principal right eigenvector (power iteration to 1e-12), normalised to sum
        to 1. CI = (λmax − n)/(n − 1) and CR = CI/RI(n), with RI from the chosen table: saaty
        (Saaty 1980/1987, the default), saaty-2005 (Saaty 2005), alonso-lamata (Alonso & Lamata
        2006), donegan-dodd (Donegan & Dodd 1991). With CR > 0.10 the judgments that contribute
        most to the inconsistency are listed (largest |ln e_ij|, e_ij = a_ij·w_j/w_i, with the
        value w_i/w_j that would make each consistent); the result goes to standard error and the
        exit status is 1 unless --accept-inconsistent is given.

        JSON output has weights (name → weight), lambdaMax, ci, cr, consistent, threshold, n,
        randomIndex (name, value, source) and inconsistentJudgments.
        """
    )

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        let display = arguments.positionals[0]
        let table = arguments.value("random-index").flatMap(RandomIndexTable.init(rawValue:)) ?? .saaty
        let json = arguments.value("format") == "json"
        let input = try CSVInput.read(display, invocation, expected: "a header row of element names and one row of judgments per element")
        let (matrix, texts) = try parse(input)
        let result = AHP.evaluate(matrix, randomIndex: table)
        let rendered = json ? renderJSON(result) : renderTable(result, texts: texts, file: display, language: arguments.language)
        if result.isConsistent {
            output.write(Array(rendered.utf8))
            return .success
        }
        let cr = NumberFormatting.fixed(result.consistencyRatio, 3), threshold = NumberFormatting.fixed(result.threshold, 2)
        let summary = "\(display): the judgments are inconsistent: CR \(cr) > \(threshold)"
        if arguments.flag("accept-inconsistent") {
            output.write(Array(rendered.utf8))
            output.note(AHPWording.acceptedInconsistent(display, cr: cr, threshold: threshold).text(in: arguments.language))
            return .success
        }
        output.stderr += rendered
        throw CommandFailure("\(summary); revise the judgments listed above, or pass --accept-inconsistent to use the weights anyway")
    }

    // MARK: - Reading

    /// Reads the pairwise matrix and keeps each judgment's text as typed.
    static func parse(_ input: CSVInput) throws -> (PairwiseMatrix, [[String]]) {
        let rows = input.table.rows
        guard let header = rows.first, header.count >= 2 else {
            throw InputErrors([input.diagnostic(record: 0, field: 0, "expected a header row: an empty corner cell, then the name of each element")])
        }
        let names = header.dropFirst().map { CSVInput.trimmed($0) }
        let n = names.count
        var problems: [Diagnostic] = []
        if rows.count - 1 != n {
            // Point at the first extra row, or at the end of the file when rows are missing.
            problems.append(input.diagnostic(record: rows.count - 1 > n ? n + 1 : rows.count, field: 0,
                "the header names \(n) element\(n == 1 ? "" : "s") but there \(rows.count - 1 == 1 ? "is 1 row" : "are \(rows.count - 1) rows") below it; a pairwise matrix has one row per element"))
        }
        var values = [[Double]](repeating: [Double](repeating: .nan, count: n), count: n)
        var texts = [[String]](repeating: [String](repeating: "", count: n), count: n)
        for (i, row) in rows.dropFirst().prefix(n).enumerated() {
            let record = i + 1
            guard row.count == n + 1 else {
                problems.append(input.diagnostic(record: record, field: min(row.count, n + 1),
                    "this row has \(row.count) fields but the header has \(n + 1); every row needs its name and \(n) judgments"))
                continue
            }
            let rowName = CSVInput.trimmed(row[0])
            if rowName != names[i] {
                problems.append(input.diagnostic(record: record, field: 0,
                    "row \(i + 1) is named \"\(rowName)\" but column \(i + 1) is \"\(names[i])\"; list the elements in the same order down the first column and across the header"))
            }
            for j in 0..<n {
                let text = CSVInput.trimmed(row[j + 1])
                texts[i][j] = text
                if text.isEmpty {
                    problems.append(input.diagnostic(record: record, field: j + 1,
                        "the judgment of \"\(names[i])\" against \"\(names[j])\" is empty; give the full matrix (1 on the diagonal, 1/x opposite x)"))
                } else {
                    switch CSVInput.number(text, decimalComma: input.table.separator == ";") {
                    case .success(let value):
                        values[i][j] = value
                    case .failure(let rejection):
                        problems.append(input.diagnostic(record: record, field: j + 1,
                            "expected a judgment such as 3, 0.5 or 1/3 for \"\(names[i])\" against \"\(names[j])\", found \"\(text)\"" + rejection.clause))
                    }
                }
            }
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        do {
            return (try PairwiseMatrix(names: Array(names), values: values), texts)
        } catch {
            let place: (record: Int, field: Int)
            switch error {
            case .duplicateName(_, _, let second): place = (0, second + 1)
            case .emptyName(let index): place = (0, index + 1)
            case .notSquare(let row, _, let expected, _): place = (row + 1, expected + 1)
            default:
                if let cell = error.cell { place = (cell.row + 1, cell.column + 1) } else { place = (0, 0) }
            }
            throw InputErrors([input.diagnostic(record: place.record, field: place.field, error.description)])
        }
    }

    // MARK: - Rendering

    /// The weights, consistency measures, verdict and worst judgments as aligned text, in `language`.
    static func renderTable(_ result: AHPResult, texts: [[String]], file: String, language: Language) -> String {
        let n = result.matrix.order
        func say(_ text: LocalizedText) -> String { text.text(in: language) }
        var out = say(AHPWording.title(file, elements: n)) + "\n\n"
        var rows = [[say(AHPWording.element), say(AHPWording.weight), say(AHPWording.share)]]
        for (k, name) in result.matrix.names.enumerated() {
            rows.append([name, NumberFormatting.fixed(result.weights[k], 6), NumberFormatting.fixed(100 * result.weights[k], 1) + "%"])
        }
        out += TextTable.render(rows, rightAligned: [1, 2])
        out += "\n"
        let ri = result.randomIndexTable
        var measures = [
            ["λmax", NumberFormatting.fixed(result.lambdaMax, 6), ""],
            ["CI", NumberFormatting.fixed(result.consistencyIndex, 6), "(λmax − n)/(n − 1)"],
        ]
        if n > 2 {
            measures.append(["CR", NumberFormatting.fixed(result.consistencyRatio, 6), say(AHPWording.crFormula(order: n, randomIndex: randomIndexText(result.randomIndex), table: ri.displayName, key: ri.rawValue))])
        } else {
            measures.append(["CR", "0", say(AHPWording.alwaysConsistent(n))])
        }
        out += TextTable.render(measures, rightAligned: [1])
        let threshold = NumberFormatting.fixed(result.threshold, 2)
        out += say(AHPWording.verdict(consistent: result.isConsistent, threshold: threshold)) + "\n"
        let worst = result.inconsistentJudgments()
        if !worst.isEmpty {
            out += "\n" + say(AHPWording.worstHeading) + "\n"
            var rows = [[say(AHPWording.row), say(AHPWording.column), say(AHPWording.given), say(AHPWording.consistent), say(AHPWording.shareOfExcess)]]
            let excess = result.lambdaMax - Double(n)
            for judgment in worst {
                let given = texts.indices.contains(judgment.cell.row) ? texts[judgment.cell.row][judgment.cell.column] : ""
                rows.append([
                    judgment.cell.rowName, judgment.cell.columnName,
                    given.isEmpty ? NumberFormatting.short(judgment.judgment, 4) : given,
                    NumberFormatting.fixed(judgment.consistentValue, 3),
                    excess > 0 ? NumberFormatting.fixed(100 * judgment.contribution / excess, 1) + "%" : "–",
                ])
            }
            out += TextTable.render(rows, rightAligned: [2, 3, 4], indent: "  ")
        }
        return out
    }

    /// RI as its table prints it: at least 2 and at most 4 decimals (0.90, 1.3417).
    static func randomIndexText(_ value: Double) -> String {
        var text = NumberFormatting.fixed(value, 4)
        while text.hasSuffix("0"), let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) > 3 { text.removeLast() }
        return text
    }

    /// The result as pretty JSON with sorted keys.
    static func renderJSON(_ result: AHPResult) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.key("ci"); w.number(result.consistencyIndex)
        w.key("consistent"); w.bool(result.isConsistent)
        w.key("cr"); w.number(result.consistencyRatio)
        w.key("inconsistentJudgments")
        w.beginArray()
        for judgment in result.inconsistentJudgments() {
            w.beginObject()
            w.key("column"); w.string(judgment.cell.columnName)
            w.key("consistentValue"); w.number(judgment.consistentValue)
            w.key("contribution"); w.number(judgment.contribution)
            w.key("judgment"); w.number(judgment.judgment)
            w.key("logRatio"); w.number(judgment.logRatio)
            w.key("row"); w.string(judgment.cell.rowName)
            w.endObject()
        }
        w.endArray()
        w.key("lambdaMax"); w.number(result.lambdaMax)
        w.key("method"); w.string("principal eigenvector (power iteration, tolerance 1e-12)")
        w.key("n"); w.integer(result.matrix.order)
        w.key("randomIndex")
        w.beginObject()
        w.key("name"); w.string(result.randomIndexTable.rawValue)
        w.key("source"); w.string(result.randomIndexTable.citation)
        w.key("value"); w.number(result.randomIndex)
        w.endObject()
        w.key("threshold"); w.number(result.threshold)
        w.key("weights")
        w.beginObject()
        let byName = zip(result.matrix.names, result.weights).sorted { $0.0 < $1.0 }
        for (name, weight) in byName {
            w.key(name); w.number(weight)
        }
        w.endObject()
        w.endObject()
        return w.text
    }
}

import ShortlistKit

/// `shortlist matrix <decision.csv>`: quick MCDA (WSM, WPM, TOPSIS) on a plain decision matrix.
enum MatrixCommand: Command {
    static let spec = CommandSpec(
        name: "matrix",
        summary: "Score a plain decision matrix with WSM, WPM or TOPSIS, or all three side by side.",
        positionals: [PositionalSpec(name: "decision.csv", help: "A header row of criterion names after a corner cell, then one row per alternative: its name and one number per criterion.")],
        options: [
            OptionSpec(name: "weights", valueName: "w1,w2,...", help: "One weight per criterion, in column order (scaled to sum to 1), e.g. --weights 3,2,1.", required: true),
            OptionSpec(name: "types", valueName: "+,-,...", help: "One type per criterion: + (benefit, more is better) or - (cost); max/min also work.\nWrite --types=-,+ when the list starts with -.", required: true),
            OptionSpec(name: "method", valueName: "method", help: "The aggregation (default: wsm).", allowedValues: ["wsm", "wpm", "topsis", "all"]),
            OptionSpec(name: "normalization", valueName: "name", help: "The normalisation for every method (default: each method's own).", allowedValues: Normalization.allCases.map(\.rawValue)),
            OptionSpec(name: "format", valueName: "format", help: "Output format (default: table).", allowedValues: ["table", "json"]),
            .language("Language of the table's headings and descriptions (errors stay English; JSON keys do not change)."),
        ],
        discussion: """
        Methods and their default (textbook) normalisations:
          wsm     weighted sum Σ w_j r_ij (Fishburn 1967), min-max normalisation
          wpm     weighted product Π r_ij^w_j (Bridgman 1922; Miller & Starr 1969), sum normalisation,
                  which ranks as the classic WPM with negative exponents for costs; needs values > 0
          topsis  closeness d⁻/(d⁺ + d⁻) to the ideal (Hwang & Yoon 1981), vector normalisation
          all     the three side by side, with Kendall's tau-b and Spearman's rho between their rankings
        Normalisations give higher-is-better values: minmax (x − min)/(max − min), costs (max − x)/(max − min),
        a constant column gives everyone 1; vector x/‖x‖, costs 1 − x/‖x‖; max x/max, costs 1 − x/max;
        sum x/Σx, costs (1/x)/Σ(1/x).

        Ranks are competition ranks (1, 1, 3): scores equal to within 1e-9 tie. JSON output has
        alternatives (in input order, each with name, score and rank), criteria, method and
        normalization; with --method all, methods (one such alternatives array per method) and
        correlations (kendallTau and spearmanRho for each pair of methods).
        """
    )

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        let weightsText = try arguments.required("weights"), typesText = try arguments.required("types")
        let display = arguments.positionals[0]
        let methods = arguments.methods
        let normalization = arguments.value("normalization").flatMap(Normalization.init(rawValue:))
        let json = arguments.value("format") == "json"

        let input = try CSVInput.read(display, invocation, expected: "a header row of criterion names and one row of values per alternative")
        let matrix = try parse(input)
        let weights = try parseWeights(weightsText, criteria: matrix.criteria)
        let types = try parseTypes(typesText, criteria: matrix.criteria)

        var results: [MCDAResult] = []
        for method in methods {
            do {
                results.append(try method.evaluate(matrix, weights: weights, types: types, normalization: normalization))
            } catch {
                throw diagnose(error, input: input, matrix: matrix)
            }
        }
        let text = json ? renderJSON(results, matrix: matrix, types: types, all: methods.count > 1)
            : renderTable(results, matrix: matrix, types: types, file: display, language: arguments.language)
        output.write(Array(text.utf8))
        return .success
    }

    // MARK: - Reading

    /// Reads the decision matrix: criterion names in the header, one alternative per row.
    static func parse(_ input: CSVInput) throws -> DecisionMatrix {
        let rows = input.table.rows
        let header = rows[0]
        guard header.count >= 2 else {
            throw InputErrors([input.diagnostic(record: 0, field: header.count, "expected a header row: a corner cell, then the name of each criterion")])
        }
        let criteria = header.dropFirst().map { CSVInput.trimmed($0) }
        var problems: [Diagnostic] = []
        var seenCriteria: [String: Int] = [:]
        for (j, name) in criteria.enumerated() {
            if name.isEmpty {
                problems.append(input.diagnostic(record: 0, field: j + 1, "criterion \(j + 1) has no name; name every column in the header"))
            } else if let first = seenCriteria[name] {
                problems.append(input.diagnostic(record: 0, field: j + 1, "the criterion \"\(name)\" is also column \(first + 2); criterion names must be unique"))
            } else {
                seenCriteria[name] = j
            }
        }
        if rows.count < 2 {
            problems.append(input.diagnostic(record: 1, field: 0, "there are no alternatives; add one row per alternative below the header"))
        }
        var alternatives: [String] = []
        var values: [[Double]] = []
        var seenAlternatives: [String: Int] = [:]
        for (r, row) in rows.enumerated().dropFirst() {
            guard row.count == criteria.count + 1 else {
                problems.append(input.diagnostic(record: r, field: min(row.count, criteria.count + 1),
                    "this row has \(row.count) field\(row.count == 1 ? "" : "s") but the header has \(criteria.count + 1); give the alternative's name and one value per criterion"))
                continue
            }
            let name = CSVInput.trimmed(row[0])
            if name.isEmpty {
                problems.append(input.diagnostic(record: r, field: 0, "this row has no alternative name in its first column"))
            } else if let first = seenAlternatives[name] {
                problems.append(input.diagnostic(record: r, field: 0, "the alternative \"\(name)\" is also on line \(input.table.rowLines[first]); alternative names must be unique"))
            } else {
                seenAlternatives[name] = r
            }
            var rowValues: [Double] = []
            for j in criteria.indices {
                let text = CSVInput.trimmed(row[j + 1])
                switch CSVInput.number(text, decimalComma: input.table.separator == ";") {
                case .success(let value):
                    rowValues.append(value)
                case .failure(let rejection):
                    let shown = text.isEmpty ? "an empty cell" : "\"\(text)\""
                    problems.append(input.diagnostic(record: r, field: j + 1,
                        "expected a number for \"\(name)\" on \"\(criteria[j])\", found \(shown)" + (text.isEmpty ? "" : rejection.clause)))
                    rowValues.append(.nan)
                }
            }
            alternatives.append(name)
            values.append(rowValues)
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        do {
            return try DecisionMatrix(alternatives: alternatives, criteria: Array(criteria), values: values)
        } catch {
            throw InputErrors([Diagnostic(file: input.display, message: error.description)])
        }
    }

    /// Parses `--weights`: one finite, non-negative number per criterion, not all zero.
    static func parseWeights(_ text: String, criteria: [String]) throws -> [Double] {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { CSVInput.trimmed(String($0)) }
        guard parts.count == criteria.count else {
            throw UsageError("--weights has \(parts.count) value\(parts.count == 1 ? "" : "s") but the matrix has \(criteria.count) criteria (\(criteria.joined(separator: ", "))); give one weight per criterion, in column order", command: spec.name)
        }
        var weights: [Double] = []
        for (j, part) in parts.enumerated() {
            let weight: Double
            switch CSVInput.number(part, decimalComma: false) {
            case .success(let value): weight = value
            case .failure(let rejection):
                throw UsageError("--weights: the weight of \"\(criteria[j])\" is \"\(part)\", not a number" + rejection.clause, command: spec.name)
            }
            guard weight >= 0 else {
                throw UsageError("--weights: the weight of \"\(criteria[j])\" is \(part); weights must be ≥ 0", command: spec.name)
            }
            guard weight <= NumberBounds.largestWeight, weight == 0 || weight >= NumberBounds.smallest else {
                throw UsageError("--weights: the weight of \"\(criteria[j])\" is \(part); a weight is 0 or from \(NumberFormatting.short(NumberBounds.smallest, 9)) to \(NumberFormatting.short(NumberBounds.largestWeight)) (they are scaled to sum to 1, so only their ratios matter)", command: spec.name)
            }
            weights.append(weight)
        }
        guard weights.contains(where: { $0 > 0 }) else {
            throw UsageError("--weights: every weight is 0; give at least one criterion a positive weight", command: spec.name)
        }
        return weights
    }

    /// Parses `--types`: `+`/`-` (or max/min, benefit/cost) per criterion.
    static func parseTypes(_ text: String, criteria: [String]) throws -> [CriterionType] {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { CSVInput.trimmed(String($0)) }
        guard parts.count == criteria.count else {
            throw UsageError("--types has \(parts.count) value\(parts.count == 1 ? "" : "s") but the matrix has \(criteria.count) criteria (\(criteria.joined(separator: ", "))); give + or - per criterion, in column order", command: spec.name)
        }
        return try parts.enumerated().map { j, part in
            guard let type = CriterionType(symbol: part) else {
                throw UsageError("--types: the type of \"\(criteria[j])\" is \"\(part)\"; expected + (benefit) or - (cost)", command: spec.name)
            }
            return type
        }
    }

    /// Turns a library error into a diagnostic at the cell or column it names.
    static func diagnose(_ error: MCDAError, input: CSVInput, matrix: DecisionMatrix) -> any Error {
        if let criterion = error.criterion, let j = matrix.criteria.firstIndex(of: criterion) {
            if let alternative = error.alternative, let i = matrix.alternatives.firstIndex(of: alternative) {
                return InputErrors([input.diagnostic(record: i + 1, field: j + 1, error.description)])
            }
            switch error {
            case .nonFiniteWeight, .negativeWeight: return UsageError(error.description, command: spec.name)
            default: return InputErrors([input.diagnostic(record: 0, field: j + 1, error.description)])
            }
        }
        switch error {
        case .weightCountMismatch, .typeCountMismatch, .zeroWeightSum: return UsageError(error.description, command: spec.name)
        default: return InputErrors([Diagnostic(file: input.display, message: error.description)])
        }
    }

    // MARK: - Rendering

    /// Every pair of results with their rank correlations, in method order.
    static func correlations(_ results: [MCDAResult]) -> [MethodComparison.Agreement] {
        MethodComparison.agreements(results.map { ($0.method, $0.ranks) })
    }

    /// One method's ranking, or all three side by side with their correlations, as aligned text in `language`.
    static func renderTable(_ results: [MCDAResult], matrix: DecisionMatrix, types: [CriterionType], file: String, language: Language) -> String {
        let first = results[0]
        func say(_ text: LocalizedText) -> String { text.text(in: language) }
        var out = say(MatrixWording.title(file, alternatives: matrix.alternatives.count, criteria: matrix.criteria.count)) + "\n"
        out += say(MatrixWording.weights(matrix.criteria.indices.map { j in
            "\(matrix.criteria[j]) \(NumberFormatting.fixed(first.weights[j], 3)) (\(types[j].rawValue))"
        })) + "\n"
        if results.count == 1 {
            out += say(MatrixWording.method(first.method.displayName, describe(first))) + "\n\n"
            var rows = [[say(MatrixWording.rank), say(MatrixWording.alternative), say(MatrixWording.score)]]
            for i in first.order {
                rows.append(["\(first.ranks[i])", matrix.alternatives[i], NumberFormatting.fixed(first.scores[i], 6)])
            }
            return out + TextTable.render(rows, rightAligned: [0, 2])
        }
        for result in results { out += say(MatrixWording.methodLine(result.method.displayName, describe(result))) + "\n" }
        out += "\n"
        var header = [say(MatrixWording.alternative)]
        for result in results { header += [say(MatrixWording.methodScore(result.method.displayName)), say(MatrixWording.methodRank)] }
        var rows = [header]
        for i in matrix.alternatives.indices {
            var row = [matrix.alternatives[i]]
            for result in results { row += [NumberFormatting.fixed(result.scores[i], 6), "\(result.ranks[i])"] }
            rows.append(row)
        }
        out += TextTable.render(rows, rightAligned: Set(1..<header.count))
        out += "\n" + say(MatrixWording.agreement) + "\n"
        var agreement = [[say(MatrixWording.methods), "Kendall tau-b", "Spearman rho"]]
        for pair in correlations(results) {
            agreement.append(["\(pair.first.displayName) – \(pair.second.displayName)", pair.kendallTau.map { NumberFormatting.fixed($0, 3) } ?? "–", pair.spearmanRho.map { NumberFormatting.fixed($0, 3) } ?? "–"])
        }
        out += TextTable.render(agreement, rightAligned: [1, 2], indent: "  ")
        return out
    }

    /// "weighted sum, min-max normalisation".
    static func describe(_ result: MCDAResult) -> LocalizedText {
        MatrixWording.description(result.method, result.normalization)
    }

    /// The results as pretty JSON with sorted keys.
    static func renderJSON(_ results: [MCDAResult], matrix: DecisionMatrix, types: [CriterionType], all: Bool) -> String {
        var w = JSONWriter()
        func alternatives(_ result: MCDAResult) {
            w.key("alternatives")
            w.beginArray()
            for i in matrix.alternatives.indices {
                w.beginObject()
                w.key("name"); w.string(matrix.alternatives[i])
                w.key("rank"); w.integer(result.ranks[i])
                w.key("score"); w.number(result.scores[i])
                w.endObject()
            }
            w.endArray()
        }
        w.beginObject()
        if !all { alternatives(results[0]) }
        if all {
            w.key("correlations")
            w.beginArray()
            for pair in correlations(results) {
                w.beginObject()
                w.key("kendallTau"); if let tau = pair.kendallTau { w.number(tau) } else { w.null() }
                w.key("methods"); w.beginArray(); w.string(pair.first.rawValue); w.string(pair.second.rawValue); w.endArray()
                w.key("spearmanRho"); if let rho = pair.spearmanRho { w.number(rho) } else { w.null() }
                w.endObject()
            }
            w.endArray()
        }
        w.key("criteria")
        w.beginArray()
        for j in matrix.criteria.indices {
            w.beginObject()
            w.key("name"); w.string(matrix.criteria[j])
            w.key("type"); w.string(types[j].rawValue)
            w.key("weight"); w.number(results[0].weights[j])
            w.endObject()
        }
        w.endArray()
        w.key("method"); w.string(all ? "all" : results[0].method.rawValue)
        if all {
            w.key("methods")
            w.beginObject()
            for result in results.sorted(by: { $0.method.rawValue < $1.method.rawValue }) {
                w.key(result.method.rawValue)
                w.beginObject()
                alternatives(result)
                w.key("normalization"); w.string(result.normalization.rawValue)
                w.endObject()
            }
            w.endObject()
        } else {
            w.key("normalization"); w.string(results[0].normalization.rawValue)
        }
        w.endObject()
        return w.text
    }
}

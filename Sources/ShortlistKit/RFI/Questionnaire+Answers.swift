/// A vendor's answer to one question: the value as written in the answer cell, the evidence and the comment.
package struct Answer: Sendable, Equatable {
    /// The answer cell.
    package var answer: String
    /// The evidence cell (links, document names).
    package var evidence: String
    /// The comment cell.
    package var comment: String

    /// Creates an answer.
    package init(answer: String, evidence: String = "", comment: String = "") {
        self.answer = answer
        self.evidence = evidence
        self.comment = comment
    }
}

/// A parsed answer: the value that goes into the dossier.
enum AnswerValue: Equatable {
    case fact(FactValue)
    case coverage(ModuleCoverage)
    case amount(Double)
    case currency(String)

    /// The value as an answer cell writes it.
    var cell: String {
        switch self {
        case .fact(.number(let x)), .amount(let x): return JSONWriter.formatNumber(x)
        case .fact(.boolean(let b)): return b ? "yes" : "no"
        case .fact(.text(let s)), .currency(let s): return s
        case .fact(.set(let items)): return items.joined(separator: "; ")
        case .coverage(let level): return level.rawValue
        }
    }
}

extension Questionnaire {
    /// The marker that keeps an answer's evidence in a fact's `source`.
    static let evidenceMarker = " — evidence: "

    /// What `dossier` already says in answer to `question`, or nil when it says nothing.
    public static func prefilled(_ question: Question, from dossier: VendorDossier) -> Answer? {
        let value: AnswerValue?, source: String?, note: String?
        switch question.target {
        case .fact(let name):
            let fact = dossier.facts[name]
            (value, source, note) = (fact.map { .fact($0.value) }, fact?.source, fact?.note)
        case .module(let id):
            let module = dossier.modules?[id]
            (value, source, note) = (module.map { .coverage($0.value) }, module?.source, module?.note)
        case .industryYears(let id):
            let years = dossier.industries?.first { $0.industry == id }?.years
            (value, source, note) = (years.map { .amount($0.value) }, years?.source, years?.note)
        case .industryClients(let id):
            let clients = dossier.industries?.first { $0.industry == id }?.clients
            (value, source, note) = (clients.map { .amount($0.value) }, clients?.source, clients?.note)
        case .price(let line):
            let amount = dossier.pricing?[keyPath: line.keyPath]
            (value, source, note) = (amount.map { .amount($0.value) }, amount?.source, amount?.note)
        case .currency:
            (value, source, note) = (dossier.pricing.map { .currency($0.currency) }, nil, nil)
        case .quote(let row):
            let answer = dossier.quote.flatMap { QuoteSheet.prefilled(row, from: $0) }
            (value, source, note) = (answer?.value, answer?.source, answer?.note)
        }
        guard let value else { return nil }
        var evidence = ""
        if let source, let range = source.range(of: evidenceMarker) { evidence = String(source[range.upperBound...]) }
        return Answer(answer: value.cell, evidence: evidence, comment: note ?? "")
    }

    /// Reads the answer cell `text` as `type` wants it; the message of what is wrong otherwise (without the cell's place).
    static func parse(_ text: String, as type: AnswerType, decimalComma: Bool) -> Result<AnswerValue, AnswerProblem> {
        func fail(_ message: String) -> Result<AnswerValue, AnswerProblem> { .failure(AnswerProblem(message: message)) }
        switch type {
        case .yesNo:
            switch text.lowercased() {
            case "yes", "y", "true", "是", "有", "支持": return .success(.fact(.boolean(true)))
            case "no", "n", "false", "否", "无", "不支持": return .success(.fact(.boolean(false)))
            default: return fail("\"\(text)\" is not yes or no")
            }
        case .number(let unit, let minimum, let maximum, let positive):
            let x: Double
            switch CSVNumber.parse(text, decimalComma: decimalComma) {
            case .success(let value): x = value
            case .failure(let rejection):
                return fail("\"\(text)\" is not a number" + (rejection.reason.map { "; " + $0 } ?? unit.map { "; write the number of \($0.en) alone, such as 12" } ?? ""))
            }
            if let problem = NumberBounds.problem(with: x) { return fail("\(text) is \(problem)") }
            if positive && x <= 0 { return fail("\(text) must be more than 0") }
            if x < minimum || x > maximum { return fail("\(text) is out of range; expected \(NumberFormatting.short(minimum)) to \(NumberFormatting.short(maximum))") }
            return .success(.amount(x))
        case .oneOf(let values):
            if let match = values.first(where: { $0.lowercased() == text.lowercased() }) { return .success(.fact(.text(match))) }
            return fail("\"\(text)\" is not one of " + values.joined(separator: ", ") + NearestMatch.didYouMean(text, among: values))
        case .oneOfOrOther(let values):
            return .success(.fact(.text(values.first { $0.lowercased() == text.lowercased() } ?? text)))
        case .severalOf(let values), .list(let values):
            let strict: Bool
            if case .severalOf = type { strict = true } else { strict = false }
            let separators: Set<Character> = strict ? [";", ",", "；", "，", "、", "\n"] : [";", "；", "\n"]
            var items: [String] = []
            if ["none", "无", "(none)"].contains(text.lowercased()) { return .success(.fact(.set([]))) }
            for piece in text.split(whereSeparator: { separators.contains($0) }) {
                let item = String(piece).trimmingSpaces
                if item.isEmpty { continue }
                var id = item
                if strict {
                    guard let match = values.first(where: { $0.lowercased() == item.lowercased() }) else {
                        return fail("\"\(item)\" is not one of " + NearestMatch.listed(values) + NearestMatch.didYouMean(item, among: values))
                    }
                    id = match
                }
                if items.contains(id) { return fail("\"\(item)\" is listed twice") }
                items.append(id)
            }
            if strict && items.isEmpty { return fail("\"\(text)\" names none of " + NearestMatch.listed(values) + "; write none for none") }
            return .success(.fact(.set(items)))
        case .date:
            guard CalendarDate(text) != nil else { return fail("expected a date written YYYY-MM-DD, found \"\(text)\"") }
            return .success(.fact(.text(text)))
        case .text:
            return .success(.fact(.text(text)))
        }
    }
}

/// Why an answer cell cannot be read.
struct AnswerProblem: Error {
    var message: String
}

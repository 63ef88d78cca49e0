/// What a buyer asks a vendor to attach to an answer.
package enum EvidenceKind: String, Sendable, Equatable, CaseIterable {
    /// A document, such as a certificate or a service-level agreement.
    case document
    /// A public link, such as release notes.
    case link
    /// A demonstration.
    case demo
    /// A reference customer.
    case reference
    /// A signed quote.
    case quote

    /// The kind in words.
    package var text: LocalizedText {
        switch self {
        case .document: return RFIWording.evidenceDocument
        case .link: return RFIWording.evidenceLink
        case .demo: return RFIWording.evidenceDemo
        case .reference: return RFIWording.evidenceReference
        case .quote: return RFIWording.evidenceQuote
        }
    }
}

/// The form an answer takes.
package enum AnswerType: Sendable, Equatable {
    /// Yes or no (`yes`, `no`, `y`, `n`, `true`, `false`, `是`, `否`).
    case yesNo
    /// A number in a unit; `minimum` and `maximum` bound it (`positive` refuses 0).
    case number(unit: LocalizedText?, minimum: Double, maximum: Double, positive: Bool)
    /// Exactly one value of a list.
    case oneOf([String])
    /// One value of a list or another (a lookup with an `otherwise` score): a listed value is matched case-insensitively.
    case oneOfOrOther([String])
    /// Any values of a list, separated by `;` or `,`.
    case severalOf([String])
    /// Free items, separated by `;`; `suggested` names the ones the evaluation looks for.
    case list(suggested: [String])
    /// A date written YYYY-MM-DD.
    case date
    /// Free text.
    case text

    /// The type's name in a questionnaire's "answer type" column.
    package var name: LocalizedText {
        switch self {
        case .yesNo: return RFIWording.typeYesNo
        case .number(let unit, _, _, _): return RFIWording.typeNumber(unit: unit)
        case .oneOf: return RFIWording.typeOneOf
        case .oneOfOrOther: return RFIWording.typeOneOfOrOther
        case .severalOf: return RFIWording.typeSeveralOf
        case .list: return RFIWording.typeList
        case .date: return RFIWording.typeDate
        case .text: return RFIWording.typeText
        }
    }

    /// The values the "allowed values" column lists.
    package var allowedValues: [String] {
        switch self {
        case .yesNo: return ["yes", "no"]
        case .oneOf(let values), .oneOfOrOther(let values), .severalOf(let values), .list(let values): return values
        case .number, .date, .text: return []
        }
    }
}

/// Where an answer goes in a vendor dossier.
package enum AnswerTarget: Sendable, Equatable {
    /// A scalar or set fact (built-in or declared by the catalog), by name.
    case fact(String)
    /// A module's coverage, by module id.
    case module(String)
    /// Years serving an industry, by industry id.
    case industryYears(String)
    /// Clients in an industry, by industry id.
    case industryClients(String)
    /// A line of the price sheet.
    case price(PriceSheet.Line)
    /// The quote's currency.
    case currency
    /// A row of the quote price sheet.
    case quote(QuoteSheet.Row)
}

/// One question of an RFI questionnaire: one fact the evaluation uses.
package struct Question: Sendable, Equatable {
    /// The section's id: a top-level group of the catalog, `must-haves` or `pricing`.
    package var section: String
    /// The section's name.
    package var sectionName: LocalizedText
    /// A stable id the answer is matched by on import, such as `support.responseHours` or `modules.payroll`.
    package var id: String
    /// The question, as a sentence.
    package var text: LocalizedText
    /// The form of the answer.
    package var type: AnswerType
    /// For a knock-out question, what passes; nil for the others.
    package var requirement: LocalizedText?
    /// For a question a gate of severity flag tests, what it checks: an offer that does not meet it is
    /// flagged, not removed, so the question is not a must-have; nil for the others.
    package var flagRequirement: LocalizedText? = nil
    /// What the vendor should attach.
    package var evidence: EvidenceKind
    /// Where the answer goes in the dossier.
    package var target: AnswerTarget

    /// Whether the question is a knock-out (must-have).
    package var isMustHave: Bool { requirement != nil }
}

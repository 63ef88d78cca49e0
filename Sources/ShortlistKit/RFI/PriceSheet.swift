/// The price sheet of an RFI questionnaire: one question per priced field of a quote, and the way
/// back from an answer to the field. The one table to extend when the pricing model learns new
/// kinds of quote line.
package enum PriceSheet {
    /// One priced field of ``Pricing``.
    package enum Line: String, Sendable, Equatable, CaseIterable {
        /// Licence price per employee per month.
        case perEmployeeMonth
        /// A yearly platform fee independent of headcount.
        case annualBaseFee
        /// A yearly support or maintenance fee.
        case annualSupportFee
        /// One-off implementation fee.
        case implementationFee
        /// One-off training fee.
        case trainingFee
        /// Other one-off fees (migration, integration, customisation).
        case otherOneTimeFees
        /// Yearly increase of the per-employee price, in percent.
        case escalationPercent

        /// The question's id in a questionnaire, such as `pricing.perEmployeeMonth`.
        package var id: String { "pricing.\(rawValue)" }

        /// The field of ``Pricing`` the line fills in.
        var keyPath: WritableKeyPath<Pricing, Evidence<Double>?> {
            switch self {
            case .perEmployeeMonth: return \.perEmployeeMonth
            case .annualBaseFee: return \.annualBaseFee
            case .annualSupportFee: return \.annualSupportFee
            case .implementationFee: return \.implementationFee
            case .trainingFee: return \.trainingFee
            case .otherOneTimeFees: return \.otherOneTimeFees
            case .escalationPercent: return \.escalationPercent
            }
        }

        /// The smallest and largest amounts a dossier accepts (the same bounds as `VendorDecoding`).
        var range: (min: Double, max: Double) { self == .escalationPercent ? (-50, 100) : (0, NumberBounds.largest) }

        /// The question, in the buyer's currency.
        func question(currency: String) -> LocalizedText {
            switch self {
            case .perEmployeeMonth: return LocalizedText(en: "What is the licence price per employee per month, in \(currency)?", zh: "每名员工每月的许可费是多少（\(currency)）？")
            case .annualBaseFee: return LocalizedText(en: "What is the yearly platform fee that does not depend on headcount, in \(currency)?", zh: "与人数无关的年度平台费是多少（\(currency)）？")
            case .annualSupportFee: return LocalizedText(en: "What is the yearly support or maintenance fee, in \(currency)?", zh: "年度支持或维护费是多少（\(currency)）？")
            case .implementationFee: return LocalizedText(en: "What is the one-off implementation fee, in \(currency)?", zh: "一次性实施费是多少（\(currency)）？")
            case .trainingFee: return LocalizedText(en: "What is the one-off training fee, in \(currency)?", zh: "一次性培训费是多少（\(currency)）？")
            case .otherOneTimeFees: return LocalizedText(en: "What do all other one-off fees (data migration, integration, customisation) come to, in \(currency)?", zh: "其他一次性费用（数据迁移、系统对接、定制开发）合计多少（\(currency)）？")
            case .escalationPercent: return LocalizedText(en: "By how many percent a year may the per-employee price rise at renewal?", zh: "续约时每人单价每年最多上涨百分之几？")
            }
        }

        /// The unit of the amount.
        func unit(currency: String) -> LocalizedText {
            switch self {
            case .perEmployeeMonth: return RFIWording.unitPerEmployeeMonth(currency)
            case .annualBaseFee, .annualSupportFee: return RFIWording.unitMoneyPerYear(currency)
            case .implementationFee, .trainingFee, .otherOneTimeFees: return RFIWording.unitMoneyOnce(currency)
            case .escalationPercent: return RFIWording.unitPercentPerYear
            }
        }
    }

    /// The price sheet's questions: the currency, then one per line, in the budget's currency.
    static func questions(currency: String, mustHave: Bool) -> [Question] {
        let section = "pricing", name = RFIWording.sectionPriceSheet
        var questions = [Question(section: section, sectionName: name, id: "pricing.currency", text: RFIWording.currencyQuestion,
                                  type: .oneOf([currency]), requirement: mustHave ? RFIWording.requireComparison("==", currency) : nil,
                                  evidence: .quote, target: .currency)]
        for line in Line.allCases {
            let range = line.range
            questions.append(Question(section: section, sectionName: name, id: line.id, text: line.question(currency: currency),
                                      type: .number(unit: line.unit(currency: currency), minimum: range.min, maximum: range.max, positive: false),
                                      requirement: nil, evidence: .quote, target: .price(line)))
        }
        return questions
    }
}

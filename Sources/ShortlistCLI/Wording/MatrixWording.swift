import ShortlistKit

/// What `matrix` prints as a table, both languages on one line (method acronyms and the names of
/// Kendall's and Spearman's coefficients stay as they are).
enum MatrixWording {
    /// The first line: the file and the matrix's size.
    static func title(_ file: String, alternatives: Int, criteria: Int) -> LocalizedText {
        LocalizedText(en: "\(file): \(alternatives) alternatives, \(criteria) criteria", zh: "\(file)：\(alternatives) 个备选方案，\(criteria) 项准则")
    }
    /// The weights line, each entry "name weight (+)".
    static func weights(_ entries: [String]) -> LocalizedText {
        LocalizedText(en: "weights: " + entries.joined(separator: ", "), zh: "权重：" + entries.joined(separator: "，"))
    }
    /// The method line of a single method.
    static func method(_ acronym: String, _ description: LocalizedText) -> LocalizedText {
        LocalizedText(en: "method: \(acronym), \(description.en)", zh: "方法：\(acronym)，\(description.text(in: .chinese))")
    }
    /// A method's line when all are shown.
    static func methodLine(_ acronym: String, _ description: LocalizedText) -> LocalizedText {
        LocalizedText(en: "\(acronym): \(description.en)", zh: "\(acronym)：\(description.text(in: .chinese))")
    }
    /// What a method computes and how it normalises: "weighted sum, min-max normalisation".
    static func description(_ method: MCDAMethod, _ normalization: Normalization) -> LocalizedText {
        let name: LocalizedText
        switch method {
        case .wsm: name = LocalizedText(en: "weighted sum", zh: "加权和")
        case .wpm: name = LocalizedText(en: "weighted product", zh: "加权积")
        case .topsis: name = LocalizedText(en: "closeness to the ideal", zh: "与理想解的贴近度")
        }
        let zhNormalization: String
        switch normalization {
        case .minMax: zhNormalization = "min-max 归一化"
        case .vector: zhNormalization = "向量归一化"
        case .max: zhNormalization = "最大值归一化"
        case .sum: zhNormalization = "总和归一化"
        }
        return LocalizedText(en: "\(name.en), \(normalization.displayName) normalisation", zh: "\(name.text(in: .chinese))，\(zhNormalization)")
    }
    /// The ranking's headings.
    static let rank = LocalizedText(en: "Rank", zh: "排名")
    /// The alternative column.
    static let alternative = LocalizedText(en: "Alternative", zh: "备选方案")
    /// The score column.
    static let score = LocalizedText(en: "Score", zh: "得分")
    /// A method's score column when all are shown.
    static func methodScore(_ acronym: String) -> LocalizedText { LocalizedText(en: "\(acronym) score", zh: "\(acronym) 得分") }
    /// A method's rank column when all are shown.
    static let methodRank = LocalizedText(en: "rank", zh: "排名")
    /// The heading of the rank correlations.
    static let agreement = LocalizedText(en: "Agreement between the rankings:", zh: "各方法排名的一致性：")
    /// The correlations' first column.
    static let methods = LocalizedText(en: "Methods", zh: "方法")
}

import ShortlistKit

/// What `ahp` prints as a table, both languages on one line (symbols such as λmax, CI, CR stay as they are).
enum AHPWording {
    /// The first line: the file, its size and the method.
    static func title(_ file: String, elements n: Int) -> LocalizedText {
        LocalizedText(en: "AHP weights for \(file): \(n) element\(n == 1 ? "" : "s"), principal eigenvector (power iteration to 1e-12), normalised to sum 1",
                      zh: "\(file) 的 AHP 权重：\(n) 个元素，主特征向量（幂迭代，精度 1e-12），归一化为总和 1")
    }
    /// The weights table's headings.
    static let element = LocalizedText(en: "Element", zh: "元素")
    /// The weight column.
    static let weight = LocalizedText(en: "Weight", zh: "权重")
    /// The share column.
    static let share = LocalizedText(en: "Share", zh: "占比")
    /// How CR is computed, with RI and the table it comes from.
    static func crFormula(order n: Int, randomIndex: String, table: String, key: String) -> LocalizedText {
        LocalizedText(en: "CI/RI, RI(\(n)) = \(randomIndex) from \(table) [\(key)]", zh: "CI/RI，RI(\(n)) = \(randomIndex)，取自 \(table) [\(key)]")
    }
    /// Why CR is 0 for one or two elements.
    static func alwaysConsistent(_ n: Int) -> LocalizedText {
        LocalizedText(en: "a matrix of \(n) element\(n == 1 ? "" : "s") is always consistent", zh: "\(n) 个元素的矩阵总是一致的")
    }
    /// The verdict line.
    static func verdict(consistent: Bool, threshold: String) -> LocalizedText {
        consistent ? LocalizedText(en: "verdict: consistent (CR ≤ \(threshold))", zh: "结论：一致（CR ≤ \(threshold)）")
            : LocalizedText(en: "verdict: INCONSISTENT (CR > \(threshold))", zh: "结论：不一致（CR > \(threshold)）")
    }
    /// The heading of the judgments that contribute most to the inconsistency.
    static let worstHeading = LocalizedText(en: "Judgments contributing most to the inconsistency (largest |ln e_ij|, e_ij = a_ij·w_j/w_i):",
                                            zh: "对不一致贡献最大的判断（|ln e_ij| 最大者，e_ij = a_ij·w_j/w_i）：")
    /// The worst judgments' headings.
    static let row = LocalizedText(en: "Row", zh: "行")
    /// The column of a judgment.
    static let column = LocalizedText(en: "Column", zh: "列")
    /// The judgment as given.
    static let given = LocalizedText(en: "Given", zh: "给定值")
    /// The value that would be consistent.
    static let consistent = LocalizedText(en: "Consistent", zh: "一致值")
    /// The judgment's share of the excess λmax − n.
    static let shareOfExcess = LocalizedText(en: "Share of λmax − n", zh: "占 λmax − n 的比例")
    /// The judgments are inconsistent, used anyway with `--accept-inconsistent`.
    static func acceptedInconsistent(_ file: String, cr: String, threshold: String) -> LocalizedText {
        LocalizedText(en: "warning: \(file): the judgments are inconsistent: CR \(cr) > \(threshold); accepted with --accept-inconsistent",
                      zh: "警告：\(file)：判断不一致：CR \(cr) > \(threshold)；已按 --accept-inconsistent 采用")
    }
}

import ShortlistKit

/// The lines `criteria` prints about whole catalogs (the list and `--check`), both languages on one line.
enum CriteriaWording {
    /// The size of a catalog: "101 criteria in 24 groups, 9 gates".
    static func size(criteria: Int, groups: Int, gates: Int) -> LocalizedText {
        LocalizedText(en: "\(criteria) criteria in \(groups) groups, \(gates) gates", zh: "\(groups) 个类别共 \(criteria) 项指标，\(gates) 个门槛")
    }

    /// A shipped catalog in the list: its name, size and file.
    static func listed(_ id: String, name: String, size: LocalizedText, path: String) -> LocalizedText {
        LocalizedText(en: "\(id)  \(name) — \(size.en)  (\(path))", zh: "\(id)  \(name) — \(size.text(in: .chinese))（\(path)）")
    }

    /// A shipped catalog that does not load.
    static func invalid(_ id: String, path: String) -> LocalizedText {
        LocalizedText(en: "\(id)  (invalid: run `shortlist criteria \(id)` for the problems)  (\(path))",
                      zh: "\(id)（无效：运行 `shortlist criteria \(id)` 查看问题）（\(path)）")
    }

    /// `--check`: a catalog without problems, the bases it is composed on, its size and declared facts.
    static func checked(_ id: String, bases: [String], size: LocalizedText, facts: Int, path: String) -> LocalizedText {
        LocalizedText(en: "ok: \(id)\(bases.isEmpty ? "" : " on \(bases.joined(separator: " on "))") — \(size.en), \(facts) declared facts (\(path))",
                      zh: "通过：\(id)\(bases.isEmpty ? "" : "（组合于 \(bases.joined(separator: " → "))）") — \(size.text(in: .chinese))，\(facts) 个声明的事实（\(path)）")
    }
}

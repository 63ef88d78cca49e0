/// Words of `criteria <workspace>` about a selection's tailoring of its catalog, both languages on
/// one line so that a translator sees them together.
enum TailoringWording {
    /// The line under the catalog's title when a selection tailors it.
    static func tailoredBy(_ count: Int) -> LocalizedText {
        LocalizedText(en: "tailored by selection.json \"criteria\": \(count) change\(count == 1 ? "" : "s")", zh: "已由 selection.json 的 \"criteria\" 裁剪：\(count) 处改动")
    }
    /// The mark of a node or gate added by the tailoring.
    static let added = LocalizedText(en: "added", zh: "新增")
    /// The mark of a node moved from the group `from`.
    static func movedFrom(_ from: String) -> LocalizedText { LocalizedText(en: "moved from \(from)", zh: "自 \(from) 移入") }
    /// The mark of a node or gate whose label was replaced.
    static func renamedFrom(_ old: String) -> LocalizedText { LocalizedText(en: "renamed from \"\(old)\"", zh: "原名「\(old)」") }
    /// The mark of a re-weighted node.
    static func reweighted(_ before: String, _ after: String) -> LocalizedText { LocalizedText(en: "re-weighted \(before) → \(after)", zh: "权重 \(before) → \(after)") }
    /// The mark of a rated criterion whose scale was replaced.
    static func scaleChanged(_ old: String) -> LocalizedText { LocalizedText(en: "scale changed from \(old)", zh: "评分尺度原为 \(old)") }
    /// The mark of a gate whose severity was changed.
    static func severityChanged(_ old: String) -> LocalizedText { LocalizedText(en: "severity changed from \(old)", zh: "严重程度原为 \(old)") }
    /// The catalog's default policy for missing facts (`worst`, `neutral`, `exclude`), as a printed catalog's header line.
    static func missingFacts(_ policy: String) -> LocalizedText { LocalizedText(en: "missing facts: \(policy)", zh: "缺失事实：\(policy)") }
    /// The column headings of a printed catalog's tree.
    static let columns = (criterion: LocalizedText(en: "criterion", zh: "准则"), local: LocalizedText(en: "local", zh: "本级"), global: LocalizedText(en: "global", zh: "全局"), rule: LocalizedText(en: "rule", zh: "规则"))
    /// The heading of the gates that knock a vendor out.
    static let knockOutGates = LocalizedText(en: "Knock-out gates", zh: "淘汰门槛")
    /// The heading of the gates that only flag a vendor.
    static let flagGates = LocalizedText(en: "Flag gates (a vendor that fails one stays ranked, with the flag)", zh: "标记门槛（未通过的供应商仍参与排名，并带标记）")
    /// The heading of the nodes and gates the tailoring removed.
    static let removedHeading = LocalizedText(en: "Removed by the tailoring", zh: "裁剪时移除")
    /// A node or gate removed by `drop`.
    static func dropped(_ id: String, from: String) -> LocalizedText { LocalizedText(en: "\(id) (dropped from \(from))", zh: "\(id)（自 \(from) 删除）") }
    /// A node removed because `keep` did not list it.
    static func pruned(_ id: String, from: String) -> LocalizedText {
        from == CriterionTree.root ? LocalizedText(en: "\(id) (not kept)", zh: "\(id)（未保留）")
            : LocalizedText(en: "\(id) (not kept, was under \(from))", zh: "\(id)（未保留，原在 \(from) 下）")
    }
    /// The facts and vocabulary entries the tailoring declared.
    static func declared(_ ids: [String]) -> LocalizedText { LocalizedText(en: "facts and vocabulary added: \(ids.joined(separator: ", "))", zh: "新增事实与词汇：\(ids.joined(separator: "、"))") }
}

/// The words of `shortlist compare`, both languages on one line so that a translator sees them together.
enum ComparisonWording {
    /// The first column's heading.
    static let vendor = LocalizedText(en: "Vendor", zh: "供应商")

    /// The base view's name in the table and the lines below it (JSON keeps "base").
    static let base = LocalizedText(en: "base", zh: "基准")

    /// A weight a scenario sets: "weight cost 40".
    static func weight(_ o: WeightOverride) -> LocalizedText {
        LocalizedText(en: "weight \(o.id) \(NumberFormatting.short(o.weight))", zh: "\(o.id) 的权重 \(NumberFormatting.short(o.weight))")
    }

    /// A weighting method a scenario sets: "weighting of security → ahp".
    static func weighting(_ o: WeightingOverride) -> LocalizedText {
        LocalizedText(en: "weighting of \(o.group) → \(o.spec.name)", zh: "\(o.group) 的赋权方法 → \(o.spec.name)")
    }

    /// The views disagree on the winner; `pairs` are "view → winner".
    static func disagree(_ pairs: [(view: String, winner: String?)]) -> LocalizedText {
        LocalizedText(en: "The views disagree on the winner: " + pairs.map { "\($0.view) → \($0.winner ?? "none")" }.joined(separator: ", ") + ".",
                      zh: "各视角的第一名不同：" + pairs.map { "\($0.view) → \($0.winner ?? "无")" }.joined(separator: "，") + "。")
    }

    /// Every view ranks the same vendor first.
    static func agree(_ winner: String) -> LocalizedText {
        LocalizedText(en: "Every view ranks \(winner) first.", zh: "所有视角均将 \(winner) 排在第一。")
    }

    /// The vendors marked with `*`.
    static func moved(_ vendors: [String]) -> LocalizedText {
        LocalizedText(en: "* rank differs between views: \(vendors.joined(separator: ", "))", zh: "* 各视角排名不同：\(vendors.joined(separator: "、"))")
    }

    /// A view's winner, alone: "base: lingxi wins".
    static func wins(_ view: String, _ winner: String) -> LocalizedText {
        LocalizedText(en: "\(view): \(winner) wins", zh: "\(view)：\(winner) 第一")
    }

    /// A view's winner and its lead: "base: x wins by 2.46 points over y (3% of its score)".
    static func lead(_ view: String, _ winner: String, gap: String, over runnerUp: String, share: String?) -> LocalizedText {
        LocalizedText(en: "\(view): \(winner) wins by \(gap) points over \(runnerUp)" + (share.map { " (\($0) of its score)" } ?? ""),
                      zh: "\(view)：\(winner) 第一，领先 \(runnerUp) \(gap) 分" + (share.map { "（占其得分的 \($0)）" } ?? ""))
    }

    /// A view in which no vendor is ranked: "Tight budget: no vendor is ranked (…)".
    static func nobody(_ view: String) -> LocalizedText {
        LocalizedText(en: "\(view): no vendor is ranked (every vendor is knocked out or incomplete)",
                      zh: "\(view)：没有供应商参与排名（所有供应商均被淘汰或数据不全）")
    }

    /// What a view whose winner is not the base's changes.
    static func differs(_ changes: [LocalizedText]) -> LocalizedText {
        LocalizedText(en: "; it differs from base in: " + changes.map(\.en).joined(separator: "; "),
                      zh: "；与基准的不同：" + changes.map { $0.text(in: .chinese) }.joined(separator: "；"))
    }

    /// Vendors scored on too little of the weight in a view.
    static func incomplete(_ view: String, _ vendors: [(id: String, coverage: String)]) -> LocalizedText {
        LocalizedText(en: "incomplete in \(view), not ranked: " + vendors.map { "\($0.id) (coverage \($0.coverage))" }.joined(separator: ", "),
                      zh: "在\(view)中数据不全，未排名：" + vendors.map { "\($0.id)（覆盖率 \($0.coverage)）" }.joined(separator: "、"))
    }
}

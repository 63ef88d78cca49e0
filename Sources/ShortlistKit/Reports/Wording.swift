/// Words of the reports about coverage, the recorded decision and moved locked weights, both
/// languages on one line so that a translator sees them together.
enum Wording {
    /// The coverage column's heading.
    static let coverage = LocalizedText(en: "Coverage", zh: "覆盖率")
    /// The heading of the vendors scored on too little of the weight to be ranked.
    static let incompleteHeading = LocalizedText(en: "Incomplete (not ranked)", zh: "数据不全（不参与排名）")
    /// How many vendors are incomplete, in the line of counts: "2 incomplete", "2 家数据不全".
    static func incompleteCount(_ n: Int) -> LocalizedText { LocalizedText(en: "\(n) incomplete", zh: "\(n) 家数据不全") }
    /// How many vendors a workspace holds, in the line of counts: "1 vendor", "3 vendors", "3 家供应商".
    static func vendors(_ n: Int) -> LocalizedText { LocalizedText(en: "\(n) vendor\(n == 1 ? "" : "s")", zh: "\(n) 家供应商") }
    /// Under a group table: the groups not shown because no vendor answered any of their criteria.
    static func groupsOutOfPlay(_ n: Int) -> LocalizedText {
        LocalizedText(en: "\(n) group\(n == 1 ? "" : "s") no vendor has answered yet \(n == 1 ? "is" : "are") not shown; the weights are shares of the groups in play (see the warnings)",
                      zh: "另有 \(n) 个指标组尚无供应商作答，未列出；权重为参与计分各组的占比（见警告）")
    }
    /// The mark of an incomplete vendor ranked with `--allow-incomplete`.
    static let incompleteMark = LocalizedText(en: "INCOMPLETE", zh: "数据不全")

    /// Why a vendor is incomplete: its coverage against the rule.
    static func incompleteRule(coverage: Double, minimum: Double, best: Double) -> LocalizedText {
        let c = NumberFormatting.percent(coverage), m = NumberFormatting.percent(minimum), b = NumberFormatting.percent(best)
        return LocalizedText(en: "scored on \(c) of the weight (minimum \(m); best-covered vendor \(b))",
                             zh: "仅就 \(c) 的权重计分（最低 \(m)；覆盖最全的供应商 \(b)）")
    }

    /// The robustness verdict when several vendors tie for rank 1: fragile, and none of them is called the winner.
    static func tiedVerdict(_ tied: [String], share: Double, samples: Int, level: String, mode: String) -> LocalizedText {
        let en = tied.joined(separator: ", "), zh = tied.joined(separator: "、")
        let s = NumberFormatting.percent(share, 0), n = NumberFormatting.amount(Double(samples))
        return LocalizedText(en: "fragile: \(en) tie for rank 1 (\(tied[0]) is listed first by id and keeps rank 1 in \(s) of \(n) weightings of the \(level) \(mode))",
                             zh: "不稳健：\(zh) 并列第 1 名（\(tied[0]) 按编号排在前面，在 \(n) 组\(mode)的\(level)权重中 \(s) 保持第 1 名）")
    }

    /// How the smallest shift of weight breaks a tie for rank 1.
    static func tieBreak(from: String, to: String, ahead: String, behind: String) -> LocalizedText {
        LocalizedText(en: "; any shift of weight from \(from) to \(to) breaks the tie, putting \(ahead) ahead of \(behind)",
                      zh: "；任何从 \(from) 到 \(to) 的权重转移都会打破并列，使 \(ahead) 领先于 \(behind)")
    }

    /// The basis of a ranking of the weighted desk criteria, before any panel rating.
    static let basisDesk = LocalizedText(en: "desk ranking of the weighted criteria (no demo ratings, no pilot yet)",
                                         zh: "加权指标的案头评分排名（尚无演示评分与试点）")
    /// The basis of a ranking that includes the panel's demo ratings, before any pilot.
    static let basisDeskAndDemo = LocalizedText(en: "desk ranking with the panel's demo ratings (no pilot yet)",
                                                zh: "含评审小组演示评分的案头评分排名（尚无试点）")

    /// What the recorded decision says, with the margin in points and in % and the threshold.
    static func recordedVerdict(_ v: RecordedVerdict) -> LocalizedText {
        let basis = v.stages.isEmpty ? "" : " (" + v.stages.joined(separator: " + ") + ")"
        let basisZh = v.stages.isEmpty ? "" : "（" + v.stages.joined(separator: " + ") + "）"
        guard let winner = v.winner else {
            return LocalizedText(en: "Recorded decision of \(v.date)\(basis): no vendor can be recommended",
                                 zh: "\(v.date) 记录的决策\(basisZh)：没有可推荐的供应商")
        }
        guard let margin = v.margin, let percent = v.marginPercent else {
            return LocalizedText(en: "Recorded decision of \(v.date)\(basis): \(winner), the only vendor left",
                                 zh: "\(v.date) 记录的决策\(basisZh)：\(winner)，唯一剩下的供应商")
        }
        let m = NumberFormatting.fixed(margin, 2), p = NumberFormatting.short(percent, 2) + "%"
        let t = v.thresholdPercent.map { NumberFormatting.short($0, 2) + "%" } ?? "–"
        let en = v.clearWinner ? "CLEAR WINNER" : "NO CLEAR WINNER", zh = v.clearWinner ? "明显胜出" : "无明显胜出者"
        return LocalizedText(en: "Recorded decision of \(v.date)\(basis): \(en) — \(winner) ahead by \(m) points (\(p) of its score; threshold \(t))",
                             zh: "\(v.date) 记录的决策\(basisZh)：\(zh)——\(winner) 领先 \(m) 分（占其得分的 \(p)；门槛 \(t)）")
    }

    /// Said instead of an empty ranking when every compliant vendor is incomplete.
    static func noneComplete(minimum: Double) -> LocalizedText {
        let m = NumberFormatting.percent(minimum)
        return LocalizedText(en: "No vendor is ranked: every compliant vendor is scored on too little of the weight (settings.minimumCoverage \(m)). Rate the demos in ratings/, or rank them anyway, marked, with: shortlist rank --allow-incomplete.",
                             zh: "没有供应商参与排名：所有合规供应商的计分权重都不足（settings.minimumCoverage \(m)）。请在 ratings/ 中完成演示评分，或用 shortlist rank --allow-incomplete 标注后照常排名。")
    }

    /// A knocked-out vendor's would-be score, always with its coverage.
    static func wouldScore(_ score: Double, coverage: Double) -> LocalizedText {
        let s = NumberFormatting.fixed(score, 2), c = NumberFormatting.percent(coverage)
        return LocalizedText(en: "would score \(s) on \(c) of the weight (not comparable with ranked scores)",
                             zh: "本应得分 \(s)（覆盖 \(c) 的权重，不可与排名得分比较）")
    }

    /// Locked weights moved, and the recorded decision accepted the move with `reason`.
    static func weightChangesAccepted(date: String, reason: String) -> LocalizedText {
        LocalizedText(en: "accepted in the decision of \(date): \(reason)", zh: "已在 \(date) 的决策中确认：\(reason)")
    }

    /// Locked weights moved, and no recorded decision accepted the move.
    static let weightChangesNotAccepted = LocalizedText(
        en: "no recorded decision accepts this change (`shortlist decide` refuses without --accept-weight-changes \"reason\")",
        zh: "尚无记录的决策确认此变化（未提供 --accept-weight-changes \"理由\" 时 `shortlist decide` 会拒绝）")
}

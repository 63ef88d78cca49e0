/// The words of `shortlist pilot status`, both languages on one line so that a translator sees them together.
enum PilotStatusWording {
    /// The table's column headings.
    static let headings = [
        LocalizedText(en: "Metric", zh: "指标"), LocalizedText(en: "Baseline", zh: "基线"), LocalizedText(en: "Target", zh: "目标"),
        LocalizedText(en: "Current", zh: "当前"), LocalizedText(en: "Obs", zh: "观测数"), LocalizedText(en: "Progress", zh: "进度"),
        LocalizedText(en: "Met", zh: "达标"), LocalizedText(en: "Trend", zh: "趋势"),
    ]

    /// Days until the last day, or since it: "3 days left", "ended 2 days ago".
    static func days(_ left: Int) -> LocalizedText {
        left >= 0
            ? LocalizedText(en: "\(left) day\(left == 1 ? "" : "s") left", zh: "还剩 \(left) 天")
            : LocalizedText(en: "ended \(-left) day\(left == -1 ? "" : "s") ago", zh: "已于 \(-left) 天前结束")
    }

    /// The heading line of one pilot.
    static func heading(_ plan: PilotPlan, days: LocalizedText) -> LocalizedText {
        LocalizedText(en: "\(plan.vendor) — pilot in \(plan.department), \(plan.start) – \(plan.end) (\(days.en))",
                      zh: "\(plan.vendor) — 试点部门：\(plan.department)，\(plan.start) – \(plan.end)（\(days.text(in: .chinese))）")
    }

    /// The mark after a must-pass metric's id.
    static let mustPassMark = LocalizedText(en: " (must-pass)", zh: "（必须达标）")

    /// Whether a metric is met.
    static func met(_ met: Bool) -> LocalizedText { met ? LocalizedText(en: "yes", zh: "是") : LocalizedText(en: "no", zh: "否") }

    /// The pilot score and the must-pass verdict: "pilot score 72.50 / 100 (…); every must-pass metric is met".
    static func score(_ score: String, failed: [String]) -> LocalizedText {
        let head = LocalizedText(en: "pilot score \(score) / 100 (weighted progress, capped per metric); ", zh: "试点得分 \(score) / 100（按权重汇总进度，每项指标封顶）；")
        return failed.isEmpty
            ? LocalizedText(en: head.en + "every must-pass metric is met", zh: head.text(in: .chinese) + "必须达标的指标全部达标")
            : LocalizedText(en: head.en + "MUST-PASS NOT MET: \(failed.joined(separator: ", "))", zh: head.text(in: .chinese) + "必须达标的指标未达标：\(failed.joined(separator: "、"))")
    }

    /// The label before the go/no-go verdict.
    static let goNoGo = LocalizedText(en: "go/no-go: ", zh: "通过判定：")

    /// Instead of the score and the verdict, for a pilot with no observation yet.
    static let notStarted = LocalizedText(en: "no observations recorded yet: no score and no go/no-go verdict until the first (`shortlist pilot record`); decide treats the vendor as not piloted",
                                          zh: "尚未记录任何观测：记录第一条观测（`shortlist pilot record`）之前没有得分，也没有通过判定；decide 视该供应商为未试点")

    /// One correction in the log.
    static func correction(_ c: PilotStatus.Correction) -> LocalizedText {
        LocalizedText(en: "  correction: \(c.correction) amends \(c.original)", zh: "  更正：\(c.correction) 更正了 \(c.original)")
    }

    /// The label before a problem found in the log.
    static let logProblem = LocalizedText(en: "  log: ", zh: "  日志：")
}

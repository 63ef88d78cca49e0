/// The words of the decision summary (`shortlist decide`), both languages on one line.
enum DecisionWording {
    /// A stage's name.
    static func stage(_ stage: DecisionSettings.Stage) -> LocalizedText {
        switch stage {
        case .desk: return LocalizedText(en: "desk", zh: "案头评估")
        case .demo: return LocalizedText(en: "demo", zh: "演示")
        case .pilot: return LocalizedText(en: "pilot", zh: "试点")
        }
    }

    /// The stage's column heading.
    static func stageHeading(_ stage: DecisionSettings.Stage) -> LocalizedText {
        LocalizedText(en: stage.rawValue.capitalized, zh: self.stage(stage).text(in: .chinese))
    }

    /// The title line.
    static func title(_ title: String) -> LocalizedText { LocalizedText(en: "Decision — \(title)", zh: "最终决策 — \(title)") }

    /// The settings line: stage weights and what happens to vendors without a pilot.
    static func settings(_ s: DecisionSettings, in language: Language) -> String {
        let zh = language == .chinese
        let stages = s.stages.map { "\(stage($0.stage).text(in: language)) \(NumberFormatting.short($0.weight))" }.joined(separator: zh ? "，" : ", ")
        var out = zh ? "阶段权重：\(stages)；未试点的供应商：\(s.excludeNotPiloted ? "不纳入" : "按其他阶段计分")"
                     : "stages: \(stages); vendors without a pilot: \(s.excludeNotPiloted ? "excluded" : "scored on their other stages")"
        if s.pilotRequired { out += zh ? "；要求试点：只有试点结论为通过的供应商才能被推荐" : "; pilot required: only a vendor whose pilot says go can be recommended" }
        return out
    }

    /// The table's fixed headings.
    static let rank = LocalizedText(en: "Rank", zh: "排名")
    static let vendor = LocalizedText(en: "Vendor", zh: "供应商")
    static let combined = LocalizedText(en: "Combined", zh: "综合得分")
    static let coverage = LocalizedText(en: "Coverage", zh: "覆盖率")
    static let status = LocalizedText(en: "Status", zh: "状态")

    /// The verdict on the winner and its lead.
    static func verdict(clear: Bool, winner: String, margin: String, share: String, threshold: String) -> LocalizedText {
        LocalizedText(en: "\(clear ? "recommended" : "NO CLEAR WINNER"): \(winner), ahead by \(margin) points (\(share) of its score; threshold \(threshold))",
                      zh: "\(clear ? "推荐" : "无明显胜出者")：\(winner)，领先 \(margin) 分（占其得分的 \(share)；阈值 \(threshold)）")
    }

    /// The only vendor left.
    static func onlyOne(_ winner: String) -> LocalizedText {
        LocalizedText(en: "recommended: \(winner) (the only vendor left)", zh: "推荐：\(winner)（唯一剩下的供应商）")
    }

    /// The smallest shift of stage weight that would change the winner.
    static func shift(_ s: Decision.Flip.WeightShift, contender: String) -> LocalizedText {
        let points = NumberFormatting.short(s.points, 1)
        return LocalizedText(en: "  moving \(points) points of stage weight from \(s.from.rawValue) to \(s.to.rawValue) would make \(contender) win",
                             zh: "  将 \(points) 个百分点的阶段权重从\(stage(s.from).text(in: .chinese))移到\(stage(s.to).text(in: .chinese))，\(contender) 将胜出")
    }

    /// No shift of stage weight changes the winner.
    static func noShift(_ contender: String) -> LocalizedText {
        LocalizedText(en: "  no shift of stage weight makes \(contender) win", zh: "  任何阶段权重的调整都不会使 \(contender) 胜出")
    }

    /// The smallest rise in one stage score that would change the winner.
    static func rise(_ r: Decision.Flip.ScoreRise, contender: String, gap: String) -> LocalizedText {
        let points = NumberFormatting.short(r.points, 1)
        return LocalizedText(en: "  \(contender) would win with \(points) more points on its \(r.stage.rawValue) score (the gap is \(gap) combined points)",
                             zh: "  \(contender) 的\(stage(r.stage).text(in: .chinese))得分再高 \(points) 分即可胜出（综合得分相差 \(gap) 分）")
    }

    /// One pilot's line.
    static func pilot(_ p: PilotStatus, score: String) -> LocalizedText {
        let head = (en: "pilot \(p.vendor) (\(p.plan.department), \(p.plan.start) – \(p.plan.end)): ", zh: "试点 \(p.vendor)（\(p.plan.department)，\(p.plan.start) – \(p.plan.end)）：")
        guard p.hasObservations else {
            return LocalizedText(en: head.en + "no observations recorded yet, so not piloted", zh: head.zh + "尚未记录观测，视为未试点")
        }
        let failed = p.failedMustPass.map(\.metric.id)
        return LocalizedText(en: head.en + "score \(score), " + (p.passed ? "every must-pass metric met" : "MUST-PASS FAILED: " + failed.joined(separator: ", ")),
                             zh: head.zh + "得分 \(score)，" + (p.passed ? "必须达标的指标全部达标" : "必须达标的指标未达标：" + failed.joined(separator: "、")))
    }

    /// The label before a pilot's go/no-go verdict.
    static let goNoGo = LocalizedText(en: "  go/no-go: ", zh: "  通过判定：")

    /// A note of the decision.
    static func note(_ text: String) -> LocalizedText { LocalizedText(en: "note: \(text)", zh: "注：\(text)") }

    /// The decision's note when no vendor remains.
    static let nobodyNote = LocalizedText(en: "no vendor can be recommended: every vendor is knocked out, blocked, not piloted or incomplete",
                                          zh: "没有可推荐的供应商：所有供应商均被淘汰、否决、未试点或数据不全")

    /// Moved locked weights accepted with a reason.
    static func accepted(_ reason: String) -> LocalizedText {
        LocalizedText(en: "locked weights changed, accepted: \(reason)", zh: "锁定的权重已变更，已接受：\(reason)")
    }
}

/// The words of `shortlist sensitivity`, both languages on one line so that a translator sees them together.
enum SensitivityWording {
    /// The first line: level, samples, how weights are drawn, the seed.
    static func header(level: Sensitivity.Level, samples: String, mode: Sensitivity.WeightMode, seed: UInt64) -> LocalizedText {
        LocalizedText(en: "SMAA-2 over the \(level.rawValue): \(samples) weightings \(mode.description), seed \(seed)",
                      zh: "SMAA-2（按\(level.name(in: .chinese))）：\(samples) 组权重，\(mode.description(in: .chinese))，随机种子 \(seed)")
    }

    /// The acceptability table's headings.
    static let vendor = LocalizedText(en: "Vendor", zh: "供应商")
    static func rank(_ n: Int) -> LocalizedText { LocalizedText(en: "rank \(n)", zh: "第 \(n) 名") }
    static let confidence = LocalizedText(en: "confidence", zh: "置信度")
    static let acceptability = LocalizedText(en: "Rank acceptability (share of weightings giving each rank)", zh: "排名可接受度（得到各名次的权重组合占比）")

    /// The central weights' heading and columns.
    static let central = LocalizedText(en: "Central weights (the typical weights that make each vendor win)", zh: "中心权重（使各供应商胜出的典型权重）")
    static func node(_ level: Sensitivity.Level) -> LocalizedText {
        level == .groups ? LocalizedText(en: "Group", zh: "类别") : LocalizedText(en: "Criterion", zh: "指标")
    }
    static let given = LocalizedText(en: "given", zh: "给定")

    /// Nodes of weight 0, left out of the sampling.
    static func unsampled(_ ids: [String]) -> LocalizedText {
        LocalizedText(en: "Not sampled (weight 0, so no weighting gives them any): \(ids.joined(separator: ", "))",
                      zh: "未抽样（权重为 0，任何权重组合都不给它们权重）：\(ids.joined(separator: "、"))")
    }

    /// The stability table's heading and columns.
    static let stability = LocalizedText(en: "Stability of each weight (others rescaled in proportion): the winner stays within",
                                         zh: "各权重的稳定区间（其他权重按比例重算）：第一名在以下区间内不变")
    static let weight = LocalizedText(en: "weight", zh: "权重")
    static let winnerStays = LocalizedText(en: "winner stays", zh: "第一名不变")
    static let rankingStays = LocalizedText(en: "ranking stays", zh: "排名不变")
    static let firstChange = LocalizedText(en: "first change of winner", zh: "第一名首次变化")

    /// Where the winner first changes: "at 31.2%: yunqi overtakes lingxi".
    static func change(at weight: String, _ overtaker: String, overtakes overtaken: String) -> LocalizedText {
        LocalizedText(en: "at \(weight): \(overtaker) overtakes \(overtaken)", zh: "在 \(weight) 处：\(overtaker) 超过 \(overtaken)")
    }
    static let never = LocalizedText(en: "never", zh: "不会变化")

    /// The smallest shift of weight that changes the winner.
    static func smallestShift(_ points: String, from: String, to: String, overtaker: String, overtaken: String) -> LocalizedText {
        LocalizedText(en: "Smallest change of winner: moving \(points) points of weight from \(from) to \(to) makes \(overtaker) overtake \(overtaken).",
                      zh: "改变第一名的最小调整：将 \(points) 个百分点的权重从 \(from) 移到 \(to)，\(overtaker) 将超过 \(overtaken)。")
    }

    /// The heading of what the runner-up would need.
    static func runnerUpNeeds(_ runnerUp: String, _ winner: String, level: Sensitivity.Level) -> LocalizedText {
        LocalizedText(en: "What \(runnerUp) would need to overtake \(winner), one \(level == .groups ? "group" : "criterion") at a time:",
                      zh: "\(runnerUp) 要超过 \(winner)，每次只提高一个\(level == .groups ? "类别" : "指标")所需的得分：")
    }

    /// One node the runner-up would need to improve.
    static func margin(_ id: String, score: String, target: String, improvement: String, possible: Bool) -> LocalizedText {
        LocalizedText(en: "  \(id): \(score) → \(target) (+\(improvement) points)\(possible ? "" : " — impossible within 0–100")",
                      zh: "  \(id)：\(score) → \(target)（+\(improvement) 分）\(possible ? "" : " — 在 0–100 内无法达到")")
    }

    /// What `--disagreement` did, or nil when not asked for.
    static func disagreement(_ effect: Sensitivity.DisagreementEffect) -> LocalizedText? {
        guard let en = effect.description else { return nil }
        switch effect {
        case .notRequested: return nil
        case .groupLevel: return LocalizedText(en: en, zh: "--disagreement 在类别层面不起作用：类别得分不抽样；请用 --level criteria 在最低与最高评分之间抽样评分指标")
        case .noDisagreement: return LocalizedText(en: en, zh: "--disagreement 在此不起作用：被分析供应商的评分指标没有评委意见分歧（每格只有一个评分、评分相同或有记录的裁定）")
        case .sampled(let cells): return LocalizedText(en: en, zh: "--disagreement：\(cells) 个供应商 × 指标格在评委最低与最高评分之间抽样")
        }
    }
}

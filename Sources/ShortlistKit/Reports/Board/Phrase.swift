/// The fixed wording of reports — headings, labels and verdict words — in each report language.
///
/// Names from the catalog come from its bilingual ``LocalizedText``; everything a report writes
/// around them comes from here, so that `--lang zh` never mixes in an English heading.
package enum Phrase: String, Sendable, CaseIterable {
    case boardTitle, summary, recommended, recommendedPending, onlyVendorLeft, noVendorRanked
    case score, margin, robustness, robust, fragile
    case knockedOut, knockedOutNone, ranking, rank, vendor, group, weight, scoresByGroup
    case liveWeights, liveWeightsHint, reset, weightsSumToZero, changedFromLibrary
    case dataGaps, warnings, evaluatorPanel, disagreement, panelNotes, ratings, spread
    case pilots, decision, scoreTrace, criterion, rule, fact, source, contribution, explanation
    case gate, reason, pass, fail, rankAcceptability, rankAcceptabilityHint, confidenceFactor
    case baseline, target, current, progress, met, notMet, mustPass, observations
    case combined, status, noClearWinner, clearWinner, blocked, notPiloted
    case catalog, rankedCount, knockedOutCount, generated, handling, usedBy
    case stackedTitle, radarTitle, heatTitle, stageDesk, stageDemo, stagePilot
    case dossier, wouldScore, inputsNote, noScript, tool, pilotScore, everyMustPassMet, mustPassFailed
    case smallestShift, noShift, locked, firstVendorsShown, disagreementFlag, onCriterion, gapFor
    case pilotMetric, scoreTotal, decisionBasis, basisRanking, basisDecision, stageWeights, notPilotedExcluded, notPilotedRescaled
    case marginAhead, marginDetail, flipShift, flipNoShift, flipRise, weightShiftDetail, scoreFormula, factNote, statusRanked, robustnessOfDeskRanking
    case moreKnockedOut, tracesOmitted, gapsOmitted, chartFirstVendors, scenario
    case recordIntact, recordChanged, recordChangedOneFile, recordNone, recordUnreadable
    case verdictNoVendor, verdictOnlyVendor, verdictShare, verdictShift, verdictNoShift
    case incomplete

    /// The phrase in `language`.
    package func text(in language: Language) -> String {
        localized.text(in: language)
    }

    /// The English wording.
    package var english: String { localized.en }

    /// The Simplified Chinese wording.
    package var chinese: String { localized.text(in: .chinese) }

    /// The wording in both languages, side by side so that a translator sees each pair on one line.
    package var localized: LocalizedText {
        switch self {
        case .boardTitle: return LocalizedText(en: "Vendor decision board", zh: "供应商决策看板")
        case .summary: return LocalizedText(en: "Summary", zh: "摘要")
        case .recommended: return LocalizedText(en: "Recommended", zh: "推荐")
        case .recommendedPending: return LocalizedText(en: "Leading", zh: "领先")
        case .onlyVendorLeft: return LocalizedText(en: "the only vendor left", zh: "唯一剩余的供应商")
        case .noVendorRanked: return LocalizedText(en: "No vendor passes the knock-out gates", zh: "没有供应商通过淘汰门槛")
        case .score: return LocalizedText(en: "Score", zh: "得分")
        case .margin: return LocalizedText(en: "Margin", zh: "领先幅度")
        case .robustness: return LocalizedText(en: "Robustness", zh: "稳健性")
        case .robust: return LocalizedText(en: "robust", zh: "稳健")
        case .fragile: return LocalizedText(en: "fragile", zh: "脆弱")
        case .knockedOut: return LocalizedText(en: "Knocked out", zh: "已淘汰")
        case .knockedOutNone: return LocalizedText(en: "No vendor was knocked out.", zh: "没有供应商被淘汰。")
        case .ranking: return LocalizedText(en: "Ranking", zh: "排名")
        case .rank: return LocalizedText(en: "Rank", zh: "名次")
        case .vendor: return LocalizedText(en: "Vendor", zh: "供应商")
        case .group: return LocalizedText(en: "Group", zh: "类别")
        case .weight: return LocalizedText(en: "Weight", zh: "权重")
        case .scoresByGroup: return LocalizedText(en: "Scores by group (0–100)", zh: "分类得分（0–100）")
        case .liveWeights: return LocalizedText(en: "Live weights", zh: "实时权重")
        case .liveWeightsHint: return LocalizedText(en: "Move a group's weight to re-rank the vendors in this page; the scores of the groups stay as evaluated. Nothing leaves the page.", zh: "调整某一类别的权重即可在本页重新排名；各类别得分保持评估结果不变。数据不会离开本页。")
        case .reset: return LocalizedText(en: "Reset", zh: "重置")
        case .weightsSumToZero: return LocalizedText(en: "All weights are zero: raise at least one.", zh: "所有权重均为零：请至少调高一项。")
        case .changedFromLibrary: return LocalizedText(en: "Weights changed in this page: the ranking shown is not the recorded one.", zh: "本页权重已调整：当前排名并非记录的排名。")
        case .dataGaps: return LocalizedText(en: "Data gaps", zh: "数据缺口")
        case .warnings: return LocalizedText(en: "Warnings", zh: "警告")
        case .evaluatorPanel: return LocalizedText(en: "Evaluator panel", zh: "评估小组")
        case .disagreement: return LocalizedText(en: "Disagreement", zh: "评分分歧")
        case .panelNotes: return LocalizedText(en: "Panel notes", zh: "评估说明")
        case .ratings: return LocalizedText(en: "Ratings", zh: "评分")
        case .spread: return LocalizedText(en: "Spread", zh: "极差")
        case .pilots: return LocalizedText(en: "Pilots", zh: "试点")
        case .decision: return LocalizedText(en: "Decision", zh: "最终决策")
        case .scoreTrace: return LocalizedText(en: "Score trace", zh: "得分追溯")
        case .criterion: return LocalizedText(en: "Criterion", zh: "指标")
        case .rule: return LocalizedText(en: "Rule", zh: "规则")
        case .fact: return LocalizedText(en: "Fact", zh: "事实")
        case .source: return LocalizedText(en: "Source", zh: "来源")
        case .contribution: return LocalizedText(en: "Contribution", zh: "贡献")
        case .explanation: return LocalizedText(en: "Explanation", zh: "说明")
        case .gate: return LocalizedText(en: "Gate", zh: "门槛")
        case .reason: return LocalizedText(en: "Reason", zh: "原因")
        case .pass: return LocalizedText(en: "pass", zh: "通过")
        case .fail: return LocalizedText(en: "FAIL", zh: "未通过")
        case .rankAcceptability: return LocalizedText(en: "Rank acceptability", zh: "名次可接受度")
        case .rankAcceptabilityHint: return LocalizedText(en: "Share of sampled group weightings (keeping the order of importance) under which each vendor takes each rank.", zh: "在保持重要性顺序的随机类别权重中，各供应商获得各名次的比例。")
        case .confidenceFactor: return LocalizedText(en: "Confidence factor", zh: "置信因子")
        case .baseline: return LocalizedText(en: "Baseline", zh: "基线")
        case .target: return LocalizedText(en: "Target", zh: "目标")
        case .current: return LocalizedText(en: "Current", zh: "当前")
        case .progress: return LocalizedText(en: "Progress", zh: "进度")
        case .met: return LocalizedText(en: "met", zh: "达成")
        case .notMet: return LocalizedText(en: "not met", zh: "未达成")
        case .mustPass: return LocalizedText(en: "must pass", zh: "必须达标")
        case .observations: return LocalizedText(en: "Observations", zh: "观测次数")
        case .combined: return LocalizedText(en: "Combined", zh: "综合")
        case .status: return LocalizedText(en: "Status", zh: "状态")
        case .noClearWinner: return LocalizedText(en: "No clear winner", zh: "无明显胜出者")
        case .clearWinner: return LocalizedText(en: "Clear winner", zh: "明显胜出")
        case .blocked: return LocalizedText(en: "blocked", zh: "被否决")
        case .notPiloted: return LocalizedText(en: "not piloted", zh: "未试点")
        case .catalog: return LocalizedText(en: "Catalog", zh: "指标库")
        case .rankedCount: return LocalizedText(en: "ranked", zh: "家参与排名")
        case .knockedOutCount: return LocalizedText(en: "knocked out", zh: "家被淘汰")
        case .generated: return LocalizedText(en: "Generated", zh: "生成日期")
        case .handling: return LocalizedText(en: "Handling", zh: "处理方式")
        case .usedBy: return LocalizedText(en: "Used by", zh: "用于")
        case .stackedTitle: return LocalizedText(en: "Score by criterion group", zh: "按指标类别分解的得分")
        case .radarTitle: return LocalizedText(en: "Group scores of the leading vendors", zh: "领先供应商的分类得分")
        case .heatTitle: return LocalizedText(en: "Rank acceptability", zh: "名次可接受度")
        case .stageDesk: return LocalizedText(en: "Desk", zh: "案头评估")
        case .stageDemo: return LocalizedText(en: "Demo", zh: "演示")
        case .stagePilot: return LocalizedText(en: "Pilot", zh: "试点")
        case .dossier: return LocalizedText(en: "Dossier", zh: "资料档案")
        case .wouldScore: return LocalizedText(en: "would score", zh: "本应得分")
        case .inputsNote: return LocalizedText(en: "Every figure comes from the workspace's files; `shortlist explain` prints the same trace.", zh: "所有数字均来自工作区文件；`shortlist explain` 可输出相同的追溯。")
        case .noScript: return LocalizedText(en: "The weight sliders need JavaScript; the ranking above is the recorded one.", zh: "权重滑块需要 JavaScript；上方排名为记录的排名。")
        case .tool: return LocalizedText(en: "Tool", zh: "工具")
        case .pilotScore: return LocalizedText(en: "Pilot score", zh: "试点得分")
        case .everyMustPassMet: return LocalizedText(en: "every must-pass metric met", zh: "所有必须达标的指标均已达成")
        case .mustPassFailed: return LocalizedText(en: "must-pass metric failed", zh: "必须达标的指标未达成")
        case .smallestShift: return LocalizedText(en: "Smallest weight shift that changes the winner", zh: "改变胜出者所需的最小权重转移")
        case .noShift: return LocalizedText(en: "No transfer of weight between two groups changes the winner.", zh: "任意两个类别之间的权重转移都不会改变胜出者。")
        case .locked: return LocalizedText(en: "Locked weights changed", zh: "已锁定的权重发生变化")
        case .firstVendorsShown: return LocalizedText(en: "(the first {n} vendors are shown; use --format csv for all)", zh: "（仅显示前 {n} 家供应商；全部供应商请用 --format csv 输出）")
        case .disagreementFlag: return LocalizedText(en: "DISAGREEMENT", zh: "评分分歧")
        case .onCriterion: return LocalizedText(en: "on", zh: "的")
        case .gapFor: return LocalizedText(en: "for", zh: "用于")
        case .pilotMetric: return LocalizedText(en: "Metric", zh: "指标")
        case .scoreTotal: return LocalizedText(en: "Total", zh: "合计")
        case .decisionBasis: return LocalizedText(en: "Basis", zh: "依据")
        case .basisRanking: return LocalizedText(en: "desk ranking of the weighted criteria (no pilot yet)", zh: "加权指标的案头评分排名（尚无试点）")
        case .basisDecision: return LocalizedText(en: "final decision combining the desk, demo and pilot stages", zh: "综合案头评估、演示与试点各阶段的最终决策")
        case .stageWeights: return LocalizedText(en: "Stage weights", zh: "阶段权重")
        case .notPilotedExcluded: return LocalizedText(en: "vendors without a pilot are excluded", zh: "未试点的供应商不参与排名")
        case .notPilotedRescaled: return LocalizedText(en: "vendors without a pilot are scored on their other stages", zh: "未试点的供应商按其他阶段计分")
        case .marginAhead: return LocalizedText(en: "{points} points ({share}) ahead of {vendor}", zh: "领先 {vendor} {points} 分（{share}）")
        case .marginDetail: return LocalizedText(en: "ahead by {points} points ({share} of its score; threshold {threshold})", zh: "领先 {points} 分（占其得分的 {share}；门槛为 {threshold}）")
        case .flipShift: return LocalizedText(en: "Moving {points} points of stage weight from {from} to {to} would make {vendor} win.", zh: "将 {points} 个百分点的阶段权重从{from}转移到{to}，{vendor} 将胜出。")
        case .flipNoShift: return LocalizedText(en: "No shift of stage weight makes {vendor} win.", zh: "任何阶段权重的转移都不会使 {vendor} 胜出。")
        case .flipRise: return LocalizedText(en: "{vendor} would win with {points} more points on its {stage} score (the gap is {gap} combined points).", zh: "{vendor} 的{stage}得分再提高 {points} 分即可胜出（综合得分差距为 {gap} 分）。")
        case .weightShiftDetail: return LocalizedText(en: "moving {points} points of weight from {from} to {to} makes {overtaker} overtake {overtaken}", zh: "将 {points} 个百分点的权重从「{from}」转移到「{to}」会使 {overtaker} 超过 {overtaken}")
        case .scoreFormula: return LocalizedText(en: "Score = Σ weight × criterion score; a group's weight is its share of its parent, a criterion's weight the product of the shares along its path.", zh: "得分 = Σ 权重 × 指标得分；类别的权重是其在上级中的占比，指标的权重是其路径上各级占比的乘积。")
        case .factNote: return LocalizedText(en: "note", zh: "备注")
        case .statusRanked: return LocalizedText(en: "ranked", zh: "参与排名")
        case .robustnessOfDeskRanking: return LocalizedText(en: "Of the weighted desk ranking, before demos and pilots", zh: "针对演示与试点之前的加权案头排名")
        case .moreKnockedOut: return LocalizedText(en: "and {n} more, listed under Knocked out below", zh: "另有 {n} 家，见下方“已淘汰”一节")
        case .tracesOmitted: return LocalizedText(en: "The traces of {n} more vendors are left out to keep the report readable; `shortlist explain <workspace> <vendor>` prints any of them.", zh: "为保持报告可读，另外 {n} 家供应商的得分追溯未列出；`shortlist explain <workspace> <vendor>` 可输出任意一家。")
        case .gapsOmitted: return LocalizedText(en: "{n} more data gaps are left out; `shortlist rank <workspace> --format json` lists them all.", zh: "另有 {n} 个数据缺口未列出；`shortlist rank <workspace> --format json` 列出全部。")
        case .chartFirstVendors: return LocalizedText(en: "the first {n} vendors of the ranking", zh: "排名前 {n} 的供应商")
        case .scenario: return LocalizedText(en: "Weight scenario", zh: "权重情景")
        case .recordIntact: return LocalizedText(en: "Recorded decision of {date}: all {n} inputs are unchanged (SHA-256).", zh: "{date} 记录的决策：全部 {n} 个输入文件均未改变（SHA-256）。")
        case .recordChanged: return LocalizedText(en: "Recorded decision of {date}: {n} input files differ now ({files}); this board shows the current files, not the recorded decision.", zh: "{date} 记录的决策：现有 {n} 个输入文件已改变（{files}）；本看板反映当前文件，而非记录的决策。")
        case .recordChangedOneFile: return LocalizedText(en: "Recorded decision of {date}: {n} input file differs now ({files}); this board shows the current files, not the recorded decision.", zh: "{date} 记录的决策：现有 {n} 个输入文件已改变（{files}）；本看板反映当前文件，而非记录的决策。")
        case .recordNone: return LocalizedText(en: "Not recorded yet: `shortlist decide` records the decision with the SHA-256 of every input.", zh: "尚未记录：`shortlist decide` 会记录决策及每个输入文件的 SHA-256。")
        case .recordUnreadable: return LocalizedText(en: "decision.json cannot be checked: {reason}", zh: "无法核对 decision.json：{reason}")
        case .verdictNoVendor: return LocalizedText(en: "no vendor is ranked", zh: "没有供应商参与排名")
        case .verdictOnlyVendor: return LocalizedText(en: "{verdict}: {winner} is the only vendor left", zh: "{verdict}：{winner} 是唯一剩余的供应商")
        case .verdictShare: return LocalizedText(en: "{verdict}: {winner} keeps rank 1 in {share} of {samples} weightings of the {level} {mode}", zh: "{verdict}：{winner} 在 {samples} 组{mode}的{level}权重中 {share} 保持第 1 名")
        case .verdictShift: return LocalizedText(en: "; a {points}-point shift of weight from {from} to {to} makes {overtaker} overtake {overtaken}", zh: "；将 {points} 个百分点的权重从 {from} 转移到 {to} 会使 {overtaker} 超过 {overtaken}")
        case .verdictNoShift: return LocalizedText(en: "; no transfer of weight between two {level} changes the winner", zh: "；任意两个{level}之间的权重转移都不会改变胜出者")
        case .incomplete: return LocalizedText(en: "incomplete", zh: "数据不全")
        }
    }
}

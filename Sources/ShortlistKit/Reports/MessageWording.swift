/// Words of the warnings, notes and explanations that the evaluation writes, both languages on
/// one line so that a translator sees them together (issue 12 §3).
///
/// Numbers, ids and names are the same in both languages; only the words around them differ.
enum MessageWording {
    /// How a missing fact was scored under `policy`, after a rule's explanation: "; policy worst → 0".
    static func missingPolicy(_ policy: String, score: Double) -> LocalizedText {
        let s = NumberFormatting.short(score)
        return LocalizedText(en: "; policy \(policy) → \(s)", zh: "；策略 \(policy) → \(s)")
    }

    /// A criterion dropped for a vendor under policy exclude, after a rule's explanation.
    static let excludedHandling = LocalizedText(en: "; policy exclude → criterion dropped, weight shared among its siblings",
                                                zh: "；策略 exclude → 不计此指标，权重分给同级指标")

    /// A rating criterion not rated yet, after a rule's explanation.
    static let awaitingHandling = LocalizedText(en: "; awaiting panel ratings → left out of the total until rated, weight shared among its siblings",
                                                zh: "；等待评审小组评分 → 评分前不计入总分，权重分给同级指标")
}

extension MessageWording {
    private static func f(_ x: Double) -> String { NumberFormatting.fixed(x, 2) }

    /// A rank reversal found by leaving out one bid.
    static func rankReversal(_ r: EvaluationWarning.RankReversal) -> LocalizedText {
        let en = r.formulas.map { "the \($0.method) formula of criterion \($0.criterion)" }.joined(separator: " and ")
        let zh = r.formulas.map { "指标 \($0.criterion) 的 \($0.method) 公式" }.joined(separator: "及")
        let without = "\(f(r.scoresWithout[0])) to \(f(r.scoresWithout[1]))", now = "\(f(r.scoresNow[0])) to \(f(r.scoresNow[1]))"
        let withoutZh = "\(f(r.scoresWithout[0])) 比 \(f(r.scoresWithout[1]))", nowZh = "\(f(r.scoresNow[0])) 比 \(f(r.scoresNow[1]))"
        return LocalizedText(en: Evaluation.rankReversalPrefix + "without \(r.removed), \(r.lower) would rank above \(r.upper) (\(without); now \(now)): \(en) scores each price against the other compliant bids, so \(r.removed)'s bid moves the others' price points; the absolute methods budgetRange and fixedRange cannot do this",
                             zh: "排名反转：若没有 \(r.removed) 的报价，\(r.lower) 将排在 \(r.upper) 之前（\(withoutZh)；当前 \(nowZh)）：\(zh)以其他合规报价衡量每个报价，因此 \(r.removed) 的报价会改变其他供应商的价格得分；绝对方法 budgetRange 与 fixedRange 不会如此")
    }

    /// Criteria no vendor has answered, by group, with the command that lists their questions.
    static func unanswered(_ count: Int, groups: [EvaluationWarning.GroupCount], catalog: String) -> LocalizedText {
        let en = groups.map { "\($0.group) (\($0.count))" }.joined(separator: ", "), zh = groups.map { "\($0.group)（\($0.count)）" }.joined(separator: "、")
        return LocalizedText(en: "\(count) criteria no vendor has answered yet are left out for every vendor (policy exclude), in \(en); each has a question to send the vendors: `shortlist criteria \(catalog) --questions`",
                             zh: "\(count) 个指标尚无供应商作答，对所有供应商均不计分（策略 exclude），分布于 \(zh)；每个指标都有可发给供应商的问题：`shortlist criteria \(catalog) --questions`")
    }

    /// A weight set in `selection.json` that differs from the catalog's.
    static func weightOverride(_ criterion: String, weight: Double, catalogWeight: Double) -> LocalizedText {
        let w = NumberFormatting.short(weight), c = NumberFormatting.short(catalogWeight)
        return LocalizedText(en: "selection.json sets the weight of \(criterion) to \(w) (catalog: \(c))", zh: "selection.json 将 \(criterion) 的权重设为 \(w)（指标库：\(c)）")
    }

    /// Vendors tied at a rank.
    static func tie(rank: Int, vendors: [String], score: Double) -> LocalizedText {
        LocalizedText(en: "tie at rank \(rank): \(vendors.joined(separator: ", ")) score \(f(score))", zh: "第 \(rank) 名并列：\(vendors.joined(separator: "、")) 得分均为 \(f(score))")
    }

    /// Every vendor knocked out.
    static let noVendorPasses = LocalizedText(en: "no vendor passes the knock-out gates", zh: "没有供应商通过淘汰门槛")

    /// Vendors scored on too little of the weight, not ranked or ranked with `--allow-incomplete`.
    static func incomplete(_ vendors: [EvaluationWarning.VendorCoverage], minimum: Double, lagPoints: Double, best: Double, rankedAnyway: Bool) -> LocalizedText {
        let m = NumberFormatting.percent(minimum), l = NumberFormatting.short(lagPoints), b = NumberFormatting.percent(best)
        let rule = "below the minimum coverage of \(m) or more than \(l) points behind the best-covered vendor (\(b))"
        let ruleZh = "低于最低覆盖率 \(m)，或比覆盖最全的供应商（\(b)）落后超过 \(l) 个百分点"
        let list = vendors.map { "\($0.vendor) (coverage \(NumberFormatting.percent($0.coverage)))" }.joined(separator: ", ")
        let listZh = vendors.map { "\($0.vendor)（覆盖率 \(NumberFormatting.percent($0.coverage))）" }.joined(separator: "、")
        if rankedAnyway {
            return LocalizedText(en: "ranked with --allow-incomplete although scored on too little of the weight (\(rule)): \(list); marked incomplete, never recommended by decide, and left out of the robustness analysis (SMAA and stability)",
                                 zh: "经 --allow-incomplete 参与排名，但计分权重不足（\(ruleZh)）：\(listZh)；标注为数据不全，decide 不会推荐，且不参与稳健性分析（SMAA 与稳定性）")
        }
        return LocalizedText(en: "incomplete vendors, scored on too little of the weight (\(rule)), are not ranked, never recommended by decide, and left out of the robustness analysis (SMAA and stability): \(list); `rank --allow-incomplete` ranks them marked",
                             zh: "数据不全的供应商计分权重不足（\(ruleZh)），不参与排名，decide 不会推荐，且不参与稳健性分析（SMAA 与稳定性）：\(listZh)；`rank --allow-incomplete` 可将其标注后排名")
    }

    /// A moved locked weight, as a warning.
    static func lockedWeightChanged(_ change: LocalizedText) -> LocalizedText {
        LocalizedText(en: "LOCKED WEIGHT CHANGED: " + change.en, zh: "已锁定的权重发生变化：" + change.text(in: .chinese))
    }

    /// One difference from the weight lock.
    static func lockChange(_ change: WeightLockChange) -> LocalizedText {
        let p = { (x: Double) in NumberFormatting.fixed(x * 100, 2) + "%" }, r = { (x: Double) in NumberFormatting.short(x, 4) }
        switch change {
        case .rawMoved(let node, let lockedRaw, let lockedShare, let nowRaw, let nowShare, let locked):
            return LocalizedText(en: "the weight of \(node) was locked at \(r(lockedRaw)) (\(p(lockedShare)) of the total) on \(locked); it is now \(r(nowRaw)) (\(p(nowShare)))",
                                 zh: "\(node) 的权重于 \(locked) 锁定为 \(r(lockedRaw))（占总权重 \(p(lockedShare))）；现为 \(r(nowRaw))（\(p(nowShare))）")
        case .shareMoved(let node, let lockedShare, let nowShare, let locked):
            return LocalizedText(en: "the weight of \(node) was locked at \(p(lockedShare)) on \(locked); it is now \(p(nowShare))",
                                 zh: "\(node) 的权重于 \(locked) 锁定为 \(p(lockedShare))；现为 \(p(nowShare))")
        case .added(let node, let share, let locked):
            return LocalizedText(en: "\(node) (weight \(p(share))) was added after the weights were locked on \(locked)",
                                 zh: "\(node)（权重 \(p(share))）是在 \(locked) 锁定权重之后新增的")
        case .removed(let node, let lockedShare, let locked):
            return LocalizedText(en: "\(node) (locked at \(p(lockedShare))) was removed after the weights were locked on \(locked)",
                                 zh: "\(node)（锁定为 \(p(lockedShare))）是在 \(locked) 锁定权重之后删除的")
        }
    }

    /// A declared conflict of interest and what it excluded.
    static func conflict(evaluator: String, vendor: String, reason: String, criteria: [String]) -> LocalizedText {
        LocalizedText(en: "\(evaluator) declared a conflict of interest with \(vendor) (\(reason)): " + (criteria.isEmpty ? "gave no ratings of it" : "their ratings of it (\(criteria.joined(separator: ", "))) are excluded"),
                      zh: "\(evaluator) 声明与 \(vendor) 存在利益冲突（\(reason)）：" + (criteria.isEmpty ? "未对其评分" : "其对该供应商的评分（\(criteria.joined(separator: "、"))）不予计入"))
    }

    /// An evaluator's offset from the rest of the panel.
    static func calibration(_ c: PanelNote.Calibration) -> LocalizedText {
        // An offset in the common scale's points with its share, or as a share alone when scales differ.
        func points(_ share: Double, withShare: Bool = true) -> LocalizedText {
            let sign = share > 0 ? "+" : share < 0 ? "−" : ""
            let percent = NumberFormatting.percent(abs(share), 1)
            guard let scale = c.scale, scale.count == 2 else { return LocalizedText(en: sign + percent + " of the scale", zh: "量表的 " + sign + percent) }
            let value = sign + NumberFormatting.short(abs(share) * (scale[1] - scale[0]))
            guard withShare else { return LocalizedText(en: value, zh: value) }
            let range = "\(NumberFormatting.short(scale[0]))–\(NumberFormatting.short(scale[1]))"
            return LocalizedText(en: value + " on the \(range) scale (\(percent) of the scale)", zh: " " + value + "（\(range) 量表，占量表的 \(percent)）")
        }
        guard let offset = c.offset else {
            return LocalizedText(en: "\(c.evaluator): no cell shared with the rest of the panel, so no offset can be estimated; ratings left uncalibrated",
                                 zh: "\(c.evaluator)：与小组其他成员没有共同评分的单元格，无法估计偏差；评分未校准")
        }
        let o = points(offset)
        var text = LocalizedText(en: "\(c.evaluator): offset \(o.en) over \(c.sharedCells) cell\(c.sharedCells == 1 ? "" : "s") shared with the rest of the panel",
                                 zh: "\(c.evaluator)：在与小组其他成员共同评分的 \(c.sharedCells) 个单元格上偏差为\(o.text(in: .chinese))")
        if let flag = c.flag {
            let t = NumberFormatting.percent(c.threshold, 0)
            text.en += ": \(flag == .lenient ? "LENIENT" : "SEVERE") (threshold \(t) of the scale)"
            text.zh! += "：\(flag == .lenient ? "偏宽" : "偏严")（阈值为量表的 \(t)）"
        }
        if c.calibrated {
            let shift = points(-offset, withShare: false).en
            text.en += offset == 0 ? "; ratings unchanged" : "; ratings shifted by \(shift)"
            text.zh! += offset == 0 ? "；评分未变" : "；评分平移 \(shift)"
        } else if c.flag != nil {
            text.en += "; set panel.calibrate to true to remove the offset from these ratings"
            text.zh! += "；将 panel.calibrate 设为 true 可从这些评分中去除该偏差"
        }
        return text
    }

    /// Evaluators who gave no rating for a cell.
    static func missingRatings(vendor: String, criterion: String, missing: [String], consensusOf count: Int) -> LocalizedText {
        LocalizedText(en: "\(vendor) on \(criterion): no rating from \(missing.joined(separator: ", ")) (not counted as zero; consensus of \(count))",
                      zh: "\(vendor) 的 \(criterion)：\(missing.joined(separator: "、")) 未评分（不按零分计；按 \(count) 人的评分形成共识）")
    }

    /// A recorded override of a cell's consensus.
    static func override(vendor: String, criterion: String, value: Double, by: String?, computed: Double?, reason: String) -> LocalizedText {
        let v = NumberFormatting.short(value), c = computed.map { NumberFormatting.short($0) }
        return LocalizedText(en: "\(vendor) on \(criterion): consensus set to \(v)\(by.map { " by \($0)" } ?? "") (computed \(c ?? "none")): \(reason)",
                             zh: "\(vendor) 的 \(criterion)：共识\(by.map { "由 \($0) " } ?? "")设为 \(v)（计算值 \(c ?? "无")）：\(reason)")
    }

    /// A dossier value used where the panel gave no rating.
    static func dossierFallback(vendor: String, criterion: String, fact: String) -> LocalizedText {
        LocalizedText(en: "\(vendor) on \(criterion): no panel rating; the dossier's \(fact) is used", zh: "\(vendor) 的 \(criterion)：无评审小组评分；采用资料档案中的 \(fact)")
    }
}

extension MessageWording {
    /// The panel's consensus of one cell in words, e.g. "mean of 3 ratings: li 4, wang 5, zhao 3".
    static func consensus(_ cell: PanelCell, settings: PanelSettings) -> LocalizedText {
        let s = { (x: Double) in NumberFormatting.short(x) }
        let entries = cell.entries.map { entry in
            entry.used == entry.value ? LocalizedText(en: "\(entry.evaluator) \(s(entry.value))", zh: "\(entry.evaluator) \(s(entry.value))")
                : LocalizedText(en: "\(entry.evaluator) \(s(entry.value)) (calibrated \(s(entry.used)))", zh: "\(entry.evaluator) \(s(entry.value))（校准后 \(s(entry.used))）")
        }
        let list = entries.map(\.en).joined(separator: ", "), listZh = entries.map { $0.text(in: .chinese) }.joined(separator: "、")
        var text: LocalizedText
        if let override = cell.override {
            text = LocalizedText(en: "panel override \(s(override.value))\(override.by.map { " by \($0)" } ?? ""): \(override.reason); ratings: \(list.isEmpty ? "none" : list)",
                                 zh: "评审小组裁定 \(s(override.value))\(override.by.map { "（\($0)）" } ?? "")：\(override.reason)；评分：\(listZh.isEmpty ? "无" : listZh)")
        } else {
            let method: LocalizedText
            switch settings.consensus {
            case .mean: method = LocalizedText(en: "mean", zh: "平均值")
            case .median: method = LocalizedText(en: "median", zh: "中位数")
            case .trimmedMean(let fraction):
                let f = NumberFormatting.percent(fraction, 0)
                method = LocalizedText(en: "\(f) trimmed mean", zh: "\(f) 截尾平均值")
            }
            let n = cell.entries.count
            text = LocalizedText(en: "\(method.en) of \(n) rating\(n == 1 ? "" : "s"): \(list)", zh: "\(n) 个评分的\(method.text(in: .chinese))：\(listZh)")
        }
        if !cell.excluded.isEmpty {
            let who = cell.excluded.map(\.evaluator)
            text.en += "; excluded (conflict of interest): \(who.joined(separator: ", "))"
            text.zh! += "；因利益冲突不计：\(who.joined(separator: "、"))"
        }
        if !cell.missing.isEmpty {
            text.en += "; not rated by \(cell.missing.joined(separator: ", "))"
            text.zh! += "；未评分：\(cell.missing.joined(separator: "、"))"
        }
        if cell.disagreement {
            text.en += "; DISAGREEMENT: spread \(s(cell.spread))"
            text.zh! += "；评分分歧：极差 \(s(cell.spread))"
        }
        return text
    }
}

/// Words of `shortlist explain`'s score trace and vendor comparison, both languages on one line so
/// that a translator sees them together. Numbers, ids and names are the same in both languages.
enum TraceWording {
    /// The head line of a ranked vendor: "rank =1 of 2, score 87.04, coverage 100%".
    static func ranked(_ rank: String, of count: Int, score: String, coverage: String) -> LocalizedText {
        LocalizedText(en: "rank \(rank) of \(count), score \(score), coverage \(coverage)", zh: "第 \(rank) 名（共 \(count) 家），得分 \(score)，覆盖率 \(coverage)")
    }
    /// After the head line of an incomplete vendor ranked anyway.
    static let rankedIncomplete = LocalizedText(en: ", INCOMPLETE (ranked with --allow-incomplete)", zh: "，数据不全（经 --allow-incomplete 参与排名）")
    /// The head line of a knocked-out vendor, around its would-be score.
    static func knockedOut(_ wouldScore: LocalizedText) -> LocalizedText {
        LocalizedText(en: "KNOCKED OUT (\(wouldScore.en))", zh: "已淘汰（\(wouldScore.text(in: .chinese))）")
    }
    /// The head line of an incomplete vendor that is not ranked.
    static func incomplete(_ rule: LocalizedText, score: String) -> LocalizedText {
        LocalizedText(en: "INCOMPLETE, not ranked: \(rule.en); score \(score) on that coverage, not comparable with ranked scores",
                      zh: "数据不全，不参与排名：\(rule.text(in: .chinese))；按该覆盖率得分 \(score)，不可与排名得分比较")
    }
    /// The coverage line, before what the score leaves out.
    static func coverage(_ coverage: String) -> LocalizedText { LocalizedText(en: "coverage \(coverage): ", zh: "覆盖率 \(coverage)：") }
    /// The dossier line.
    static let dossier = LocalizedText(en: "dossier: ", zh: "资料档案：")
    /// The heading of the gates.
    static let gates = LocalizedText(en: "Gates", zh: "门槛")
    /// A gate that passed.
    static let pass = LocalizedText(en: "pass", zh: "通过")
    /// A gate that failed.
    static let fail = LocalizedText(en: "FAIL", zh: "未通过")
    /// A failed gate of severity flag: the vendor stays ranked.
    static let flag = LocalizedText(en: "FLAG", zh: "标记")
    /// The heading of the criteria.
    static let criteria = LocalizedText(en: "Criteria", zh: "指标")
    /// The column headings of the criteria, right-aligned in columns of 7, 6 and 7.
    static let columns = LocalizedText(en: "   weight   score   points", zh: "     权重    得分   加权分")
    /// The heading of the tender-points column when the selection states a points scheme: "tender points (of 100)".
    static func tenderPoints(of total: String) -> LocalizedText { LocalizedText(en: "tender points (of \(total))", zh: "招标分（满分 \(total)）") }
    /// Before a criterion's rule and explanation.
    static let rule = LocalizedText(en: "rule", zh: "规则")
    /// Before a fact used by a rule.
    static let fact = LocalizedText(en: "fact", zh: "事实")
    /// Before a fact's source.
    static let source = LocalizedText(en: "source: ", zh: "来源：")
    /// Before a fact's note.
    static let note = LocalizedText(en: "note: ", zh: "备注：")
    /// A criterion whose weight changed because a sibling was dropped for this vendor.
    static func reweighted(catalog: String, vendor: String) -> LocalizedText {
        LocalizedText(en: "weight \(catalog) in the catalog, \(vendor) for this vendor after dropping excluded criteria",
                      zh: "指标库中权重 \(catalog)，剔除不计分指标后该供应商的权重 \(vendor)")
    }
    /// The total line's label.
    static let total = LocalizedText(en: "total", zh: "合计")
    /// How the total comes about.
    static let formula = LocalizedText(en: "score = Σ weight × criterion score; a group's weight is its share of its parent, a criterion's weight the product along its path.",
                                       zh: "得分 = Σ 权重 × 指标得分；类别的权重是其在上级中的占比，指标的权重是其路径上各级占比的乘积。")
    /// The heading of the data gaps.
    static let dataGaps = LocalizedText(en: "Data gaps", zh: "数据缺口")
    /// A data gap: the fact, who uses it and what was done.
    static func gap(_ fact: String, usedBy: String, handling: String) -> LocalizedText {
        LocalizedText(en: "\(fact) (for \(usedBy)) — \(handling)", zh: "\(fact)（用于 \(usedBy)）—— \(handling)")
    }
    /// The cost line.
    static func cost(currency: String, oneOff: String, recurring: String, recurringZh: String, firstYear: String, years: Int, tco: String) -> LocalizedText {
        LocalizedText(en: "Cost (\(currency)): one-off \(oneOff); recurring by year \(recurring); first year \(firstYear); \(years)-year TCO \(tco)",
                      zh: "费用（\(currency)）：一次性 \(oneOff)；逐年经常性费用 \(recurringZh)；首年 \(firstYear)；\(years) 年总拥有成本 \(tco)")
    }

    /// The head of a comparison: who leads, by how many points, and the gap as a share of `whose`
    /// score (the leader's own when nil).
    static func leads(_ id: String, by points: String, share: String?, of whose: String?) -> LocalizedText {
        LocalizedText(en: "\(id) leads by \(points) points" + (share.map { " (\($0) of \(whose.map { $0 + "'s" } ?? "its") score)" } ?? ""),
                      zh: "\(id) 领先 \(points) 分" + (share.map { "（占\(whose.map { " \($0) " } ?? "其")得分的 \($0)）" } ?? ""))
    }
    /// The head of a comparison when the first vendor trails.
    static func trails(_ id: String, by points: String, share: String?, of whose: String?) -> LocalizedText {
        LocalizedText(en: "\(id) trails by \(points) points" + (share.map { " (\($0) of \(whose.map { $0 + "'s" } ?? "its") score)" } ?? ""),
                      zh: "\(id) 落后 \(points) 分" + (share.map { "（占\(whose.map { " \($0) " } ?? "其")得分的 \($0)）" } ?? ""))
    }
    /// A knocked-out vendor in a comparison.
    static func comparedKnockedOut(_ id: String, gates: String) -> LocalizedText {
        LocalizedText(en: "note: \(id) is knocked out (\(gates)); its score is shown for comparison only",
                      zh: "注意：\(id) 已被淘汰（\(gates)）；其得分仅供比较")
    }
    /// The heading of the differences by group.
    static let byGroup = LocalizedText(en: "By group", zh: "按类别")
    /// The last column of the comparison.
    static let points = LocalizedText(en: "points", zh: "分差")
    /// The heading of the differences by criterion.
    static let byCriterion = LocalizedText(en: "By criterion (largest differences first; points = weight × score)", zh: "按指标（差异大者在前；分差 = 权重 × 得分）")
    /// After a criterion's difference: its weight.
    static func weight(_ w: String) -> LocalizedText { LocalizedText(en: "weight \(w)", zh: "权重 \(w)") }
    /// How many criteria barely differ.
    static func same(_ n: Int) -> LocalizedText {
        LocalizedText(en: "(\(n) criteria differ by less than 0.005 points)", zh: "（另有 \(n) 个指标的差异小于 0.005 分）")
    }
    /// The closing line of a comparison.
    static func sum(_ points: String) -> LocalizedText {
        LocalizedText(en: "The differences add up to \(points) points.", zh: "各项差异合计 \(points) 分。")
    }
}

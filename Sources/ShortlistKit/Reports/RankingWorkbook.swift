/// The whole evaluation as one Excel workbook (.xlsx), what a buyer attaches to an approval e-mail:
/// the ranking, scores by group, every criterion of every vendor with its explanation, knock-outs,
/// data gaps, the cost breakdown, the evaluator panel and the warnings — one sheet each, with a
/// frozen header and a filter on every table. Numbers are rounded as in the CSV output.
public enum RankingWorkbook {
    /// The bytes of the .xlsx file for `evaluation`, with names and headings in `language`; the data
    /// gaps of knocked-out vendors are left off (and counted on the notes sheet) unless `includeKnockedOut`.
    public static func render(_ evaluation: Evaluation, language: Language = .english, includeKnockedOut: Bool = false) -> [UInt8] {
        WorkbookWriter.write(workbook(evaluation, language: language, includeKnockedOut: includeKnockedOut))
    }

    /// A heading in both languages, chosen by `language`.
    private static func h(_ en: String, _ zh: String, _ language: Language) -> WorkbookCell {
        .text(language == .chinese ? zh : en)
    }

    private static func number(_ value: Double, _ digits: Int = 2) -> WorkbookCell {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return .number((value * scale).rounded() / scale)
    }

    /// The workbook behind ``render(_:language:includeKnockedOut:)``.
    static func workbook(_ evaluation: Evaluation, language l: Language, includeKnockedOut: Bool = false) -> Workbook {
        let ranking = evaluation.ranking, tree = evaluation.tree, groups = evaluation.topGroups
        let everyone = ranking.ranked + ranking.incomplete + ranking.eliminated
        func sheet(_ en: String, _ zh: String, widths: [Double], _ header: [WorkbookCell]) -> Worksheet {
            var s = Worksheet(name: l == .chinese ? zh : en)
            s.columnWidths = widths
            s.rows = [header]
            return s
        }
        func status(_ entry: VendorScore) -> WorkbookCell {
            !entry.knockOuts.isEmpty ? h("knocked out", "已淘汰", l) : entry.incomplete ? h("incomplete", "数据不全", l) : !entry.flags.isEmpty ? .text(FlagWording.status.text(in: l)) : entry.tied ? h("tied", "并列", l) : h("ranked", "已排名", l)
        }

        // As in the CSV: the score column holds ranked vendors only; a knocked-out or incomplete vendor's
        // score is in "Would score", beside its coverage, so that sorting by score never mixes them.
        var rankingSheet = sheet("Ranking", "排名", widths: [8, 18, 28, 10, 10, 12, 12, 60], [h("Rank", "排名", l), h("Vendor", "供应商", l), h("Name", "名称", l), h("Score", "得分", l),
                                                                                      h("Coverage", "覆盖率", l), h("Would score", "本应得分", l), h("Status", "状态", l), h("Knock-outs", "淘汰原因", l)])
        // Under a tender's points scheme, the ranking ends with the points of the whole (of the scheme's total),
        // and the group sheet with each group's points (of its share of the total), as numbers a buyer can sum.
        let scheme = evaluation.workspace.catalog.points
        if let scheme {
            rankingSheet.columnWidths.append(12)
            rankingSheet.rows[0].append(.text("\(PointsWording.column.text(in: l)) (\(NumberFormatting.short(scheme.total, 2)))"))
        }
        for entry in everyone {
            let ranked = entry.rank != nil
            rankingSheet.rows.append([entry.rank.map { .number(Double($0)) } ?? .text(""), .text(entry.vendorID), .text(entry.name),
                                      ranked ? number(entry.score) : .text(""), number(entry.coverage, 4), ranked ? .text("") : number(entry.score), status(entry),
                                      .text((entry.knockOuts.map { "\($0.gate): \($0.reason(in: l))" } + entry.flags.map { "\(FlagWording.status.text(in: l)) \($0.gate): \($0.reason(in: l))" }).joined(separator: "\n"), wrap: true)]
                                     + (scheme.map { [ranked ? number($0.points(entry.score)) : .text("")] } ?? []))
        }

        var groupSheet = sheet("Groups", "分组得分", widths: [8, 18, 28] + groups.map { _ in 16 }, [h("Rank", "排名", l), h("Vendor", "供应商", l), h("Name", "名称", l)]
            + groups.map { .text("\($0.name.text(in: l)) (\(NumberFormatting.short($0.weight * 100, 2)) %)", wrap: true) })
        let shares = evaluation.topGroupShares
        if let scheme {
            for (g, group) in groups.enumerated() {
                guard let share = shares[g] else { continue }
                groupSheet.columnWidths.append(16)
                groupSheet.rows[0].append(.text("\(PointsWording.column.text(in: l)): \(group.name.text(in: l)) (\(PointsWording.available.text(in: l)) \(NumberFormatting.short(share * scheme.total, 2)))", wrap: true))
            }
        }
        for entry in everyone {
            let points = scheme.map { scheme in
                entry.groupPoints(in: tree).enumerated().filter { shares[$0.offset] != nil }.map { number(scheme.points($0.element)) }
            } ?? []
            groupSheet.rows.append([entry.rank.map { .number(Double($0)) } ?? .text(""), .text(entry.vendorID), .text(entry.name)]
                + entry.groupScores.map { $0.map { number($0) } ?? .text("") } + points)
        }

        var criteriaSheet = sheet("Criteria", "指标明细", widths: [18, 18, 18, 30, 10, 10, 12, 14, 70],
            [h("Vendor", "供应商", l), h("Group", "分组", l), h("Criterion", "指标", l), h("Criterion name", "指标名称", l), h("Weight %", "权重 %", l),
             h("Score", "得分", l), h("Points", "加权分", l), h("Status", "状态", l), h("Explanation", "说明", l)])
        for entry in everyone {
            for criterion in entry.criteria {
                let node = tree.nodes[tree.leaves[criterion.leaf]]
                criteriaSheet.rows.append([
                    .text(entry.vendorID), .text(groups[tree.leafTopGroup[criterion.leaf]].id), .text(node.id), .text(node.name.text(in: l), wrap: true),
                    number(criterion.weight * 100, 4), number(criterion.score), number(criterion.contribution, 4),
                    .text(JSONRankingRenderer.status(criterion.status)), .text(evaluation.explanation(of: criterion, vendor: entry.vendorIndex, language: l), wrap: true),
                ])
            }
        }

        var knockOutSheet = sheet("Knock-outs", "淘汰", widths: [18, 28, 20, 80], [h("Vendor", "供应商", l), h("Name", "名称", l), h("Gate", "门槛", l), h("Reason", "原因", l)])
        for entry in ranking.eliminated {
            for knockOut in entry.knockOuts {
                knockOutSheet.rows.append([.text(entry.vendorID), .text(entry.name), .text(knockOut.gate), .text(knockOut.reason(in: l), wrap: true)])
            }
        }

        var gapSheet = sheet("Gaps", "数据缺口", widths: [18, 28, 30, 50], [h("Vendor", "供应商", l), h("Fact", "事实", l), h("Used by", "用于", l), h("Handling", "处理方式", l)])
        let listed = ranking.listedGaps(includingKnockedOut: includeKnockedOut)
        for gap in listed.gaps {
            gapSheet.rows.append([.text(gap.vendorID), .text(gap.fact), .text(gap.usedBy(in: l), wrap: true), .text(gap.handling(in: l), wrap: true)])
        }

        let years = evaluation.workspace.profile.tcoYears
        var costSheet = sheet("Costs", "成本", widths: [18, 28, 10, 14] + (0..<years).map { _ in 14 } + [14, 14, 40],
            [h("Vendor", "供应商", l), h("Name", "名称", l), h("Currency", "币种", l), h("One-off", "一次性费用", l)]
            + (0..<years).map { l == .chinese ? .text("第 \($0 + 1) 年") : .text("Year \($0 + 1)") }
            + [h("First year", "首年", l), h("TCO", "总拥有成本", l), h("Not quoted (counted as 0)", "未报价（按 0 计）", l)])
        for entry in everyone {
            guard let cost = evaluation.facts[entry.vendorIndex].cost else {
                costSheet.rows.append([.text(entry.vendorID), .text(entry.name), h("no quote", "未报价", l)])
                continue
            }
            costSheet.rows.append([.text(entry.vendorID), .text(entry.name), .text(cost.currency), number(cost.oneOff)]
                + cost.recurring.map { number($0) } + [number(cost.firstYear), number(cost.tco), .text(cost.unquoted.joined(separator: ", "))])
        }

        let evaluators = evaluation.panel.evaluators
        var panelSheet = sheet("Panel", "评委", widths: [18, 20, 12, 10, 12] + evaluators.map { _ in 12 } + [40],
            [h("Vendor", "供应商", l), h("Criterion", "指标", l), h("Consensus", "共识", l), h("Spread", "分歧", l), h("Disagreement", "有分歧", l)]
            + evaluators.map { .text($0) } + [h("Notes", "备注", l)])
        for key in evaluation.panel.cells.keys.sorted() {
            let cell = evaluation.panel.cells[key]!
            let values = Dictionary(cell.entries.map { ($0.evaluator, $0.value) }, uniquingKeysWith: { a, _ in a })
            var notes: [String] = cell.excluded.map { "\($0.evaluator): \($0.reason)" }
            if !cell.missing.isEmpty { notes.append((l == .chinese ? "未评分：" : "not rated: ") + cell.missing.joined(separator: ", ")) }
            if let override = cell.override { notes.append((l == .chinese ? "人工覆盖：" : "overridden: ") + NumberFormatting.short(override.value)) }
            panelSheet.rows.append([.text(cell.vendor), .text(cell.criterion), cell.consensus.map { number($0) } ?? .text(""), number(cell.spread), WorkbookCell(.bool(cell.disagreement))]
                + evaluators.map { values[$0].map { number($0) } ?? .text("") } + [.text(notes.joined(separator: "\n"), wrap: true)])
        }

        var notesSheet = sheet("Notes", "说明", widths: [14, 100], [h("Kind", "类别", l), h("Note", "内容", l)])
        notesSheet.rows.append([h("title", "标题", l), .text(evaluation.workspace.profile.title ?? evaluation.workspace.profile.organisation.name)])
        notesSheet.rows.append([h("catalog", "指标库", l), .text("\(evaluation.workspace.catalog.id) — \(evaluation.workspace.catalog.name.text(in: l))")])
        if let robustness = evaluation.robustness { notesSheet.rows.append([h("robustness", "稳健性", l), .text(robustness.verdict, wrap: true)]) }
        for warning in ranking.warnings { notesSheet.rows.append([h("warning", "警告", l), .text(warning.text(in: l), wrap: true)]) }
        if let note = listed.leftOffNote { notesSheet.rows.append([h("data gaps", "数据缺口", l), .text(note.text(in: l), wrap: true)]) }
        for note in ranking.panelNotes { notesSheet.rows.append([h("panel", "评委", l), .text(note.text(in: l), wrap: true)]) }
        for change in evaluation.lockChanges { notesSheet.rows.append([h("weights", "权重", l), .text(change.text.text(in: l), wrap: true)]) }
        notesSheet.rows.append([h("tool", "工具", l), .text("shortlist \(ToolVersion.current)")])

        return Workbook(sheets: [rankingSheet, groupSheet, criteriaSheet, knockOutSheet, gapSheet, costSheet, panelSheet, notesSheet])
    }
}

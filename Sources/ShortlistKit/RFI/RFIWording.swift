/// Every sentence and label of the RFI questionnaire and its import and status reports, both
/// languages on one line so that a translator sees them together.
enum RFIWording {
    // MARK: Columns

    /// The `section` column's heading.
    static let columnSection = LocalizedText(en: "section", zh: "章节")
    /// The `id` column's heading.
    static let columnID = LocalizedText(en: "id", zh: "编号")
    /// The `question` column's heading.
    static let columnQuestion = LocalizedText(en: "question", zh: "问题")
    /// The `answer type` column's heading.
    static let columnAnswerType = LocalizedText(en: "answer type", zh: "回答类型")
    /// The `allowed values` column's heading.
    static let columnAllowed = LocalizedText(en: "allowed values", zh: "可选值")
    /// The `must-have` column's heading.
    static let columnMustHave = LocalizedText(en: "must-have", zh: "必备项")
    /// The `evidence requested` column's heading.
    static let columnEvidenceRequested = LocalizedText(en: "evidence requested", zh: "所需证明")
    /// The `answer` column's heading.
    static let columnAnswer = LocalizedText(en: "answer", zh: "回答")
    /// The `evidence` column's heading.
    static let columnEvidence = LocalizedText(en: "evidence", zh: "证明材料")
    /// The `comment` column's heading.
    static let columnComment = LocalizedText(en: "comment", zh: "备注")

    // MARK: Answer types

    /// Yes or no.
    static let typeYesNo = LocalizedText(en: "yes/no", zh: "是/否")
    /// A number, with its unit when it has one.
    static func typeNumber(unit: LocalizedText?) -> LocalizedText {
        guard let unit else { return LocalizedText(en: "number", zh: "数字") }
        return LocalizedText(en: "number (\(unit.en))", zh: "数字（\(unit.text(in: .chinese))）")
    }
    /// One value of a list.
    static let typeOneOf = LocalizedText(en: "one of a list", zh: "单选")
    /// One value of a list, or another.
    static let typeOneOfOrOther = LocalizedText(en: "one of a list, or another", zh: "单选（也可填写其他）")
    /// Several values of a list.
    static let typeSeveralOf = LocalizedText(en: "several of a list", zh: "多选")
    /// A list of free items.
    static let typeList = LocalizedText(en: "list (separate items with ;)", zh: "列表（各项以 ; 分隔）")
    /// A date.
    static let typeDate = LocalizedText(en: "date (YYYY-MM-DD)", zh: "日期（YYYY-MM-DD）")
    /// Free text.
    static let typeText = LocalizedText(en: "text", zh: "文本")

    // MARK: Must-have and evidence

    /// The mark of a knock-out question, with what passes.
    static func mustHave(_ requirement: LocalizedText) -> LocalizedText {
        LocalizedText(en: "yes — knock-out: \(requirement.en)", zh: "是——否决项：\(requirement.text(in: .chinese))")
    }
    /// The mark of a question a flag gate tests: not meeting it flags the offer, it is not removed.
    static func flagCheck(_ requirement: LocalizedText) -> LocalizedText {
        LocalizedText(en: "no — flagged if not met: \(requirement.en)", zh: "否——不满足时标记：\(requirement.text(in: .chinese))")
    }
    /// A requirement: the answer must be yes.
    static let requireYes = LocalizedText(en: "must be yes", zh: "须为“是”")
    /// A requirement: the answer must be no.
    static let requireNo = LocalizedText(en: "must be no", zh: "须为“否”")
    /// A requirement: a comparison with a number or value.
    static func requireComparison(_ op: String, _ value: String) -> LocalizedText {
        LocalizedText(en: "must be \(op) \(value)", zh: "须 \(op) \(value)")
    }
    /// A requirement: the list must contain items.
    static func requireContains(_ items: [String]) -> LocalizedText {
        LocalizedText(en: "must include \(items.joined(separator: ", "))", zh: "须包含 \(items.joined(separator: "、"))")
    }
    /// A requirement: at least one of some items.
    static func requireOneOf(_ items: [String]) -> LocalizedText {
        LocalizedText(en: "must include one of \(items.joined(separator: ", "))", zh: "须至少包含 \(items.joined(separator: "、")) 之一")
    }
    /// A requirement: a module at a minimum level.
    static func requireModule(_ level: String) -> LocalizedText {
        LocalizedText(en: "must be \(level)", zh: "须为 \(level)")
    }
    /// A requirement: a number at most some value.
    static func requireAtMost(_ value: String, unit: LocalizedText) -> LocalizedText {
        LocalizedText(en: "at most \(value) \(unit.en)", zh: "不超过 \(value) \(unit.text(in: .chinese))")
    }
    /// Evidence: a document.
    static let evidenceDocument = LocalizedText(en: "document", zh: "文件")
    /// Evidence: a link.
    static let evidenceLink = LocalizedText(en: "link", zh: "链接")
    /// Evidence: a demo.
    static let evidenceDemo = LocalizedText(en: "demo", zh: "演示")
    /// Evidence: a reference customer.
    static let evidenceReference = LocalizedText(en: "reference", zh: "客户案例")
    /// Evidence: a signed quote.
    static let evidenceQuote = LocalizedText(en: "signed quote", zh: "盖章报价单")

    // MARK: Sections

    /// The section of knock-out questions no criterion scores.
    static let sectionMustHaves = LocalizedText(en: "Must-haves (knock-out)", zh: "必备项（否决项）")
    /// The section of questions only flag gates check.
    static let sectionChecked = LocalizedText(en: "Checked requirements (flagged, not knock-out)", zh: "核查项（标记，不否决）")
    /// The price sheet.
    static let sectionPriceSheet = LocalizedText(en: "Price sheet", zh: "报价单")

    // MARK: Questions made from the vocabulary and the price sheet

    /// How fully a module is covered.
    static func moduleQuestion(_ name: LocalizedText) -> LocalizedText {
        LocalizedText(en: "How fully does your product cover \"\(name.en)\" today (full, partial, planned, none)?",
                      zh: "贵方产品目前对“\(name.text(in: .chinese))”的支持程度如何（full 完全、partial 部分、planned 规划中、none 无）？")
    }
    /// Years in the buyer's industry.
    static func industryYearsQuestion(_ name: LocalizedText) -> LocalizedText {
        LocalizedText(en: "For how many years have you served clients in \(name.en)?", zh: "贵方服务\(name.text(in: .chinese))行业客户已有多少年？")
    }
    /// Clients in the buyer's industry.
    static func industryClientsQuestion(_ name: LocalizedText) -> LocalizedText {
        LocalizedText(en: "How many clients in \(name.en) use your product today?", zh: "目前有多少家\(name.text(in: .chinese))行业客户在使用贵方产品？")
    }
    /// The quote's currency.
    static let currencyQuestion = LocalizedText(en: "In which currency are the prices below quoted (ISO 4217 code)?", zh: "以下报价使用哪种货币（ISO 4217 代码）？")

    // MARK: Units

    /// Years.
    static let unitYears = LocalizedText(en: "years", zh: "年")
    /// Clients.
    static let unitClients = LocalizedText(en: "clients", zh: "家客户")
    /// Weeks.
    static let unitWeeks = LocalizedText(en: "weeks", zh: "周")
    /// Hours.
    static let unitHours = LocalizedText(en: "hours", zh: "小时")
    /// Days.
    static let unitDays = LocalizedText(en: "days", zh: "天")
    /// A count.
    static let unitCount = LocalizedText(en: "count", zh: "个")
    /// Per year.
    static let unitPerYear = LocalizedText(en: "per year", zh: "次/年")
    /// Percent.
    static let unitPercent = LocalizedText(en: "%", zh: "%")
    /// Money per employee per month.
    static func unitPerEmployeeMonth(_ currency: String) -> LocalizedText { LocalizedText(en: "\(currency) per employee per month", zh: "\(currency)/人/月") }
    /// Money per year.
    static func unitMoneyPerYear(_ currency: String) -> LocalizedText { LocalizedText(en: "\(currency) per year", zh: "\(currency)/年") }
    /// Money once.
    static func unitMoneyOnce(_ currency: String) -> LocalizedText { LocalizedText(en: "\(currency), one-off", zh: "\(currency)，一次性") }
    /// Percent per year.
    static let unitPercentPerYear = LocalizedText(en: "% per year", zh: "%/年")

    // MARK: Export headings

    /// The title of a questionnaire.
    static func title(_ catalog: LocalizedText, profile: String?) -> LocalizedText {
        let en = "Request for information: \(catalog.en)", zh = "信息征询书（RFI）：\(catalog.text(in: .chinese))"
        guard let profile else { return LocalizedText(en: en, zh: zh) }
        return LocalizedText(en: "\(en) — \(profile)", zh: "\(zh)——\(profile)")
    }
    /// The line naming the vendor a questionnaire is pre-filled for.
    static func preparedFor(_ name: String) -> LocalizedText {
        LocalizedText(en: "Pre-filled for \(name) from what we know; please confirm or correct every answer.", zh: "已按我方掌握的信息为 \(name) 预填；请逐项确认或更正。")
    }
    /// How to fill in the questionnaire.
    static let instructions = LocalizedText(
        en: "Answer every question in the \"answer\" column, in the form the \"answer type\" and \"allowed values\" columns give (yes or no; a plain number in the unit shown; values of the list separated by ;). Questions marked must-have are knock-out criteria: an unanswered or failed must-have removes the offer from the evaluation. Put links or document names in \"evidence\" and anything you want us to know in \"comment\". Do not change the \"id\" column.",
        zh: "请在“回答”列回答每个问题，格式以“回答类型”和“可选值”两列为准（是或否；按所示单位填写数字；多个值以 ; 分隔）。标为必备项的问题是否决项：必备项未回答或不满足，报价将不进入评估。链接或文件名请填在“证明材料”列，其他说明请填在“备注”列。请勿修改“编号”列。")
    /// How many questions and how many of them are must-haves.
    static func counts(questions: Int, mustHaves: Int) -> LocalizedText {
        LocalizedText(en: "\(questions) question\(questions == 1 ? "" : "s"), \(mustHaves) must-have\(mustHaves == 1 ? "" : "s")", zh: "共 \(questions) 个问题，其中必备项 \(mustHaves) 个")
    }
    /// "yes" in the must-have column of Markdown and HTML.
    static let yes = LocalizedText(en: "yes", zh: "是")
    /// "no".
    static let no = LocalizedText(en: "no", zh: "否")

    // MARK: Status

    /// The status table's headings.
    static let statusVendor = LocalizedText(en: "vendor", zh: "供应商")
    /// Answered questions.
    static let statusAnswered = LocalizedText(en: "answered", zh: "已答")
    /// Unanswered questions.
    static let statusUnanswered = LocalizedText(en: "unanswered", zh: "未答")
    /// Must-haves failed.
    static let statusMustHaveFailed = LocalizedText(en: "must-have failed", zh: "必备项未满足")
    /// Coverage.
    static let statusCoverage = LocalizedText(en: "coverage", zh: "覆盖率")
    /// Whether it ranks.
    static let statusRanks = LocalizedText(en: "ranks", zh: "可排名")
    /// Verdicts.
    static let statusRanked = LocalizedText(en: "yes", zh: "是")
    /// Knocked out.
    static let statusKnockedOut = LocalizedText(en: "no: knocked out", zh: "否：被否决")
    /// Incomplete.
    static let statusIncomplete = LocalizedText(en: "no: incomplete", zh: "否：数据不全")
    /// The heading of the per-section breakdown.
    static func statusBySection(_ vendor: String) -> LocalizedText {
        LocalizedText(en: "\(vendor) by section (answered/questions, unanswered must-haves, failed must-haves):", zh: "\(vendor) 分章节（已答/问题数、未答必备项、未满足必备项）：")
    }
    /// A section's line.
    static func statusSectionLine(answered: Int, total: Int, unansweredMust: Int, failed: Int) -> LocalizedText {
        LocalizedText(en: "\(answered)/\(total) answered" + (unansweredMust > 0 ? ", \(unansweredMust) must-have unanswered" : "") + (failed > 0 ? ", \(failed) must-have failed" : ""),
                      zh: "已答 \(answered)/\(total)" + (unansweredMust > 0 ? "，\(unansweredMust) 个必备项未答" : "") + (failed > 0 ? "，\(failed) 个必备项未满足" : ""))
    }
}

/// What `rfi import` prints about a response, both languages side by side.
package enum RFIImportWording {
    /// The first line: the dossier, how many answers and changes.
    package static func summary(target: String, isNew: Bool, answers: Int, file: String, changes: Int) -> LocalizedText {
        LocalizedText(en: "\(target)\(isNew ? " (new)" : ""): \(answers) answer\(answers == 1 ? "" : "s") from \(file), \(changes) change\(changes == 1 ? "" : "s")",
                      zh: "\(target)\(isNew ? "（新建）" : "")：来自 \(file) 的 \(answers) 个回答，\(changes) 处变更")
    }
    /// One change: `id: old → new  (row N)`, each value with its unit when it has one (`8 weeks`, `8 周`).
    package static func change(id: String, old: String?, new: String, row: Int, unit: LocalizedText? = nil) -> LocalizedText {
        func en(_ value: String) -> String { FactUnits.text(value, unit: unit, in: .english) }
        func zh(_ value: String) -> String { FactUnits.text(value, unit: unit, in: .chinese) }
        return LocalizedText(en: "  \(id): \(old.map(en) ?? "(none)") → \(en(new))  (row \(row))", zh: "  \(id)：\(old.map(zh) ?? "（无）") → \(zh(new))  （第 \(row) 行）")
    }
    /// The unanswered questions.
    package static func gaps(_ count: Int, ids: String) -> LocalizedText {
        LocalizedText(en: "gaps: \(count) question\(count == 1 ? "" : "s") unanswered (scored by the catalog's missing-fact policy): \(ids)",
                      zh: "缺口：\(count) 个问题未回答（按评分目录的缺失事实规则计分）：\(ids)")
    }
    /// A row whose id names no question, with the nearest id when one is close.
    package static func unknownQuestion(_ id: String, suggestion: String?) -> LocalizedText {
        LocalizedText(en: "unknown question id \"\(id)\"; the row is not imported" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? ""),
                      zh: "未知的问题编号“\(id)”，该行未导入" + (suggestion.map { "；是否应为“\($0)”？" } ?? ""))
    }
    /// After a dry run.
    package static let dryRun = LocalizedText(en: "dry run: nothing written", zh: "试运行：未写入任何文件")
    /// After writing.
    package static func wrote(_ target: String) -> LocalizedText { LocalizedText(en: "wrote \(target)", zh: "已写入 \(target)") }
}

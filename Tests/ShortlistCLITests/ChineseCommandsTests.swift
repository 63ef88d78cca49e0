import Foundation
import Testing

/// The commands that print summaries, tables and confirmations beside the ranking — `init`,
/// `pilot init|record|import`, `sheet export|import`, `ahp`, `matrix` — and the notes every command
/// writes to standard error, run through the real binary with `--lang zh` (issue 12 §3): exact
/// Chinese lines, each beside the English line of the same run, whose figures it repeats. The
/// English lines are those the commands printed before `--lang` was added to them.
@Suite struct ChineseCommandsTests {
    static let environment = ["SHORTLIST_NOW": "2026-07-01T09:00:00Z", "SHORTLIST_USER": "tester"]

    /// Runs `arguments` in `directory`, expecting exit status `status`.
    static func run(_ arguments: [String], in directory: URL, status: Int32 = 0) throws -> BinaryRunner.Result {
        let result = try BinaryRunner.run(arguments, in: directory, environment: environment)
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        return result
    }

    /// Writes `text` to `name` in `directory`.
    static func write(_ text: String, _ name: String, in directory: URL) throws {
        try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }

    // MARK: - init

    @Test func initConfirmsInChinese() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        #expect(try Self.run(["init", "tpl"], in: directory).text == "created tpl — next: shortlist validate tpl && shortlist rank tpl\n")
        #expect(try Self.run(["init", "tpl-zh", "--lang", "zh"], in: directory).text == "已创建 tpl-zh——下一步：`shortlist validate tpl-zh && shortlist rank tpl-zh`\n")
        #expect(try Self.run(["init", "copy", "--sample", "retail-10-stores", "--lang", "zh"], in: directory).text
                == "已创建 copy（复制自样例 retail-10-stores）——下一步：`shortlist validate copy && shortlist rank copy`\n")
        // The same template either way: --lang changes what is printed, not what is written.
        let selection = { (name: String) in try Data(contentsOf: directory.appendingPathComponent(name + "/selection.json")) }
        #expect(try selection("tpl") == selection("tpl-zh"))
    }

    // MARK: - pilot init, record, import

    /// On a copy of the retail sample, whose lingxi log holds 17 entries (o0001–o0017): a new plan for
    /// yunqi from 2026-06-01 for the default 4 weeks ends on June 1 + 27 = June 28; the next entry is
    /// o0018 on line 18; an import of two rows then gets o0019–o0020, and one more row o0021.
    @Test func pilotCommandsConfirmInChinese() throws {
        let csv = "vendor,metric,value,date,by,note\nlingxi,stats-time,2.5,2026-04-22,ann,\nlingxi,crashes,1,2026-04-22,,x\n"
        var printed: [Bool: [String]] = [:]
        for chinese in [false, true] {
            let (directory, _) = try BinaryRunner.copyOfSample("samples/retail-10-stores")
            let lang = chinese ? ["--lang", "zh"] : []
            try Self.write(csv, "obs.csv", in: directory)
            try Self.write("vendor,metric,value,date\nlingxi,stats-time,2.25,2026-04-23\n", "one.csv", in: directory)
            printed[chinese] = try [
                ["pilot", "init", "ws", "--vendor", "yunqi", "--start", "2026-06-01"],
                ["pilot", "record", "ws", "--vendor", "lingxi", "--metric", "stats-time", "--value", "2", "--date", "2026-04-20"],
                ["pilot", "record", "ws", "--vendor", "lingxi", "--metric", "stats-time", "--value", "2.1", "--date", "2026-04-20", "--amends", "o0018"],
                ["pilot", "import", "ws", "obs.csv"],
                ["pilot", "import", "ws", "one.csv"],
            ].map { try Self.run($0 + lang, in: directory).text }
        }
        #expect(printed[false] == [
            "wrote pilots/yunqi.json (3 metrics, 2026-06-01 – 2026-06-28); set the baselines and targets, then record with `shortlist pilot record`\n",
            "recorded o0018 in pilots/lingxi.log.jsonl (line 18): stats-time = 2 on 2026-04-20 by tester\n",
            "recorded o0019 in pilots/lingxi.log.jsonl (line 19): stats-time = 2.1 on 2026-04-20 by tester, amending o0018\n",
            "imported 2 observations to pilots/lingxi.log.jsonl (o0020–o0021) from obs.csv\n",
            "imported 1 observation to pilots/lingxi.log.jsonl (o0022) from one.csv\n",
        ])
        #expect(printed[true] == [
            "已写入 pilots/yunqi.json（3 项指标，2026-06-01 – 2026-06-28）；请设定基线和目标，然后用 `shortlist pilot record` 记录观测\n",
            "已在 pilots/lingxi.log.jsonl（第 18 行）记录 o0018：stats-time = 2，日期 2026-04-20，记录人 tester\n",
            "已在 pilots/lingxi.log.jsonl（第 19 行）记录 o0019：stats-time = 2.1，日期 2026-04-20，记录人 tester，更正 o0018\n",
            "已从 obs.csv 导入：2 条观测写入 pilots/lingxi.log.jsonl（o0020–o0021）\n",
            "已从 one.csv 导入：1 条观测写入 pilots/lingxi.log.jsonl（o0022）\n",
        ])
    }

    // MARK: - sheet export, import

    /// wang-lei's 12 ratings (4 rated criteria × 3 vendors) go out on the sheet but for huanyu-hcm's,
    /// knocked out by a gate and left off; its 4 are kept on import, so 8 + 4 = 12 are stored.
    @Test func sheetCommandsConfirmInChinese() throws {
        let (directory, _) = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        let english = try Self.run(["sheet", "export", "ws", "--evaluator", "wang-lei", "--output", "en.csv"], in: directory)
        #expect(english.stderrLines == [
            "wrote en.csv: the scoring sheet of wang-lei",
            "1 knocked-out vendor (huanyu-hcm) left off the sheet: a knocked-out vendor cannot be chosen, so rating it is wasted effort; --include-knocked-out adds it", "",
        ])
        let chinese = try Self.run(["sheet", "export", "ws", "--evaluator", "wang-lei", "--output", "zh.csv", "--lang", "zh"], in: directory)
        #expect(chinese.stderrLines == [
            "已写入 zh.csv：wang-lei 的评分表",
            "已淘汰的 1 家供应商（huanyu-hcm）未列入评分表：已淘汰的供应商不会入选，无需评分；加 --include-knocked-out 可加入", "",
        ])
        // The sheet itself is the same: its columns are what `sheet import` reads.
        #expect(try Data(contentsOf: directory.appendingPathComponent("en.csv")) == Data(contentsOf: directory.appendingPathComponent("zh.csv")))
        #expect(try Self.run(["sheet", "import", "ws", "en.csv", "--evaluator", "wang-lei"], in: directory).text == "stored ratings/wang-lei.json: 12 ratings from en.csv\n")
        #expect(try Self.run(["sheet", "import", "ws", "zh.csv", "--evaluator", "wang-lei", "--lang", "zh"], in: directory).text == "已保存 ratings/wang-lei.json：来自 zh.csv 的 12 项评分\n")
    }

    // MARK: - ahp, matrix

    /// The inconsistent matrix of ``AHPMatrixCommandTests`` (Support : Integration given as 1/5): the
    /// figures are those its English test checks; only the words change.
    @Test func ahpPrintsItsTableAndWarningInChinese() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        try Self.write(",Functionality,Cost,Support,Integration\nFunctionality,1,2,3,5\nCost,1/2,1,2,3\nSupport,1/3,1/2,1,1/5\nIntegration,1/5,1/3,5,1\n", "bad.csv", in: directory)
        let english = try Self.run(["ahp", "bad.csv", "--accept-inconsistent"], in: directory)
        let chinese = try Self.run(["ahp", "bad.csv", "--accept-inconsistent", "--lang", "zh"], in: directory)
        #expect(chinese.text == """
            bad.csv 的 AHP 权重：4 个元素，主特征向量（幂迭代，精度 1e-12），归一化为总和 1

            元素               权重   占比
            Functionality  0.469260  46.9%
            Cost           0.263752  26.4%
            Support        0.090299   9.0%
            Integration    0.176690  17.7%

            λmax  4.584039
            CI    0.194680  (λmax − n)/(n − 1)
            CR    0.216311  CI/RI，RI(4) = 0.90，取自 Saaty (1980/1987) [saaty]
            结论：不一致（CR > 0.10）

            对不一致贡献最大的判断（|ln e_ij| 最大者，e_ij = a_ij·w_j/w_i）：
              行             列           给定值  一致值  占 λmax − n 的比例
              Support        Integration     1/5   0.511               40.5%
              Cost           Integration       3   1.493               21.7%
              Functionality  Integration       5   2.656               17.7%

            """)
        #expect(chinese.stderr == "警告：bad.csv：判断不一致：CR 0.216 > 0.10；已按 --accept-inconsistent 采用\n")
        #expect(english.stderr == "warning: bad.csv: the judgments are inconsistent: CR 0.216 > 0.10; accepted with --accept-inconsistent\n")
        // Every line of figures is the English line's (the weights, λmax and CI lines are the same bytes).
        #expect(Array(chinese.lines[3...9]) == Array(english.lines[3...9]))
        // Two elements: CR is 0 by definition.
        try Self.write(",A,B\nA,1,3\nB,1/3,1\n", "two.csv", in: directory)
        let two = try Self.run(["ahp", "two.csv", "--lang", "zh"], in: directory).lines
        #expect(Array(two.suffix(3)) == ["CR           0  2 个元素的矩阵总是一致的", "结论：一致（CR ≤ 0.10）", ""])
    }

    /// The Tzeng & Huang (2011) matrix of ``AHPMatrixCommandTests`` with weights 3, 2, 1 (0.500, 0.333,
    /// 0.167) and C2 a cost: all three methods rank A4, A2, A3, A1, so every correlation is 1.
    @Test func matrixPrintsItsTableInChinese() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        try Self.write("alternative,C1,C2,C3\nA1,5,8,4\nA2,7,6,8\nA3,8,8,6\nA4,7,4,6\n", "m.csv", in: directory)
        let arguments = ["matrix", "m.csv", "--weights", "3,2,1", "--types", "+,-,+", "--method", "all"]
        let english = try Self.run(arguments, in: directory)
        let chinese = try Self.run(arguments + ["--lang", "zh"], in: directory)
        #expect(chinese.text == """
            m.csv：4 个备选方案，3 项准则
            权重：C1 0.500 (+)，C2 0.333 (-)，C3 0.167 (+)
            WSM：加权和，min-max 归一化
            WPM：加权积，总和归一化
            TOPSIS：与理想解的贴近度，向量归一化

            备选方案  WSM 得分  排名  WPM 得分  排名  TOPSIS 得分  排名
            A1        0.000000     4  0.182717     4     0.000000     4
            A2        0.666667     2  0.267092     2     0.626850     2
            A3        0.583333     3  0.247279     3     0.523108     3
            A4        0.750000     1  0.291430     1     0.735289     1

            各方法排名的一致性：
              方法          Kendall tau-b  Spearman rho
              WSM – WPM             1.000         1.000
              WSM – TOPSIS          1.000         1.000
              WPM – TOPSIS          1.000         1.000

            """)
        #expect(Array(english.lines.prefix(5)) == [
            "m.csv: 4 alternatives, 3 criteria", "weights: C1 0.500 (+), C2 0.333 (-), C3 0.167 (+)",
            "WSM: weighted sum, min-max normalisation", "WPM: weighted product, sum normalisation", "TOPSIS: closeness to the ideal, vector normalisation",
        ])
        let single = try Self.run(["matrix", "m.csv", "--weights", "3,2,1", "--types", "+,-,+", "--method", "topsis", "--normalization", "max", "--lang", "zh"], in: directory).lines
        #expect(single[2] == "方法：TOPSIS，与理想解的贴近度，最大值归一化")
        #expect(single[4].split(separator: " ").map(String.init) == ["排名", "备选方案", "得分"])
    }

    // MARK: - Notes on standard error

    /// The retail sample ranks 2 vendors and knocks out 1 (huanyu-hcm); its questionnaire has 117
    /// questions, 8 of them must-haves, and 108 when pre-filled for lingxi (its dossier states prices in
    /// the older `pricing` fields, so it is asked the shorter price sheet); decide hashes 12 inputs: selection.json,
    /// 3 dossiers, 4 rating files, the pilot plan and its log, the hris catalog and its base saas.
    @Test func notesFollowTheLanguage() throws {
        let (directory, _) = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        func notes(_ arguments: [String]) throws -> (en: String, zh: String) {
            (try Self.run(arguments, in: directory).stderr, try Self.run(arguments + ["--lang", "zh", "--force"], in: directory).stderr)
        }
        let rank = try notes(["rank", "ws", "--output", "r.md"])
        #expect(rank.en == "wrote r.md (markdown, 2 ranked, 1 knocked out)\n")
        #expect(rank.zh == "已写入 r.md（markdown，2 家参与排名，1 家被淘汰）\n")
        let workbook = try notes(["rank", "ws", "--output", "r.xlsx"])
        #expect(workbook.en == "wrote r.xlsx (xlsx, 2 ranked, 1 knocked out)\n")
        #expect(workbook.zh == "已写入 r.xlsx（xlsx，2 家参与排名，1 家被淘汰）\n")
        let report = try notes(["report", "ws", "--output", "b.html"])
        #expect(report.en == "wrote b.html (html, 2 ranked, 1 knocked out)\n")
        #expect(report.zh == "已写入 b.html（html，2 家参与排名，1 家被淘汰）\n")
        let questionnaire = try notes(["rfi", "export", "ws", "--output", "q.csv"])
        #expect(questionnaire.en == "wrote q.csv: 117 questions, 8 must-have\n")
        #expect(questionnaire.zh == "已写入 q.csv：共 117 个问题，其中必备项 8 个\n")
        let prefilled = try notes(["rfi", "export", "ws", "--vendor", "lingxi", "--output", "q.md"])
        #expect(prefilled.en == "wrote q.md: 108 questions, 8 must-have, pre-filled for lingxi\n")
        #expect(prefilled.zh == "已写入 q.md：共 108 个问题，其中必备项 8 个，已为 lingxi 预填\n")
        let decide = try notes(["decide", "ws", "--accept-weight-changes", "board approved"])
        #expect(decide.en == "note: no locked weight has moved; --accept-weight-changes is not recorded\nwrote decision.json (12 input files hashed)\n")
        #expect(decide.zh == "注：锁定的权重均未变动；--accept-weight-changes 不予记录\n已写入 decision.json（记录了 12 个输入文件的 SHA-256）\n")
    }

    /// The retail sample with newco, a copy of lingxi the panel has not rated: scored on 87.3 % of the
    /// weight, below the minimum of 90 % (see ``CoverageEndToEndTests``), so sensitivity leaves it out.
    /// A line the pilot log cannot read is a warning beside `pilot status --format json`.
    @Test func warningsBesideTheOutputFollowTheLanguage() throws {
        let (directory, workspace) = try CoverageEndToEndTests.workspace()
        let english = try Self.run(["sensitivity", "ws", "--samples", "200"], in: directory)
        let chinese = try Self.run(["sensitivity", "ws", "--samples", "200", "--lang", "zh"], in: directory)
        #expect(english.stderr == "note: left out of the analysis as incomplete (scored on too little of the weight): newco (coverage 87.3%)\n")
        #expect(chinese.stderr == "注：以下供应商数据不全（可评分的权重过少），未纳入分析：newco（覆盖率 87.3%）\n")
        let log = try FileHandle(forWritingTo: workspace.appendingPathComponent("pilots/lingxi.log.jsonl"))
        log.seekToEndOfFile()
        log.write(Data("{\"bad\": 1}\n".utf8))
        try log.close()
        // The log check's own sentence stays English, as diagnostics do; the warning around it follows --lang.
        let problem = "line 18 is not a valid entry: bad: unknown key \"bad\"; expected one of: amends, by, date, id, metric, note, recorded, value; it is kept in the log and ignored"
        #expect(try Self.run(["pilot", "status", "ws", "--format", "json"], in: directory).stderr == "warning: pilots/lingxi.log.jsonl: \(problem)\n")
        #expect(try Self.run(["pilot", "status", "ws", "--format", "json", "--lang", "zh"], in: directory).stderr == "警告：pilots/lingxi.log.jsonl：\(problem)\n")
    }

    // MARK: - rfi import

    /// A response for yunqi (retail sample) that answers one question (24 → 96 hours), misspells one
    /// id and gives one that matches nothing: the change, the 59 questions still open and both row
    /// warnings follow `--lang`; the warnings keep the diagnostic's place and `warning:` keyword.
    @Test func rfiImportReportsRowsInChinese() throws {
        let (directory, _) = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        try Self.write("id,answer,comment\nsupport.responseHours,96,next business day\nsupport.respnseHours,4,\nzzz.nothing,1,\n", "r.csv", in: directory)
        let arguments = ["rfi", "import", "ws", "r.csv", "--vendor", "yunqi", "--dry-run"]
        let english = try Self.run(arguments, in: directory)
        let chinese = try Self.run(arguments + ["--lang", "zh"], in: directory)
        #expect(english.stderrLines == [
            "r.csv:3:A: warning: id: unknown question id \"support.respnseHours\"; the row is not imported; did you mean \"support.responseHours\"?",
            "r.csv:4:A: warning: id: unknown question id \"zzz.nothing\"; the row is not imported", "",
        ])
        #expect(chinese.stderrLines == [
            "r.csv:3:A: warning: id: 未知的问题编号“support.respnseHours”，该行未导入；是否应为“support.responseHours”？",
            "r.csv:4:A: warning: id: 未知的问题编号“zzz.nothing”，该行未导入", "",
        ])
        let open = "payroll.socialInsuranceCities、payroll.policyUpdateDays、payroll.iitSpecialDeductions、payroll.electronicPayslips、payroll.journalPosting、payroll.multiCountry、attendance.storeScheduling、attendance.crossStoreSwaps、attendance.splitAndNightShifts、attendance.workingHourCompliance"
        #expect(chinese.lines == [
            "vendors/yunqi.json：来自 r.csv 的 1 个回答，1 处变更",
            "  support.responseHours：24 小时 → 96 小时  （第 2 行）",
            "缺口：59 个问题未回答（按评分目录的缺失事实规则计分）：\(open)，另有 49 项",
            "试运行：未写入任何文件", "",
        ])
        #expect(english.lines.first == "vendors/yunqi.json: 1 answer from r.csv, 1 change")
        #expect(english.lines.dropFirst().first == "  support.responseHours: 24 hours → 96 hours  (row 2)")
    }

    // MARK: - criteria

    /// `criteria hris --lang zh`: every kind of rule the shipped catalog uses, with its English line of
    /// the same node; fact ids, module ids, rule and method names and numbers stay as written.
    @Test func criteriaSummarisesRulesInChinese() throws {
        let root = BinaryRunner.repositoryRoot
        let english = try Self.run(["criteria", "hris"], in: root).lines
        let chinese = try Self.run(["criteria", "hris", "--lang", "zh"], in: root).lines
        #expect(english.count == chinese.count)
        // The rule column starts after the name (52 columns) and two weights; the node's id comes first on both lines.
        func rule(_ id: String, _ lines: [String]) -> String? {
            lines.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(id + " · ") }?.components(separatedBy: "%  ").last
        }
        let pairs: [(id: String, en: String, zh: String)] = [
            ("mobile-app", "modules: mobileApp", "模块：mobileApp"),
            ("wechat-client-demo", "rating ratings.wechatClient on 1–5", "评分 ratings.wechatClient，1–5 分"),
            ("industry-experience", "industry years: 0→0 1→30 3→70 5→100", "行业年限：0→0 1→30 3→70 5→100"),
            ("security-certifications", "coverage security.certifications of iso27001, mlps3", "覆盖 security.certifications：iso27001、mlps3"),
            ("data-residency", "lookup data.residency: mainland-china 100, buyer-choice 100, single-region 60, global 20, otherwise 0",
             "查表 data.residency：mainland-china 100，buyer-choice 100，single-region 60，global 20，其他 0"),
            ("go-live-fit", "deadline ratio: 0.5→100 1→60 1.5→0", "实施周期/上线期限：0.5→100 1→60 1.5→0"),
            ("integration-coverage", "coverage integrations of the profile's list", "覆盖 integrations：选型文件所列各项"),
            ("total-cost", "cost tco, budgetRange 60%–110% of budget (absolute)", "成本 tco，budgetRange 预算的 60%–110%（绝对）"),
            ("deployment-fit", "deployment: preferred 100, acceptable 60", "部署方式：首选 100，可接受 60"),
            ("required-modules", "modules: required", "模块：必需模块"),
            ("response-time", "scale support.responseHours (hours): 4→100 24→70 72→0", "分段 support.responseHours（小时）：4→100 24→70 72→0"),
        ]
        for pair in pairs {
            #expect(rule(pair.id, english) == pair.en, "\(pair.id)")
            #expect(rule(pair.id, chinese) == pair.zh, "\(pair.id)")
        }
        #expect(chinese.contains("  gate-pipl-residency: data.residency == mainland-china — 仅当 organisation.countries 包含 CN"))
        // The list of shipped catalogs and --check: hris has 101 criteria in 24 groups and 9 gates, as the English line says.
        let path = root.appendingPathComponent("criteria/hris.json").path
        #expect(try Self.run(["criteria"], in: root).lines.contains("hris  HR information system — 101 criteria in 24 groups, 9 gates  (\(path))"))
        #expect(try Self.run(["criteria", "--lang", "zh"], in: root).lines.contains("hris  人力资源信息系统 — 24 个类别共 101 项指标，9 个门槛（\(path)）"))
        #expect(try Self.run(["criteria", "hris", "--check"], in: root).text == "ok: hris on saas — 101 criteria in 24 groups, 9 gates, 80 declared facts (\(path))\n")
        #expect(try Self.run(["criteria", "hris", "--check", "--lang", "zh"], in: root).text == "通过：hris（组合于 saas） — 24 个类别共 101 项指标，9 个门槛，80 个声明的事实（\(path)）\n")
    }

    /// A fact gate whose operator is a word: `contains` reads 包含 in `criteria` and in the reasons of
    /// a knock-out (the points tender's gongfang lacks sap-erp-posting).
    @Test func theContainsOperatorIsAWordInChinese() throws {
        let root = BinaryRunner.repositoryRoot
        #expect(try Self.run(["criteria", "samples/hris-points-tender", "--lang", "zh"], in: root).lines.contains("  gate-sap-posting: integrations 包含 sap-erp-posting  ← 新增"))
        #expect(try Self.run(["criteria", "samples/hris-points-tender"], in: root).lines.contains("  gate-sap-posting: integrations contains sap-erp-posting  ← added"))
        #expect(try Self.run(["rank", "samples/hris-points-tender", "--lang", "zh"], in: root).lines.contains("    – gate-sap-posting：integrations = erp（要求：包含 sap-erp-posting）"))
    }

    // MARK: - Moved locked weights

    /// The internet sample locked, then performance-management raised from 10 to 15: the top level
    /// summed to 146 at the lock (10 ÷ 146 = 6.85 %) and sums to 151 now (15 ÷ 151 = 9.93 %). The
    /// change is a typed value rendered in the command's language wherever it is shown; the decision
    /// record keeps its English text.
    @Test func movedLockedWeightsAreShownInChinese() throws {
        let (directory, workspace) = try BinaryRunner.copyOfSample("samples/internet-300")
        _ = try Self.run(["lock", "ws"], in: directory)
        let selection = workspace.appendingPathComponent("selection.json")
        let text = try String(contentsOf: selection, encoding: .utf8)
        #expect(text.components(separatedBy: "\"performance-management\": 10,").count == 2)
        try text.replacingOccurrences(of: "\"performance-management\": 10,", with: "\"performance-management\": 15,").write(to: selection, atomically: true, encoding: .utf8)
        let english = "the weight of performance-management was locked at 10 (6.85% of the total) on 2026-07-01T09:00:00Z; it is now 15 (9.93%)"
        let chinese = "performance-management 的权重于 2026-07-01T09:00:00Z 锁定为 10（占总权重 6.85%）；现为 15（9.93%）"
        #expect(Array(try Self.run(["rank", "ws"], in: directory).lines[3...4]) == ["LOCKED WEIGHTS CHANGED", "  ! " + english])
        #expect(Array(try Self.run(["rank", "ws", "--lang", "zh"], in: directory).lines[3...4]) == ["已锁定的权重发生变化", "  ! " + chinese])
        #expect(try Self.run(["rank", "ws", "--format", "markdown", "--lang", "zh"], in: directory).lines.contains("> - " + chinese))
        _ = try Self.run(["decide", "ws", "--accept-weight-changes", "board approved"], in: directory)
        // The board: the moved weights, the reason the record accepted them with, and the decision's note.
        let board = try Self.run(["report", "ws", "--format", "markdown", "--lang", "zh"], in: directory).lines
        #expect(board.filter { $0.contains(chinese) } == ["  - " + chinese, "- " + chinese, "- 已锁定的权重发生变化：" + chinese])
        #expect(!board.contains { $0.contains(english) })
        let englishBoard = try Self.run(["report", "ws", "--format", "markdown"], in: directory).lines
        #expect(englishBoard.filter { $0.contains(english) } == ["  - " + english, "- " + english, "- LOCKED WEIGHT CHANGED: " + english])
        let html = try Self.run(["report", "ws", "--lang", "zh"], in: directory).text
        #expect(html.contains("<p class=\"explain\">\(chinese)</p>") && !html.contains(english))
        let record = try String(contentsOf: workspace.appendingPathComponent("decision.json"), encoding: .utf8)
        #expect(record.contains("\"changes\": [\n      \"\(english)\"\n    ]"), "\(record)")
    }
}

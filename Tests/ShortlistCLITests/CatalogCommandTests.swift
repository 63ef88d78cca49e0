import Foundation
import Testing

/// `shortlist criteria` on the shipped catalogs, `criteria --check`, and the ATS sample, run as a user would.
@Suite struct CatalogCommandTests {
    @Test func theCheckPassesOnEveryShippedCatalog() throws {
        let result = try BinaryRunner.run(["criteria", "--check"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.text.split(separator: "\n").map { String($0.prefix { $0 != "(" }) }
        #expect(lines == ["ok: ats on saas — 69 criteria in 16 groups, 8 gates, 50 declared facts ",
                          "ok: hris on saas — 101 criteria in 24 groups, 9 gates, 80 declared facts ",
                          "ok: saas — 63 criteria in 16 groups, 8 gates, 44 declared facts "])
    }

    @Test func theCheckReportsABrokenCatalogAndFails() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("CatalogCommandTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try #"{"version": 1, "id": "crm", "name": "CRM", "extends": "saas", "tailoring": {"drop": ["webhook"]}}"#.write(to: directory.appendingPathComponent("crm.json"), atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["criteria", "--check", directory.appendingPathComponent("crm.json").path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let file = directory.appendingPathComponent("crm.json").path
        #expect(result.stderr == file + #":1:86: error: tailoring.drop[0]: unknown node or gate "webhook"; did you mean "webhooks"?"# + "\n1 error found\n")
    }

    @Test func hrisShowsTheNewGroupsAndItsBase() throws {
        let result = try BinaryRunner.run(["criteria", "hris"])
        #expect(result.status == 0)
        #expect(result.lines[1] == "extends: saas")
        // Each new group's whole line, its name cut to the column (with the Chinese name after " / ") and its weights;
        // the top level sums to 140, so e.g. statutory payroll's 5 is 5 ÷ 140 = 3.6 %.
        for line in ["statutory-payroll · Statutory payroll (China) / 法…     3.6%    3.6%  ",
                     "shift-attendance · Shift work and attendance / 排班…    2.9%    2.9%  ",
                     "collaboration-suites · DingTalk, WeCom and Feishu /…    1.4%    1.4%  ",
                     "data-protection · Data protection / 数据保护            2.9%    2.9%  ",
                     "exit · Exit and portability / 退出与数据可迁移          2.1%    2.1%  "] {
            #expect(result.lines.contains(line), "\(line)")
        }
        #expect(result.section(startingWith: "Knock-out gates") == [
            "Knock-out gates",
            "  gate-required-modules: every required module at least partial",
            "  gate-budget: within budget and tolerance (both)",
            "  gate-deployment: an acceptable deployment",
            "  gate-certifications: every required certification",
            "  gate-response-time: support.responseHours <= 72 hours",
            "  gate-pipl-residency: data.residency == mainland-china — only when organisation.countries include CN",
            "  gate-domestic-stack: xinchuang.adapted == yes — only when organisation.ownership is state or government",
            "  gate-mlps-level-3: assurance.mlpsLevel >= 3 — only when organisation.ownership is state or government",
            "  gate-multi-country-payroll: payroll.multiCountry == yes — only when organisation.countries name at least 2",
        ], "\(result.text)")
        let chinese = try BinaryRunner.run(["criteria", "hris", "--lang", "zh"])
        #expect(Array(chinese.lines.prefix(2)) == ["人力资源信息系统 (hris)", "组合于：saas"])
        #expect(chinese.lines.contains("statutory-payroll · 法定薪酬核算                        3.6%    3.6%  "), "\(chinese.text)")
    }

    @Test func theATSSampleRanks() throws {
        let result = try BinaryRunner.run(["rank", "samples/ats-startup-120"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines[1] == "catalog ats · 4 vendors · 3 ranked · 1 knocked out")
        #expect(result.section(startingWith: "Rank  Vendor                     Score  Coverage") == [
            "Rank  Vendor                     Score  Coverage",
            "   1  Lianpin Recruit (lianpin)  85.92      100%  █████████████████▏",
            "   2  Qiaomu Talent (qiaomu)     71.62      100%  ██████████████▍",
            "   3  Zhaocai ATS (zhaocai)      65.26      100%  █████████████",
            "Robustness: robust: lianpin keeps rank 1 in 100% of 10,000 weightings of the groups keeping the order of importance of the given weights; no transfer of weight between two groups changes the winner",
        ], "\(result.text)")
        // TalentBridge hosts in Singapore; the selection employs in China (countries: ["CN"]), which switches the PIPL gate on.
        #expect(result.section(startingWith: "Knocked out") == [
            "Knocked out",
            "  TalentBridge Global (talentbridge): would score 72.93 on 100% of the weight (not comparable with ranked scores)",
            "    – gate-pipl-residency: data.residency = single-region (required: == mainland-china)",
        ], "\(result.text)")
    }

    @Test func initFreezesTheBaseAndVerifyWatchesIt() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("CatalogCommandTests-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let workspace = directory.appendingPathComponent("ws").path
        #expect(try BinaryRunner.run(["init", workspace, "--sample", "retail-10-stores"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace + "/criteria").sorted() == ["hris.json", "saas.json"])
        let now = ["SHORTLIST_NOW": "2026-07-01T09:00:00Z"]
        #expect(try BinaryRunner.run(["decide", workspace, "--output", workspace + "/decision.json"], environment: now).status == 0)
        #expect(try BinaryRunner.run(["verify", workspace]).status == 0)
        // Editing the frozen base is a change to the decision's inputs.
        let base = workspace + "/criteria/saas.json"
        let text = try String(contentsOfFile: base, encoding: .utf8).replacingOccurrences(of: "\"Vendor viability and references\"", with: "\"Vendor viability\"")
        try text.write(toFile: base, atomically: true, encoding: .utf8)
        let verify = try BinaryRunner.run(["verify", workspace])
        #expect(verify.status == 1)
        #expect(verify.stderr == """
        changed: criteria/saas.json
        error: 1 input file differs from the decision of 2026-07-01T09:00:00Z; run `shortlist decide` again if the change is intended

        """, "\(verify.stderr)")
    }

    @Test func badOrganisationFieldsAreReportedWhereTheyAre() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("CatalogCommandTests-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let workspace = directory.appendingPathComponent("ws").path
        #expect(try BinaryRunner.run(["init", workspace]).status == 0)
        let selection = workspace + "/selection.json"
        let text = try String(contentsOfFile: selection, encoding: .utf8)
            .replacingOccurrences(of: #""ownership": "private""#, with: #""ownership": "State""#)
            .replacingOccurrences(of: #""countries": ["CN"]"#, with: #""countries": ["cn", "CN", "CN"]"#)
        try text.write(toFile: selection, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["validate", workspace])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
        selection.json:13:18: error: organisation.ownership: expected one of "state", "private", "foreignInvested", "jointVenture", "government", "nonProfit", found "State"; did you mean "state"?
        selection.json:14:31: error: organisation.countries[2]: "CN" is listed twice
        selection.json:14:19: error: organisation.countries[0]: expected an ISO 3166-1 alpha-2 country code in capitals such as "CN" or "SG", found "cn"
        3 errors found

        """)
    }

    @Test func questionsListWhatToAskTheVendors() throws {
        let english = try BinaryRunner.run(["criteria", "hris", "--questions"])
        #expect(english.status == 0)
        #expect(Array(english.lines.prefix(3)) == ["HR information system (hris) — questions for the vendors", "", "Functional fit (functional-fit)"])
        #expect(english.section(startingWith: "Service levels as numbers (service-levels)") == [
            "Service levels as numbers (service-levels)",
            "  availability-sla — What availability do you commit to per quarter, in %, and how is it measured? [sla.availabilityPercent: number]",
            "  maintenance-window — How many hours a month of planned maintenance are excluded from the availability commitment, and when? [sla.maintenanceHoursPerMonth: number]",
            "  critical-response — Within how many minutes do you respond to a severity-1 incident, around the clock? [sla.criticalResponseMinutes: number]",
            "  service-credits — What share of the monthly fee do you credit when the availability commitment is missed (the maximum, in %)? [sla.serviceCreditPercent: number]",
            "  sla-reporting — Do you report availability, incidents and response times to us every month? [sla.monthlyReports: boolean]",
        ], "\(english.text)")
        #expect(english.section(startingWith: "For the gates") == [
            "For the gates",
            "  xinchuang.adapted — Is the product certified to run on the domestic stack (e.g. Kunpeng or Phytium CPUs, Kylin or UOS, DM or KingbaseES)? Please attach the adaptation certificates. [boolean]",
        ], "\(english.text)")
        let chinese = try BinaryRunner.run(["criteria", "ats", "--questions", "--lang", "zh"])
        #expect(chinese.section(startingWith: "招聘流程 (recruiting-workflow)") == [
            "招聘流程 (recruiting-workflow)",
            "  job-boards — 可自动发布职位并回收简历的招聘网站有哪些:BOSS直聘、智联招聘、猎聘、前程无忧? [integrations: set]",
            "  resume-parsing — 能否将中英文简历(PDF、Word、图片)解析为结构化字段并合并重复? [ats.resumeParsing: boolean]",
            "  interview-scheduling — 候选人能否根据我方面试官日历(钉钉、企业微信、飞书)自助预约面试? [ats.selfScheduling: boolean]",
            "  mobile-application — 候选人能否通过微信或移动网页免注册投递? [ats.mobileApplication: boolean]",
            "  hiring-analytics — 是否开箱即用地统计招聘周期、渠道效果和各阶段转化率? [ats.funnelAnalytics: boolean]",
            "  hris-handoff — 录用人员数据能否无需重复录入地传到我方人事系统并衔接入职?支持哪些人事系统? [ats.hrisHandoff: boolean]",
            "  candidate-consent — 候选人是否单独授权进入人才库,并设定到期删除的保存期限? [pipl.candidateConsent: boolean]",
        ], "\(chinese.text)")
        let unnamed = try BinaryRunner.run(["criteria", "--questions"])
        #expect(unnamed.status == 64)
        #expect(unnamed.stderr == "error: --questions lists one catalog's questions; name it, e.g. `shortlist criteria hris --questions`\nRun `shortlist criteria --help` for usage.\n")
    }
}

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
        #expect(result.text.contains("\nextends: saas\n"))
        for group in ["statutory-payroll · Statutory payroll (China)", "shift-attendance · Shift work and attendance", "collaboration-suites · DingTalk, WeCom and Feishu",
                      "data-protection · Data protection", "exit · Exit and portability"] {
            #expect(result.text.contains("\n" + group), "\(group)")
        }
        #expect(result.text.contains("gate-domestic-stack: xinchuang.adapted == yes — only when organisation.ownership is state or government\n"))
        let chinese = try BinaryRunner.run(["criteria", "hris", "--lang", "zh"])
        #expect(chinese.text.contains("\n组合于:saas\n"))
        #expect(chinese.text.contains("statutory-payroll · 法定薪酬核算"))
    }

    @Test func theATSSampleRanks() throws {
        let result = try BinaryRunner.run(["rank", "samples/ats-startup-120"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.text.contains("   1  Lianpin Recruit (lianpin)  85.92"))
        #expect(result.text.contains("   2  Qiaomu Talent (qiaomu)     71.62"))
        #expect(result.text.contains("   3  Zhaocai ATS (zhaocai)      65.26"))
        // TalentBridge hosts in Singapore; the selection employs in China (countries: ["CN"]), which switches the PIPL gate on.
        #expect(result.text.contains("TalentBridge Global (talentbridge): would score "))
        #expect(result.text.contains(" of the weight (not comparable with ranked scores)\n    – gate-pipl-residency: data.residency = single-region (required: == mainland-china)\n"))
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
        #expect(verify.stderrLines.contains("changed: criteria/saas.json"), "\(verify.stderr)")
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
        #expect(english.text.hasPrefix("HR information system (hris) — questions for the vendors\n\nFunctional fit (functional-fit)\n"))
        #expect(english.text.contains("\n  availability-sla — What availability do you commit to per quarter, in %, and how is it measured? [sla.availabilityPercent: number]\n"))
        #expect(english.text.contains("\nFor the gates\n  xinchuang.adapted — Is the product certified to run on the domestic stack (e.g. Kunpeng or Phytium CPUs, Kylin or UOS, DM or KingbaseES)? Please attach the adaptation certificates. [boolean]\n"))
        let chinese = try BinaryRunner.run(["criteria", "ats", "--questions", "--lang", "zh"])
        #expect(chinese.text.contains("\n  job-boards — 可自动发布职位并回收简历的招聘网站有哪些:BOSS直聘、智联招聘、猎聘、前程无忧? [integrations: set]\n"))
        let unnamed = try BinaryRunner.run(["criteria", "--questions"])
        #expect(unnamed.status == 64)
    }
}

import Foundation
import Testing

/// Fact units (issue 13 §1), end to end on a copy of the fixture workspace: a tailoring declares
/// `sla.availability` in "% a quarter" (`%/季度`) and a flag gate on the built-in
/// `implementationWeeks` (in weeks, 周); every place that prints a fact's value prints its unit,
/// in the language of the command.
@Suite struct FactUnitTests {
    typealias Sandbox = BadInputTests.Sandbox

    static let tailoring = #"""
    "gates": [],
      "criteria": {"facts": {"sla.availability": {"type": "number", "name": {"en": "Availability", "zh": "可用性"}, "unit": {"en": "% a quarter", "zh": "%/季度"}}},
                   "add": [{"under": "service", "nodes": [{"id": "availability", "name": "Availability", "weight": 0, "rule": {"kind": "scale", "fact": "sla.availability", "points": [[99, 0], [99.9, 100]]}}]}],
                   "gates": [{"id": "gate-weeks", "kind": "fact", "fact": "implementationWeeks", "operator": "<=", "value": 7, "severity": "flag"}]},
    """#

    func sandbox() throws -> Sandbox {
        let sandbox = try Sandbox()
        try sandbox.apply(.selection(#""gates": [],"#, Self.tailoring))
        return sandbox
    }

    /// Every line of `text` holding `needle` — the lines a check then compares whole, so that `contains` only selects.
    func lines(_ text: String, containing needle: String) -> [String] {
        // CSV lines end in CRLF, which is one Character in Swift: make it LF first.
        text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { $0.contains(needle) }
    }

    @Test func criteriaNamesTheUnitsOfRulesGatesAndDeclaredFacts() throws {
        let sandbox = try sandbox()
        defer { sandbox.remove() }
        let en = sandbox.run(["criteria", "<ws>"])
        #expect(en.exitCode == .success)
        #expect(lines(en.stdoutText, containing: "sla.availability") == [
            "  availability · Availability                           0.0%    0.0%  scale sla.availability (% a quarter): 99→0 99.9→100  ← added",
            "facts and vocabulary added: sla.availability (% a quarter)",
        ])
        #expect(lines(en.stdoutText, containing: "gate-weeks") == ["  gate-weeks: implementationWeeks <= 7 weeks  ← added"])
        let zh = sandbox.run(["criteria", "<ws>", "--lang", "zh"])
        #expect(lines(zh.stdoutText, containing: "gate-weeks") == ["  gate-weeks: implementationWeeks <= 7 周  ← 新增"])
        #expect(lines(zh.stdoutText, containing: "新增事实") == ["新增事实与词汇：sla.availability (%/季度)"])
    }

    @Test func explainPrintsEveryValueWithItsUnit() throws {
        let sandbox = try sandbox()
        defer { sandbox.remove() }
        // huanyu-hcm needs 10 weeks > 7: the flag gate fails, and its source line carries the unit too.
        let en = sandbox.run(["explain", "<ws>", "huanyu-hcm"])
        #expect(en.exitCode == .success)
        #expect(lines(en.stdoutText, containing: "implementationWeeks =") == [
            "  FLAG  gate-weeks (fact): implementationWeeks = 10 weeks (required: <= 7 weeks)",
            "        fact implementationWeeks = 10 weeks (source: RFP response, 2026-03-04; vendors/huanyu-hcm.json:44:26)",
            "        fact implementationWeeks = 10 weeks (source: RFP response, 2026-03-04; vendors/huanyu-hcm.json:44:26)",
        ])
        #expect(lines(en.stdoutText, containing: "fact support.responseHours") == ["        fact support.responseHours = 8 hours (source: RFP response, 2026-03-04; vendors/huanyu-hcm.json:46:22)"])
        let zh = sandbox.run(["explain", "<ws>", "huanyu-hcm", "--lang", "zh"])
        #expect(lines(zh.stdoutText, containing: "implementationWeeks =") == [
            "  标记  gate-weeks (fact): implementationWeeks = 10 周（要求：<= 7 周）",
            "        事实 implementationWeeks = 10 周 (来源：RFP response, 2026-03-04; vendors/huanyu-hcm.json:44:26)",
            "        事实 implementationWeeks = 10 周 (来源：RFP response, 2026-03-04; vendors/huanyu-hcm.json:44:26)",
        ])
    }

    @Test func theQuestionnaireAsksForTheUnitAndImportPrintsIt() throws {
        let sandbox = try sandbox()
        defer { sandbox.remove() }
        let en = sandbox.run(["rfi", "export", "<ws>"])
        #expect(en.exitCode == .success)
        #expect(lines(en.stdoutText, containing: ",sla.availability,") == ["After-sales service,sla.availability,sla.availability,number (% a quarter),,,document,,,"])
        // gate-weeks only flags: the question says what is checked and is not a must-have.
        #expect(lines(en.stdoutText, containing: ",implementationWeeks,") == [
            "Implementation,implementationWeeks,\"How many weeks does an implementation like ours take, from contract to go-live?\",number (weeks),,no — flagged if not met: must be <= 7 weeks,document,,,",
        ])
        let zh = sandbox.run(["rfi", "export", "<ws>", "--lang", "zh"])
        #expect(lines(zh.stdoutText, containing: ",sla.availability,") == ["售后服务,sla.availability,sla.availability,数字（%/季度）,,,文件,,,"])

        // lingxi answers 99.95 for availability and 8 weeks (it had 6): the diff prints both units.
        let export = sandbox.run(["rfi", "export", "<ws>", "--vendor", "lingxi"])
        var rows = export.stdoutText.components(separatedBy: "\r\n")
        for (i, row) in rows.enumerated() {
            if row.hasPrefix("After-sales service,sla.availability,") { rows[i] = row.replacingOccurrences(of: ",document,,,", with: ",document,99.95,,") }
            if row.contains(",implementationWeeks,") { rows[i] = row.replacingOccurrences(of: ",document,6,", with: ",document,8,") }
        }
        try rows.joined(separator: "\r\n").write(toFile: sandbox.root + "/response.csv", atomically: true, encoding: .utf8)
        let imported = sandbox.run(["rfi", "import", "<ws>", "<tmp>/response.csv", "--vendor", "lingxi", "--dry-run"])
        #expect(imported.exitCode == .success)
        // Each change names its row of the sheet: the record's index + 1 (the header is row 1).
        let weeksRow = try #require(rows.firstIndex { $0.contains(",implementationWeeks,") }) + 1
        let availabilityRow = try #require(rows.firstIndex { $0.hasPrefix("After-sales service,sla.availability,") }) + 1
        #expect(lines(imported.stdoutText, containing: "implementationWeeks:") == ["  implementationWeeks: 6 weeks → 8 weeks  (row \(weeksRow))"])
        #expect(lines(imported.stdoutText, containing: "sla.availability:") == ["  sla.availability: (none) → 99.95 % a quarter  (row \(availabilityRow))"])
        let importedZh = sandbox.run(["rfi", "import", "<ws>", "<tmp>/response.csv", "--vendor", "lingxi", "--dry-run", "--lang", "zh"])
        #expect(lines(importedZh.stdoutText, containing: "implementationWeeks：") == ["  implementationWeeks：6 周 → 8 周  （第 \(weeksRow) 行）"])
    }
}

import Foundation
import Testing

/// Budgets as buyers hold them, through the real binary: the README's worked example — the retail sample
/// with an annual, a one-off and a 3-year total budget, a per-employee quote escalating 5 % a year, and a
/// flag gate checking each year's recurring cost and the one-off cost.
///
/// Lingxi's quote: 30 a month × 12 × 180 staff (growth set to 0) escalating 5 % a year, one-off 25,000:
///
///     recurring  64,800 (year 1)   68,040 (× 1.05)   71,442 (× 1.05²)
///     year-1 cash 25,000 + 64,800 = 89,800 ≤ 70,000 + 20,000 = 90,000                 gate-budget passes
///     TCO 25,000 + 64,800 + 68,040 + 71,442 = 229,282 ≤ the 3-year total 230,000        gate-budget passes
///     year 3: 71,442 − 70,000 = 1,442 over the annual budget, 1,442 ÷ 70,000 = 2.06 %   flagged
///     one-off: 25,000 − 20,000 = 5,000 over the one-off budget, 5,000 ÷ 20,000 = 25 %   flagged
///     scenario "Tight total" (225,000): 229,282 − 225,000 = 4,282 over, 1.903 %         knocked out
@Suite struct BudgetEndToEndTests {
    /// The README's worked example, as replacements in a copy of the retail sample.
    static let edits: [(file: String, old: String, new: String)] = [
        ("selection.json", #""headcountGrowthPercent": 5"#, #""headcountGrowthPercent": 0"#),
        ("selection.json", #""budget": { "annual": 80000, "oneTime": 20000, "currency": "CNY", "limit": "soft", "tolerancePercent": 10 }"#,
         #""budget": { "annual": 70000, "oneTime": 20000, "total": 230000, "currency": "CNY", "limit": "hard" }"#),
        ("selection.json", #""gates": [],"#, #"""
            "gates": [
                { "id": "gate-budget-by-year", "name": { "en": "Each year and the one-off within budget", "zh": "每年及一次性费用不超预算" },
                  "kind": "budget", "basis": ["recurring", "oneOff"], "severity": "flag" }
              ],
              "scenarios": { "Tight total": { "budget": { "total": 225000 } } },
            """#),
        ("vendors/lingxi.json", #"""
            "pricing": {
                "source": "quote LX-2026-031, 2026-03-05",
                "currency": "CNY",
                "perEmployeeMonth": 22,
                "annualBaseFee": 12000,
                "annualSupportFee": 0,
                "implementationFee": 12000,
                "trainingFee": 3000,
                "otherOneTimeFees": 0,
                "escalationPercent": 3
              },
            """#, #"""
            "quote": {
                "source": "quote LX-2026-031, 2026-03-05",
                "currency": "CNY",
                "lines": [
                  { "label": "Subscription", "perEmployeeMonth": 30, "escalationPercent": 5 },
                  { "label": "Implementation", "oneOff": 25000, "category": "implementation" }
                ]
              },
            """#),
    ]

    /// A copy of the retail sample with ``edits`` applied; the caller removes `directory`.
    static func workspace() throws -> (directory: URL, workspace: URL) {
        let (directory, workspace) = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        for edit in edits {
            let url = workspace.appendingPathComponent(edit.file)
            let text = try String(contentsOf: url, encoding: .utf8)
            let parts = text.components(separatedBy: edit.old)
            try #require(parts.count == 2, "\(edit.file) holds the text to replace once")
            try Data(parts.joined(separator: edit.new).utf8).write(to: url)
        }
        return (directory, workspace)
    }

    static func run(_ arguments: [String]) throws -> BinaryRunner.Result {
        let (directory, _) = try workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        return try BinaryRunner.run(arguments, in: directory)
    }

    static let yearThree = "year-3 recurring cost 71,442 CNY exceeds the limit 70,000 (annual budget 70,000, hard cap) by 1,442 (2.1% over)"
    static let oneOff = "one-off cost 25,000 CNY exceeds the limit 20,000 (one-off budget 20,000, hard cap) by 5,000 (25% over)"

    @Test func explainShowsEachCheckWithItsYearLimitAndOverrun() throws {
        let result = try Self.run(["explain", "ws", "lingxi"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines[1] == "note: lingxi is flagged by gate-budget-by-year (severity flag: it stays ranked)")
        #expect(section("Gates", of: result.lines) == [
            "Gates",
            "  pass  gate-required-modules (requiredModules): covers all 5 required modules at least partial",
            "  pass  gate-budget (budget): first-year cost 89,800 CNY against the limit 90,000 (budget 70,000 + one-off 20,000, hard cap); 3-year TCO 229,282 CNY against the limit 230,000 (3-year total budget 230,000, hard cap)",
            "  pass  gate-deployment (deployment): offers an acceptable deployment",
            "  pass  gate-certifications (certifications): no certification required",
            "  pass  gate-response-time (fact): support.responseHours = 4 hours (required: <= 72 hours)",
            "  FLAG  gate-budget-by-year (budget): \(Self.yearThree); \(Self.oneOff)",
        ])
    }

    @Test func explainInChineseSaysTheSameFigures() throws {
        let result = try Self.run(["explain", "ws", "lingxi", "--lang", "zh"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines[1] == "注意：lingxi 被 gate-budget-by-year 标记（严重程度为 flag：仍参与排名）")
        #expect(section("门槛", of: result.lines) == [
            "门槛",
            "  通过  gate-required-modules (requiredModules): 全部 5 个必需模块均至少部分覆盖",
            "  通过  gate-budget (budget): 首年费用 89,800 CNY 未超出上限 90,000（预算 70,000 + 一次性 20,000，硬性上限）；3 年总拥有成本 229,282 CNY 未超出上限 230,000（3 年总预算 230,000，硬性上限）",
            "  通过  gate-deployment (deployment): 提供可接受的部署方式",
            "  通过  gate-certifications (certifications): 无认证要求",
            "  通过  gate-response-time (fact): support.responseHours = 4 小时（要求：<= 72 小时）",
            "  标记  gate-budget-by-year (budget): 第 3 年经常性费用 71,442 CNY 超出上限 70,000（年度预算 70,000，硬性上限），超出 1,442（2.1%）；一次性费用 25,000 CNY 超出上限 20,000（一次性预算 20,000，硬性上限），超出 5,000（25%）",
        ])
    }

    @Test func rankJSONCarriesEveryCheckWithItsYear() throws {
        let result = try Self.run(["rank", "ws", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let ranked = try result.json(RankJSON.self)
        let lingxi = try #require(ranked.ranking.first { $0.vendor == "lingxi" })
        #expect(lingxi.rank == 1, "a flag keeps the vendor ranked")
        let flag = try #require(lingxi.flags?.first)
        #expect(lingxi.flags?.count == 1 && flag.gate == "gate-budget-by-year" && flag.kind == "budget" && flag.severity == "flag")
        #expect(flag.reason == "\(Self.yearThree); \(Self.oneOff)")
        func recurring(_ year: Int, _ cost: Double, over: Double) -> GateFiguresJSON.BudgetCheck {
            GateFiguresJSON.BudgetCheck(check: "recurring", year: year, years: 1, currency: "CNY", cost: cost, limit: 70_000, budgeted: 70_000,
                                        exceeded: over > 0, overrun: over, overrunPercent: over / 70_000 * 100)
        }
        #expect(flag.figures?.checks == [
            recurring(1, 64_800, over: 0),
            recurring(2, 68_040, over: 0),
            recurring(3, 71_442, over: 1_442),                    // 1,442 ÷ 70,000 = 2.06 %
            GateFiguresJSON.BudgetCheck(check: "oneOff", year: nil, years: 1, currency: "CNY", cost: 25_000, limit: 20_000, budgeted: 20_000,
                                        exceeded: true, overrun: 5_000, overrunPercent: 25),
        ])
    }

    @Test func aScenarioTighteningTheTotalKnocksTheVendorOut() throws {
        let (directory, _) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try BinaryRunner.run(["rank", "ws", "--scenario", "Tight total", "--format", "json"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let ranked = try result.json(RankJSON.self)
        #expect(!ranked.ranking.contains { $0.vendor == "lingxi" })
        let lingxi = try #require(ranked.eliminated.first { $0.vendor == "lingxi" })
        #expect(lingxi.gates == ["gate-budget"])
        #expect(lingxi.reasons == ["3-year TCO 229,282 CNY exceeds the limit 225,000 (3-year total budget 225,000, hard cap) by 4,282 (1.9% over)"])

        let compare = try BinaryRunner.run(["compare", "ws"], in: directory)
        #expect(compare.status == 0, "\(compare.stderr)")
        // Everything below the table: 78.78 − 64.56 = 14.22 points, 14.22 ÷ 78.78 = 18.1 %. The scenario changes only the
        // budget, so it has no section of weight changes below (an empty "Tight total" heading was printed before).
        let table = try #require(compare.lines.firstIndex(of: ""))
        #expect(Array(compare.lines[table...]) == [
            "",
            "The views disagree on the winner: base → lingxi, Tight total → yunqi.",
            "* rank differs between views: yunqi",
            "base: lingxi wins by 14.22 points over yunqi (18.1% of its score)",
            "Tight total: yunqi wins; it differs from base in: budget total 225,000",
            "", "",   // the text ends with a line break, and the command prints it with one more
        ])
    }
}

/// The lines of `lines` from the one equal to `heading` up to, not including, the next blank line (empty when no
/// line is `heading`). Fileprivate until `Support/TextSections.swift` (branch i12g) reaches main.
fileprivate func section(_ heading: String, of lines: [String]) -> [String] {
    guard let start = lines.firstIndex(of: heading) else { return [] }
    return Array(lines[start...].prefix { !$0.isEmpty })
}

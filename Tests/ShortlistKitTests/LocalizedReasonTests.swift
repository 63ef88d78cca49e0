import Foundation
import Testing
@testable import ShortlistKit

/// The texts the library composes from facts — gate results, knock-outs, data-gap handling and
/// decision reasons — in both languages: the English exactly as before (JSON, CSV and English
/// reports use it), the Chinese written out by hand here.
@Suite struct LocalizedReasonTests {
    /// Modules and certifications with Chinese names, plus one certification without.
    static let vocabulary = Vocabulary(
        modules: [
            VocabularyEntry(id: "payroll", name: LocalizedText(en: "Payroll", zh: "薪酬")),
            VocabularyEntry(id: "attendance", name: LocalizedText(en: "Attendance", zh: "考勤")),
        ],
        certifications: [
            VocabularyEntry(id: "iso27001", name: LocalizedText(en: "ISO/IEC 27001", zh: "ISO 27001 信息安全认证")),
            VocabularyEntry(id: "mlps3", name: LocalizedText(en: "China MLPS level 3", zh: "等保三级")),
            VocabularyEntry(id: "soc2", name: LocalizedText(en: "SOC 2")),
        ])

    static func catalog(_ criteria: [CriterionNode] = [Fixtures.criterion("response", 1, .scale(fact: "support.responseHours", curve: PiecewiseLinear([(4, 100), (72, 0)])))],
                        gates: [Gate] = []) -> Catalog {
        var catalog = Fixtures.catalog(criteria, gates: gates)
        catalog.vocabulary = vocabulary
        return catalog
    }

    /// The result of `kind` on `vendor`, with the reason written out.
    static func gate(_ kind: GateKind, _ vendor: VendorDossier, passesWhenMissing: Bool = false, profile: RequirementProfile = Fixtures.profile()) -> GateResult {
        GateEvaluator(profile: profile, catalog: catalog()).test(Gate(id: "g", kind: kind, passesWhenMissing: passesWhenMissing), facts: VendorFacts(dossier: vendor, profile: profile))
    }

    /// `result` says `en` in English, exactly as before, and `zh` in Chinese.
    static func expect(_ result: GateResult, _ en: String, _ zh: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(result.reason == en, sourceLocation: sourceLocation)
        #expect(result.localizedReason == LocalizedText(en: en, zh: zh), sourceLocation: sourceLocation)
        #expect(result.reason(in: .english) == en, sourceLocation: sourceLocation)
        #expect(result.reason(in: .chinese) == zh, sourceLocation: sourceLocation)
    }

    // MARK: - Gates

    @Test func requiredModulesUseTheCatalogsChineseNames() {
        let both = Fixtures.vendor("a", modules: ["payroll": .full, "attendance": .full])
        Self.expect(Self.gate(.requiredModules(minimumLevel: .partial), both), "covers all 2 required modules at least partial", "全部 2 个必需模块均至少部分覆盖")
        Self.expect(Self.gate(.requiredModules(minimumLevel: .full), both), "covers all 2 required modules at least full", "全部 2 个必需模块均完全覆盖")
        Self.expect(Self.gate(.requiredModules(minimumLevel: .partial), Fixtures.vendor("b", modules: ["attendance": .full])),
                    "lacks the required module Payroll", "缺少必需模块 薪酬")
        Self.expect(Self.gate(.requiredModules(minimumLevel: .partial), Fixtures.vendor("c", modules: ["payroll": .full, "attendance": .planned])),
                    "has the required module Attendance only on its roadmap", "必需模块 考勤 仅在产品路线图中")
        Self.expect(Self.gate(.requiredModules(minimumLevel: .full), Fixtures.vendor("d", modules: ["payroll": .full, "attendance": .partial])),
                    "covers the required module Attendance only partly; full coverage is required", "必需模块 考勤 仅部分覆盖，要求完全覆盖")
        Self.expect(Self.gate(.requiredModules(minimumLevel: .partial), Fixtures.vendor("e", modules: ["attendance": .planned])),
                    "lacks the required module Payroll; has the required module Attendance only on its roadmap", "缺少必需模块 薪酬；必需模块 考勤 仅在产品路线图中")
        Self.expect(Self.gate(.requiredModules(minimumLevel: .partial), Fixtures.vendor("f")), "modules is not stated", "未提供 modules")
    }

    @Test func budgetWithToleranceAndHardCap() {
        // Limits: first year (50,000 + 10,000) × 1.1 = 66,000; 2-year TCO (100,000 + 10,000) × 1.1 = 121,000.
        let within = Fixtures.vendor("a", pricing: Fixtures.pricing(perEmployeeMonth: 40, implementation: 10_000))   // 58,000 / 106,000
        let firstYearOver = Fixtures.vendor("b", pricing: Fixtures.pricing(perEmployeeMonth: 40, implementation: 20_000))  // 68,000 / 116,000
        let tcoOver = Fixtures.vendor("c", pricing: Fixtures.pricing(perEmployeeMonth: 50, implementation: 0, escalation: 10))  // 60,000 / 126,000
        Self.expect(Self.gate(.budget(.firstYear), firstYearOver),
                    "first-year cost 68,000 CNY exceeds the limit 66,000 (budget 50,000 + one-off 10,000, +10% tolerance) by 2,000 (3% over the limit, 13.3% over the budget of 60,000)",
                    "首年费用 68,000 CNY 超出上限 66,000（预算 50,000 + 一次性 10,000，+10% 容差），超出 2,000（超出上限 3%，超出预算 60,000 的 13.3%）")
        Self.expect(Self.gate(.budget(.tco), tcoOver),
                    "2-year TCO 126,000 CNY exceeds the limit 121,000 (2 × 50,000 + 10,000, +10% tolerance) by 5,000 (4.1% over the limit, 14.5% over the budget of 110,000)",
                    "2 年总拥有成本 126,000 CNY 超出上限 121,000（2 × 50,000 + 10,000，+10% 容差），超出 5,000（超出上限 4.1%，超出预算 110,000 的 14.5%）")
        Self.expect(Self.gate(.budget(.both), within),
                    "first-year cost 58,000 CNY against the limit 66,000 (budget 50,000 + one-off 10,000, +10% tolerance); 2-year TCO 106,000 CNY against the limit 121,000 (2 × 50,000 + 10,000, +10% tolerance)",
                    "首年费用 58,000 CNY 未超出上限 66,000（预算 50,000 + 一次性 10,000，+10% 容差）；2 年总拥有成本 106,000 CNY 未超出上限 121,000（2 × 50,000 + 10,000，+10% 容差）")
        var hardCap = Fixtures.profile()
        hardCap.budget = Budget(annual: 50_000, oneTime: 10_000, currency: "CNY")
        // 8,000 over 60,000 = 13.3%.
        Self.expect(Self.gate(.budget(.firstYear), firstYearOver, profile: hardCap),
                    "first-year cost 68,000 CNY exceeds the limit 60,000 (budget 50,000 + one-off 10,000, hard cap) by 8,000 (13.3% over)",
                    "首年费用 68,000 CNY 超出上限 60,000（预算 50,000 + 一次性 10,000，硬性上限），超出 8,000（13.3%）")
        Self.expect(Self.gate(.budget(.both), Fixtures.vendor("d")), "pricing is not stated", "未提供 pricing")
        Self.expect(Self.gate(.budget(.both), Fixtures.vendor("d"), passesWhenMissing: true),
                    "pricing is not stated (the gate passes missing facts)", "未提供 pricing（门槛对缺失事实判定通过）")
    }

    @Test func deployment() {
        Self.expect(Self.gate(.deployment, Fixtures.vendor("a", facts: ["deployments": Fact(.set(["privateCloud"]))])),
                    "offers an acceptable deployment", "提供可接受的部署方式")
        Self.expect(Self.gate(.deployment, Fixtures.vendor("b", facts: ["deployments": Fact(.set(["onPremise"]))])),
                    "offers only onPremise; acceptable: saas, privateCloud", "仅提供 onPremise；可接受：saas、privateCloud")
        Self.expect(Self.gate(.deployment, Fixtures.vendor("c", facts: ["deployments": Fact(.set([]))])),
                    "offers only no deployment; acceptable: saas, privateCloud", "未提供任何部署方式；可接受：saas、privateCloud")
        Self.expect(Self.gate(.deployment, Fixtures.vendor("d")), "deployments is not stated", "未提供 deployments")
    }

    @Test func certificationsUseTheCatalogsChineseNames() {
        var none = Fixtures.profile()
        none.certifications = []
        Self.expect(Self.gate(.certifications, Fixtures.vendor("a"), profile: none), "no certification required", "无认证要求")
        Self.expect(Self.gate(.certifications, Fixtures.vendor("b", facts: ["security.certifications": Fact(.set(["iso27001"]))])),
                    "holds every required certification", "持有全部必需认证")
        Self.expect(Self.gate(.certifications, Fixtures.vendor("c", facts: ["security.certifications": Fact(.set([]))])),
                    "lacks the required certification ISO/IEC 27001", "缺少必需认证 ISO 27001 信息安全认证")
        var three = Fixtures.profile()
        three.certifications = ["iso27001", "mlps3", "soc2"]
        // soc2 has no Chinese name in the catalog: the English one stands in.
        Self.expect(Self.gate(.certifications, Fixtures.vendor("d", facts: ["security.certifications": Fact(.set([]))]), profile: three),
                    "lacks the required certifications ISO/IEC 27001, China MLPS level 3, SOC 2", "缺少必需认证 ISO 27001 信息安全认证、等保三级、SOC 2")
        Self.expect(Self.gate(.certifications, Fixtures.vendor("e")), "security.certifications is not stated", "未提供 security.certifications")
    }

    @Test func deadline() {
        Self.expect(Self.gate(.deadline, Fixtures.vendor("a", facts: ["implementationWeeks": Fixtures.number(8)])),
                    "8 weeks to implement, within the 10 weeks to go-live", "实施需 8 周，在 10 周的上线期限内")
        Self.expect(Self.gate(.deadline, Fixtures.vendor("b", facts: ["implementationWeeks": Fixtures.number(12.5)])),
                    "needs 12.5 weeks to implement; go-live is due in 10 weeks", "实施需 12.5 周；上线期限为 10 周")
        Self.expect(Self.gate(.deadline, Fixtures.vendor("c")), "implementationWeeks is not stated", "未提供 implementationWeeks")
    }

    @Test func factGates() {
        let vendor = Fixtures.vendor("a", facts: ["support.responseHours": Fixtures.number(48)])
        Self.expect(Self.gate(.fact("support.responseHours", .lessThan, .number(24)), vendor),
                    "support.responseHours = 48 hours (required: < 24 hours)", "support.responseHours = 48 小时（要求：< 24 小时）")
        Self.expect(Self.gate(.fact("support.responseHours", .atMost, .number(72)), vendor),
                    "support.responseHours = 48 hours (required: <= 72 hours)", "support.responseHours = 48 小时（要求：<= 72 小时）")
        Self.expect(Self.gate(.fact("support.twentyFourSeven", .equal, .boolean(true)), vendor, passesWhenMissing: true),
                    "support.twentyFourSeven is not stated (the gate passes missing facts)", "未提供 support.twentyFourSeven（门槛对缺失事实判定通过）")
    }

    @Test func passingGatesWithoutExplanationStayEmpty() {
        let profile = Fixtures.profile()
        let within = Fixtures.vendor("a", pricing: Fixtures.pricing(perEmployeeMonth: 40, implementation: 10_000))
        let result = GateEvaluator(profile: profile, catalog: Self.catalog()).test(Gate(id: "g", kind: .budget(.both)), facts: VendorFacts(dossier: within, profile: profile), explain: false)
        #expect(result.passed && result.reason.isEmpty && result.reason(in: .chinese).isEmpty)
    }

    // MARK: - Knock-outs and data gaps

    /// A vendor without `support.responseHours` or `support.twentyFourSeven`, under `policy`.
    static func evaluateWithoutFacts(_ policy: MissingFactPolicy, gates: [Gate] = []) throws -> Evaluation {
        var profile = Fixtures.profile()
        profile.missingFacts = policy
        let criteria = [
            Fixtures.criterion("response", 1, .scale(fact: "support.responseHours", curve: PiecewiseLinear([(4, 100), (72, 0)]))),
            Fixtures.criterion("hotline", 1, .boolean(fact: "support.twentyFourSeven", whenTrue: 100, whenFalse: 0), missing: .worst),
        ]
        let complete = Fixtures.vendor("x", facts: ["support.responseHours": Fixtures.number(4), "support.twentyFourSeven": Fixtures.bool(true)])
        return try Fixtures.evaluate(Self.catalog(criteria, gates: gates), profile, [Fixtures.vendor("z"), complete])
    }

    @Test(arguments: [
        (MissingFactPolicy.neutral, "scored 50 (policy neutral)", "按 50 分计（策略 neutral）"),
        (.exclude, "criterion dropped for this vendor, its weight shared among its siblings (policy exclude)", "该供应商不计此指标，其权重分给同级指标（策略 exclude）"),
        (.knockOut, "vendor knocked out (policy knockOut)", "供应商被淘汰（策略 knockOut）"),
        (.worst, "scored 0 (policy worst)", "按 0 分计（策略 worst）"),
    ])
    func gapHandlingOfEveryPolicy(policy: MissingFactPolicy, en: String, zh: String) throws {
        let evaluation = try Self.evaluateWithoutFacts(policy)
        let gap = try #require(evaluation.ranking.gaps.first { $0.vendorID == "z" && $0.usedBy == "response" })
        #expect(gap.handling == en)
        #expect(gap.localizedHandling == LocalizedText(en: en, zh: zh))
        #expect(gap.handling(in: .english) == en)
        #expect(gap.handling(in: .chinese) == zh)
        // A criterion is named by its id in both languages.
        #expect(gap.usedBy(in: .chinese) == "response")
        #expect(gap == DataGap(vendorID: "z", usedBy: LocalizedText(en: "response"), fact: "support.responseHours", handling: LocalizedText(en: en, zh: zh)))
    }

    @Test func missingFactKnockOut() throws {
        let evaluation = try Self.evaluateWithoutFacts(.knockOut)
        let knockOut = try #require(evaluation.score(of: "z")?.knockOuts.first)
        #expect(knockOut.gate == "response")
        #expect(knockOut.reason == "support.responseHours is not stated and criterion response knocks out vendors that leave it open")
        #expect(knockOut.reason(in: .chinese) == "未提供 support.responseHours，指标 response 会淘汰未提供该事实的供应商")
        // The trace shows it as a failed "missing fact" gate, in both languages.
        let row = try #require(TraceTable(evaluation: evaluation, vendor: evaluation.vendorIndex(of: "z")!).gates.last)
        #expect(row.kind == "missing fact" && row.reason == knockOut.reason)
        #expect(row.reason(in: .chinese) == "未提供 support.responseHours，指标 response 会淘汰未提供该事实的供应商")
    }

    @Test func gateGapsAndKnockOuts() throws {
        let gates = [
            Gate(id: "g-hotline", kind: .fact("support.twentyFourSeven", .equal, .boolean(true)), passesWhenMissing: true),
            Gate(id: "g-hours", kind: .fact("support.responseHours", .atMost, .number(72))),
        ]
        let evaluation = try Self.evaluateWithoutFacts(.worst, gates: gates)
        let gaps = evaluation.ranking.gaps.filter { $0.usedBy.hasPrefix("gate ") }
        #expect(gaps.map(\.usedBy) == ["gate g-hotline", "gate g-hours"])
        #expect(gaps.map { $0.usedBy(in: .chinese) } == ["门槛 g-hotline", "门槛 g-hours"])
        #expect(gaps.map(\.handling) == ["gate passed (onMissing pass)", "gate failed: vendor knocked out"])
        #expect(gaps.map { $0.handling(in: .chinese) } == ["门槛判定通过（onMissing pass）", "门槛未通过：供应商被淘汰"])
        let knockOut = try #require(evaluation.score(of: "z")?.knockOuts.first)
        #expect(knockOut.gate == "g-hours")
        #expect(knockOut.localizedReason == LocalizedText(en: "support.responseHours is not stated", zh: "未提供 support.responseHours"))
        // The trace writes out passing gates too.
        let trace = evaluation.gateTrace(vendor: evaluation.vendorIndex(of: "x")!)
        #expect(trace.map { $0.reason(in: .chinese) } == ["support.twentyFourSeven = yes（要求：== yes）", "support.responseHours = 4 小时（要求：<= 72 小时）"])
        #expect(trace.map(\.reason) == ["support.twentyFourSeven = yes (required: == yes)", "support.responseHours = 4 hours (required: <= 72 hours)"])
    }

    @Test func gapsDescribedInEnglishOnly() {
        let gap = DataGap(vendorID: "z", usedBy: "gate g", fact: "pricing", handling: "gate failed: vendor knocked out")
        #expect(gap.localizedHandling.zh == nil && gap.localizedUsedBy.zh == nil)
        #expect(gap.handling(in: .chinese) == "gate failed: vendor knocked out")
        #expect(gap.usedBy(in: .chinese) == "gate g")
        // The same gap with its translations has the same English record, and is a different value (equality compares every field).
        let translated = DataGap(vendorID: "z", usedBy: Evaluation.gapUser(gate: "g"), fact: "pricing", handling: Evaluation.gapHandling(gatePassed: false))
        #expect(translated.usedBy == gap.usedBy && translated.handling == gap.handling)
        #expect(gap != translated)
        #expect(gap == DataGap(vendorID: "z", usedBy: LocalizedText(en: "gate g"), fact: "pricing", handling: LocalizedText(en: "gate failed: vendor knocked out")))
        #expect(gap != DataGap(vendorID: "z", usedBy: "gate g", fact: "pricing", handling: "gate passed (onMissing pass)"))
    }

    // MARK: - The retail sample

    @Test func retailBudgetKnockOutAndModuleNameInChinese() throws {
        let evaluation = try PhraseTests.evaluation("retail-10-stores")
        let knockOut = try #require(evaluation.score(of: "huanyu-hcm")?.knockOuts.first)
        #expect(knockOut.gate == "gate-budget")
        // 7,200 over 110,000 = 6.5%; 17,200 over the 100,000 budgeted = 17.2%.
        #expect(knockOut.reason == "first-year cost 117,200 CNY exceeds the limit 110,000 (budget 80,000 + one-off 20,000, +10% tolerance) by 7,200 (6.5% over the limit, 17.2% over the budget of 100,000)")
        #expect(knockOut.reason(in: .chinese) == "首年费用 117,200 CNY 超出上限 110,000（预算 80,000 + 一次性 20,000，+10% 容差），超出 7,200（超出上限 6.5%，超出预算 100,000 的 17.2%）")
        // The hris catalog's names: a vendor without payroll lacks 薪酬.
        let workspace = evaluation.workspace
        let gates = GateEvaluator(profile: workspace.profile, catalog: workspace.catalog)
        var dossier = evaluation.facts[evaluation.vendorIndex(of: "lingxi")!].dossier
        dossier.modules?["payroll"] = nil
        let gate = try #require(gates.gates.first { if case .requiredModules = $0.kind { return true } else { return false } })
        Self.expect(gates.test(gate, facts: VendorFacts(dossier: dossier, profile: workspace.profile)), "lacks the required module Payroll", "缺少必需模块 薪酬")
        // The decision board's reason for the knock-out, in both report languages.
        let board = DecisionBoard(evaluation: evaluation, today: CalendarDate("2026-07-01")!)
        let entry = try #require(board.decision?.entries.first { $0.vendorID == "huanyu-hcm" })
        #expect(entry.reasons == ["knocked out by gate-budget: first-year cost 117,200 CNY exceeds the limit 110,000 (budget 80,000 + one-off 20,000, +10% tolerance) by 7,200 (6.5% over the limit, 17.2% over the budget of 100,000)"])
        #expect(entry.reasons(in: .chinese) == ["因 gate-budget 被淘汰：首年费用 117,200 CNY 超出上限 110,000（预算 80,000 + 一次性 20,000，+10% 容差），超出 7,200（超出上限 6.5%，超出预算 100,000 的 17.2%）"])
        let chinese = MarkdownReport(board: board, language: .chinese).render()
        // Whole lines: the summary's knock-out item in each language, and the HTML summary's list element.
        #expect(chinese.split(separator: "\n").contains("  - Huanyu HCM Enterprise (`huanyu-hcm`)：首年费用 117,200 CNY 超出上限 110,000（预算 80,000 + 一次性 20,000，+10% 容差），超出 7,200（超出上限 6.5%，超出预算 100,000 的 17.2%）"))
        #expect(!chinese.contains("exceeds the limit"))  // absence anywhere: kept as `contains`
        #expect(MarkdownReport(board: board).render().split(separator: "\n").contains("  - Huanyu HCM Enterprise (`huanyu-hcm`): first-year cost 117,200 CNY exceeds the limit 110,000 (budget 80,000 + one-off 20,000, +10% tolerance) by 7,200 (6.5% over the limit, 17.2% over the budget of 100,000)"))
        let html = HTMLReport(board: board, language: .chinese).render()
        #expect(html.split(separator: "\n").contains("<li data-vendor=\"huanyu-hcm\"><strong>Huanyu HCM Enterprise</strong> <span class=\"vendor-id\">huanyu-hcm</span><ul><li><code>gate-budget</code>: 首年费用 117,200 CNY 超出上限 110,000（预算 80,000 + 一次性 20,000，+10% 容差），超出 7,200（超出上限 6.5%，超出预算 100,000 的 17.2%）</li></ul></li>"))
        // Absence anywhere: kept as `contains`.
        #expect(!html.contains("exceeds the limit") && !html.contains("knocked out by") && !html.contains("not piloted:"))
    }

    // MARK: - Decision reasons

    /// Desk criterion "hours" and demo criterion "ux" (a rating), as in ``DecisionTests``.
    static func decide(_ vendors: [VendorDossier], pilots: [Pilot], settings: DecisionSettings, gates: [Gate] = []) throws -> Decision {
        var profile = Fixtures.profile()
        profile.decision = settings
        profile.gates = gates
        var workspace = Workspace(profile: profile, catalog: DecisionTests.catalog, vendors: vendors)
        workspace.pilots = pilots
        return Decision(evaluation: try Evaluation(workspace: workspace), today: CalendarDate("2026-05-01")!)
    }

    static func reasons(_ decision: Decision, _ vendor: String) -> (en: [String], zh: [String]) {
        let entry = decision.entries.first { $0.vendorID == vendor }
        #expect(entry.map { $0.localizedReasons.map(\.en) == $0.reasons } == true)
        return (entry?.reasons(in: .english) ?? [], entry?.reasons(in: .chinese) ?? [])
    }

    @Test func blockedNotPilotedAndNoDemo() throws {
        var late = DecisionTests.vendor("late", hours: 10, ux: 70)
        late.facts["implementationWeeks"] = Fixtures.number(12)
        let vendors = [DecisionTests.vendor("a", hours: 20, ux: 60), DecisionTests.vendor("b", hours: 30, ux: 90), DecisionTests.vendor("c", hours: 10, ux: 80),
                       DecisionTests.vendor("d", hours: 10, ux: nil), DecisionTests.vendor("e", hours: 15, ux: 75), late]
        let empty = Pilot(plan: PilotPlan(vendor: "e", department: "d", start: "2026-04-01", end: "2026-04-30",
                                          metrics: [PilotMetric(id: "m", name: "m", baseline: 0, target: 100, direction: .higher)]))
        let pilots = [DecisionTests.pilot("a", value: 40, mustPass: true), DecisionTests.pilot("b", value: 100, mustPass: true), DecisionTests.pilot("d", value: 90), empty]
        let gates = [Gate(id: "gate-deadline", kind: .deadline, passesWhenMissing: true)]

        let excluded = try Self.decide(vendors, pilots: pilots, settings: DecisionSettings(), gates: gates)
        #expect(Self.reasons(excluded, "a") == (["blocked: must-pass pilot metric m is 40, target ≥ 100"], ["被否决：必须达标的试点指标 m 为 40，目标 ≥ 100"]))
        #expect(Self.reasons(excluded, "c") == (["not piloted; the decision excludes vendors without a pilot"], ["未试点；最终决策不纳入未试点的供应商"]))
        #expect(Self.reasons(excluded, "e") == (["the pilot has no observations yet"], ["试点尚无观测数据"]))
        // d has no demo rating: the ux criterion (half the weight) awaits the panel, so d is incomplete, never scored on the rest.
        #expect(Self.reasons(excluded, "d") == (["incomplete, never recommended: scored on 50% of the weight (minimum 90%; best-covered vendor 100%); awaiting panel ratings for: ux (50% of the weight)"],
                                                ["数据不全，不予推荐：仅就 50% 的权重计分（最低 90%；覆盖最全的供应商 100%）；等待评审小组评分：ux（占权重 50%）"]))
        #expect(Self.reasons(excluded, "late") == (["knocked out by gate-deadline: needs 12 weeks to implement; go-live is due in 10 weeks"], ["因 gate-deadline 被淘汰：实施需 12 周；上线期限为 10 周"]))
        #expect(Self.reasons(excluded, "b") == ([], []))

        let rescaled = try Self.decide(vendors, pilots: pilots, settings: DecisionSettings(excludeNotPiloted: false), gates: gates)
        #expect(Self.reasons(rescaled, "c") == (["not piloted: scored on its other stages (rescaled)"], ["未试点：按其他阶段计分（阶段权重按比例重算）"]))
        #expect(Self.reasons(rescaled, "e") == (["the pilot has no observations yet: scored on its other stages (rescaled)"], ["试点尚无观测数据：按其他阶段计分（阶段权重按比例重算）"]))
    }

    @Test func blockedWithUnitsAndWithoutObservations() {
        let metric = PilotMetric(id: "uptime", name: "Uptime", unit: "%", baseline: 95, target: 99.5, direction: .higher, mustPass: true)
        let missed = PilotStatus.Metric(metric: metric, current: 98.25, observations: 2, trend: [97, 98.25], progress: 72.2, met: false)
        #expect(Decision.blocked(missed) == LocalizedText(en: "blocked: must-pass pilot metric uptime is 98.25 %, target ≥ 99.5 %", zh: "被否决：必须达标的试点指标 uptime 为 98.25 %，目标 ≥ 99.5 %"))
        let unobserved = PilotStatus.Metric(metric: metric, current: nil, observations: 0, trend: [], progress: nil, met: false)
        #expect(Decision.blocked(unobserved) == LocalizedText(en: "blocked: must-pass pilot metric uptime has no observation yet, target ≥ 99.5 %", zh: "被否决：必须达标的试点指标 uptime 尚无观测，目标 ≥ 99.5 %"))
        let crashes = PilotMetric(id: "crashes", name: "Crashes", unit: "a week", baseline: 2, target: 0.5, direction: .lower, mustPass: true)
        let over = PilotStatus.Metric(metric: crashes, current: 1, observations: 1, trend: [1], progress: 66.7, met: false)
        #expect(Decision.blocked(over) == LocalizedText(en: "blocked: must-pass pilot metric crashes is 1 a week, target ≤ 0.5 a week", zh: "被否决：必须达标的试点指标 crashes 为 1 a week，目标 ≤ 0.5 a week"))
    }
}

import Foundation
@testable import ShortlistKit
import Testing

/// The shipped catalogs: HRIS composed on the SaaS base, the gates a profile switches on, and the catalog check.
@Suite struct ShippedCatalogTests {
    static let root = Repository.root
    static let criteria = root.appendingPathComponent("criteria").path
    let loader = WorkspaceLoader(catalogDirectories: [criteria])

    private func catalog(_ name: String) throws -> Catalog {
        try loader.loadCatalog(at: Self.criteria + "/\(name).json", displayName: "\(name).json")
    }

    /// The ids of the 2026-06 HRIS catalog that samples and users' dossiers and selections name.
    static let historicalIDs = [
        "functional-fit", "required-modules", "desired-modules", "core-module-demo", "usability",
        "self-service", "wechat-self-service", "mobile-app", "wechat-notifications", "wechat-client-demo",
        "account-binding", "one-click-login", "confirmed-unbinding", "offboarding-unbinding", "admin-only-binding", "stale-binding-audit",
        "performance-management", "goal-cascading", "data-driven-scoring", "real-time-feedback", "pay-linkage", "training-linkage", "recruiting-linkage",
        "vendor-qualification", "industry-experience", "product-iteration", "client-base", "same-industry-references",
        "service", "response-time", "onsite-training", "hotline-24x7", "account-manager", "recurring-training",
        "security", "security-certifications", "encryption-at-rest", "encryption-in-transit", "backups", "offsite-recovery", "tiered-permissions", "security-audits",
        "implementation", "go-live-fit", "phased-rollout", "systems-integration", "integration-coverage", "open-api", "integration-demo",
        "cost", "total-cost", "deployment-model", "deployment-fit"]

    @Test func hrisIsComposedOnSaasAsDocumented() throws {
        let hris = try catalog("hris")
        #expect(hris.bases == ["saas"])
        // The top level in order, with raw weights: the 2026-06 groups keep theirs (24, 5, 2, 6, 12, 10, 8, 4, 7, 20, 2 = 100),
        // the SaaS base's tender groups add 4+4+3+3+3+3+2+2 = 24 and the HR groups 5+4+3+2+2 = 16: 100 + 24 + 16 = 140.
        let top = hris.criteria.map { "\($0.id) \(NumberFormatting.short($0.weight))" }
        #expect(top == ["functional-fit 24", "statutory-payroll 5", "shift-attendance 4", "workforce-contracts 3", "self-service 5", "account-binding 2",
                        "performance-management 6", "people-analytics 2", "collaboration-suites 2", "vendor-qualification 12", "vendor-viability 3",
                        "service 10", "service-levels 4", "security 8", "security-assurance 3", "data-protection 4", "exit 3", "implementation 4",
                        "implementation-delivery 2", "systems-integration 7", "integration-platform 2", "cost 20", "commercial-terms 3", "deployment-model 2"])
        #expect(hris.criteria.reduce(0) { $0 + $1.weight } == 140)
        let ids = hris.allNodes.map(\.id)
        #expect(Self.historicalIDs.filter { !ids.contains($0) } == [])  // set membership: kept
        // The demo criteria are HRIS's own (dropped from the base and added back after desired-modules, weights 44, 20, 20, 16).
        let fit = try #require(hris.criteria.first)
        #expect(fit.children.map { "\($0.id) \(NumberFormatting.short($0.weight))" } == ["required-modules 44", "desired-modules 20", "core-module-demo 20", "usability 16"])
        #expect(fit.children[3].description?.en.contains("check attendance") == false)  // absence in free text: kept
        #expect(hris.gates.map(\.id) == ["gate-required-modules", "gate-budget", "gate-deployment", "gate-certifications", "gate-response-time",
                                         "gate-pipl-residency", "gate-domestic-stack", "gate-mlps-level-3", "gate-multi-country-payroll"])
        // Vocabulary: the base's integrations, then HRIS's, with the ERP vendors payroll posts to.
        #expect(hris.vocabulary.integrations.map(\.id) == ["erp", "crm", "finance", "bi", "sso", "wechatWork", "dingtalk", "feishu", "pos", "mes", "sap", "kingdee", "yonyou"])
        #expect(hris.vocabulary.modules.count == 17)
        let payroll = try #require(hris.criteria.first { $0.id == "statutory-payroll" })
        #expect(payroll.children.map(\.id) == ["social-insurance-cities", "policy-updates", "individual-income-tax", "payslips", "payroll-erp-posting", "multi-country-payroll"])
    }

    @Test func aProfileSwitchTurnsAGateOn() throws {
        let hris = try catalog("hris")
        var organisation = Organisation(name: "Example", headcount: 500, industry: "retail")
        func gates() -> [String] {
            let profile = RequirementProfile(title: nil, catalog: "hris", organisation: organisation, requiredModules: [], desiredModules: [], budget: Budget(annual: 1, oneTime: 0, currency: "CNY", tolerance: 0),
                                             deployments: [.saas], integrations: [], certifications: [], goLiveWeeks: 12, tcoYears: 3, weights: [], gates: [], missingFacts: nil)
            return GateEvaluator(profile: profile, catalog: hris).gates.map(\.id).filter { !$0.hasPrefix("gate-required") && !["gate-budget", "gate-deployment", "gate-certifications", "gate-response-time"].contains($0) }  // set membership: kept
        }
        #expect(gates() == [])
        organisation.ownership = "state"
        #expect(gates() == ["gate-domestic-stack", "gate-mlps-level-3"])
        organisation.ownership = "private"
        organisation.countries = ["CN"]
        #expect(gates() == ["gate-pipl-residency"])
        organisation.countries = ["CN", "SG"]
        #expect(gates() == ["gate-pipl-residency", "gate-multi-country-payroll"])
    }

    @Test func everyShippedCatalogPassesTheCheck() throws {
        let shipped = loader.shippedCatalogs()
        #expect(shipped.map(\.name) == ["ats", "hris", "saas"])
        for (name, path) in shipped {
            let catalog = try loader.loadCatalog(at: path)
            let problems = CatalogCheck.problems(in: catalog, file: name)
            #expect(problems.isEmpty, "\(name): \(problems.map(\.description).joined(separator: "\n"))")
        }
    }

    @Test func theCheckFindsWhatAShippedCatalogMustNotLack() throws {
        var saas = try catalog("saas")
        // Take the Chinese question off one criterion, a weight off another, and declare a fact nobody uses.
        CriterionTree.update("webhooks", in: &saas.criteria) { $0.question = LocalizedText(en: "Webhooks?") }
        CriterionTree.update("api-test-tenant", in: &saas.criteria) { $0.weight = 20 }
        CriterionTree.update("renewal-cap", in: &saas.criteria) { $0.source = nil }
        saas.facts.append(FactDeclaration(id: "unused.fact", type: .boolean, name: LocalizedText(en: "Unused")))
        #expect(CatalogCheck.problems(in: saas, file: "saas.json").map(\.description) == [
            "saas.json: error: criteria.integration-platform: the weights of sso-standards, webhooks, api-test-tenant sum to 90, not 100",
            "saas.json: error: criteria.integration-platform.webhooks: no Chinese question for the vendors",
            "saas.json: error: criteria.commercial-terms.renewal-cap: no source",
            "saas.json: error: facts.unused.fact: no Chinese name",
            "saas.json: error: facts.unused.fact: the fact \"unused.fact\" is declared but no rule or gate uses it",
        ])
    }
}

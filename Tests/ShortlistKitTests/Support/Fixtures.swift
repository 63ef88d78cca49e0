@testable import ShortlistKit

/// Small hand-built inputs whose scores are worked out by hand in the tests.
enum Fixtures {
    static func criterion(_ id: String, _ weight: Double, _ rule: Rule, missing: MissingFactPolicy? = nil) -> CriterionNode {
        CriterionNode(id: id, name: LocalizedText(en: id), weight: weight, content: .criterion(rule, missing: missing))
    }

    static func group(_ id: String, _ weight: Double, _ children: [CriterionNode]) -> CriterionNode {
        CriterionNode(id: id, name: LocalizedText(en: id), weight: weight, content: .group(children))
    }

    static let vocabulary = Vocabulary(
        industries: [VocabularyEntry(id: "retail", name: LocalizedText(en: "Retail", zh: "零售")), VocabularyEntry(id: "manufacturing", name: LocalizedText(en: "Manufacturing"))],
        modules: ["payroll", "attendance", "performance", "recruiting"].map { VocabularyEntry(id: $0, name: LocalizedText(en: $0)) },
        integrations: ["erp", "crm", "pos"].map { VocabularyEntry(id: $0, name: LocalizedText(en: $0)) },
        certifications: [VocabularyEntry(id: "iso27001", name: LocalizedText(en: "ISO/IEC 27001"))]
    )

    static func catalog(_ criteria: [CriterionNode], gates: [Gate] = [], missing: MissingFactPolicy = .worst) -> Catalog {
        Catalog(id: "test", name: LocalizedText(en: "Test"), missingFacts: missing, vocabulary: vocabulary, facts: [
            FactDeclaration(id: "encryption", type: .text, name: LocalizedText(en: "encryption")),
        ], gates: gates, criteria: criteria)
    }

    /// 100 staff, retail, budget 50,000 a year + 10,000 one-off, 10 % tolerance, 2-year TCO.
    static func profile(required: [String] = ["payroll", "attendance"], desired: [String] = ["performance"], years: Int = 2, growth: Double = 0) -> RequirementProfile {
        RequirementProfile(
            catalog: "test",
            organisation: Organisation(name: "Test Co", headcount: 100, headcountGrowthPercent: growth, sites: 2, industry: "retail"),
            requiredModules: required, desiredModules: desired,
            budget: Budget(annual: 50_000, oneTime: 10_000, currency: "CNY", tolerance: 0.1),
            deployments: [.saas, .privateCloud], integrations: ["erp", "pos"], certifications: ["iso27001"],
            goLiveWeeks: 10, tcoYears: years)
    }

    static func number(_ x: Double) -> Fact { Fact(.number(x)) }
    static func bool(_ b: Bool) -> Fact { Fact(.boolean(b)) }

    static func vendor(_ id: String, facts: [String: Fact] = [:], modules: [String: ModuleCoverage]? = nil, pricing: Pricing? = nil, industries: [IndustryExperience]? = nil) -> VendorDossier {
        VendorDossier(id: id, name: id.capitalized, file: "vendors/\(id).json", industries: industries, modules: modules.map { $0.mapValues { Evidence($0) } }, pricing: pricing, facts: facts)
    }

    static func pricing(perEmployeeMonth: Double, base: Double = 0, implementation: Double = 0, escalation: Double = 0) -> Pricing {
        Pricing(currency: "CNY", perEmployeeMonth: Evidence(perEmployeeMonth), annualBaseFee: Evidence(base), annualSupportFee: Evidence(0), implementationFee: Evidence(implementation), trainingFee: Evidence(0), otherOneTimeFees: Evidence(0), escalationPercent: Evidence(escalation))
    }

    static func evaluate(_ catalog: Catalog, _ profile: RequirementProfile, _ vendors: [VendorDossier]) throws -> Evaluation {
        try Evaluation(workspace: Workspace(profile: profile, catalog: catalog, vendors: vendors))
    }
}

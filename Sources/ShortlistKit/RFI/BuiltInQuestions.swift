/// The questions that ask a vendor for the built-in facts (those every dossier can state), with
/// the unit of a number and the evidence a buyer asks for: one entry per fact, both languages side by side.
enum BuiltInQuestions {
    /// A built-in fact's question.
    struct Entry {
        let question: LocalizedText
        let unit: LocalizedText?
        let evidence: EvidenceKind
    }

    static let table: [String: Entry] = [
        "releasesPerYear": Entry(question: LocalizedText(en: "How many feature releases did your product ship in the last 12 months?", zh: "过去 12 个月贵方产品发布了几次功能版本？"), unit: RFIWording.unitPerYear, evidence: .link),
        "implementationWeeks": Entry(question: LocalizedText(en: "How many weeks does an implementation like ours take, from contract to go-live?", zh: "像我方这样的项目，从签约到上线需要多少周？"), unit: RFIWording.unitWeeks, evidence: .document),
        "deployments": Entry(question: LocalizedText(en: "Which deployments do you offer?", zh: "贵方提供哪些部署方式？"), unit: nil, evidence: .document),
        "integrations": Entry(question: LocalizedText(en: "Which of these systems do you integrate with out of the box?", zh: "贵方产品可直接对接以下哪些系统？"), unit: nil, evidence: .demo),
        "clients.total": Entry(question: LocalizedText(en: "How many clients use your product in all?", zh: "贵方产品共有多少家客户在使用？"), unit: RFIWording.unitClients, evidence: .reference),
        "clients.subIndustries": Entry(question: LocalizedText(en: "In how many sub-industries do you have clients?", zh: "贵方客户分布在多少个细分行业？"), unit: RFIWording.unitCount, evidence: .reference),
        "support.responseHours": Entry(question: LocalizedText(en: "Within how many hours do you respond to a reported fault?", zh: "报告故障后贵方在多少小时内响应？"), unit: RFIWording.unitHours, evidence: .document),
        "support.twentyFourSeven": Entry(question: LocalizedText(en: "Do you run a 24×7 support hotline?", zh: "贵方是否提供 7×24 小时服务热线？"), unit: nil, evidence: .document),
        "support.onsiteTrainingDays": Entry(question: LocalizedText(en: "How many days of on-site training are included in the price?", zh: "报价中包含多少天现场培训？"), unit: RFIWording.unitDays, evidence: .document),
        "security.certifications": Entry(question: LocalizedText(en: "Which of these certifications do you hold today?", zh: "贵方目前持有以下哪些认证？"), unit: nil, evidence: .document),
        "security.encryptionInTransit": Entry(question: LocalizedText(en: "Is all data encrypted in transit (TLS)?", zh: "所有数据在传输中是否加密（TLS）？"), unit: nil, evidence: .document),
        "security.encryptionAtRest": Entry(question: LocalizedText(en: "How is data encrypted at rest (e.g. aes-256)?", zh: "数据存储时采用何种加密方式（如 aes-256）？"), unit: nil, evidence: .document),
        "security.backups": Entry(question: LocalizedText(en: "Do you back up client data regularly?", zh: "贵方是否定期备份客户数据？"), unit: nil, evidence: .document),
        "security.offsiteRecovery": Entry(question: LocalizedText(en: "Do you keep off-site disaster recovery?", zh: "贵方是否具备异地容灾？"), unit: nil, evidence: .document),
        "security.tieredPermissions": Entry(question: LocalizedText(en: "Can permissions be tiered by role and organisation level?", zh: "权限能否按角色和组织层级分级设置？"), unit: nil, evidence: .demo),
        "security.auditsPerYear": Entry(question: LocalizedText(en: "How many independent security audits do you undergo a year?", zh: "贵方每年接受几次独立安全审计？"), unit: RFIWording.unitPerYear, evidence: .document),
    ]
}

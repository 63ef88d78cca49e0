/// The shape of a synthetic criteria catalog: groups, leaves and the catalog's own facts.
///
/// Built once from the sizes and the seed; the catalog file, `selection.json` and every dossier
/// are written from it, so the dossiers state exactly the facts the catalog declares.
struct CatalogDesign {
    /// One top-level group of criteria.
    struct Group {
        var id: String
        var en: String
        var zh: String
        var weight: Int
    }

    /// How a leaf scores, and what a dossier must state for it.
    enum Kind {
        case requiredModules, desiredModules, totalCost, integrationCoverage
        case responseTime, industryExperience, certificationCoverage, deploymentFit
        /// A numeric custom fact through a curve; values are drawn from `range`.
        case scale(fact: String, range: ClosedRange<Double>, decimals: Int, lowerIsBetter: Bool, unit: String)
        /// A yes/no custom fact, true with probability `share`.
        case boolean(fact: String, whenFalse: Double, share: Double)
        /// A text custom fact looked up in the tier table.
        case lookup(fact: String)
    }

    /// One scored criterion.
    struct Leaf {
        var id: String
        var group: Int
        var weight: Int
        var kind: Kind
    }

    static let industries = ["retail", "manufacturing", "internet", "finance", "education", "healthcare", "logistics", "publicSector"]
    static let modules = ["coreHR", "recruiting", "onboarding", "training", "performance", "payroll", "attendance", "multiStoreAttendance",
                          "shiftScheduling", "storeStaffAllocation", "storeSalesPerformance", "okr", "realTimeFeedback", "wechatSelfService",
                          "mobileApp", "benefits", "analytics", "successionPlanning", "compensationPlanning", "learningContent"]
    static let integrations = ["erp", "crm", "pos", "wechatWork", "dingtalk", "sso", "finance", "bi", "mes", "ldap"]
    static let certifications = ["iso27001", "mlps3", "soc2", "iso27701"]
    static let requiredModules = ["coreHR", "recruiting", "payroll", "attendance", "performance"]
    static let desiredModules = ["training", "mobileApp", "analytics", "wechatSelfService"]
    static let requiredIntegrations = ["pos", "erp", "sso"]
    /// The tiers of every lookup fact with their scores; vendors also write "custom", which takes `otherwise`.
    static let tiers: [(String, Double)] = [("none", 0), ("basic", 40), ("standard", 70), ("advanced", 100)]
    static let tierValues = ["none", "basic", "standard", "advanced", "custom"]

    private static let groupNames: [(String, String, String)] = [
        ("functional", "Functional fit", "功能匹配"), ("selfService", "Employee self-service", "员工自助"),
        ("analytics", "Analytics and reporting", "分析与报表"), ("integration", "Systems integration", "系统集成"),
        ("security", "Data security", "数据安全"), ("service", "After-sales service", "售后服务"),
        ("implementation", "Implementation", "实施"), ("compliance", "Compliance", "合规"),
        ("mobility", "Mobile and workplace", "移动办公"), ("qualification", "Vendor qualification", "厂商资质"),
        ("commercial", "Commercial terms", "商务条款"), ("training", "Training and adoption", "培训与推广"),
    ]
    /// The most groups a design has unless asked for more (the default benchmark's shape).
    static let defaultMaximumGroups = 10
    /// The most groups a design can have.
    static var maximumGroups: Int { groupNames.count }
    private static let builtIns: [(String, Kind)] = [
        ("required-modules", .requiredModules), ("total-cost", .totalCost), ("integration-coverage", .integrationCoverage),
        ("desired-modules", .desiredModules), ("response-time", .responseTime), ("industry-experience", .industryExperience),
        ("certification-coverage", .certificationCoverage), ("deployment-fit", .deploymentFit),
    ]
    private static let units: [(unit: String, range: ClosedRange<Double>, decimals: Int, lowerIsBetter: Bool)] = [
        ("hours", 1...96, 1, true), ("percent", 0...100, 1, false), ("count", 0...60, 0, false), ("days", 1...45, 0, true),
    ]

    let groups: [Group]
    let leaves: [Leaf]

    /// A design with `criteria` leaves in about ten groups (exactly `groups` when given, at most
    /// ``maximumGroups`` and `criteria`): the first few use built-in facts (modules, cost, coverage, …),
    /// the rest `scale`, `boolean` and `lookup` rules over custom facts.
    init(criteria: Int, seed: UInt64, groups requested: Int? = nil) {
        var rng = SplitMix64(seed: seed ^ 0xC0FF_EE00)
        let groupCount = requested.map { min(Self.maximumGroups, criteria, max(1, $0)) } ?? min(Self.defaultMaximumGroups, max(1, (criteria + 3) / 4))
        groups = Self.groupNames.prefix(groupCount).map { Group(id: $0.0, en: $0.1, zh: $0.2, weight: rng.int(4...30)) }
        let builtInCount = min(criteria, Self.builtIns.count, max(3, criteria / 12))
        var leaves: [Leaf] = []
        for l in 0..<criteria {
            let group = l % groupCount
            let weight = rng.int(1...10)
            if l < builtInCount {
                leaves.append(Leaf(id: Self.builtIns[l].0, group: group, weight: weight, kind: Self.builtIns[l].1))
                continue
            }
            let key = groups[group].id
            let number = String(l).leftPadded(to: 3)
            let roll = rng.unit()
            let kind: Kind
            if roll < 0.40 {
                let u = rng.pick(Self.units)
                kind = .scale(fact: "\(key).measure\(number)", range: u.range, decimals: u.decimals, lowerIsBetter: u.lowerIsBetter, unit: u.unit)
            } else if roll < 0.75 {
                kind = .boolean(fact: "\(key).capability\(number)", whenFalse: rng.chance(0.3) ? 30 : 0, share: rng.number(0.5...0.95, decimals: 2))
            } else {
                kind = .lookup(fact: "\(key).tier\(number)")
            }
            leaves.append(Leaf(id: "c\(number)-\(key)", group: group, weight: weight, kind: kind))
        }
        self.leaves = leaves
    }

    /// The custom facts, in leaf order, with their type.
    var customFacts: [(name: String, type: String, leaf: Leaf)] {
        leaves.compactMap { leaf in
            switch leaf.kind {
            case .scale(let fact, _, _, _, _): return (fact, "number", leaf)
            case .boolean(let fact, _, _): return (fact, "boolean", leaf)
            case .lookup(let fact): return (fact, "text", leaf)
            default: return nil
            }
        }
    }
}

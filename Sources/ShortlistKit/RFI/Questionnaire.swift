/// An RFI/RFP questionnaire: one question per fact the workspace's evaluation uses, grouped by
/// section in catalog order, optionally pre-filled with what a vendor's dossier already says.
///
/// The questions come from the workspace's effective catalog (after `extends` and tailoring), its
/// gates in effect for the profile, the profile's required and desired modules, integrations and
/// certifications, and the price sheet (``PriceSheet``) when a criterion or gate uses costs.
/// Facts that only evaluators rate (`rating` rules) and derived facts such as references are not asked.
package struct Questionnaire: Sendable {
    /// The questions, section by section.
    package var questions: [Question]
    /// The catalog's name, for the title.
    package var catalogName: LocalizedText
    /// The profile's title, when it has one.
    package var profileTitle: String?
    /// The vendor the answers are pre-filled for, when one was named.
    package var vendor: VendorDossier?

    /// Builds the questionnaire of `workspace`, pre-filled from `vendor`'s dossier when given.
    package init(workspace: Workspace, vendor: VendorDossier? = nil) {
        let catalog = workspace.catalog, profile = workspace.profile
        catalogName = catalog.name
        profileTitle = profile.title
        self.vendor = vendor
        questions = Self.questions(catalog: catalog, profile: profile, legacyPricing: vendor.map(Self.quotesByPricing) ?? false)
    }

    /// The ids of the questions, in order.
    package var ids: [String] { questions.map(\.id) }

    /// Whether `dossier` states its prices in the older `pricing` object, and so is asked the
    /// ``PriceSheet`` rows rather than the ``QuoteSheet`` rows.
    static func quotesByPricing(_ dossier: VendorDossier) -> Bool { dossier.pricing != nil && dossier.quote == nil }

    /// The questions of `catalog` for `profile`; the price sheet asks for quote lines, or for the
    /// older `pricing` fields when `legacyPricing`.
    static func questions(catalog: Catalog, profile: RequirementProfile, legacyPricing: Bool = false) -> [Question] {
        let declarations = Dictionary(catalog.facts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let industry = profile.organisation.industry
        let industryName = Vocabulary.localizedName(of: industry, in: catalog.vocabulary.industries)

        // What the gates in effect require, by question id.
        // A gate of severity flag does not remove an offer, so what it checks is asked, not required.
        var requirements: [String: [LocalizedText]] = [:]
        var flagged: [String: [LocalizedText]] = [:]
        var budgetGate = false
        var gateFacts: [String] = []
        var flagFacts: [String] = []
        for gate in GateEvaluator(profile: profile, catalog: catalog).gates {
            let isFlag = gate.severity == .flag
            func require(_ id: String, _ text: LocalizedText) {
                if isFlag { flagged[id, default: []].append(text) } else { requirements[id, default: []].append(text) }
            }
            switch gate.kind {
            case .requiredModules(let minimum):
                let level = minimum == .full ? "full" : "full / partial"
                for module in profile.requiredModules { require("modules." + module, RFIWording.requireModule(level)) }
            case .budget:
                budgetGate = true
            case .deployment:
                require("deployments", RFIWording.requireOneOf(profile.deployments.map(\.rawValue)))
            case .certifications where !profile.certifications.isEmpty:
                require("security.certifications", RFIWording.requireContains(profile.certifications))
            case .certifications:
                break
            case .deadline:
                require("implementationWeeks", RFIWording.requireAtMost(NumberFormatting.short(profile.goLiveWeeks), unit: RFIWording.unitWeeks))
            case .fact(let name, let op, let value):
                let text: LocalizedText
                switch (op, value) {
                case (.equal, .boolean(true)), (.notEqual, .boolean(false)): text = RFIWording.requireYes
                case (.equal, .boolean(false)), (.notEqual, .boolean(true)): text = RFIWording.requireNo
                case (.contains, .text(let item)): text = RFIWording.requireContains([item])
                default:
                    // A number carries the fact's unit: "must be <= 7 weeks".
                    let unit = FactUnits.unit(of: name, catalog: catalog, currency: profile.budget.currency)
                    text = LocalizedText(en: RFIWording.requireComparison(op.rawValue, FactUnits.text(value, unit: unit, in: .english)).en,
                                         zh: RFIWording.requireComparison(op.rawValue, FactUnits.text(value, unit: unit, in: .chinese)).text(in: .chinese))
                }
                require(name, text)
                if isFlag {
                    if !flagFacts.contains(name) { flagFacts.append(name) }
                } else if !gateFacts.contains(name) {
                    gateFacts.append(name)
                }
            }
        }
        func requirement(_ id: String) -> LocalizedText? {
            requirements[id].map { LocalizedText.joined($0, en: "; ", zh: "；") }
        }

        var questions: [Question] = []
        var asked: Set<String> = []
        var pricesAsked = budgetGate

        func add(_ question: Question) {
            guard asked.insert(question.id).inserted else { return }
            var question = question
            if question.requirement == nil { question.flagRequirement = flagged[question.id].map { LocalizedText.joined($0, en: "; ", zh: "；") } }
            questions.append(question)
        }
        func factQuestion(_ name: String, rule: Rule?, nodeQuestion: LocalizedText?, section: String, sectionName: LocalizedText) {
            switch name {
            case "industry.years":
                add(Question(section: section, sectionName: sectionName, id: "industries.\(industry).years", text: RFIWording.industryYearsQuestion(industryName),
                             type: .number(unit: RFIWording.unitYears, minimum: 0, maximum: NumberBounds.largest, positive: false), requirement: nil, evidence: .reference, target: .industryYears(industry)))
                return
            case "industry.clients":
                add(Question(section: section, sectionName: sectionName, id: "industries.\(industry).clients", text: RFIWording.industryClientsQuestion(industryName),
                             type: .number(unit: RFIWording.unitClients, minimum: 0, maximum: NumberBounds.largest, positive: false), requirement: nil, evidence: .reference, target: .industryClients(industry)))
                return
            case "cost.tco", "cost.firstYear", "cost.annual":
                pricesAsked = true
                return
            default:
                break
            }
            let builtIn = BuiltInFacts.definition(name)
            if builtIn?.isDerived == true { return }
            let declaration = declarations[name]
            guard let factType = builtIn?.type ?? declaration?.type else { return }
            let entry = BuiltInQuestions.table[name]
            let type: AnswerType
            switch factType {
            case .number:
                type = .number(unit: entry?.unit ?? declaration?.unit, minimum: 0, maximum: NumberBounds.largest, positive: !(builtIn?.allowsZero ?? true))
            case .boolean:
                type = .yesNo
            case .text:
                if case .lookup(_, let table, let otherwise)? = rule { type = otherwise == nil ? .oneOf(table.map(\.value)) : .oneOfOrOther(table.map(\.value)) } else { type = .text }
            case .set:
                switch builtIn?.vocabulary {
                case .deployments: type = .severalOf(Deployment.allCases.map(\.rawValue))
                case .integrations: type = .severalOf(catalog.vocabulary.integrations.map(\.id))
                case .certifications: type = .severalOf(catalog.vocabulary.certifications.map(\.id))
                case nil:
                    if case .coverage(_, .list(let items))? = rule { type = .list(suggested: items) } else { type = .list(suggested: []) }
                }
            }
            let text = declaration?.question ?? entry?.question ?? nodeQuestion ?? LocalizedText(en: name)
            add(Question(section: section, sectionName: sectionName, id: name, text: text, type: type, requirement: requirement(name),
                         evidence: entry?.evidence ?? (factType == .boolean ? .demo : .document), target: .fact(name)))
        }

        // Knock-out facts no criterion scores come first, so that vendors see them at once.
        let scored = Set(catalog.allNodes.compactMap { node -> String? in
            if case .criterion(let rule, _) = node.content { return rule.fact }
            return nil
        })
        for name in gateFacts where !scored.contains(name) {
            factQuestion(name, rule: nil, nodeQuestion: nil, section: "must-haves", sectionName: RFIWording.sectionMustHaves)
        }
        // Then the facts only flag gates check: asked, with what is checked, but not must-haves.
        for name in flagFacts where !scored.contains(name) {
            factQuestion(name, rule: nil, nodeQuestion: nil, section: "checked", sectionName: RFIWording.sectionChecked)
        }

        // Then every criterion's facts, section by section (a top-level group is a section).
        func walk(_ nodes: [CriterionNode], section: String, sectionName: LocalizedText) {
            for node in nodes {
                switch node.content {
                case .group(let children):
                    walk(children, section: section, sectionName: sectionName)
                case .criterion(let rule, _):
                    switch rule {
                    case .modules(let selection):
                        let ids: [String]
                        switch selection {
                        case .required: ids = profile.requiredModules
                        case .desired: ids = profile.desiredModules
                        case .list(let list): ids = list
                        }
                        for module in ids {
                            let name = Vocabulary.localizedName(of: module, in: catalog.vocabulary.modules)
                            add(Question(section: section, sectionName: sectionName, id: "modules.\(module)", text: RFIWording.moduleQuestion(name),
                                         type: .oneOf(ModuleCoverage.allCases.map(\.rawValue)), requirement: requirement("modules.\(module)"), evidence: .demo, target: .module(module)))
                        }
                    case .industryExperience:
                        factQuestion("industry.years", rule: rule, nodeQuestion: node.question, section: section, sectionName: sectionName)
                    case .cost:
                        pricesAsked = true
                    case .rating:
                        break
                    case .deployment, .deadline, .scale, .boolean, .coverage, .lookup:
                        factQuestion(rule.fact, rule: rule, nodeQuestion: node.question, section: section, sectionName: sectionName)
                    }
                }
            }
        }
        for node in catalog.criteria {
            walk([node], section: node.id, sectionName: node.name)
        }
        // Gate facts that a criterion scores but the profile's gates point at outside the tree (e.g. a required module that no rule lists).
        for module in profile.requiredModules where requirements["modules." + module] != nil && !asked.contains("modules." + module) {
            let name = Vocabulary.localizedName(of: module, in: catalog.vocabulary.modules)
            add(Question(section: "must-haves", sectionName: RFIWording.sectionMustHaves, id: "modules.\(module)", text: RFIWording.moduleQuestion(name),
                         type: .oneOf(ModuleCoverage.allCases.map(\.rawValue)), requirement: requirement("modules.\(module)"), evidence: .demo, target: .module(module)))
        }
        for name in ["deployments", "security.certifications", "implementationWeeks"] where requirements[name] != nil && !asked.contains(name) {
            factQuestion(name, rule: nil, nodeQuestion: nil, section: "must-haves", sectionName: RFIWording.sectionMustHaves)
        }
        if pricesAsked {
            let sheet = legacyPricing ? PriceSheet.questions(currency: profile.budget.currency, mustHave: budgetGate) : QuoteSheet.questions(profile: profile, mustHave: budgetGate)
            for question in sheet { add(question) }
        }
        // Keep the sections together in the order they first appear.
        var order: [String] = []
        for question in questions where !order.contains(question.section) { order.append(question.section) }
        return order.flatMap { section in questions.filter { $0.section == section } }
    }
}

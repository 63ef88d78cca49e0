/// A reusable tree of weighted criteria with the rules that score them and the gates that knock vendors out.
public struct Catalog: Sendable, Equatable {
    /// A short id such as `hris`.
    public var id: String
    /// The catalog's name.
    public var name: LocalizedText
    /// What the catalog is for and why it weighs things as it does.
    public var description: LocalizedText?
    /// The default policy for facts a vendor did not provide.
    public var missingFacts: MissingFactPolicy
    /// The ids that profiles and dossiers may use, with their names.
    package var vocabulary: Vocabulary
    /// Facts this catalog uses beyond the built-in ones.
    package var facts: [FactDeclaration]
    /// Knock-out gates.
    public var gates: [Gate]
    /// The top-level groups and criteria.
    public var criteria: [CriterionNode]
    /// How the top-level nodes are weighted (points when nil).
    package var weighting: WeightingSpec?
    /// The catalogs this one is composed on, nearest first (`["saas"]` for `hris`); empty for a catalog written whole.
    public var bases: [String] = []
    /// The tender's points, when a tailoring declared them (scores are then also shown as points).
    package var points: PointsScheme?

    /// Creates a catalog.
    package init(id: String, name: LocalizedText, description: LocalizedText? = nil, missingFacts: MissingFactPolicy = .worst, vocabulary: Vocabulary = Vocabulary(), facts: [FactDeclaration] = [], gates: [Gate] = [], criteria: [CriterionNode]) {
        self.id = id
        self.name = name
        self.description = description
        self.missingFacts = missingFacts
        self.vocabulary = vocabulary
        self.facts = facts
        self.gates = gates
        self.criteria = criteria
    }

    /// Every node of the tree, each group before its children, in file order.
    var allNodes: [CriterionNode] {
        var nodes: [CriterionNode] = []
        func walk(_ list: [CriterionNode]) {
            for node in list {
                nodes.append(node)
                walk(node.children)
            }
        }
        walk(criteria)
        return nodes
    }
}

/// The ids a catalog knows, by kind.
package struct Vocabulary: Sendable, Equatable {
    /// Industries.
    package var industries: [VocabularyEntry]
    /// Modules.
    package var modules: [VocabularyEntry]
    /// Integrations with other systems.
    package var integrations: [VocabularyEntry]
    /// Certifications.
    package var certifications: [VocabularyEntry]

    /// Creates a vocabulary.
    package init(industries: [VocabularyEntry] = [], modules: [VocabularyEntry] = [], integrations: [VocabularyEntry] = [], certifications: [VocabularyEntry] = []) {
        self.industries = industries
        self.modules = modules
        self.integrations = integrations
        self.certifications = certifications
    }

    /// The display name of `id` among `entries`, or the id itself.
    package static func name(of id: String, in entries: [VocabularyEntry], language: Language = .english) -> String {
        localizedName(of: id, in: entries).text(in: language)
    }

    /// The bilingual display name of `id` among `entries`, or the id itself (in English, with no Chinese).
    package static func localizedName(of id: String, in entries: [VocabularyEntry]) -> LocalizedText {
        entries.first { $0.id == id }?.name ?? LocalizedText(en: id)
    }
}

/// One id with its display name.
package struct VocabularyEntry: Sendable, Equatable {
    /// The id used in files.
    package var id: String
    /// Its display name.
    package var name: LocalizedText

    /// Creates an entry.
    package init(id: String, name: LocalizedText) {
        self.id = id
        self.name = name
    }
}

/// A fact a catalog uses beyond the built-in ones; dossiers give it in their `facts` map.
package struct FactDeclaration: Sendable, Equatable {
    /// The fact's name, such as `binding.staleBindingAudit`.
    package var id: String
    /// Its type.
    package var type: FactType
    /// Its display name.
    package var name: LocalizedText
    /// What it means.
    package var description: LocalizedText?
    /// The question that asks a vendor for this fact (for an RFI questionnaire), when the catalog gives one.
    package var question: LocalizedText?
    /// For a number: the unit its values are counted in, such as `weeks` / `周`, printed after every value.
    package var unit: LocalizedText?

    /// Creates a declaration.
    package init(id: String, type: FactType, name: LocalizedText, description: LocalizedText? = nil, unit: LocalizedText? = nil) {
        self.id = id
        self.type = type
        self.name = name
        self.description = description
        self.unit = unit
    }
}

/// A group of criteria or a scored criterion.
public struct CriterionNode: Sendable, Equatable {
    /// What a node holds.
    package enum Content: Sendable, Equatable {
        /// Child nodes whose weights are normalised among themselves.
        case group([CriterionNode])
        /// A scoring rule, with an optional missing-facts policy of its own.
        case criterion(Rule, missing: MissingFactPolicy?)
    }

    /// An id unique in the catalog.
    public var id: String
    /// Display name.
    public var name: LocalizedText
    /// What the node measures.
    public var description: LocalizedText?
    /// Raw weight (≥ 0), normalised among its siblings.
    public var weight: Double
    /// Children or rule.
    package var content: Content
    /// For a group: how its children are weighted (points when nil).
    package var weighting: WeightingSpec?
    /// For a criterion: the question that asks a vendor for what it scores (for an RFI questionnaire).
    public var question: LocalizedText?
    /// Why the node weighs what it does, in one line.
    public var rationale: LocalizedText?
    /// Where the criterion comes from (a guide, a standard, a vendor's public terms).
    public var source: String?

    /// Creates a node.
    package init(id: String, name: LocalizedText, description: LocalizedText? = nil, weight: Double, content: Content) {
        self.id = id
        self.name = name
        self.description = description
        self.weight = weight
        self.content = content
    }

    /// The children of a group, or nothing for a criterion.
    public var children: [CriterionNode] {
        if case .group(let children) = content { return children }
        return []
    }
}

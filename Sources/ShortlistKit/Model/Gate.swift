/// A knock-out: a must-have that removes a vendor from the ranking, with the reason.
public struct Gate: Sendable, Equatable {
    /// An id unique among the catalog's and the profile's gates.
    public var id: String
    /// A display name.
    public var name: LocalizedText?
    /// What the gate tests.
    package var kind: GateKind
    /// Whether a vendor whose fact is missing passes (`true`) or fails (`false`, the default).
    public var passesWhenMissing: Bool
    /// When the gate is in effect; nil for always. A catalog's conditional gates are switched on by the profile's organisation.
    package var when: GateCondition?
    /// What failing it does: knock the vendor out (the default) or flag it and keep it ranked.
    public var severity: GateSeverity = .knockOut

    /// Creates a gate.
    package init(id: String, name: LocalizedText? = nil, kind: GateKind, passesWhenMissing: Bool = false) {
        self.id = id
        self.name = name
        self.kind = kind
        self.passesWhenMissing = passesWhenMissing
    }
}

/// What a gate tests.
package enum GateKind: Sendable, Equatable {
    /// Every required module at `minimumLevel` or better.
    case requiredModules(minimumLevel: ModuleCoverage)
    /// Cost figures within the budget and its tolerance: year-1 cash, each year's recurring cost, the one-off cost, the TCO over the horizon.
    case budget(BudgetTest)
    /// At least one acceptable deployment offered.
    case deployment
    /// Every required certification held.
    case certifications
    /// Implementation weeks within the go-live deadline.
    case deadline
    /// A comparison on any fact.
    case fact(String, ComparisonOperator, FactValue)

    /// The kind as written in catalogs.
    package var name: String {
        switch self {
        case .requiredModules: return "requiredModules"
        case .budget: return "budget"
        case .deployment: return "deployment"
        case .certifications: return "certifications"
        case .deadline: return "deadline"
        case .fact: return "fact"
        }
    }
}

/// A comparison in a fact gate.
public enum ComparisonOperator: String, Sendable, Equatable, CaseIterable {
    case lessThan = "<"
    case atMost = "<="
    case greaterThan = ">"
    case atLeast = ">="
    case equal = "=="
    case notEqual = "!="
    case contains = "contains"

    /// Whether `value` compares to `reference` as this operator asks; nil when the types do not fit.
    public func holds(_ value: FactValue, _ reference: FactValue) -> Bool? {
        switch (self, value, reference) {
        case (.lessThan, .number(let a), .number(let b)): return a < b
        case (.atMost, .number(let a), .number(let b)): return a <= b
        case (.greaterThan, .number(let a), .number(let b)): return a > b
        case (.atLeast, .number(let a), .number(let b)): return a >= b
        case (.contains, .set(let items), .text(let item)): return items.contains(item)
        case (.equal, let a, let b): return a.type == b.type ? a == b : nil
        case (.notEqual, let a, let b): return a.type == b.type ? a != b : nil
        default: return nil
        }
    }
}

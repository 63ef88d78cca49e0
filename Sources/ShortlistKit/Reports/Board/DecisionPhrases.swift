extension DecisionSettings.Stage {
    /// The stage's name in reports.
    public var phrase: Phrase {
        switch self {
        case .desk: return .stageDesk
        case .demo: return .stageDemo
        case .pilot: return .stagePilot
        }
    }
}

extension Decision.Status {
    /// The vendor's standing in the decision, in reports.
    public var phrase: Phrase {
        switch self {
        case .ranked: return .statusRanked
        case .knockedOut: return .knockedOut
        case .blocked: return .blocked
        case .notPiloted: return .notPiloted
        }
    }
}

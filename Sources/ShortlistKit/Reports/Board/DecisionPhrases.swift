extension DecisionSettings.Stage {
    /// The stage's name in reports.
    package var phrase: Phrase {
        switch self {
        case .desk: return .stageDesk
        case .demo: return .stageDemo
        case .pilot: return .stagePilot
        }
    }
}

extension Decision.Status {
    /// The vendor's standing in the decision, in reports.
    package var phrase: Phrase {
        switch self {
        case .ranked: return .statusRanked
        case .knockedOut: return .knockedOut
        case .blocked: return .blocked
        case .notPiloted: return .notPiloted
        case .incomplete: return .incomplete
        }
    }

    /// The standing as a word inside a sentence or table cell, in `language`: in English "ranked",
    /// "knocked out", "blocked" or "not piloted" (the heading ``Phrase/knockedOut`` in lower case).
    /// The decision record writes these English words as each vendor's `status`.
    func text(in language: Language) -> String {
        self == .knockedOut ? Phrase.knockedOut.text(in: language).lowercased() : phrase.text(in: language)
    }
}

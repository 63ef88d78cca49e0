/// `rank --format json`, as the README's command table documents it: `ranking` (each with `rank`,
/// `tied`, `vendor`, `name`, `score`, `coverage`, `groups`, `criteria`), `incomplete`, `minimumCoverage`,
/// `eliminated`, `gaps`, `groups`, `warnings`; with `robustness`, `calibration`, tender `points` and
/// gate `flags` where the README describes them.
struct RankJSON: Decodable {
    var ranking: [Entry]
    var incomplete: [Incomplete]
    var minimumCoverage: Double
    var eliminated: [Eliminated]
    var gaps: [Gap]
    var groups: [Group]
    var warnings: [String]
    /// `null` when the robustness analysis did not run.
    var robustness: Robustness?
    /// Present only when a panel of two or more rated.
    var calibration: [Calibration]?

    /// One ranked vendor.
    struct Entry: Decodable {
        var rank: Int
        var tied: Bool
        var vendor: String
        var name: String
        var score: Double
        var coverage: Double
        /// Top-level group id → the vendor's group score (`null` when nothing in it was scored).
        var groups: [String: Double?]
        var criteria: [Criterion]
        /// Failed gates of severity flag; present only for a flagged vendor.
        var flags: [Flag]?
        /// Under a tender's points scheme only.
        var points: Points?
        /// The vendor's costs, year by year and line by line; `null` when the dossier states no price.
        var cost: CostJSON?
    }

    /// One criterion of a ranked vendor: effective weight (0–1), score (0–100), contribution (points).
    struct Criterion: Decodable {
        var id: String
        var weight: Double
        var score: Double
        var contribution: Double
        var explanation: String
        var status: String
    }

    /// A failed gate of severity flag, its sentence and its figures.
    struct Flag: Decodable {
        var gate: String
        var kind: String
        var severity: String
        var reason: String
        var figures: GateFiguresJSON?
    }

    /// A tender's points beside the 0–100 values.
    struct Points: Decodable {
        var total: Double
        var totalAvailable: Double
        var groups: [String: Earned]
        var criteria: [String: Earned]
    }

    /// Points earned of points available.
    struct Earned: Decodable {
        var available: Double
        var earned: Double
    }

    /// A compliant vendor scored on too little of the weight: not ranked.
    struct Incomplete: Decodable {
        var vendor: String
        var name: String
        var coverage: Double
        var missing: String?
        var wouldScore: Double
    }

    /// A knocked-out vendor: the gates it failed and why.
    struct Eliminated: Decodable {
        var vendor: String
        var name: String
        var gates: [String]
        var reasons: [String]
        var score: Double
        var coverage: Double
    }

    /// A missing fact and how it was handled.
    struct Gap: Decodable {
        var vendor: String
        var fact: String
        var handling: String
        var usedBy: String
    }

    /// A top-level group: its criteria and weight.
    struct Group: Decodable {
        var id: String
        var name: String
        var weight: Double
        var criteria: [String]
    }

    /// The robustness verdict of the ranking.
    struct Robustness: Decodable {
        var robust: Bool
        var verdict: String
        var winnerAcceptability: Double
        var smallestShift: WeightShiftJSON?
    }

    /// One evaluator's offset against the rest of the panel.
    struct Calibration: Decodable {
        var evaluator: String
        var applied: Bool
        var flag: String?
        var offset: Double?
        var sharedCells: Int
    }
}

/// The smallest weight shift that changes the winner: `points` moved `from` one group `to` another.
struct WeightShiftJSON: Decodable {
    var from: String
    var to: String
    var overtaken: String
    var overtaker: String
    var points: Double
}

/// A flag's structured figures: budget `checks`, or the fact compared (`fact`, `operator`, `found`, `required`).
struct GateFiguresJSON: Decodable {
    var checks: [BudgetCheck]?
    var fact: String?
    var `operator`: String?

    /// One budget check: the cost against the limit over `years`; `year` names the year of a recurring
    /// check (1 = the first), absent for the one-off and whole-period checks.
    struct BudgetCheck: Decodable, Equatable {
        var check: String
        var year: Int?
        var years: Double
        var currency: String
        var cost: Double
        var limit: Double
        var budgeted: Double
        var exceeded: Bool
        var overrun: Double
        var overrunPercent: Double
    }
}

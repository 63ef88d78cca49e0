/// `decision.json`, written by `decide`: `date`, `decision` (`winner`, `margin`, `clearWinner`, `flip`),
/// `inputs` (each `file`, `catalog` or `base` with its `sha256`), `pilots`, `ranking` (blended stages),
/// `settings`, `tool`, `notes`, `warnings`, and `weightChanges` when locked weights moved.
struct DecisionRecordJSON: Decodable {
    var date: String
    var decision: Decision
    var inputs: [Input]
    var notes: [String]
    var pilots: [Pilot]
    var ranking: [Entry]
    var settings: Settings
    var tool: ToolJSON
    var warnings: [String]
    var weightChanges: WeightChanges?

    /// The decision: the winner (or `null`), its margin and whether it is clear.
    struct Decision: Decodable {
        var winner: String?
        var margin: Double?
        var marginPercent: Double?
        var clearWinner: Bool
        var clearWinnerPercent: Double
    }

    /// An input file and its SHA-256; exactly one of `file`, `catalog` (an outside catalog by its
    /// reference) and `base` (a catalog it extends) is present.
    struct Input: Decodable {
        var file: String?
        var catalog: String?
        var base: String?
        var sha256: String
    }

    /// A pilot as decided on: metrics without direction and trend.
    struct Pilot: Decodable {
        var vendor: String
        var department: String
        var start: String
        var end: String
        var corrections: Int
        var metrics: [PilotMetricJSON]
        var passed: Bool
        var score: Double
        var goNoGo: GoNoGoJSON?
    }

    /// A vendor's blended score; `combined` and `rank` are `null` when it cannot be chosen.
    struct Entry: Decodable {
        var vendor: String
        var name: String
        var combined: Double?
        var coverage: Double
        var rank: Int?
        var reasons: [String]
        var stages: [String: Stage]
        var status: String
        var tied: Bool
    }

    /// One stage's score and weight in the blend.
    struct Stage: Decodable {
        var score: Double
        var weight: Double
    }

    /// The decision settings: stage weights, the rule for vendors not piloted, `pilotRequired` when set.
    struct Settings: Decodable {
        var notPiloted: String
        var pilotRequired: Bool?
        var stages: [String: Double]
    }

    /// Locked weights that moved, and the reason they were accepted (`null` if not).
    struct WeightChanges: Decodable {
        var changes: [String]
        var reason: String?
    }
}

/// The tool that wrote a file: `name` and `version`.
struct ToolJSON: Decodable {
    var name: String
    var version: String
}

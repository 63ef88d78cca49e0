/// `pilot status --format json`: an array of pilots, each with `vendor`, `metrics`, `score`, `passed`,
/// `daysLeft`, `logProblems`, and `goNoGo` when the plan states a rule.
struct PilotStatusJSON: Decodable {
    var vendor: String
    var metrics: [PilotMetricJSON]
    var score: Double
    var passed: Bool
    var daysLeft: Int
    var logProblems: [String]
    var goNoGo: GoNoGoJSON?
}

/// One pilot metric against its baseline and target. `direction` and `trend` are in the pilot status
/// only, not in the decision record; `baseline` and `progress` are `null` for a threshold metric.
struct PilotMetricJSON: Decodable {
    var id: String
    var baseline: Double?
    var target: Double
    var current: Double?
    var observations: Int
    var progress: Double?
    var met: Bool
    var mustPass: Bool
    var direction: String?
    var trend: [Double]?
}

/// A pilot's go/no-go verdict (README "Pilots"): `go`, `hit`, `missed`, `needed`, `require`
/// (`all`, `any` or `atLeast`), `targets`, `mustPassMet`, `failedMustPass`, `text`.
struct GoNoGoJSON: Decodable {
    var go: Bool
    var hit: [String]
    var missed: [String]
    var needed: Int
    var require: String
    var targets: [String]
    var mustPassMet: Bool
    var failedMustPass: [String]
    var text: String
}

extension PilotStatusJSON {
    /// The metric `id`, if the plan has it.
    func metric(_ id: String) -> PilotMetricJSON? { metrics.first { $0.id == id } }

    /// The observations counted over all metrics (a correction counts instead of what it amends).
    var totalObservations: Int { metrics.reduce(0) { $0 + $1.observations } }
}

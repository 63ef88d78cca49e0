/// A pilot plan `pilots/<vendor>.json` as the test reads it: the metrics' `id`, `direction`
/// (`lower` or `higher`) and `weight` in the pilot score.
struct PilotPlanJSON: Decodable {
    var vendor: String
    var metrics: [Metric]

    /// One metric of the plan.
    struct Metric: Decodable {
        var id: String
        var direction: String
        var weight: Double
    }
}

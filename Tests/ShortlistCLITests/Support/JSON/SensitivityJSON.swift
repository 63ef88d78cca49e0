/// `sensitivity --format json`, as the README documents it: `acceptability` (vendor → rank
/// probabilities, rank 1 first), `centralWeights`, `confidence`, `stability` (id → `weight`, `lower`,
/// `upper`), `runnerUpNeeds`, `samples`, `seed`, `winProbability`, `smallestShift`, `unsampled`,
/// `verdict`, `level`; `disagreement` only with `--disagreement`.
struct SensitivityJSON: Decodable {
    var acceptability: [String: [Double]]
    /// Vendor → criterion → weight; `null` for a vendor that never ranks first.
    var centralWeights: [String: [String: Double]?]
    var confidence: [String: Double?]
    var stability: [String: Interval]
    var runnerUpNeeds: [Margin]
    var samples: Int
    var seed: String
    var winProbability: [String: Double]
    var smallestShift: WeightShiftJSON?
    var unsampled: [String]
    var verdict: String
    var level: String
    var disagreement: Disagreement?

    /// How far a weight may move before the winner (`lower`, `upper`) or the ranking changes.
    struct Interval: Decodable {
        var weight: Double
        var lower: Double
        var upper: Double
        var rankingLower: Double
        var rankingUpper: Double
    }

    /// What the runner-up would need on one criterion; `improvement` is `null` when no change suffices.
    struct Margin: Decodable {
        var id: String
        var improvement: Double?
        var possible: Bool
    }

    /// What `--disagreement` sampled.
    struct Disagreement: Decodable {
        var cells: Int
        var note: String
    }
}

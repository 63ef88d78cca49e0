/// `matrix <decision.csv> --format json` with one method: `method`, `normalization`, `criteria`
/// (`name`, `type` `+` or `-`, `weight` normalised to sum 1) and `alternatives` (`name`, `rank`,
/// `score`) in input order.
struct MatrixJSON: Decodable {
    var method: String
    var normalization: String
    var criteria: [Criterion]
    var alternatives: [Alternative]

    /// A column of the decision matrix.
    struct Criterion: Decodable {
        var name: String
        var type: String
        var weight: Double
    }

    /// A row of the decision matrix and its result.
    struct Alternative: Decodable {
        var name: String
        var rank: Int
        var score: Double
    }
}

/// `matrix … --method all --format json`: each method's `normalization` and `alternatives`, and the
/// `correlations` between each pair of methods' rankings.
struct MatrixAllJSON: Decodable {
    var method: String
    var criteria: [MatrixJSON.Criterion]
    var methods: [String: Method]
    var correlations: [Correlation]

    /// One method's result.
    struct Method: Decodable {
        var normalization: String
        var alternatives: [MatrixJSON.Alternative]
    }

    /// Kendall's tau-b and Spearman's rho between two methods; `null` where undefined (ties throughout).
    struct Correlation: Decodable {
        var methods: [String]
        var kendallTau: Double?
        var spearmanRho: Double?
    }
}

/// `rank --method all --format json`: `methods` (method → vendors with `rank`, `score`, `name`,
/// `vendor`), `agreements` between each pair of methods (Kendall's tau-b, Spearman's rho), `criteria`.
struct MethodsJSON: Decodable {
    var methods: [String: [Entry]]
    var agreements: [Agreement]
    var criteria: [String]

    /// One vendor under one method.
    struct Entry: Decodable {
        var vendor: String
        var name: String
        var rank: Int
        var score: Double
    }

    /// How far two methods' rankings agree; `null` where a coefficient is undefined.
    struct Agreement: Decodable {
        var methods: [String]
        var kendallTau: Double?
        var spearmanRho: Double?
    }
}

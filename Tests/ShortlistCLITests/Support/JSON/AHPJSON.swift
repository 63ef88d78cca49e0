/// `ahp <matrix.csv> --format json`: `weights` (element → weight), `lambdaMax`, `ci`, `cr`,
/// `consistent`, `threshold`, `n`, `method`, `randomIndex` (`name`, `value`, `source`) and the
/// `inconsistentJudgments` that contribute most to λmax − n.
struct AHPJSON: Decodable {
    var weights: [String: Double]
    var lambdaMax: Double
    var ci: Double
    var cr: Double
    var consistent: Bool
    var threshold: Double
    var n: Int
    var method: String
    var randomIndex: RandomIndex
    var inconsistentJudgments: [Judgment]

    /// The random-index table and its value for the matrix's order.
    struct RandomIndex: Decodable {
        var name: String
        var value: Double
        var source: String
    }

    /// A judgment against the value the weights imply.
    struct Judgment: Decodable {
        var row: String
        var column: String
        var judgment: Double
        var consistentValue: Double
    }
}

/// An evaluator's ratings file `ratings/<evaluator>.json` (README "Evaluator ratings"): `version`,
/// `evaluator`, `name`, `conflicts`, and `ratings` of `vendor`, `criterion`, `value`, `comment`, `date`.
struct RatingSheetJSON: Decodable {
    var version: Int
    var evaluator: String
    var ratings: [Rating]

    /// One rating of one vendor on one criterion.
    struct Rating: Decodable {
        var vendor: String
        var criterion: String
        var value: Double
        var comment: String?
        var date: String?
    }
}

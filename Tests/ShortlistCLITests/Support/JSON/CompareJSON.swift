/// `compare --format json`: one view per scenario (`base` first) with its `winner`, `margin`,
/// `ranking`, `changes` from base and `rankReversals`; `winnersDiffer`.
struct CompareJSON: Decodable {
    var views: [View]
    var winnersDiffer: Bool

    /// The ranking under one scenario.
    struct View: Decodable {
        var name: String
        var description: String?
        var winner: String?
        /// The winner's lead over the runner-up, in points; `null` with fewer than two ranked.
        var margin: Double?
        var changes: [String]
        var rankReversals: [String]
        var ranking: [Entry]
    }

    /// A vendor's place in one view.
    struct Entry: Decodable {
        var vendor: String
        var rank: Int
        var score: Double
    }
}

/// `weights --format json`: `ahp` (group → λmax, CI, CR, random index, weights), `nodes` (each
/// node's `local` and `global` weight, `parent`, and a group's `method`), `root` (the top level's method).
struct WeightsJSON: Decodable {
    var ahp: [String: AHPGroup]
    var nodes: [Node]
    var root: String

    /// A group weighted by a pairwise matrix.
    struct AHPGroup: Decodable {
        var ci: Double
        var cr: Double
        var consistent: Bool
        var lambdaMax: Double
        var randomIndex: RandomIndex
        var weights: [String: Double]
    }

    /// The random-index table used for the consistency ratio, and its value for the matrix's order.
    struct RandomIndex: Decodable {
        var table: String
        var value: Double
    }

    /// A node of the criteria tree; `method` only for a group.
    struct Node: Decodable {
        var id: String
        var local: Double
        var global: Double
        var parent: String?
        var method: String?
    }
}

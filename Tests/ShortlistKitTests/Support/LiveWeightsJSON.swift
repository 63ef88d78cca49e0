/// The data the board's weight sliders read (`DecisionBoard.liveWeightsJSON`): the `groups` with
/// their weights, and per vendor its `score` and its group `scores` in the groups' order (`null`
/// where the vendor has no score in a group).
struct LiveWeightsJSON: Decodable {
    var groups: [Group]
    var vendors: [Vendor]

    /// A top-level group and its weight.
    struct Group: Decodable {
        var id: String
        var name: String
        var weight: Double
    }

    /// A ranked vendor and its group scores.
    struct Vendor: Decodable {
        var id: String
        var name: String
        var score: Double
        var scores: [Double?]
    }
}

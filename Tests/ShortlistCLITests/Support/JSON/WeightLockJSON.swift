/// `weights.lock.json`, written by `lock`: `version`, `locked` (when), `by` (who, when given),
/// `weights` (node id → global weight) and `raw`.
struct WeightLockJSON: Decodable {
    var version: Int
    var locked: String
    var by: String?
    var weights: [String: Double]
}

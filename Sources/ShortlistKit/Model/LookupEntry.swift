/// One row of a `lookup` rule's table: a categorical fact's value and the score it earns.
public struct LookupEntry: Sendable, Equatable {
    /// The fact's value, e.g. `"dedicated"`.
    public var value: String
    /// The score it earns, 0–100.
    public var score: Double

    /// Creates a row.
    public init(value: String, score: Double) {
        self.value = value
        self.score = score
    }
}

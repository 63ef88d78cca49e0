/// One row of a `lookup` rule's table: a categorical fact's value and the score it earns.
package struct LookupEntry: Sendable, Equatable {
    /// The fact's value, e.g. `"dedicated"`.
    package var value: String
    /// The score it earns, 0–100.
    package var score: Double

    /// Creates a row.
    package init(value: String, score: Double) {
        self.value = value
        self.score = score
    }
}

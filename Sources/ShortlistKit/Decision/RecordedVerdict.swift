/// What a decision record (`decision.json`) says was decided: the winner, whether the margin
/// cleared the threshold, the margin in points and in %, and any moved locked weight that was
/// accepted with a reason.
///
/// The decision board states this verdict, so that a forwarded board says what was decided and
/// not only what the current inputs would rank.
public struct RecordedVerdict: Sendable, Equatable {
    /// When the decision was recorded (ISO 8601).
    public var date: String
    /// The recommended vendor; nil when no vendor could be recommended.
    public var winner: String?
    /// Whether the margin reached the clear-winner threshold.
    public var clearWinner: Bool
    /// The lead over the runner-up in combined points; nil with a single vendor left.
    public var margin: Double?
    /// The lead as a percentage of the winner's combined score.
    public var marginPercent: Double?
    /// The clear-winner threshold, in percent of the winner's score.
    public var thresholdPercent: Double?
    /// The stages the decision weighed (`desk`, `demo`, `pilot`) with a weight above zero, in the record's order.
    public var stages: [String]
    /// The moved locked weights the decision was taken with, in words (empty when none moved).
    public var weightChanges: [String]
    /// The reason given with `decide --accept-weight-changes`, when weights had moved.
    public var weightChangesReason: String?

    /// Creates a verdict.
    public init(date: String, winner: String?, clearWinner: Bool, margin: Double?, marginPercent: Double?, thresholdPercent: Double?,
                stages: [String] = [], weightChanges: [String] = [], weightChangesReason: String? = nil) {
        self.date = date
        self.winner = winner
        self.clearWinner = clearWinner
        self.margin = margin
        self.marginPercent = marginPercent
        self.thresholdPercent = thresholdPercent
        self.stages = stages
        self.weightChanges = weightChanges
        self.weightChangesReason = weightChangesReason
    }

    /// Reads the verdict from the bytes of a decision record.
    ///
    /// - Throws: ``DecisionRecordReader/Problem`` when the bytes are not JSON or lack the `date` and `decision` of a record.
    public init(record bytes: [UInt8]) throws(DecisionRecordReader.Problem) {
        let node: JSONNode
        do { node = try JSONParser.parse(bytes) } catch { throw DecisionRecordReader.Problem(description: "\(error.location): \(error.message)") }
        guard case .object(let members) = node.value,
              case .string(let date)? = Self.member(members, "date"),
              case .object(let decision)? = Self.member(members, "decision") else {
            throw DecisionRecordReader.Problem(description: "not a decision record: expected \"date\" and \"decision\"")
        }
        func number(_ fields: [JSONMember], _ key: String) -> Double? {
            if case .number(let x)? = Self.member(fields, key) { return x }
            return nil
        }
        var winner: String?
        if case .string(let w)? = Self.member(decision, "winner") { winner = w }
        var clear = false
        if case .bool(let c)? = Self.member(decision, "clearWinner") { clear = c }
        var stages: [String] = []
        if case .object(let settings)? = Self.member(members, "settings"), case .object(let list)? = Self.member(settings, "stages") {
            let order = ["desk", "demo", "pilot"]
            stages = list.compactMap { member in
                if case .number(let w) = member.value.value, w > 0 { return member.key }
                return nil
            }.sorted { (order.firstIndex(of: $0) ?? order.count, $0) < (order.firstIndex(of: $1) ?? order.count, $1) }
        }
        var changes: [String] = []
        var reason: String?
        if case .object(let moved)? = Self.member(members, "weightChanges") {
            if case .array(let list)? = Self.member(moved, "changes") {
                changes = list.compactMap { if case .string(let s) = $0.value { return s } else { return nil } }
            }
            if case .string(let r)? = Self.member(moved, "reason") { reason = r }
        }
        self.init(date: date, winner: winner, clearWinner: clear, margin: number(decision, "margin"), marginPercent: number(decision, "marginPercent"),
                  thresholdPercent: number(decision, "clearWinnerPercent"), stages: stages, weightChanges: changes, weightChangesReason: reason)
    }

    private static func member(_ members: [JSONMember], _ key: String) -> JSONNode.Value? {
        members.first { $0.key == key }?.value.value
    }
}

/// A pilot's go/no-go verdict under its plan's `GoNoGoRule`: go when every must-pass metric is met
/// and at least ``needed`` of the ``targets`` are hit.
public struct GoNoGoVerdict: Sendable, Equatable {
    /// The rule.
    package var rule: GoNoGoRule
    /// The target metric ids, in plan order.
    public var targets: [String]
    /// The targets hit (met), in plan order.
    public var hit: [String]
    /// The targets missed (not met, or not observed yet), in plan order.
    public var missed: [String]
    /// How many targets must be hit.
    public var needed: Int
    /// Whether every must-pass metric is met.
    public var mustPassMet: Bool
    /// The must-pass metrics not met, in plan order.
    public var failedMustPass: [String]

    /// Whether the pilot says go.
    public var go: Bool { mustPassMet && hit.count >= needed }

    /// Judges `metrics` (the status of each metric of `plan`) by `rule`.
    package init(rule: GoNoGoRule, plan: PilotPlan, metrics: [PilotStatus.Metric], mustPassMet: Bool) {
        self.rule = rule
        targets = rule.targetIDs(in: plan)
        let met = Set(metrics.filter(\.met).map(\.metric.id))
        hit = targets.filter { met.contains($0) }
        missed = targets.filter { !met.contains($0) }
        needed = rule.requirement.needed(of: targets.count)
        self.mustPassMet = mustPassMet
        failedMustPass = metrics.filter { $0.metric.mustPass && !$0.met }.map(\.metric.id)
    }

    /// The verdict in words, e.g. "go: every must-pass metric met; 3 of 4 targets hit (a, b, c; missed d), 3 needed".
    public var text: LocalizedText { PilotWording.verdict(self) }
}

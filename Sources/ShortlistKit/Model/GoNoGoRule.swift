/// When a pilot says "go": every must-pass metric met and enough of the rule's targets hit — the
/// `goNoGo` object of a pilot plan, e.g. `{"require": "atLeast", "atLeast": 3, "of": ["a", "b", "c", "d"]}`.
package struct GoNoGoRule: Sendable, Equatable {
    /// How many of the targets must be hit.
    package enum Requirement: Sendable, Equatable {
        /// Every target.
        case all
        /// At least one target.
        case any
        /// At least this many targets.
        case atLeast(Int)

        /// How many of `count` targets must be hit.
        package func needed(of count: Int) -> Int {
            switch self {
            case .all: return count
            case .any: return min(1, count)
            case .atLeast(let k): return k
            }
        }
    }

    /// How many targets must be hit.
    package var requirement: Requirement
    /// The metric ids counted as targets, in plan order; nil for every metric that is not must-pass.
    package var targets: [String]?

    /// Creates a rule.
    package init(requirement: Requirement, targets: [String]? = nil) {
        self.requirement = requirement
        self.targets = targets
    }

    /// The target metric ids of `plan`: those named, or every metric that is not must-pass.
    package func targetIDs(in plan: PilotPlan) -> [String] {
        targets ?? plan.metrics.filter { !$0.mustPass }.map(\.id)
    }
}

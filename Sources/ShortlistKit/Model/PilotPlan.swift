/// A time-boxed trial of one vendor in one department: `pilots/<vendor>.json`.
public struct PilotPlan: Sendable, Equatable {
    /// The piloted vendor's id.
    public var vendor: String
    /// The department that runs the pilot.
    public var department: String
    /// The first day (YYYY-MM-DD).
    public var start: String
    /// The last day (YYYY-MM-DD).
    public var end: String
    /// The metrics, in file order.
    public var metrics: [PilotMetric]
    /// The plan file, relative to the workspace.
    public var file: String
    /// The go/no-go rule (`goNoGo` in the plan), when the plan states one.
    package var goNoGo: GoNoGoRule?

    /// Creates a plan.
    package init(vendor: String, department: String, start: String, end: String, metrics: [PilotMetric], file: String = "", goNoGo: GoNoGoRule? = nil) {
        self.vendor = vendor
        self.department = department
        self.start = start
        self.end = end
        self.metrics = metrics
        self.file = file
        self.goNoGo = goNoGo
    }
}

/// One thing a pilot measures, from a baseline towards a target.
public struct PilotMetric: Sendable, Equatable {
    /// Which way is better.
    public enum Direction: String, Sendable, Equatable, CaseIterable {
        /// Lower values are better (e.g. days to compile statistics).
        case lower
        /// Higher values are better (e.g. satisfaction).
        case higher
    }

    /// How a metric's observations make its current value.
    package enum Combination: String, Sendable, Equatable, CaseIterable {
        /// The latest observation by date (then by log order).
        case latest
        /// The mean.
        case mean
        /// The smallest.
        case min
        /// The largest.
        case max
        /// The sum.
        case sum
    }

    /// A short id, unique in the plan.
    public var id: String
    /// The metric's name.
    public var name: String
    /// The unit, e.g. "days" or "%".
    public var unit: String
    /// The value before the pilot; nil for a threshold metric ("availability ≥ 99.5 %"), which is
    /// only met or not met.
    public var baseline: Double?
    /// The value the pilot must reach.
    public var target: Double
    /// Which way is better.
    public var direction: Direction
    /// The metric's share of the pilot score.
    public var weight: Double
    /// How observations combine.
    package var combine: Combination
    /// Whether the vendor is blocked when the metric misses its target.
    public var mustPass: Bool
    /// Whether the metric is a threshold, met or not met, without progress: no baseline, or a
    /// baseline equal to the target ("P1 incidents = 0" when there were none before either).
    public var isThreshold: Bool { baseline.map { $0 == target } ?? true }
    /// The smallest value the metric can take (`min` in the plan), when declared.
    public var minimum: Double?
    /// The largest value the metric can take (`max` in the plan), when declared.
    public var maximum: Double?

    /// Creates a metric.
    package init(id: String, name: String, unit: String = "", baseline: Double?, target: Double, direction: Direction, weight: Double = 1, combine: Combination = .latest, mustPass: Bool = false, minimum: Double? = nil, maximum: Double? = nil) {
        self.minimum = minimum
        self.maximum = maximum
        self.id = id
        self.name = name
        self.unit = unit
        self.baseline = baseline
        self.target = target
        self.direction = direction
        self.weight = weight
        self.combine = combine
        self.mustPass = mustPass
    }
}

/// One recorded observation of a pilot metric: a line of `pilots/<vendor>.log.jsonl`.
public struct PilotObservation: Sendable, Equatable {
    /// A stable id, unique in the log (`o0001`, `o0002`, …).
    public var id: String
    /// The metric's id.
    public var metric: String
    /// The observed value.
    public var value: Double
    /// The day observed (YYYY-MM-DD).
    public var date: String
    /// Who recorded it.
    public var by: String
    /// A free note.
    public var note: String?
    /// When it was recorded (ISO 8601, UTC).
    public var recorded: String
    /// The id of the entry this one corrects, if any.
    public var amends: String?
    /// The line in the log.
    public var line: Int

    /// Creates an observation.
    public init(id: String, metric: String, value: Double, date: String, by: String, note: String? = nil, recorded: String, amends: String? = nil, line: Int = 0) {
        self.id = id
        self.metric = metric
        self.value = value
        self.date = date
        self.by = by
        self.note = note
        self.recorded = recorded
        self.amends = amends
        self.line = line
    }
}

/// A pilot: its plan and what has been recorded.
public struct Pilot: Sendable, Equatable {
    /// The plan.
    public var plan: PilotPlan
    /// Every valid entry of the log, in log order (corrected ones included).
    public var observations: [PilotObservation]
    /// Problems found in the log (a torn last line, a line that is not a valid entry), with line numbers.
    public var logProblems: [String]
    /// The log file, relative to the workspace.
    public var logFile: String

    /// Creates a pilot.
    public init(plan: PilotPlan, observations: [PilotObservation] = [], logProblems: [String] = [], logFile: String = "") {
        self.plan = plan
        self.observations = observations
        self.logProblems = logProblems
        self.logFile = logFile
    }
}

/// How the stages of the selection combine into the final decision: the `decision` section of `selection.json`.
public struct DecisionSettings: Sendable, Equatable {
    /// A stage of the selection.
    public enum Stage: String, Sendable, Equatable, CaseIterable {
        /// Desk scoring: every criterion not rated by the panel.
        case desk
        /// Demo ratings: the panel-rated criteria.
        case demo
        /// The pilot score.
        case pilot
    }

    /// A stage's raw weight.
    package struct StageWeight: Sendable, Equatable {
        /// The stage.
        package var stage: Stage
        /// Its raw weight.
        package var weight: Double

        /// Creates a stage weight.
        package init(stage: Stage, weight: Double) {
            self.stage = stage
            self.weight = weight
        }
    }

    /// Raw stage weights (normalised over the stages present).
    package var stages: [StageWeight]
    /// Whether a vendor without a pilot is left out (`true`) or scored on its other stages.
    public var excludeNotPiloted: Bool
    /// A margin below this share of the winner's score means "no clear winner" (0.10 = 10 %).
    public var clearWinnerShare: Double
    /// Whether the pilot is a gate (`pilotRequired`): a vendor not piloted, or whose pilot says
    /// no-go, cannot be recommended.
    public var pilotRequired: Bool = false

    /// Creates settings; the defaults are desk 40, demo 30, pilot 30, exclude, 10 %.
    public init(stages: [(stage: Stage, weight: Double)] = [(.desk, 40), (.demo, 30), (.pilot, 30)], excludeNotPiloted: Bool = true, clearWinnerShare: Double = 0.10) {
        self.stages = stages.map { StageWeight(stage: $0.stage, weight: $0.weight) }
        self.excludeNotPiloted = excludeNotPiloted
        self.clearWinnerShare = clearWinnerShare
    }

    /// The weight of a stage (0 when not listed).
    public func weight(of stage: Stage) -> Double { stages.first { $0.stage == stage }?.weight ?? 0 }
}

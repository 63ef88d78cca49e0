/// Where a pilot stands: each metric against baseline and target, the pilot score and whether every must-pass metric holds.
public struct PilotStatus: Sendable, Equatable {
    /// One metric's standing.
    public struct Metric: Sendable, Equatable {
        /// The metric.
        public var metric: PilotMetric
        /// The current value by the metric's combination rule, or nil before the first observation.
        public var current: Double?
        /// How many observations count (corrected entries are replaced by their corrections).
        public var observations: Int
        /// The values that count, in date order (for a trend line).
        public var trend: [Double]
        /// (current − baseline) ÷ (target − baseline) × 100, uncapped; nil before the first observation
        /// and for a threshold metric (``PilotMetric/isThreshold``), which is only met or not met.
        public var progress: Double?
        /// Whether the current value reaches the target.
        public var met: Bool
        /// The date of each value in ``trend`` (`YYYY-MM-DD`).
        public var dates: [String] = []

        /// The progress capped to 0–100, as it enters the pilot score (0 before the first observation);
        /// a threshold metric counts 100 when met and 0 when not.
        public var cappedProgress: Double {
            if metric.isThreshold { return met ? 100 : 0 }
            return min(100, max(0, progress ?? 0))
        }
    }

    /// The vendor's id.
    public var vendor: String
    /// The plan.
    public var plan: PilotPlan
    /// The metrics, in plan order.
    public var metrics: [Metric]
    /// Σ weight × capped progress ÷ Σ weight, 0–100.
    public var score: Double
    /// Whether every must-pass metric is met.
    public var passed: Bool
    /// Days from today to the last day of the pilot (negative once it is over).
    public var daysLeft: Int
    /// One correction in the log: an entry and the entry that amends it.
    public struct Correction: Sendable, Equatable {
        /// The corrected entry's id.
        public var original: String
        /// The correcting entry's id.
        public var correction: String
    }

    /// Corrections, in log order.
    public var corrections: [Correction]
    /// Problems found in the log.
    public var logProblems: [String]
    /// The go/no-go verdict, when the plan states a rule.
    public var goNoGo: GoNoGoVerdict?
    /// Whether any metric has an observation; a pilot without any has not started, so its score,
    /// must-pass check and verdict say nothing yet (`decide` treats it as not piloted).
    public var hasObservations: Bool { metrics.contains { $0.observations > 0 } }

    /// The must-pass metrics that are not met, in plan order.
    public var failedMustPass: [Metric] { metrics.filter { $0.metric.mustPass && !$0.met } }

    /// Computes the status of `pilot` on `today`.
    public init(pilot: Pilot, today: CalendarDate) {
        let plan = pilot.plan
        vendor = plan.vendor
        self.plan = plan
        logProblems = pilot.logProblems
        // A corrected entry is replaced by its latest correction; earlier corrections of the same entry no longer count.
        var latestCorrection: [String: String] = [:]
        for entry in pilot.observations { if let original = entry.amends { latestCorrection[original] = entry.id } }
        let superseded = Set(latestCorrection.keys).union(pilot.observations.compactMap { entry in
            entry.amends.flatMap { latestCorrection[$0] == entry.id ? nil : entry.id }
        })
        corrections = pilot.observations.compactMap { entry in entry.amends.map { Correction(original: $0, correction: entry.id) } }
        let effective = pilot.observations.filter { !superseded.contains($0.id) }
        var metrics: [Metric] = []
        for metric in plan.metrics {
            let entries = effective.filter { $0.metric == metric.id }.sorted { ($0.date, $0.line) < ($1.date, $1.line) }
            let values = entries.map(\.value)
            var current: Double?
            if !values.isEmpty {
                switch metric.combine {
                case .latest: current = values.last
                case .mean: current = values.reduce(0, +) / Double(values.count)
                case .min: current = values.min()
                case .max: current = values.max()
                case .sum: current = values.reduce(0, +)
                }
            }
            // A threshold metric has no progress: no division by zero, no NaN.
            let progress: Double? = metric.isThreshold ? nil : current.flatMap { value in metric.baseline.map { (value - $0) / (metric.target - $0) * 100 } }
            let met = current.map { metric.direction == .lower ? $0 <= metric.target + 1e-9 : $0 >= metric.target - 1e-9 } ?? false
            metrics.append(Metric(metric: metric, current: current, observations: values.count, trend: values, progress: progress, met: met, dates: entries.map(\.date)))
        }
        self.metrics = metrics
        let totalWeight = plan.metrics.reduce(0) { $0 + $1.weight }
        score = totalWeight > 0 ? metrics.reduce(0) { $0 + $1.metric.weight * $1.cappedProgress } / totalWeight : 0
        passed = metrics.allSatisfy { !$0.metric.mustPass || $0.met }
        daysLeft = CalendarDate(plan.end).map { today.days(to: $0) } ?? 0
        let mustPassMet = passed
        goNoGo = plan.goNoGo.map { GoNoGoVerdict(rule: $0, plan: plan, metrics: metrics, mustPassMet: mustPassMet) }
    }
}

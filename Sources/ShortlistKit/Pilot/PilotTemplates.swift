/// Starting points for pilot plans, after the source document's pilot criteria.
package enum PilotTemplates {
    /// The metrics of a template: `retail`, `manufacturing`, `internet` or `generic`.
    package static func metrics(_ name: String) -> [PilotMetric] {
        var metrics = [
            PilotMetric(id: "crashes", name: "System crashes per week (stability)", unit: "per week", baseline: 2, target: 0.5, direction: .lower, weight: 20, combine: .mean, mustPass: true),
            PilotMetric(id: "satisfaction", name: "Employee satisfaction with the system", unit: "%", baseline: 60, target: 75, direction: .higher, weight: 20, combine: .latest, mustPass: true),
        ]
        switch name {
        case "retail":
            metrics.insert(PilotMetric(id: "stats-time", name: "Time to compile store performance statistics", unit: "days", baseline: 3, target: 1, direction: .lower, weight: 30, combine: .latest, mustPass: true), at: 0)
            metrics.append(PilotMetric(id: "sales-change", name: "Store sales performance vs last year", unit: "%", baseline: 0, target: 10, direction: .higher, weight: 20, combine: .latest, minimum: -100))
            metrics.append(PilotMetric(id: "payroll-time", name: "Payroll run time", unit: "hours", baseline: 24, target: 4, direction: .lower, weight: 10, combine: .latest))
        case "manufacturing":
            metrics.insert(PilotMetric(id: "shift-planning", name: "Time to plan a month of shifts", unit: "hours", baseline: 16, target: 4, direction: .lower, weight: 30, combine: .latest, mustPass: true), at: 0)
            metrics.append(PilotMetric(id: "appraisal-satisfaction", name: "Satisfaction with appraisal", unit: "%", baseline: 30, target: 75, direction: .higher, weight: 20, combine: .latest))
            metrics.append(PilotMetric(id: "payroll-time", name: "Payroll run time", unit: "hours", baseline: 72, target: 8, direction: .lower, weight: 10, combine: .latest))
        case "internet":
            metrics.insert(PilotMetric(id: "okr-checkins", name: "OKR check-in completion", unit: "%", baseline: 45, target: 85, direction: .higher, weight: 25, combine: .mean), at: 0)
            metrics.append(PilotMetric(id: "review-close", name: "Days to close the monthly review", unit: "days", baseline: 10, target: 3, direction: .lower, weight: 20, combine: .latest))
            metrics.append(PilotMetric(id: "sso-failures", name: "SSO login failures per 1,000 logins", unit: "per 1,000", baseline: 3, target: 2, direction: .lower, weight: 15, combine: .mean, mustPass: true))
        default:
            metrics.insert(PilotMetric(id: "process-time", name: "Time for the core HR process", unit: "hours", baseline: 24, target: 8, direction: .lower, weight: 40, combine: .latest, mustPass: true), at: 0)
        }
        return metrics
    }

    /// A plan as the JSON of `pilots/<vendor>.json`.
    package static func json(_ plan: PilotPlan) -> [UInt8] {
        var w = JSONWriter()
        w.beginObject()
        w.key("department"); w.string(plan.department)
        w.key("end"); w.string(plan.end)
        w.key("metrics")
        w.beginArray()
        for m in plan.metrics {
            w.beginObject()
            if let baseline = m.baseline { w.key("baseline"); w.number(baseline) }
            w.key("combine"); w.string(m.combine.rawValue)
            w.key("direction"); w.string(m.direction.rawValue)
            w.key("id"); w.string(m.id)
            if let maximum = m.maximum { w.key("max"); w.number(maximum) }
            if let minimum = m.minimum { w.key("min"); w.number(minimum) }
            w.key("mustPass"); w.bool(m.mustPass)
            w.key("name"); w.string(m.name)
            w.key("target"); w.number(m.target)
            w.key("unit"); w.string(m.unit)
            w.key("weight"); w.number(m.weight)
            w.endObject()
        }
        w.endArray()
        w.key("start"); w.string(plan.start)
        w.key("vendor"); w.string(plan.vendor)
        w.key("version"); w.integer(1)
        w.endObject()
        return w.bytes
    }
}

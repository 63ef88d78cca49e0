/// Decodes pilot plans (`pilots/<vendor>.json`) and the entries of pilot logs.
struct PilotDecoder {
    let context: DecodingContext
    let vendorIDs: [String]

    static let keys = ["version", "vendor", "department", "start", "end", "metrics", "goNoGo", "note"]
    static let metricKeys = ["id", "name", "unit", "baseline", "target", "direction", "weight", "combine", "mustPass", "min", "max", "description"]

    func decodePlan(_ reader: JSONReader, file: String) -> PilotPlan? {
        let before = context.errorCount
        guard let object = reader.object(keys: Self.keys) else { return nil }
        object.version()
        _ = object.optional("note")?.string()
        var vendor: String?
        if let vendorReader = object.required("vendor", "the piloted vendor's id"), let id = vendorReader.string().map(Identifier.normalized) {
            // Without any dossier (vendors/ missing or unreadable, reported once as the cause) no id can be checked.
            if vendorIDs.isEmpty || vendorIDs.contains(id) {
                vendor = id
            } else {
                vendorReader.fail(unknownIDMessage(id, known: vendorIDs, kind: "vendor"))
            }
            let base = file.split(separator: "/").last ?? ""
            if vendor != nil && base != "\(id).json" {
                vendorReader.fail("the plan of \"\(id)\" must be named pilots/\(id).json (its log is pilots/\(id).log.jsonl)")
            }
        }
        let department = object.required("department", "the department that runs the pilot")?.string()
        let start = object.required("start", "the first day, YYYY-MM-DD").flatMap(isoDate)
        let endReader = object.required("end", "the last day, YYYY-MM-DD")
        let end = endReader.flatMap(isoDate)
        if let start, let end, let s = CalendarDate(start), let e = CalendarDate(end), e < s {
            endReader?.fail("the pilot ends (\(end)) before it starts (\(start))")
        }
        var metrics: [PilotMetric] = []
        if let list = object.required("metrics", "what the pilot measures")?.array() {
            if list.isEmpty { object.optional("metrics")!.fail("a pilot needs at least one metric") }
            for element in list {
                guard let metric = decodeMetric(element) else { continue }
                if metrics.contains(where: { $0.id == metric.id }) {
                    element.fail("the metric id \"\(metric.id)\" is used twice")
                    continue
                }
                metrics.append(metric)
            }
            if !metrics.isEmpty && metrics.reduce(0, { $0 + $1.weight }) <= 0 {
                object.optional("metrics")!.fail("the metrics' weights sum to zero; at least one must be positive")
            }
        }
        let goNoGo = object.optional("goNoGo").flatMap { decodeGoNoGo($0, metrics: metrics) }
        guard context.errorCount == before, let vendor, let department, let start, let end else { return nil }
        return PilotPlan(vendor: vendor, department: department, start: start, end: end, metrics: metrics, file: file, goNoGo: goNoGo)
    }

    /// The `goNoGo` rule: `require` (`all`, `any` or `atLeast` with `atLeast: k`) over the metrics in
    /// `of` (default: every metric that is not must-pass); must-pass metrics must always be met.
    private func decodeGoNoGo(_ reader: JSONReader, metrics: [PilotMetric]) -> GoNoGoRule? {
        let before = context.errorCount
        guard let object = reader.object(keys: ["require", "atLeast", "of"]) else { return nil }
        let require = object.required("require", "\"all\", \"any\" or \"atLeast\" (with \"atLeast\": k)")?.oneOf(["all", "any", "atLeast"])
        let atLeastReader = object.optional("atLeast")
        var targets: [String]?
        if let ofReader = object.optional("of"), let list = ofReader.array() {
            var ids: [String] = []
            for element in list {
                guard let id = element.string().map(Identifier.normalized) else { continue }
                if ids.contains(id) {
                    element.fail("the metric \"\(id)\" is listed twice")
                } else if !metrics.isEmpty && !metrics.contains(where: { $0.id == id }) {
                    element.fail(unknownIDMessage(id, known: metrics.map(\.id), kind: "metric"))
                } else if metrics.first(where: { $0.id == id })?.mustPass == true {
                    element.fail("\(id) is must-pass, so it must be met anyway; list only the targets counted towards \"require\"")
                } else {
                    ids.append(id)
                }
            }
            if list.isEmpty { ofReader.fail("list at least one target metric, or leave \"of\" out to count every metric that is not must-pass") }
            targets = ids
        }
        let available = targets?.count ?? metrics.filter { !$0.mustPass }.count
        var requirement: GoNoGoRule.Requirement?
        switch require {
        case "all": requirement = .all
        case "any": requirement = .any
        case "atLeast":
            guard let atLeastReader else {
                object.optional("require")?.fail("\"require\": \"atLeast\" needs \"atLeast\": k, the number of targets to hit")
                break
            }
            guard let k = atLeastReader.integer(.positive) else { break }
            if k > available {
                atLeastReader.fail("\"atLeast\" is \(k), but the rule counts only \(available) target\(available == 1 ? "" : "s")\(targets == nil ? " (every metric that is not must-pass)" : "")")
            } else {
                requirement = .atLeast(k)
            }
        default: break
        }
        if let atLeastReader, require != nil, require != "atLeast" {
            atLeastReader.fail("\"atLeast\" applies only to \"require\": \"atLeast\"")
        }
        if require != nil && available == 0 && targets == nil {
            object.optional("require")?.fail("every metric is must-pass, so there is no target to count; mark some metrics \"mustPass\": false or drop \"goNoGo\"")
        }
        guard context.errorCount == before, let requirement else { return nil }
        return GoNoGoRule(requirement: requirement, targets: targets)
    }

    private func decodeMetric(_ reader: JSONReader) -> PilotMetric? {
        let before = context.errorCount
        guard let object = reader.object(keys: Self.metricKeys) else { return nil }
        let id = object.required("id", "the metric's id")?.identifier()
        let name = object.required("name", "the metric's name")?.string()
        let unit = object.optional("unit")?.string(nonEmpty: false) ?? ""
        // No baseline: a threshold metric ("availability ≥ 99.5 %"), met or not met.
        let baselineReader = object.optional("baseline")
        let baseline = baselineReader?.number()
        let targetReader = object.required("target", "the value to reach")
        let target = targetReader?.number()
        let direction = object.required("direction", "lower or higher (which is better)")?.oneOf(["lower", "higher"]).flatMap(PilotMetric.Direction.init(rawValue:))
        let weight = object.optional("weight")?.number(.weight) ?? 1
        let combine = object.optional("combine")?.oneOf(PilotMetric.Combination.allCases.map(\.rawValue)).flatMap(PilotMetric.Combination.init(rawValue:)) ?? .latest
        let mustPass = object.optional("mustPass")?.bool() ?? false
        _ = object.optional("description")?.string()
        let minimumReader = object.optional("min"), maximumReader = object.optional("max")
        let minimum = minimumReader?.number(), maximum = maximumReader?.number()
        if let minimum, let maximum, minimum >= maximum {
            maximumReader?.fail("\"max\" (\(NumberFormatting.short(maximum, 6))) must be above \"min\" (\(NumberFormatting.short(minimum, 6)))")
        }
        // A baseline equal to the target makes a threshold metric too (met or not met, no progress).
        if let baseline, let target, let direction, baseline != target {
            if (direction == .lower) != (target < baseline) {
                targetReader?.fail("the target \(NumberFormatting.short(target)) is \(target < baseline ? "below" : "above") the baseline \(NumberFormatting.short(baseline)) but \"direction\" says \(direction.rawValue) is better")
            }
        }
        guard context.errorCount == before, let id, let name, let target, let direction, baselineReader == nil || baseline != nil else { return nil }
        let metric = PilotMetric(id: id, name: name, unit: unit, baseline: baseline, target: target, direction: direction, weight: weight, combine: combine, mustPass: mustPass, minimum: minimum, maximum: maximum)
        // The baseline and the target are values of the metric too: within its declared or implied range.
        if let baseline, let problem = metric.problem(with: baseline) { baselineReader?.fail("the baseline: " + problem) }
        if let problem = metric.problem(with: target) { targetReader?.fail("the target: " + problem) }
        guard context.errorCount == before else { return nil }
        return metric
    }

    /// Parses one complete log line into an observation, or says why it is not a valid entry.
    static func observation(line: String, number: Int, plan: PilotPlan, earlier: [PilotObservation]) -> Result<PilotObservation, PilotLogLineError> {
        let node: JSONNode
        do { node = try JSONParser.parse(line) } catch { return .failure(PilotLogLineError(message: "line \(number) is not valid JSON (\(error.description))")) }
        let context = DecodingContext()
        let reader = JSONReader(node: node, path: .root, file: "", context: context)
        guard let object = reader.object(keys: ["amends", "by", "date", "id", "metric", "note", "recorded", "value"]) else {
            return .failure(PilotLogLineError(message: "line \(number) is not an entry: \(context.diagnostics.first?.message ?? "")"))
        }
        let id = object.required("id", "the entry's id")?.identifier()
        let metric = object.required("metric", "the metric's id")?.string()
        let value = object.required("value", "the observed value")?.number()
        let date = object.required("date", "YYYY-MM-DD").flatMap(isoDate)
        let by = object.required("by", "who recorded it")?.string()
        let note = object.optional("note")?.string(nonEmpty: false)
        let recorded = object.required("recorded", "when it was recorded")?.string()
        let amends = object.optional("amends")?.string()
        guard !context.hasErrors, let id, let metric, let value, let date, let by, let recorded else {
            let d = context.diagnostics.first
            return .failure(PilotLogLineError(message: "line \(number) is not a valid entry: \(d.map { ($0.path.isEmpty ? "" : $0.path + ": ") + $0.message } ?? "")"))
        }
        if earlier.contains(where: { $0.id == id }) { return .failure(PilotLogLineError(message: "line \(number) repeats the entry id \"\(id)\"")) }
        if !plan.metrics.contains(where: { $0.id == metric }) { return .failure(PilotLogLineError(message: "line \(number) records the metric \"\(metric)\", which the plan does not have")) }
        if let problem = plan.metrics.first(where: { $0.id == metric })?.problem(with: value) {
            return .failure(PilotLogLineError(message: "line \(number) records a value outside the metric's range: \(problem)"))
        }
        if let amends {
            guard let original = earlier.first(where: { $0.id == amends }) else { return .failure(PilotLogLineError(message: "line \(number) amends \"\(amends)\", which is not an earlier entry")) }
            if original.metric != metric { return .failure(PilotLogLineError(message: "line \(number) amends \"\(amends)\" of metric \(original.metric) with a value of metric \(metric)")) }
        }
        return .success(PilotObservation(id: id, metric: metric, value: value, date: date, by: by, note: note, recorded: recorded, amends: amends, line: number))
    }
}

import ShortlistKit

/// Shared by the pilot commands.
enum PilotSupport {
    /// Fails unless `vendor` is a vendor of the workspace, suggesting the nearest id.
    static func requireVendor(_ workspace: Workspace, _ vendor: String) throws {
        guard workspace.vendors.contains(where: { $0.id == vendor }) else {
            var message = "no vendor \"\(vendor)\" in the workspace"
            message += NearestMatch.didYouMean(vendor, among: workspace.vendors.map(\.id))
            throw CommandFailure(message)
        }
    }

    /// The pilot of `vendor`; fails when there is no such vendor or it has no pilot plan.
    static func pilot(_ workspace: Workspace, vendor: String) throws -> Pilot {
        try requireVendor(workspace, vendor)
        guard let pilot = workspace.pilots.first(where: { $0.plan.vendor == vendor }) else {
            throw CommandFailure("\(vendor) has no pilot plan; create one with `shortlist pilot init <workspace> --vendor \(vendor)`")
        }
        return pilot
    }

    /// The valid entries of a log's `contents` for `plan`, and the id of the next entry (`o0001`, `o0002`, …).
    static func entries(_ contents: LogContents, plan: PilotPlan) -> (earlier: [PilotObservation], nextNumber: Int) {
        var earlier: [PilotObservation] = []
        var highest = 0
        for existing in contents.lines {
            if case .success(let observation) = PilotLogFormat.parse(line: existing.text, number: existing.number, plan: plan, earlier: earlier) {
                earlier.append(observation)
                if observation.id.hasPrefix("o"), let n = Int(observation.id.dropFirst()) { highest = max(highest, n) }
            }
        }
        return (earlier, highest + 1)
    }

    /// The entry id of number `n`: `o0001`, …, `o9999`, `o10000`.
    static func entryID(_ n: Int) -> String {
        "o" + String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n)
    }
}

/// `shortlist pilot init <workspace> --vendor ID [--template NAME]`: scaffolds a pilot plan.
enum PilotInitCommand: Command {
    static let templates = ["retail", "manufacturing", "internet", "generic"]
    static let spec = CommandSpec(
        name: "pilot init",
        summary: "Scaffold a pilot plan for a vendor: department, window and metrics with baselines and targets.",
        positionals: [PositionalSpec(name: "workspace", help: "The workspace folder.")],
        options: [
            OptionSpec(name: "vendor", valueName: "id", help: "The vendor to pilot.", required: true),
            OptionSpec(name: "template", valueName: "name", help: "Metrics to start from (default: generic).", allowedValues: templates),
            OptionSpec(name: "department", valueName: "name", help: "The department that runs the pilot (default: Sales)."),
            OptionSpec(name: "start", valueName: "YYYY-MM-DD", help: "The first day (default: today)."),
            OptionSpec(name: "weeks", valueName: "n", help: "The length in weeks (default: 4)."),
            .language("Language of the confirmation (errors stay English)."),
        ],
        discussion: "Writes pilots/<vendor>.json; edit baselines and targets to your measurements before recording. The templates follow the source document: statistics time, stability (crashes per week), employee satisfaction, store sales (retail), and similar metrics for other industries."
    )

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        let vendor = try arguments.requiredID("vendor")
        let workspace = try loadWorkspace(arguments, invocation)
        try PilotSupport.requireVendor(workspace, vendor)
        let directory = workspace.directory
        let path = directory + "/pilots/\(vendor).json"
        if FileReading.exists(path) { throw CommandFailure("pilots/\(vendor).json exists already; edit it instead") }
        let clock = try Clock(invocation)
        let start = try arguments.value("start").map { text -> CalendarDate in
            guard let day = CalendarDate(text) else { throw UsageError("'--start' expects a date YYYY-MM-DD, got '\(text)'") }
            return day
        } ?? clock.today
        let weeks = try arguments.value("weeks").map { text -> Int in
            guard let n = Int(text), (1...52).contains(n) else { throw UsageError("'--weeks' expects a whole number from 1 to 52, got '\(text)'") }
            return n
        } ?? 4
        let end = CalendarDate(dayNumber: start.dayNumber + weeks * 7 - 1)
        let plan = PilotPlan(vendor: vendor, department: arguments.value("department") ?? "Sales", start: start.description, end: end.description, metrics: PilotTemplates.metrics(arguments.value("template") ?? "generic"))
        try FileSystem.makeDirectory(directory + "/pilots")
        try AtomicFile.write(PilotTemplates.json(plan), to: path)
        output.print(PilotCommandWording.planWritten(vendor: vendor, metrics: plan.metrics.count, start: plan.start, end: plan.end).text(in: arguments.language))
        return .success
    }
}

/// `shortlist pilot record …`: appends one observation to a vendor's pilot log.
enum PilotRecordCommand: Command {
    static let spec = CommandSpec(
        name: "pilot record",
        summary: "Append one observation to a vendor's pilot log (validated; append-only; safe under concurrency).",
        positionals: [PositionalSpec(name: "workspace", help: "The workspace folder.")],
        options: [
            OptionSpec(name: "vendor", valueName: "id", help: "The piloted vendor.", required: true),
            OptionSpec(name: "metric", valueName: "id", help: "The metric observed.", required: true),
            OptionSpec(name: "value", valueName: "number", help: "The observed value.", required: true),
            OptionSpec(name: "date", valueName: "YYYY-MM-DD", help: "The day observed (default: today); within the pilot and not in the future."),
            OptionSpec(name: "by", valueName: "name", help: "Who records it (default: $SHORTLIST_USER, then $USER)."),
            OptionSpec(name: "note", valueName: "text", help: "A note."),
            OptionSpec(name: "amends", valueName: "id", help: "Correct an earlier entry: both stay in the log; this one counts instead."),
            .language("Language of the confirmation (errors stay English)."),
        ],
        discussion: "The log pilots/<vendor>.log.jsonl is never rewritten: each entry is one line written with a single append under an exclusive lock and flushed to disk, so concurrent recorders lose nothing. Nothing is written when the observation is invalid."
    )

    struct Rejection: Error, CustomStringConvertible { var description: String }

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        let vendor = try arguments.requiredID("vendor"), metricID = try arguments.requiredID("metric"), text = try arguments.required("value")
        guard text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || "+-.eE".unicodeScalars.contains($0) }), let value = Double(text), value.isFinite else {
            throw CommandFailure("'--value' must be a finite decimal number, got '\(text)'")
        }
        if let problem = NumberBounds.problem(with: value) { throw CommandFailure("'--value' is \(text), \(problem)") }
        let workspace = try loadWorkspace(arguments, invocation)
        let pilot = try PilotSupport.pilot(workspace, vendor: vendor)
        let plan = pilot.plan
        guard plan.metrics.contains(where: { $0.id == metricID }) else {
            var message = "the pilot of \(vendor) has no metric \"\(metricID)\""
            message += NearestMatch.didYouMean(metricID, among: plan.metrics.map(\.id), otherwise: "; metrics: \(plan.metrics.map(\.id).joined(separator: ", "))")
            throw CommandFailure(message)
        }
        // A value the metric's unit or declared range rules out is refused before anything is written.
        if let problem = plan.metrics.first(where: { $0.id == metricID })?.problem(with: value) {
            throw CommandFailure("'--value' \(text): \(problem)")
        }
        let clock = try Clock(invocation)
        let dateText = arguments.value("date") ?? clock.today.description
        guard let date = CalendarDate(dateText) else { throw CommandFailure("'--date' must be a date YYYY-MM-DD, got '\(dateText)'") }
        if date > clock.today { throw CommandFailure("the date \(dateText) is in the future (today is \(clock.today))") }
        if let start = CalendarDate(plan.start), let end = CalendarDate(plan.end), date < start || date > end {
            throw CommandFailure("the date \(dateText) is outside the pilot (\(plan.start) – \(plan.end))")
        }
        guard let by = invocation.user(arguments.value("by")), !by.isEmpty else {
            throw UsageError("say who records it with '--by <name>' (or set SHORTLIST_USER)")
        }
        let amends = arguments.id("amends")
        let note = arguments.value("note")
        let log = AppendOnlyLog(path: workspace.directory + "/" + pilot.logFile, limit: invocation.limits.log)
        let line: LogContents.Line
        var entryID = ""
        do {
            line = try log.append { (contents: LogContents) throws(Rejection) -> [UInt8] in
                // Validate against the log as it is now, under the lock.
                let (earlier, next) = PilotSupport.entries(contents, plan: plan)
                if let amends {
                    guard let original = earlier.first(where: { $0.id == amends }) else {
                        throw Rejection(description: "there is no entry \"\(amends)\" to amend in \(pilot.logFile)")
                    }
                    guard original.metric == metricID else {
                        throw Rejection(description: "entry \(amends) records \(original.metric), not \(metricID); a correction keeps the metric")
                    }
                    if let later = earlier.last(where: { $0.amends == amends }) {
                        throw Rejection(description: "entry \(amends) was already corrected by \(later.id); to correct it again, amend \(later.id)")
                    }
                }
                entryID = PilotSupport.entryID(next)
                let entry = PilotObservation(id: entryID, metric: metricID, value: value, date: date.description, by: by, note: note, recorded: clock.iso, amends: amends)
                return PilotLogFormat.line(entry)
            }
        } catch {
            switch error {
            case .rejected(let rejection): throw CommandFailure(rejection.description)
            case .io(let io): throw io
            case .invalidLine(_, let reason): throw CommandFailure(reason)
            }
        }
        output.print(PilotCommandWording.recorded(id: entryID, log: pilot.logFile, line: line.number, metric: metricID, value: NumberFormatting.short(value, 6),
                                                  date: date.description, by: by, amends: amends).text(in: arguments.language))
        return .success
    }
}

/// `shortlist pilot import <workspace> FILE`: appends many observations at once from a CSV file.
enum PilotImportCommand: Command {
    static let spec = CommandSpec(
        name: "pilot import",
        summary: "Append observations from a CSV file (vendor, metric, value, date, by, note), validated whole before anything is written.",
        positionals: [PositionalSpec(name: "workspace", help: "The workspace folder."), PositionalSpec(name: "file", help: "The CSV file of observations.")],
        options: [
            OptionSpec(name: "by", valueName: "name", help: "Who observed rows whose \"by\" is blank or absent (default: $SHORTLIST_USER, then $USER)."),
            .language("Language of the confirmation (errors stay English)."),
        ],
        discussion: "Columns are matched by their header, in any order: vendor, metric, value and date are required, by and note optional. Files saved by Excel are read as they are: ',' or ';' as separator (with ';', a decimal comma: 99,5), a byte-order mark, CRLF line ends, blank rows. Every row is checked as `pilot record` checks one observation (known vendor with a pilot, metric of its plan, value within the metric's range, date within the pilot and not in the future), a row repeating another or an entry already in the log is refused, and every problem is reported with its row and column; nothing is written unless the whole file is valid. Each vendor's observations are then appended to pilots/<vendor>.log.jsonl in one write under the log's exclusive lock, flushed to disk, with the next entry ids."
    )

    struct Rejection: Error, CustomStringConvertible { var description: String }

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        let workspace = try loadWorkspace(arguments, invocation)
        let clock = try Clock(invocation)
        let file = arguments.positionals[1]
        let bytes: [UInt8]
        do { bytes = try invocation.readInput(file, kind: .csv) } catch { throw InputErrors([Diagnostic(file: file, message: "cannot read the file: \(error.reason)")]) }
        let imported = try PilotObservationImport(bytes, file: file, workspace: workspace, today: clock.today, by: invocation.user(arguments.value("by")))
        let byVendor = Dictionary(grouping: imported.rows, by: \.vendor)
        let pilots = workspace.pilots.compactMap { pilot in byVendor[pilot.plan.vendor].map { (pilot: pilot, rows: $0) } }
        // Check every log for rows already recorded before writing any, so that nothing is written when one is.
        var repeats: [Diagnostic] = []
        for (pilot, rows) in pilots {
            let log = AppendOnlyLog(path: workspace.directory + "/" + pilot.logFile, limit: invocation.limits.log)
            let contents: LogContents
            do { contents = try log.read() } catch { throw CommandFailure("cannot read \(pilot.logFile): \(error.reason)") }
            for (row, entry) in PilotObservationImport.repeats(rows, of: PilotSupport.entries(contents, plan: pilot.plan).earlier) {
                repeats.append(Diagnostic(file: file, path: "row \(row.row)", message: "repeats entry \(entry.id) of \(pilot.logFile) (\(row.metric) = \(NumberFormatting.short(row.value, 6)) on \(row.date) by \(row.by)); was the file imported before?"))
            }
        }
        guard repeats.isEmpty else { throw InputErrors(repeats + [Diagnostic(file: file, message: "nothing was imported")]) }
        var written: [LocalizedText] = []
        for (pilot, rows) in pilots {
            let log = AppendOnlyLog(path: workspace.directory + "/" + pilot.logFile, limit: invocation.limits.log)
            var firstID = "", lastID = ""
            do {
                _ = try log.appendLines { (contents: LogContents) throws(Rejection) -> [[UInt8]] in
                    // Under the lock: the ids follow the log as it is now, and a row recorded meanwhile is still refused.
                    let (earlier, next) = PilotSupport.entries(contents, plan: pilot.plan)
                    if let (row, entry) = PilotObservationImport.repeats(rows, of: earlier).first {
                        throw Rejection(description: "row \(row.row) repeats entry \(entry.id) of \(pilot.logFile), recorded meanwhile")
                    }
                    let lines = rows.enumerated().map { k, row in
                        PilotLogFormat.line(PilotObservation(id: PilotSupport.entryID(next + k), metric: row.metric, value: row.value, date: row.date, by: row.by, note: row.note, recorded: clock.iso))
                    }
                    firstID = PilotSupport.entryID(next)
                    lastID = PilotSupport.entryID(next + rows.count - 1)
                    return lines
                }
            } catch {
                let done = written.isEmpty ? "nothing was imported" : "imported before this: " + written.map(\.en).joined(separator: "; ")
                switch error {
                case .rejected(let rejection): throw CommandFailure("\(rejection.description); \(done)")
                case .io(let io): throw CommandFailure("\(io.description); \(done)")
                case .invalidLine(_, let reason): throw CommandFailure("\(reason); \(done)")
                }
            }
            written.append(PilotCommandWording.appended(rows.count, log: pilot.logFile, ids: rows.count == 1 ? firstID : firstID + "–" + lastID))
        }
        output.print(PilotCommandWording.imported(written, file: file).text(in: arguments.language))
        return .success
    }
}

/// `shortlist pilot status <workspace> [--vendor ID] [--format table|json]`.
enum PilotStatusCommand: Command {
    static let spec = CommandSpec(
        name: "pilot status",
        summary: "Show each pilot's metrics against baseline and target, the trend, days left, the pilot score and must-pass verdict.",
        positionals: [PositionalSpec(name: "workspace", help: "The workspace folder.")],
        options: [
            OptionSpec(name: "vendor", valueName: "id", help: "Only this vendor's pilot."),
            OptionSpec(name: "format", valueName: "format", help: "Output format.", allowedValues: ["table", "json"]),
            .language(),
        ],
        discussion: "Progress = (current − baseline) ÷ (target − baseline) × 100 %; the pilot score is the weighted mean of progress capped to 0–100 per metric. JSON has vendor, metrics (id, baseline, target, current, observations, progress, met), score and passed."
    )

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        let workspace = try loadWorkspace(arguments, invocation)
        let clock = try Clock(invocation)
        var pilots = workspace.pilots
        if let vendor = arguments.id("vendor") { pilots = [try PilotSupport.pilot(workspace, vendor: vendor)] }
        if pilots.isEmpty { throw CommandFailure("the workspace has no pilots; create one with `shortlist pilot init <workspace> --vendor <id>`") }
        let statuses = pilots.map { PilotStatus(pilot: $0, today: clock.today) }
        if arguments.value("format") == "json" {
            for status in statuses { for problem in status.logProblems { output.note(NoteWording.pilotLogProblem("pilots/\(status.vendor).log.jsonl", problem).text(in: arguments.language)) } }
            output.write(PilotStatusReport.json(statuses))
        } else {
            output.print(PilotStatusReport.text(statuses, language: arguments.language))
        }
        return .success
    }
}

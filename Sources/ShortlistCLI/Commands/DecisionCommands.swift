import ShortlistKit

/// `shortlist decide <workspace> [--output FILE]`: the final decision and its record.
enum DecideCommand: Command {
    static let spec = CommandSpec(
        name: "decide",
        summary: "Combine desk scoring, demo ratings and pilots into the decision; write decision.json with the SHA-256 of every input.",
        positionals: [PositionalSpec(name: "workspace", help: "The workspace folder.")],
        options: [
            OptionSpec(name: "output", valueName: "file", help: "Where to write the record (default: decision.json in the workspace)."),
            OptionSpec(name: "format", valueName: "format", help: "What to print: a summary (text, the default) or the record (json).", allowedValues: ["text", "json"]),
            OptionSpec(name: "accept-weight-changes", valueName: "reason", help: "Record the decision although weights locked with `shortlist lock` have moved; the reason is written into the record."),
            .language("Language of the summary (the record, decision.json, keeps its English texts)."),
        ],
        discussion: "Stage weights and the handling of vendors without a pilot come from the `decision` section of selection.json. A failed must-pass pilot metric blocks a vendor; a margin under the clear-winner threshold is reported as \"no clear winner\" with the smallest change that would flip it. When a weight locked with `shortlist lock` has moved, decide refuses (exit 1, naming each weight, locked → now) unless --accept-weight-changes gives the reason, which the record keeps beside the changes. Check the record later with `shortlist verify`. With `decision.pilotRequired`, a vendor not piloted, or whose pilot says no-go (a failed must-pass metric or its `goNoGo` rule), cannot be recommended. When no vendor remains, decide says so, still writes the record, and exits 1."
    )

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        let evaluation = try evaluate(arguments, invocation)
        let reason = try acceptedWeightChanges(arguments, evaluation, &output)
        let clock = try Clock(invocation)
        let decision = Decision(evaluation: evaluation, today: clock.today)
        let inputs: [RecordedInput]
        do { inputs = try DecisionRecord.hashInputs(evaluation.workspace) } catch { throw CommandFailure("cannot hash \(error.path): \(error.reason)") }
        let record = DecisionRecord(decision: decision, evaluation: evaluation, date: clock.iso, inputs: inputs, weightChangesReason: reason)
        let file = recordFile("output", arguments, invocation, workspace: evaluation.workspace.directory)
        let json = record.json
        try OutputGuard.check(file.path, display: file.name, bytes: json, force: arguments.flag("force"), workspace: evaluation.workspace.directory)
        try AtomicFile.write(json, to: file.path)
        if arguments.value("format") == "json" {
            output.write(json)
        } else {
            output.print(record.text(in: arguments.language))
        }
        output.note(NoteWording.decisionWritten(file.name, inputs: inputs.count).text(in: arguments.language))
        // The record is written either way; a decision that recommends nobody exits 1, so that a script notices.
        return decision.recommendsNobody ? .failure : .success
    }

    /// The reason given for deciding on moved locked weights: nil when no locked weight moved;
    /// a failure naming every moved weight when one did and `--accept-weight-changes` is absent or blank.
    static func acceptedWeightChanges(_ arguments: ParsedArguments, _ evaluation: Evaluation, _ output: inout Output) throws -> String? {
        let given = arguments.value("accept-weight-changes")
        guard !evaluation.lockChanges.isEmpty else {
            if given != nil { output.note(NoteWording.nothingToAccept.text(in: arguments.language)) }
            return nil
        }
        let lock = evaluation.workspace.weightLock
        let heading = "\(evaluation.lockChanges.count) locked weight\(evaluation.lockChanges.count == 1 ? " has" : "s have") moved since the lock of \(lock?.locked ?? "weights.lock.json")\(lock?.by.map { " by \($0)" } ?? ""):\n"
            + evaluation.lockNotes.map { "  - \($0)\n" }.joined()
        guard let given else {
            throw CommandFailure("refusing to decide: " + heading + "restore the locked weights, or record the decision with --accept-weight-changes \"<reason>\" (the reason is written into decision.json); nothing was written")
        }
        let reason = String(given.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
        guard !reason.isEmpty else {
            throw CommandFailure("--accept-weight-changes needs a reason, e.g. --accept-weight-changes \"board approved the new security weight on 2026-06-30\"; nothing was written")
        }
        return reason
    }

    /// The decision record named by option `option`, as typed and resolved; by default decision.json in the workspace.
    static func recordFile(_ option: String, _ arguments: ParsedArguments, _ invocation: Invocation, workspace directory: String) -> (name: String, path: String) {
        guard let name = arguments.value(option) else { return ("decision.json", directory + "/decision.json") }
        return (name, invocation.resolve(name))
    }
}

/// `shortlist verify <workspace>`: re-hashes the inputs of a decision.
enum VerifyCommand: Command {
    static let spec = CommandSpec(
        name: "verify",
        summary: "Check that no input of the recorded decision changed: names every changed, removed or added file.",
        positionals: [PositionalSpec(name: "workspace", help: "The workspace folder.")],
        options: [OptionSpec(name: "record", valueName: "file", help: "The decision record (default: decision.json in the workspace)."), .language()],
        discussion: "Exits 0 when every input file has the SHA-256 recorded by `shortlist decide`, 1 otherwise. The catalog is resolved again exactly as `rank` would resolve it (the workspace's criteria/, $SHORTLIST_CATALOGS, criteria/ above the workspace, the current folder, beside the tool): it passes when the catalog found now has the recorded content, wherever it is, and fails naming the file found when a catalog with other content now shadows the recorded one."
    )

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        let directory = invocation.resolve(arguments.positionals[0])
        let record = DecideCommand.recordFile("record", arguments, invocation, workspace: directory)
        let bytes: [UInt8]
        do { bytes = try FileReading.readBytes(record.path, kind: .json, limits: invocation.limits) } catch { throw CommandFailure("cannot read the decision record \(record.name): \(error.reason); run `shortlist decide` first") }
        let check: RecordCheck
        do { check = try RecordCheck(record: bytes, workspaceDirectory: directory, loader: invocation.loader(workspace: directory)) } catch {
            throw InputErrors([Diagnostic(file: record.name, location: error.location, message: error.message)])
        }
        let language = arguments.language
        for note in check.notes { output.note(RecordWording.note(note).text(in: language)) }
        if check.isIntact {
            output.print(RecordWording.intact(check.recorded, date: check.date).text(in: language))
            return .success
        }
        for file in check.changed { output.note(RecordWording.changed(file).text(in: language)) }
        for file in check.removed { output.note(RecordWording.removed(file).text(in: language)) }
        for file in check.added { output.note(RecordWording.added(file).text(in: language)) }
        output.note(RecordWording.differ(check.differing, date: check.date).text(in: language))
        return .failure
    }
}

/// `shortlist lock <workspace>`: freezes the weights before the ratings start.
enum LockCommand: Command {
    static let spec = CommandSpec(
        name: "lock",
        summary: "Freeze the weights in weights.lock.json; later changes to a locked weight are shown by rank, decide and reports.",
        positionals: [PositionalSpec(name: "workspace", help: "The workspace folder.")],
        options: [OptionSpec(name: "by", valueName: "name", help: "Who locks the weights (default: $SHORTLIST_USER, then $USER)."), .language()],
        discussion: "Lock before the demos and ratings start. The lock is written once; to lock again, remove weights.lock.json (the decision record hashes it, so `verify` shows the removal)."
    )

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        let evaluation = try evaluate(arguments, invocation)
        if let existing = evaluation.workspace.weightLock {
            throw CommandFailure("the weights were locked on \(existing.locked)\(existing.by.map { " by \($0)" } ?? ""); remove weights.lock.json to lock again")
        }
        let clock = try Clock(invocation)
        let lock = WeightLock(tree: evaluation.tree, locked: clock.iso, by: invocation.user(arguments.value("by")))
        try AtomicFile.write(lock.json, to: evaluation.workspace.directory + "/weights.lock.json")
        output.print(RecordWording.locked(lock.weights.count, date: clock.iso).text(in: arguments.language))
        return .success
    }
}

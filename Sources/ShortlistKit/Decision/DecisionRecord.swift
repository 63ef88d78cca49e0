/// The decision record written by `shortlist decide`: what was decided, why, on which inputs.
///
/// Every input file is listed with its SHA-256, so that `shortlist verify` can tell whether
/// anything changed since. Keys are sorted and numbers fixed to six decimals, so the same
/// inputs and date give the same bytes.
public struct DecisionRecord: Sendable {
    /// The decision.
    public let decision: Decision
    /// The evaluation it was taken on.
    public let evaluation: Evaluation
    /// When it was taken (ISO 8601, UTC).
    public let date: String
    /// Input files (relative to the workspace, an outside catalog by its reference) with their SHA-256, in reading order.
    public let inputs: [RecordedInput]
    /// Why the decision stands although locked weights moved (`decide --accept-weight-changes`);
    /// written with the changes as `weightChanges`.
    public let weightChangesReason: String?

    /// Creates a record; `weightChangesReason` acknowledges the evaluation's moved locked weights.
    public init(decision: Decision, evaluation: Evaluation, date: String, inputs: [RecordedInput], weightChangesReason: String? = nil) {
        self.decision = decision
        self.evaluation = evaluation
        self.date = date
        self.inputs = inputs
        self.weightChangesReason = weightChangesReason
    }

    /// Hashes the workspace's input files. The catalog, when found outside the workspace, is named by
    /// its reference in `selection.json` rather than by the path where it was found on this machine.
    public static func hashInputs(_ workspace: Workspace) throws(FileReadError) -> [RecordedInput] {
        var result: [RecordedInput] = []
        for (i, file) in workspace.inputFiles.enumerated() {
            // The second input is the catalog: hashed where it was read, named by reference when outside the workspace.
            let isCatalog = i == 1 && !workspace.catalogPath.isEmpty
            let path = isCatalog ? workspace.catalogPath : file.hasPrefix("/") ? file : workspace.directory + "/" + file
            let hash = try SHA256.hashFile(path)
            if isCatalog && WorkspaceLoader.workspaceRelative(workspace.catalogPath, in: workspace.directory) == nil {
                result.append(RecordedInput(file: workspace.profile.catalog, sha256: hash, isCatalogReference: true))
            } else if file.hasPrefix("/"), workspace.catalogBasePaths.contains(file) {
                // A base catalog outside the workspace: by reference, never by this machine's path.
                result.append(RecordedInput(file: RecordedInput.baseReference(file), sha256: hash, isBaseReference: true))
            } else {
                result.append(RecordedInput(file: file, sha256: hash))
            }
        }
        return result
    }

    /// The record as JSON.
    public var json: [UInt8] {
        var w = JSONWriter()
        let d = decision
        w.beginObject()
        w.key("date"); w.string(date)
        w.key("decision")
        w.beginObject()
        w.key("clearWinner"); w.bool(d.clearWinner)
        w.key("clearWinnerPercent"); w.number(d.settings.clearWinnerShare * 100)
        w.key("flip")
        if let flip = d.flip {
            w.beginObject()
            w.key("contender"); w.string(flip.contender)
            w.key("gap"); w.number(flip.gap)
            w.key("scoreRise")
            if let rise = flip.scoreRise { w.beginObject(); w.key("points"); w.number(rise.points); w.key("stage"); w.string(rise.stage.rawValue); w.endObject() } else { w.null() }
            w.key("weightShift")
            if let shift = flip.weightShift { w.beginObject(); w.key("from"); w.string(shift.from.rawValue); w.key("points"); w.number(shift.points); w.key("to"); w.string(shift.to.rawValue); w.endObject() } else { w.null() }
            w.endObject()
        } else { w.null() }
        w.key("margin"); if let m = d.margin { w.number(m) } else { w.null() }
        w.key("marginPercent"); if let m = d.marginShare { w.number(m * 100) } else { w.null() }
        w.key("winner"); if let winner = d.winner { w.string(winner) } else { w.null() }
        w.endObject()
        w.key("inputs")
        w.beginArray()
        for input in inputs {
            w.beginObject()
            w.key(input.isCatalogReference ? "catalog" : input.isBaseReference ? "base" : "file"); w.string(input.file)
            w.key("sha256"); w.string(input.sha256)
            w.endObject()
        }
        w.endArray()
        w.key("notes"); w.strings(d.notes)
        w.key("pilots")
        w.beginArray()
        for pilot in d.pilots {
            w.beginObject()
            w.key("corrections"); w.integer(pilot.corrections.count)
            w.key("department"); w.string(pilot.plan.department)
            w.key("end"); w.string(pilot.plan.end)
            // Only when the plan states a rule, so that records of other pilots keep their bytes.
            if let verdict = pilot.goNoGo { w.key("goNoGo"); w.goNoGo(verdict) }
            w.key("metrics")
            w.beginArray()
            for m in pilot.metrics { w.pilotMetric(m, detailed: false) }
            w.endArray()
            w.key("passed"); w.bool(pilot.passed)
            w.key("score"); w.number(pilot.score)
            w.key("start"); w.string(pilot.plan.start)
            w.key("vendor"); w.string(pilot.vendor)
            w.endObject()
        }
        w.endArray()
        w.key("ranking")
        w.beginArray()
        for entry in d.entries {
            w.beginObject()
            w.key("combined"); if let c = entry.combined { w.number(c) } else { w.null() }
            w.key("coverage"); w.number(entry.coverage)
            w.key("name"); w.string(entry.name)
            w.key("rank"); if let r = entry.rank { w.integer(r) } else { w.null() }
            w.key("reasons"); w.strings(entry.reasons)
            w.key("stages")
            w.beginObject()
            for stage in DecisionSettings.Stage.allCases.sorted(by: { $0.rawValue < $1.rawValue }) where entry.stageScores[stage] != nil {
                w.key(stage.rawValue)
                w.beginObject()
                w.key("score"); w.number(entry.stageScores[stage]!)
                w.key("weight"); w.number(entry.stageWeights[stage] ?? 0)
                w.endObject()
            }
            w.endObject()
            w.key("status"); w.string(entry.status.text(in: .english))
            w.key("tied"); w.bool(entry.tied)
            w.key("vendor"); w.string(entry.vendorID)
            w.endObject()
        }
        w.endArray()
        w.key("settings")
        w.beginObject()
        w.key("notPiloted"); w.string(d.settings.excludeNotPiloted ? "exclude" : "rescale")
        // Only when set, so that records without it keep their bytes.
        if d.settings.pilotRequired { w.key("pilotRequired"); w.bool(true) }
        w.key("stages")
        w.beginObject()
        for entry in d.settings.stages.sorted(by: { $0.stage.rawValue < $1.stage.rawValue }) { w.key(entry.stage.rawValue); w.number(entry.weight) }
        w.endObject()
        w.endObject()
        w.key("tool"); w.tool()
        w.key("warnings"); w.strings(evaluation.ranking.warnings.map(\.text.en))
        // Only when a locked weight moved, so that records without a lock keep their bytes.
        if !evaluation.lockNotes.isEmpty {
            w.key("weightChanges")
            w.beginObject()
            w.key("changes"); w.strings(evaluation.lockNotes)
            w.key("reason"); if let weightChangesReason { w.string(weightChangesReason) } else { w.null() }
            w.endObject()
        }
        w.endObject()
        return w.bytes
    }

    /// The decision in words, for the terminal.
    public var text: String {
        let d = decision
        let f = { (x: Double) in NumberFormatting.fixed(x, 2) }
        var out = "Decision — \(evaluation.workspace.profile.title ?? evaluation.workspace.profile.organisation.name)\n"
        let stageText = d.settings.stages.map { "\($0.stage.rawValue) \(NumberFormatting.short($0.weight))" }.joined(separator: ", ")
        out += "stages: \(stageText); vendors without a pilot: \(d.settings.excludeNotPiloted ? "excluded" : "scored on their other stages")"
        out += d.settings.pilotRequired ? "; pilot required: only a vendor whose pilot says go can be recommended\n\n" : "\n\n"
        let shown = DecisionSettings.Stage.allCases.filter { d.settings.weight(of: $0) > 0 }
        var rows: [[String]] = [["Rank", "Vendor", "Combined"] + shown.map(\.rawValue.capitalized) + ["Coverage", "Status"]]
        for entry in d.entries {
            var row = [entry.rank.map { entry.tied ? "=\($0)" : "\($0)" } ?? "–", "\(entry.name) (\(entry.vendorID))", entry.combined.map(f) ?? "–"]
            row += shown.map { entry.stageScores[$0].map(f) ?? "–" }
            row.append(NumberFormatting.percent(entry.coverage))
            row.append(entry.status.text(in: .english))
            rows.append(row)
        }
        out += TableRenderer.table(rows, rightAligned: Set([0] + Array(2..<(rows[0].count - 1))), header: { $0 })
        for entry in d.entries where !entry.reasons.isEmpty {
            out += "  \(entry.vendorID): " + entry.reasons.joined(separator: "; ") + "\n"
        }
        if let winner = d.winner {
            out += "\n"
            if let margin = d.margin, let share = d.marginShare {
                let verdict = d.clearWinner ? "recommended" : "NO CLEAR WINNER"
                out += "\(verdict): \(winner), ahead by \(f(margin)) points (\(NumberFormatting.percent(share, beside: d.settings.clearWinnerShare)) of its score; threshold \(NumberFormatting.percent(d.settings.clearWinnerShare)))\n"
                if let flip = d.flip {
                    if let shift = flip.weightShift {
                        out += "  moving \(NumberFormatting.short(shift.points, 1)) points of stage weight from \(shift.from.rawValue) to \(shift.to.rawValue) would make \(flip.contender) win\n"
                    } else {
                        out += "  no shift of stage weight makes \(flip.contender) win\n"
                    }
                    if let rise = flip.scoreRise {
                        out += "  \(flip.contender) would win with \(NumberFormatting.short(rise.points, 1)) more points on its \(rise.stage.rawValue) score (the gap is \(f(flip.gap)) combined points)\n"
                    }
                }
            } else {
                out += "recommended: \(winner) (the only vendor left)\n"
            }
        }
        if d.recommendsNobody { out += "\n" + PilotWording.nobody.en + "\n" }
        for pilot in d.pilots {
            out += "\npilot \(pilot.vendor) (\(pilot.plan.department), \(pilot.plan.start) – \(pilot.plan.end)): score \(f(pilot.score)), \(pilot.passed ? "every must-pass metric met" : "MUST-PASS FAILED: " + pilot.failedMustPass.map(\.metric.id).joined(separator: ", "))\n"
            if let verdict = pilot.goNoGo { out += "  go/no-go: \(verdict.text.en)\n" }
        }
        for note in d.notes { out += "note: \(note)\n" }
        if !evaluation.lockNotes.isEmpty, let weightChangesReason {
            out += "locked weights changed, accepted: \(TextWidth.printable(weightChangesReason))\n"
        }
        while out.hasSuffix("\n") { out.removeLast() }
        return out
    }
}

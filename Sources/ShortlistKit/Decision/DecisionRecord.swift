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
    package static func hashInputs(_ workspace: Workspace) throws(FileReadError) -> [RecordedInput] {
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
        if !evaluation.lockChanges.isEmpty {
            w.key("weightChanges")
            w.beginObject()
            w.key("changes"); w.strings(evaluation.lockNotes)
            w.key("reason"); if let weightChangesReason { w.string(weightChangesReason) } else { w.null() }
            w.endObject()
        }
        w.endObject()
        return w.bytes
    }

    /// The decision in words, for the terminal, in English.
    public var text: String { text(in: .english) }

    /// The decision in words, for the terminal, in `language`.
    public func text(in language: Language) -> String {
        let d = decision
        let f = { (x: Double) in NumberFormatting.fixed(x, 2) }
        let w = DecisionWording.self
        var out = w.title(evaluation.workspace.profile.title ?? evaluation.workspace.profile.organisation.name).text(in: language) + "\n"
        out += w.settings(d.settings, in: language) + "\n\n"
        let shown = DecisionSettings.Stage.allCases.filter { d.settings.weight(of: $0) > 0 }
        var rows: [[String]] = [[w.rank, w.vendor, w.combined].map { $0.text(in: language) } + shown.map { w.stageHeading($0).text(in: language) }
                                + [w.coverage, w.status].map { $0.text(in: language) }]
        for entry in d.entries {
            var row = [entry.rank.map { entry.tied ? "=\($0)" : "\($0)" } ?? "–", "\(entry.name) (\(entry.vendorID))", entry.combined.map(f) ?? "–"]
            row += shown.map { entry.stageScores[$0].map(f) ?? "–" }
            row.append(NumberFormatting.percent(entry.coverage))
            row.append(entry.status.text(in: language))
            rows.append(row)
        }
        out += TableRenderer.table(rows, rightAligned: Set([0] + Array(2..<(rows[0].count - 1))), header: { $0 })
        for entry in d.entries where !entry.localizedReasons.isEmpty {
            out += "  \(entry.vendorID)" + (language == .chinese ? "：" : ": ") + entry.reasons(in: language).joined(separator: language == .chinese ? "；" : "; ") + "\n"
        }
        if let winner = d.winner {
            out += "\n"
            if let margin = d.margin, let share = d.marginShare {
                out += w.verdict(clear: d.clearWinner, winner: winner, margin: f(margin), share: NumberFormatting.percent(share, beside: d.settings.clearWinnerShare),
                                 threshold: NumberFormatting.percent(d.settings.clearWinnerShare)).text(in: language) + "\n"
                if let flip = d.flip {
                    out += (flip.weightShift.map { w.shift($0, contender: flip.contender) } ?? w.noShift(flip.contender)).text(in: language) + "\n"
                    if let rise = flip.scoreRise { out += w.rise(rise, contender: flip.contender, gap: f(flip.gap)).text(in: language) + "\n" }
                }
            } else {
                out += w.onlyOne(winner).text(in: language) + "\n"
            }
        }
        if d.recommendsNobody { out += "\n" + PilotWording.nobody.text(in: language) + "\n" }
        for pilot in d.pilots {
            out += "\n" + w.pilot(pilot, score: f(pilot.score)).text(in: language) + "\n"
            if pilot.hasObservations, let verdict = pilot.goNoGo { out += w.goNoGo.text(in: language) + verdict.text.text(in: language) + "\n" }
        }
        for note in d.localizedNotes { out += w.note(note.text(in: language)).text(in: language) + "\n" }
        if !evaluation.lockChanges.isEmpty, let weightChangesReason {
            out += w.accepted(TextWidth.printable(weightChangesReason)).text(in: language) + "\n"
        }
        while out.hasSuffix("\n") { out.removeLast() }
        return out
    }
}

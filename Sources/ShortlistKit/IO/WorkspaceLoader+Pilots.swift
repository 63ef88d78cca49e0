/// Loading the pilots: `pilots/*.json` plans and their append-only logs.
extension WorkspaceLoader {
    /// Reads `pilots/*.json` plans and their append-only logs; problems in a log are warnings
    /// (every complete entry is kept), problems in a plan are errors.
    /// - Parameter entries: the folder's listing (see ``entries(of:in:)``); nil without the folder.
    func loadPilots(_ directory: String, entries: [String]?, vendors: [VendorDossier], unreadable: [String], context: DecodingContext) -> [Pilot] {
        guard let entries else { return [] }
        let decoder = PilotDecoder(context: context, vendorIDs: vendors.map(\.id) + unreadable)
        var pilots: [Pilot] = []
        for entry in entries {
            let display = "pilots/" + entry
            if entry.hasSuffix(".log.jsonl") {
                let vendor = String(entry.dropLast(".log.jsonl".count))
                if !entries.contains(vendor + ".json") {
                    context.report(Diagnostic(.warning, file: display, message: "a pilot log without a plan (pilots/\(vendor).json); it is not read"))
                }
                continue
            }
            guard entry.hasSuffix(".json") else {
                context.report(Diagnostic(.warning, file: display, message: "ignored: pilots/ holds plans (<vendor>.json) and logs (<vendor>.log.jsonl)"))
                continue
            }
            guard let node = readDocument(directory + "/pilots/" + entry, display: display, context: context),
                  let plan = decoder.decodePlan(JSONReader(node: node, path: .root, file: display, context: context), file: display) else { continue }
            if unreadable.contains(plan.vendor) { continue }
            let logFile = "pilots/\(plan.vendor).log.jsonl"
            var pilot = Pilot(plan: plan, logFile: logFile)
            do {
                let contents = try AppendOnlyLog(path: directory + "/" + logFile, limit: limits.log).read()
                for line in contents.lines {
                    switch PilotDecoder.observation(line: line.text, number: line.number, plan: plan, earlier: pilot.observations) {
                    case .success(let observation): pilot.observations.append(observation)
                    case .failure(let problem): pilot.logProblems.append(problem.message + "; it is kept in the log and ignored")
                    }
                }
                pilot.logProblems += contents.problems
            } catch {
                context.report(Diagnostic(file: logFile, message: "cannot read the pilot log: \(error.reason)"))
            }
            for problem in pilot.logProblems { context.report(Diagnostic(.warning, file: logFile, message: problem)) }
            pilots.append(pilot)
        }
        return pilots
    }
}

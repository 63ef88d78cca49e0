import Foundation
import Testing

/// Runs the real `shortlist` binary through a pilot and the decision: recording under
/// concurrency, torn-line recovery, validation, amendments, status arithmetic, `decide`,
/// `verify` and `lock`, each on a fresh copy of a shipped sample.
@Suite(.serialized) struct PilotDecisionEndToEndTests {
    /// During the retail pilot (2026-04-01 – 2026-04-30).
    static let duringRetailPilot = ["SHORTLIST_NOW": "2026-04-20T09:00:00Z"]
    /// After every shipped pilot has ended.
    static let afterPilots = ["SHORTLIST_NOW": "2026-07-01T09:00:00Z"]

    // MARK: - Recording

    @Test func eightProcessesRecordingAtOnceLoseAndInterleaveNothing() throws {
        let workspace = try Workspace(sample: "retail-10-stores")
        defer { workspace.remove() }
        let log = workspace.file("pilots/lingxi.log.jsonl")
        let original = try Data(contentsOf: log)
        let originalLines = Self.lines(original)
        let before = try Self.status(workspace, vendor: "lingxi")
        let crashesBefore = try #require(before.metric("crashes")?.observations)
        let totalBefore = before.totalObservations

        // 8 shell loops started together, each running `pilot record` 10 times in a row.
        let workers = 8, entries = 10
        var processes: [(process: Process, output: Pipe)] = []
        for worker in 1...workers {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", """
                k=1
                while [ $k -le \(entries) ]; do
                  "$SHORTLIST_BIN" pilot record "$WS" --vendor lingxi --metric crashes --value "$W.$k" --by "worker-$W" --note "worker $W entry $k" || exit 1
                  k=$((k + 1))
                done
                """]
            var environment = ProcessInfo.processInfo.environment
            environment["NO_COLOR"] = "1"
            environment["SHORTLIST_NOW"] = Self.duringRetailPilot["SHORTLIST_NOW"]
            environment["SHORTLIST_BIN"] = BinaryRunner.binary.path
            environment["WS"] = workspace.root.path
            environment["W"] = String(worker)
            process.environment = environment
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            processes.append((process, output))
        }
        let started = Date()
        for entry in processes { try entry.process.run() }
        for entry in processes {
            let text = String(decoding: entry.output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            entry.process.waitUntilExit()
            #expect(entry.process.terminationStatus == 0, "a recorder failed:\n\(text)")
        }
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed < 60, "80 recordings took \(elapsed) s")

        let after = try Data(contentsOf: log)
        #expect(after.prefix(original.count) == original, "the history before the run is untouched")
        #expect(after.last == UInt8(ascii: "\n"), "the log ends with a complete line")
        let lines = Self.lines(after)
        #expect(lines.count == originalLines.count + workers * entries)

        var ids: [String] = []
        var notes: [String: Int] = [:]
        var order: [String: [Int]] = [:]
        for (index, line) in lines.enumerated() {
            guard let object = try? JSONDecoder().decode(PilotLogEntryJSON.self, from: line) else {
                Issue.record("line \(index + 1) is not a complete log entry: \(String(decoding: line, as: UTF8.self))")
                continue
            }
            ids.append(object.id)
            guard index >= originalLines.count else { continue }
            #expect(object.metric == "crashes")
            #expect(object.date == "2026-04-20")
            let note = object.note ?? ""
            notes[note, default: 0] += 1
            let words = note.split(separator: " ")
            if words.count == 4, let entry = Int(words[3]) {
                #expect(object.by == "worker-\(words[1])", "the recorder and the note belong together")
                order[String(words[1]), default: []].append(entry)
            }
        }
        #expect(Set(ids).count == ids.count, "every id is distinct")
        let expectedIDs = (originalLines.count + 1...originalLines.count + workers * entries).map { String(format: "o%04d", $0) }
        #expect(Array(ids.suffix(workers * entries)) == expectedIDs, "ids continue in file order without gaps")
        for worker in 1...workers {
            for entry in 1...entries {
                #expect(notes["worker \(worker) entry \(entry)"] == 1, "worker \(worker) entry \(entry) is in the log exactly once")
            }
            #expect(order[String(worker)] == Array(1...entries), "worker \(worker)'s entries are in the order it recorded them")
        }

        let status = try Self.status(workspace, vendor: "lingxi")
        #expect(status.metric("crashes")?.observations == crashesBefore + workers * entries)
        #expect(status.totalObservations == totalBefore + workers * entries)
    }

    @Test func aTornLastLineIsReportedAndTheNextRecordStartsOnItsOwnLine() throws {
        let workspace = try Workspace(sample: "retail-10-stores")
        defer { workspace.remove() }
        let log = workspace.file("pilots/lingxi.log.jsonl")
        let original = try Data(contentsOf: log)
        let tornNumber = Self.lines(original).count + 1
        let before = try Self.status(workspace, vendor: "lingxi")
        let torn = Data(#"{"by":"x","date":"2026-04-1"#.utf8)
        try Self.append(torn, to: log)

        let status = try BinaryRunner.run(["pilot", "status", workspace.root.path], environment: Self.duringRetailPilot)
        #expect(status.status == 0, "\(status.stderr)")
        // The torn line is reported with its number under the score; the metrics are those of the complete entries.
        #expect(status.section(startingWith: "pilot score") == [
            "pilot score 99.00 / 100 (weighted progress, capped per metric); every must-pass metric is met",
            "  correction: o0016 amends o0015",
            "  log: line \(tornNumber) is incomplete (the write was interrupted); it is kept in the file and ignored",
        ])
        #expect(status.stderr == "")
        #expect(status.lines.contains("crashes (must-pass)       2 crashes/week  ≤ 0.5 crashes/week  0.25 crashes/week    4    116.7%  yes  █▁▁▁"))
        let kept = try Self.status(workspace, vendor: "lingxi")
        #expect(kept.totalObservations == before.totalObservations, "every complete entry is kept")
        #expect(kept.score == before.score)

        let record = try BinaryRunner.run(
            ["pilot", "record", workspace.root.path, "--vendor", "lingxi", "--metric", "crashes", "--value", "0.5", "--by", "wang-lei"],
            environment: Self.duringRetailPilot)
        #expect(record.status == 0, "\(record.stderr)")
        #expect(record.text == "recorded \(String(format: "o%04d", tornNumber)) in pilots/lingxi.log.jsonl (line \(tornNumber + 1)): crashes = 0.5 on 2026-04-20 by wang-lei\n")

        let after = try Data(contentsOf: log)
        var expectedPrefix = original
        expectedPrefix.append(torn)
        expectedPrefix.append(UInt8(ascii: "\n"))
        #expect(after.prefix(expectedPrefix.count) == expectedPrefix, "the torn bytes stay, closed by a line break")
        let newLine = after.dropFirst(expectedPrefix.count)
        #expect(newLine.last == UInt8(ascii: "\n"))
        #expect(newLine.filter { $0 == UInt8(ascii: "\n") }.count == 1, "exactly one new line")
        let entry = try decodeJSON(PilotLogEntryJSON.self, from: Data(newLine))
        #expect(entry.id == String(format: "o%04d", tornNumber), "the id follows the last complete entry")
        #expect(entry.metric == "crashes")
        #expect(entry.value == 0.5)
        #expect(entry.by == "wang-lei")
        #expect(entry.recorded == "2026-04-20T09:00:00Z", "the injected clock")

        let again = try BinaryRunner.run(["pilot", "status", workspace.root.path], environment: Self.duringRetailPilot)
        #expect(again.status == 0, "\(again.stderr)")
        // The old torn line, now closed by a line break, is still reported: as a line that is not JSON.
        #expect(again.section(startingWith: "pilot score")?.last == "  log: line \(tornNumber) is not valid JSON (1:28: unexpected end of input inside a string); it is kept in the log and ignored", "the old torn line is still reported")
        let counted = try Self.status(workspace, vendor: "lingxi")
        #expect(counted.metric("crashes")?.observations == (before.metric("crashes")?.observations ?? -1) + 1)
        #expect(counted.totalObservations == before.totalObservations + 1)
    }

    /// `pilot status --format json` is a reader too: a torn line must not vanish silently.
    @Test func statusJSONReportsATornLine() throws {
        let workspace = try Workspace(sample: "retail-10-stores")
        defer { workspace.remove() }
        let log = workspace.file("pilots/lingxi.log.jsonl")
        let tornNumber = Self.lines(try Data(contentsOf: log)).count + 1
        try Self.append(Data(#"{"by":"x","date":"2026-04-1"#.utf8), to: log)
        let result = try BinaryRunner.run(["pilot", "status", workspace.root.path, "--format", "json"], environment: Self.duringRetailPilot)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try result.json([PilotStatusJSON].self).map(\.vendor) == ["lingxi"])
        #expect(result.stderr == "warning: pilots/lingxi.log.jsonl: line \(tornNumber) is incomplete (the write was interrupted); it is kept in the file and ignored\n",
                "the torn line \(tornNumber) is reported on stderr")
    }

    @Test func invalidObservationsWriteNothing() throws {
        let workspace = try Workspace(sample: "retail-10-stores")
        defer { workspace.remove() }
        let log = workspace.file("pilots/lingxi.log.jsonl")
        let original = try Data(contentsOf: log)
        let pilotsBefore = try FileManager.default.contentsOfDirectory(atPath: workspace.file("pilots").path).sorted()
        let base = ["pilot", "record", workspace.root.path, "--by", "wang-lei"]
        let cases: [(arguments: [String], message: String, now: [String: String])] = [
            (["--vendor", "lingx", "--metric", "crashes", "--value", "1"], #"no vendor "lingx" in the workspace; did you mean "lingxi"?"#, Self.duringRetailPilot),
            (["--vendor", "nobody", "--metric", "crashes", "--value", "1"], #"no vendor "nobody" in the workspace"#, Self.duringRetailPilot),
            (["--vendor", "yunqi", "--metric", "crashes", "--value", "1"], "yunqi has no pilot plan; create one with `shortlist pilot init <workspace> --vendor yunqi`", Self.duringRetailPilot),
            (["--vendor", "lingxi", "--metric", "crashs", "--value", "1"], #"the pilot of lingxi has no metric "crashs"; did you mean "crashes"?"#, Self.duringRetailPilot),
            (["--vendor", "lingxi", "--metric", "revenue-per-employee", "--value", "1"], #"the pilot of lingxi has no metric "revenue-per-employee"; metrics: stats-time, crashes, satisfaction, sales-change, payroll-time"#, Self.duringRetailPilot),
            (["--vendor", "lingxi", "--metric", "crashes", "--value", "NaN"], "'--value' must be a finite decimal number, got 'NaN'", Self.duringRetailPilot),
            (["--vendor", "lingxi", "--metric", "crashes", "--value", "abc"], "'--value' must be a finite decimal number, got 'abc'", Self.duringRetailPilot),
            (["--vendor", "lingxi", "--metric", "crashes", "--value", "inf"], "'--value' must be a finite decimal number, got 'inf'", Self.duringRetailPilot),
            (["--vendor", "lingxi", "--metric", "crashes", "--value", "1e999"], "'--value' must be a finite decimal number, got '1e999'", Self.duringRetailPilot),
            (["--vendor", "lingxi", "--metric", "crashes", "--value", "1", "--date", "2026-04-21"], "the date 2026-04-21 is in the future (today is 2026-04-20)", Self.duringRetailPilot),
            (["--vendor", "lingxi", "--metric", "crashes", "--value", "1", "--date", "2026-03-31"], "the date 2026-03-31 is outside the pilot (2026-04-01 – 2026-04-30)", Self.duringRetailPilot),
            (["--vendor", "lingxi", "--metric", "crashes", "--value", "1", "--date", "2026-05-01"], "the date 2026-05-01 is outside the pilot (2026-04-01 – 2026-04-30)", Self.afterPilots),
            (["--vendor", "lingxi", "--metric", "crashes", "--value", "1", "--date", "2026-4-1"], "'--date' must be a date YYYY-MM-DD, got '2026-4-1'", Self.duringRetailPilot),
            (["--vendor", "lingxi", "--metric", "crashes", "--value", "1", "--amends", "o9999"], #"there is no entry "o9999" to amend in pilots/lingxi.log.jsonl"#, Self.duringRetailPilot),
            (["--vendor", "lingxi", "--metric", "crashes", "--value", "1", "--amends", "o0001"], "entry o0001 records payroll-time, not crashes; a correction keeps the metric", Self.duringRetailPilot),
        ]
        for item in cases {
            let result = try BinaryRunner.run(base + item.arguments, environment: item.now)
            let shown = item.arguments.joined(separator: " ")
            #expect(result.status == 1, "\(shown): exit \(result.status), stderr: \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(shown): nothing on stdout")
            #expect(result.stderr == "error: \(item.message)\n", "\(shown)")
            #expect(try Data(contentsOf: log) == original, "\(shown): the log is byte-identical")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.file("pilots").path).sorted() == pilotsBefore, "no file was created")
    }

    // MARK: - Amendments

    @Test func anAmendmentReplacesTheOriginalAndBothStayInTheLog() throws {
        let workspace = try Workspace(sample: "retail-10-stores")
        defer { workspace.remove() }
        let log = workspace.file("pilots/lingxi.log.jsonl")
        let originalCount = Self.lines(try Data(contentsOf: log)).count
        let before = try #require(try Self.status(workspace, vendor: "lingxi").metric("crashes"))
        let observations = before.observations
        let current = try #require(before.current)
        let sum = current * Double(observations)          // crashes combine by mean

        let wrong = try BinaryRunner.run(
            ["pilot", "record", workspace.root.path, "--vendor", "lingxi", "--metric", "crashes", "--value", "30", "--by", "zhou-min", "--note", "week 3 typo"],
            environment: Self.duringRetailPilot)
        #expect(wrong.status == 0, "\(wrong.stderr)")
        let wrongID = String(format: "o%04d", originalCount + 1)
        #expect(wrong.text.hasPrefix("recorded \(wrongID) in pilots/lingxi.log.jsonl"), "\(wrong.text)")
        let skewed = try #require(try Self.status(workspace, vendor: "lingxi").metric("crashes"))
        #expect(abs((skewed.current ?? .nan) - (sum + 30) / Double(observations + 1)) < 1e-6)

        let fix = try BinaryRunner.run(
            ["pilot", "record", workspace.root.path, "--vendor", "lingxi", "--metric", "crashes", "--value", "3", "--by", "zhou-min", "--amends", wrongID, "--note", "typed 30 for 3"],
            environment: Self.duringRetailPilot)
        #expect(fix.status == 0, "\(fix.stderr)")
        let fixID = String(format: "o%04d", originalCount + 2)
        #expect(fix.text == "recorded \(fixID) in pilots/lingxi.log.jsonl (line \(originalCount + 2)): crashes = 3 on 2026-04-20 by zhou-min, amending \(wrongID)\n")

        let lines = Self.lines(try Data(contentsOf: log))
        #expect(lines.count == originalCount + 2, "the correction is appended; nothing is rewritten")
        let original = try decodeJSON(PilotLogEntryJSON.self, from: lines[originalCount])
        #expect(original.id == wrongID)
        #expect(original.value == 30)
        #expect(original.amends == nil)
        let correction = try decodeJSON(PilotLogEntryJSON.self, from: lines[originalCount + 1])
        #expect(correction.id == fixID)
        #expect(correction.amends == wrongID)
        #expect(correction.value == 3)
        #expect(correction.note == "typed 30 for 3")

        let corrected = try #require(try Self.status(workspace, vendor: "lingxi").metric("crashes"))
        #expect(corrected.observations == observations + 1, "the correction counts instead of the original")
        #expect(abs((corrected.current ?? .nan) - (sum + 3) / Double(observations + 1)) < 1e-6)
        let text = try BinaryRunner.run(["pilot", "status", workspace.root.path], environment: Self.duringRetailPilot)
        // The sample's own correction, then this one; crashes now fails its must-pass target (mean 0.8 > 0.5).
        #expect(text.section(startingWith: "pilot score") == [
            "pilot score 95.00 / 100 (weighted progress, capped per metric); MUST-PASS NOT MET: crashes",
            "  correction: o0016 amends o0015",
            "  correction: \(fixID) amends \(wrongID)",
        ])
    }

    /// Correcting the same entry a second time must not make both corrections count.
    @Test func aSecondCorrectionOfTheSameEntryDoesNotCountTwice() throws {
        let workspace = try Workspace(sample: "retail-10-stores")
        defer { workspace.remove() }
        let log = workspace.file("pilots/lingxi.log.jsonl")
        let before = try #require(try Self.status(workspace, vendor: "lingxi").metric("crashes"))
        let observations = before.observations
        // o0002 is week 1 of the crashes metric (1 crash); correct it to 2, then to 3.
        let record = ["pilot", "record", workspace.root.path, "--vendor", "lingxi", "--metric", "crashes", "--by", "zhou-min", "--date", "2026-04-05", "--amends", "o0002", "--value"]
        let first = try BinaryRunner.run(record + ["2"], environment: Self.duringRetailPilot)
        #expect(first.status == 0, "\(first.stderr)")
        let once = try #require(try Self.status(workspace, vendor: "lingxi").metric("crashes"))
        #expect(once.observations == observations)
        #expect(abs((once.current ?? .nan) - 0.5) < 1e-9, "weeks 2, 0, 0, 0")

        let logBefore = try Data(contentsOf: log)
        let second = try BinaryRunner.run(record + ["3"], environment: Self.duringRetailPilot)
        let twice = try #require(try Self.status(workspace, vendor: "lingxi").metric("crashes"))
        if second.status == 0 {
            // Accepted: the later correction supersedes the earlier one.
            #expect(twice.observations == observations, "o0002 is still one observation, not two")
            #expect(abs((twice.current ?? .nan) - 0.75) < 1e-9, "weeks 3, 0, 0, 0 (got \(twice.current.map { "\($0)" } ?? "nil"))")
        } else {
            // Refused: it must say which correction to amend instead, and write nothing.
            #expect(second.status == 1)
            #expect(try Data(contentsOf: log) == logBefore)
        }
    }

    // MARK: - Status

    @Test func retailStatusJSONHasTheDocumentedShapeAndArithmetic() throws {
        let result = try BinaryRunner.run(["pilot", "status", "samples/retail-10-stores", "--format", "json"], environment: Self.afterPilots)
        #expect(result.status == 0, "\(result.stderr)")
        let array = try result.json([PilotStatusJSON].self)
        #expect(array.count == 1)
        let pilot = try #require(array.first)
        #expect(pilot.vendor == "lingxi")
        #expect(pilot.passed)
        #expect(abs(pilot.score - 99) < 1e-9)
        let metrics = pilot.metrics
        #expect(metrics.map(\.id) == ["stats-time", "crashes", "satisfaction", "sales-change", "payroll-time"])

        // The data engineer's hand computation.
        let expected: [String: (current: Double, progress: Double, met: Bool)] = [
            "stats-time": (1, 100, true),
            "crashes": (0.25, 116.666667, true),
            "satisfaction": (80, 125, true),
            "sales-change": (10, 100, true),
            "payroll-time": (6, 90, false),
        ]
        let plan = try decodeJSON(PilotPlanJSON.self, from: Data(contentsOf: BinaryRunner.repositoryRoot.appendingPathComponent("samples/retail-10-stores/pilots/lingxi.json")))
        let planMetrics = plan.metrics
        var weighted = 0.0, weights = 0.0
        for metric in metrics {
            // The documented keys (id, target, observations, met, …) are non-optional in PilotMetricJSON;
            // these metrics all have a baseline, so baseline and progress are numbers, not null.
            let id = metric.id
            let baseline = try #require(metric.baseline, "\(id) has a baseline")
            let target = metric.target
            let current = try #require(metric.current, "\(id) has a current value")
            let progress = try #require(metric.progress, "\(id) has a progress")
            let met = metric.met
            #expect(metric.observations > 0)
            #expect(metric.trend?.isEmpty == false && metric.direction != nil, "the status has the trend and direction")
            let hand = try #require(expected[id])
            #expect(abs(current - hand.current) < 1e-9, "\(id) current")
            #expect(abs(progress - hand.progress) < 1e-6, "\(id) progress")
            #expect(met == hand.met, "\(id) met")
            // README: progress = (current − baseline) ÷ (target − baseline) × 100 %.
            #expect(abs(progress - (current - baseline) / (target - baseline) * 100) < 1e-5, "\(id) progress formula")
            let inPlan = try #require(planMetrics.first { $0.id == id })
            let lower = inPlan.direction == "lower"
            #expect(metric.direction == inPlan.direction)
            #expect(met == (lower ? current <= target : current >= target), "\(id) met rule")
            let weight = inPlan.weight
            weighted += weight * min(max(progress, 0), 100)
            weights += weight
        }
        #expect(abs(weighted / weights - 99) < 1e-5, "score = Σ weight × capped progress ÷ Σ weight")
        // The amended satisfaction entry (8, corrected to 80) counts once.
        #expect(metrics.first { $0.id == "satisfaction" }?.observations == 2)

        let only = try BinaryRunner.run(["pilot", "status", "samples/retail-10-stores", "--vendor", "lingxi", "--format", "json"], environment: Self.afterPilots)
        #expect(only.stdout == result.stdout)
        let none = try BinaryRunner.run(["pilot", "status", "samples/retail-10-stores", "--vendor", "yunqi"], environment: Self.afterPilots)
        #expect(none.status == 1)
        #expect(none.stderr == "error: yunqi has no pilot plan; create one with `shortlist pilot init <workspace> --vendor yunqi`\n")
    }

    // MARK: - Decision

    @Test func internetDecisionBlocksExcludesAndHashesEveryInput() throws {
        let workspace = try Workspace(sample: "internet-300")
        defer { workspace.remove() }
        let result = try BinaryRunner.run(["decide", workspace.root.path], environment: Self.afterPilots)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.section(startingWith: "recommended:") == ["recommended: yunqi (the only vendor left)"])
        // internet-300: selection.json, 2 catalogs, 4 dossiers, 4 rating sheets, 2 pilot plans and 2 logs = 15 files.
        #expect(result.stderr == "wrote decision.json (15 input files hashed)\n")
        let bytes = try Data(contentsOf: workspace.file("decision.json"))
        let record = try decodeJSON(DecisionRecordJSON.self, from: bytes)

        #expect(record.decision.winner == "yunqi")
        #expect(record.date == "2026-07-01T09:00:00Z")
        #expect(record.tool.name == "shortlist" && record.tool.version == "0.1.0")
        let ranking = record.ranking
        func entry(_ vendor: String) throws -> DecisionRecordJSON.Entry { try #require(ranking.first { $0.vendor == vendor }) }
        let yunqi = try entry("yunqi")
        #expect(yunqi.status == "ranked")
        #expect(yunqi.rank == 1)
        let xinyue = try entry("xinyue")
        #expect(xinyue.status == "blocked")
        #expect(xinyue.reasons == ["blocked: must-pass pilot metric sso-failures is 2.7 per 1,000 logins, target ≤ 2 per 1,000 logins"])
        #expect(xinyue.rank == nil)
        let qingteng = try entry("qingteng")
        #expect(qingteng.status == "not piloted")
        #expect(qingteng.reasons == ["not piloted; the decision excludes vendors without a pilot"])
        #expect(qingteng.combined == nil, "excluded vendors have no combined score")
        #expect(Set(qingteng.stages.keys) == ["desk", "demo"], "no pilot stage")
        let beichen = try entry("beichen")
        #expect(beichen.status == "knocked out")
        #expect(beichen.reasons == ["knocked out by gate-go-live: needs 12 weeks to implement; go-live is due in 8 weeks"])
        #expect(ranking.count == 4)

        #expect(record.pilots.map(\.vendor) == ["xinyue", "yunqi"])
        #expect(record.pilots.first?.passed == false)

        // Every input file is hashed, and only those.
        let inputs = record.inputs
        #expect(inputs.allSatisfy { $0.catalog == nil && $0.base == nil }, "the catalogs are frozen into the workspace, so they are files")
        let files = inputs.map { $0.file ?? "" }
        // hris.json extends saas.json, which init froze beside it: both are inputs.
        var expected = ["selection.json", "criteria/hris.json", "criteria/saas.json"]
        for folder in ["vendors", "ratings", "pilots"] {
            expected += try FileManager.default.contentsOfDirectory(atPath: workspace.file(folder).path).sorted().map { "\(folder)/\($0)" }
        }
        #expect(Set(files) == Set(expected), "inputs: \(files)")
        #expect(files.count == expected.count, "no input twice")
        #expect(files.first == "selection.json")
        for input in inputs {
            let hash = input.sha256
            #expect(hash.count == 64 && hash.allSatisfy { "0123456789abcdef".contains($0) }, "\(input.file ?? ""): \(hash)")
        }
        // The hashes agree with coreutils.
        let reference = try Self.sha256sum(files.map { workspace.file($0).path })
        for input in inputs {
            let file = input.file ?? ""
            #expect(input.sha256 == reference[workspace.file(file).path], "\(file)")
        }

        // Same inputs, same clock → the same bytes.
        let again = try BinaryRunner.run(["decide", workspace.root.path], environment: Self.afterPilots)
        #expect(again.status == 0)
        #expect(try Data(contentsOf: workspace.file("decision.json")) == bytes, "decision.json is reproducible")
        #expect(again.stdout == result.stdout)
        let json = try BinaryRunner.run(["decide", workspace.root.path, "--format", "json"], environment: Self.afterPilots)
        #expect(json.stdout == bytes, "--format json prints the record that is written")
    }

    @Test func retailDecisionBlendsTheStagesAndRescalesTheVendorWithoutAPilot() throws {
        let workspace = try Workspace(sample: "retail-10-stores")
        defer { workspace.remove() }
        let result = try BinaryRunner.run(["decide", workspace.root.path], environment: Self.afterPilots)
        #expect(result.status == 0, "\(result.stderr)")
        let record = try decodeJSON(DecisionRecordJSON.self, from: Data(contentsOf: workspace.file("decision.json")))
        #expect(record.decision.winner == "lingxi")
        let ranking = record.ranking
        let lingxi = try #require(ranking.first)
        #expect(lingxi.vendor == "lingxi")
        let stages = lingxi.stages
        #expect(abs((stages["desk"]?.score ?? .nan) - 88.099) < 1e-3)
        #expect(abs((stages["demo"]?.score ?? .nan) - 79.788) < 1e-3)
        #expect(abs((stages["pilot"]?.score ?? .nan) - 99) < 1e-9)
        #expect(stages["desk"]?.weight == 0.4 && stages["demo"]?.weight == 0.3 && stages["pilot"]?.weight == 0.3)
        // The settings keep the stage weights as given in selection.json (40 / 30 / 30); the stages above are their shares.
        #expect(record.settings.stages == ["desk": 40, "demo": 30, "pilot": 30])
        let combined = try #require(lingxi.combined)
        #expect(abs(combined - 88.876) < 1e-3)
        #expect(abs(combined - Self.blend(stages)) < 1e-5, "combined = Σ stage weight × stage score")

        let yunqi = try #require(ranking.first { $0.vendor == "yunqi" })
        #expect(yunqi.status == "ranked")
        #expect(yunqi.rank == 2)
        let rescaled = yunqi.stages
        #expect(rescaled["pilot"] == nil)
        #expect(abs((rescaled["desk"]?.weight ?? .nan) - 4.0 / 7) < 1e-5, "desk 40 of desk + demo 70")
        #expect(abs((rescaled["demo"]?.weight ?? .nan) - 3.0 / 7) < 1e-5)
        #expect(abs((yunqi.combined ?? .nan) - Self.blend(rescaled)) < 2e-4, "the record rounds weights to 6 decimals")
        #expect(yunqi.reasons == ["not piloted: scored on its other stages (rescaled)"], "\(yunqi.reasons)")
        let huanyu = try #require(ranking.first { $0.vendor == "huanyu-hcm" })
        #expect(huanyu.status == "knocked out")
        // 88.876 − 55.686 = 33.19 points, 33.19 ÷ 88.876 = 37.3% of lingxi's combined score.
        #expect(result.section(startingWith: "recommended:") == [
            "recommended: lingxi, ahead by 33.19 points (37.3% of its score; threshold 10%)",
            "  no shift of stage weight makes yunqi win",
        ])
    }

    // MARK: - Verify and lock

    @Test func verifyNamesEveryChangedRemovedAndAddedInput() throws {
        let workspace = try Workspace(sample: "internet-300")
        defer { workspace.remove() }
        #expect(try BinaryRunner.run(["decide", workspace.root.path], environment: Self.afterPilots).status == 0)
        let ok = try BinaryRunner.run(["verify", workspace.root.path])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.text.hasPrefix("ok: all 15 inputs of the decision of 2026-07-01T09:00:00Z are unchanged"), "\(ok.text)")

        // One byte of one vendor file.
        let vendor = workspace.file("vendors/yunqi.json")
        let original = try Data(contentsOf: vendor)
        var changed = original
        let index = try #require(changed.firstIndex(of: UInt8(ascii: "Y")), "the dossier names Yunqi")
        changed[index] = UInt8(ascii: "y")
        try changed.write(to: vendor)
        let one = try BinaryRunner.run(["verify", workspace.root.path])
        #expect(one.status == 1)
        #expect(one.stdout.isEmpty)
        #expect(one.stderr == "changed: vendors/yunqi.json\nerror: 1 input file differs from the decision of 2026-07-01T09:00:00Z; run `shortlist decide` again if the change is intended\n", "only that file")
        try original.write(to: vendor)
        #expect(try BinaryRunner.run(["verify", workspace.root.path]).status == 0)

        // A ratings file removed.
        let ratings = workspace.file("ratings/xu-tao.json")
        let sheet = try Data(contentsOf: ratings)
        try FileManager.default.removeItem(at: ratings)
        let removed = try BinaryRunner.run(["verify", workspace.root.path])
        #expect(removed.status == 1)
        #expect(removed.stderr == "removed: ratings/xu-tao.json\nerror: 1 input file differs from the decision of 2026-07-01T09:00:00Z; run `shortlist decide` again if the change is intended\n")
        try sheet.write(to: ratings)
        #expect(try BinaryRunner.run(["verify", workspace.root.path]).status == 0)

        // A vendor file added.
        let added = workspace.file("vendors/nanfeng.json")
        try original.write(to: added)
        let extra = try BinaryRunner.run(["verify", workspace.root.path])
        #expect(extra.status == 1)
        #expect(extra.stderr == "added: vendors/nanfeng.json\nerror: 1 input file differs from the decision of 2026-07-01T09:00:00Z; run `shortlist decide` again if the change is intended\n")
        try FileManager.default.removeItem(at: added)

        let restored = try BinaryRunner.run(["verify", workspace.root.path])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.text.hasPrefix("ok: "))
    }

    @Test func lockFreezesTheWeightsAndLaterChangesAreShown() throws {
        let workspace = try Workspace(sample: "internet-300")
        defer { workspace.remove() }
        let lock = try BinaryRunner.run(["lock", workspace.root.path, "--by", "huang-yan"], environment: Self.afterPilots)
        #expect(lock.status == 0, "\(lock.stderr)")
        #expect(lock.text.hasPrefix("locked "))
        let file = try decodeJSON(WeightLockJSON.self, from: Data(contentsOf: workspace.file("weights.lock.json")))
        #expect(file.version == 1)
        #expect(file.by == "huang-yan")
        #expect(file.locked == "2026-07-01T09:00:00Z")
        #expect(file.weights["performance-management"] != nil)

        let lockedBytes = try Data(contentsOf: workspace.file("weights.lock.json"))
        let second = try BinaryRunner.run(["lock", workspace.root.path], environment: Self.afterPilots)
        #expect(second.status == 1)
        #expect(second.stderr == "error: the weights were locked on 2026-07-01T09:00:00Z by huang-yan; remove weights.lock.json to lock again\n")
        #expect(try Data(contentsOf: workspace.file("weights.lock.json")) == lockedBytes, "the lock is written once")

        let unchanged = try BinaryRunner.run(["rank", workspace.root.path])
        #expect(unchanged.status == 0)
        #expect(!unchanged.text.contains("LOCKED WEIGHT CHANGED")) // negative check

        // Move a weight after the lock.
        let selection = workspace.file("selection.json")
        let text = try String(contentsOf: selection, encoding: .utf8)
        #expect(text.components(separatedBy: #""performance-management": 10"#).count == 2, "the weight to move occurs once")
        try text.replacingOccurrences(of: #""performance-management": 10"#, with: #""performance-management": 14"#).write(to: selection, atomically: true, encoding: .utf8)

        let rank = try BinaryRunner.run(["rank", workspace.root.path])
        #expect(rank.status == 0, "\(rank.stderr)")
        // 10 of the total 146 is 6.85%; 14 of 150 is 9.33%.
        let change = "the weight of performance-management was locked at 10 (6.85% of the total) on 2026-07-01T09:00:00Z; it is now 14 (9.33%)"
        #expect(rank.section("Warnings")?.last == "  – LOCKED WEIGHT CHANGED: \(change)")
        // The change opens the output: before the ranking table, not only among the trailing warnings.
        #expect(Array(rank.lines.prefix(7)) == [
            "HRIS for a 300-person internet company with OKRs and fast go-live",
            "catalog hris · 4 vendors · 3 ranked · 1 knocked out",
            "",
            "LOCKED WEIGHTS CHANGED",
            "  ! \(change)",
            "",
            "Rank  Vendor                  Score  Coverage",
        ])
        let markdown = try BinaryRunner.run(["rank", workspace.root.path, "--format", "markdown"])
        #expect(Array(markdown.lines.prefix(8)) == [
            "# HRIS for a 300-person internet company with OKRs and fast go-live",
            "",
            "Catalog `hris` · 4 vendors · 3 ranked · 1 knocked out",
            "",
            "> **Locked weights changed**:",
            "> - \(change)",
            "",
            "## Ranking",
        ])

        // decide refuses, naming the weight, locked → now, and writes nothing.
        let refused = try BinaryRunner.run(["decide", workspace.root.path], environment: Self.afterPilots)
        #expect(refused.status == 1, "\(refused.stderr)")
        #expect(refused.text.isEmpty)
        // 10 of the total 146 is 6.85%; 14 of 150 is 9.33%.
        #expect(refused.stderrLines == [
            "error: refusing to decide: 1 locked weight has moved since the lock of 2026-07-01T09:00:00Z by huang-yan:",
            "  - the weight of performance-management was locked at 10 (6.85% of the total) on 2026-07-01T09:00:00Z; it is now 14 (9.33%)",
            #"restore the locked weights, or record the decision with --accept-weight-changes "<reason>" (the reason is written into decision.json); nothing was written"#,
            "",
        ])
        #expect(!FileManager.default.fileExists(atPath: workspace.file("decision.json").path), "nothing is written")
        let blank = try BinaryRunner.run(["decide", workspace.root.path, "--accept-weight-changes", "  "], environment: Self.afterPilots)
        #expect(blank.status == 1)
        #expect(blank.stderr == #"error: --accept-weight-changes needs a reason, e.g. --accept-weight-changes "board approved the new security weight on 2026-06-30"; nothing was written"# + "\n")
        #expect(!FileManager.default.fileExists(atPath: workspace.file("decision.json").path))

        // The board says that no recorded decision accepts the move.
        let unaccepted = try BinaryRunner.run(["report", workspace.root.path, "--format", "markdown"], environment: Self.afterPilots)
        #expect(unaccepted.section("## Summary")?.suffix(3) == [
            "- **Locked weights changed**:",
            "  - \(change)",
            #"  - no recorded decision accepts this change (\`shortlist decide\` refuses without --accept-weight-changes "reason")"#,
        ])

        let reason = "steering committee raised performance management on 2026-06-30 (minutes 14)"
        let decide = try BinaryRunner.run(["decide", workspace.root.path, "--accept-weight-changes", reason], environment: Self.afterPilots)
        #expect(decide.status == 0, "\(decide.stderr)")
        let record = try decodeJSON(DecisionRecordJSON.self, from: Data(contentsOf: workspace.file("decision.json")))
        let notes = record.notes
        #expect(notes == [change])
        let moved = try #require(record.weightChanges)
        #expect(moved.reason == reason)
        #expect(moved.changes.count == 1)
        #expect(moved.changes == [change])
        #expect(decide.lines.suffix(3) == ["note: \(change)", "locked weights changed, accepted: \(reason)", ""])
        let inputs = record.inputs.compactMap(\.file)
        #expect(inputs.contains("weights.lock.json"), "the lock is an input of the decision") // set membership

        // The board's summary shows the change with the reason, in HTML and Markdown.
        let board = try BinaryRunner.run(["report", workspace.root.path, "--format", "markdown"], environment: Self.afterPilots)
        #expect(board.section("## Summary")?.suffix(3) == [
            "- **Locked weights changed**:",
            "  - \(change)",
            "  - accepted in the decision of 2026-07-01T09:00:00Z: \(reason)",
        ])
        let html = try BinaryRunner.run(["report", workspace.root.path], environment: Self.afterPilots)
        // The flag paragraph is one line of its own.
        #expect(html.lines.filter { $0.hasPrefix("<p class=\"flag\" id=\"locked-weights\">") } == [
            "<p class=\"flag\" id=\"locked-weights\"><strong>Locked weights changed</strong>: \(change) — accepted in the decision of 2026-07-01T09:00:00Z: \(reason)</p>",
        ])
        #expect(html.text.range(of: "id=\"locked-weights\"")!.lowerBound < html.text.range(of: "<section id=\"ranking\">")!.lowerBound, "in the summary")
    }

    @Test func decideWithoutMovedWeightsIgnoresTheAcceptanceAndKeepsTheRecordBytes() throws {
        let workspace = try Workspace(sample: "internet-300")
        defer { workspace.remove() }
        let plain = try BinaryRunner.run(["decide", workspace.root.path], environment: Self.afterPilots)
        #expect(plain.status == 0, "\(plain.stderr)")
        let bytes = try Data(contentsOf: workspace.file("decision.json"))
        #expect(!String(decoding: bytes, as: UTF8.self).contains("weightChanges"), "no key without a moved locked weight") // negative check
        let accepted = try BinaryRunner.run(["decide", workspace.root.path, "--accept-weight-changes", "nothing moved"], environment: Self.afterPilots)
        #expect(accepted.status == 0, "\(accepted.stderr)")
        #expect(accepted.stderr == "note: no locked weight has moved; --accept-weight-changes is not recorded\nwrote decision.json (15 input files hashed)\n")
        #expect(try Data(contentsOf: workspace.file("decision.json")) == bytes)
    }

    // MARK: - Helpers

    /// A copy of a shipped sample made with `shortlist init --sample`, in its own temporary folder.
    struct Workspace {
        let parent: URL
        let root: URL

        init(sample: String) throws {
            parent = try BinaryRunner.temporaryDirectory()
            root = parent.appendingPathComponent("ws")
            let result = try BinaryRunner.run(["init", "ws", "--sample", sample], in: parent)
            try #require(result.status == 0, "init --sample \(sample): \(result.stderr)")
            try #require(FileManager.default.fileExists(atPath: root.appendingPathComponent("criteria/hris.json").path), "the catalog is frozen into the copy")
        }

        func file(_ relative: String) -> URL { root.appendingPathComponent(relative) }

        func remove() { try? FileManager.default.removeItem(at: parent) }
    }

    /// The `pilot status --format json` object of one vendor.
    static func status(_ workspace: Workspace, vendor: String, environment: [String: String] = duringRetailPilot) throws -> PilotStatusJSON {
        let result = try BinaryRunner.run(["pilot", "status", workspace.root.path, "--vendor", vendor, "--format", "json"], environment: environment)
        try #require(result.status == 0, "pilot status: \(result.stderr)")
        return try #require(try result.json([PilotStatusJSON].self).first)
    }

    /// The lines of `data` without their line breaks (a torn last line included).
    static func lines(_ data: Data) -> [Data] {
        var result = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Data($0) }
        if result.last?.isEmpty == true { result.removeLast() }
        return result
    }

    static func append(_ bytes: Data, to file: URL) throws {
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: bytes)
    }

    /// Σ stage weight × stage score.
    static func blend(_ stages: [String: DecisionRecordJSON.Stage]) -> Double {
        stages.values.reduce(0) { $0 + $1.weight * $1.score }
    }

    /// `sha256sum` of each path, by path.
    static func sha256sum(_ paths: [String]) throws -> [String: String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", "--"] + paths
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "sha256sum failed")
        var result: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2 else { continue }
            result[String(parts[1].drop { $0 == " " || $0 == "*" })] = String(parts[0])
        }
        return result
    }
}

/// Snapshots of the pilot status and decision reports of the shipped samples.
///
/// To re-record after an intended change: `SHORTLIST_RECORD=1 swift test --filter GoldenTests`, then review the diff.
@Suite(.serialized) struct PilotDecisionGoldenTests {

    @Test func pilotStatusMatchesSnapshot() throws {
        let result = try BinaryRunner.run(["pilot", "status", "samples/retail-10-stores"], environment: PilotDecisionEndToEndTests.afterPilots)
        #expect(result.status == 0, "\(result.stderr)")
        try Snapshot.compare(result.stdout, "retail-10-stores.pilot-status.txt")
    }

    @Test(arguments: ["retail-10-stores", "internet-300"])
    func decisionMatchesSnapshot(sample: String) throws {
        let workspace = try PilotDecisionEndToEndTests.Workspace(sample: sample)
        defer { workspace.remove() }
        let result = try BinaryRunner.run(["decide", workspace.root.path], environment: PilotDecisionEndToEndTests.afterPilots)
        #expect(result.status == 0, "\(result.stderr)")
        try Snapshot.compare(result.stdout, "\(sample).decide.txt")
    }
}

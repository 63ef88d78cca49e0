import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Issue 11: hostile inputs never crash, hang, exhaust memory or clobber anything, through the real binary.
@Suite(.serialized) struct HardeningTests {
    /// A copy of the retail sample, its folder, and the workspace path.
    private func retail() throws -> (directory: URL, workspace: String) {
        let copy = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        return (copy.directory, copy.workspace.path)
    }

    // MARK: Reads that cannot hang or exhaust memory

    @Test func aFIFOAsADossierIsRefusedWithoutOpeningItBlocking() throws {
        let (directory, ws) = try retail()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.removeItem(atPath: ws + "/vendors/yunqi.json")
        #expect(mkfifo(ws + "/vendors/yunqi.json", 0o644) == 0)
        // Before the fix open(2) waited for a writer forever; the runner would never return.
        let result = try BinaryRunner.run(["validate", ws])
        #expect(result.status == 1)
        #expect(result.stderr == "vendors/yunqi.json: error: cannot read the file: is a FIFO (named pipe), not a regular file; Shortlist reads only regular files\n1 error found\n")
        let fifo = directory.appendingPathComponent("matrix.csv").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let ahp = try BinaryRunner.run(["ahp", fifo])
        #expect(ahp.status == 1)
        #expect(ahp.stderr == "\(fifo): error: cannot read the file: is a FIFO (named pipe), not a regular file; Shortlist reads only regular files\n1 error found\n")
    }

    @Test func aSymlinkToDevZeroIsRefusedBeforeReading() throws {
        let (directory, ws) = try retail()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.removeItem(atPath: ws + "/ratings/zhou-min.json")
        try FileManager.default.createSymbolicLink(atPath: ws + "/ratings/zhou-min.json", withDestinationPath: "/dev/zero")
        let result = try BinaryRunner.run(["rank", ws])
        #expect(result.status == 1)
        #expect(result.stderr == "ratings/zhou-min.json: error: cannot read the file: is a character device, not a regular file; Shortlist reads only regular files\n1 error found\n")
    }

    @Test func aSparse64GiBFileIsRefusedByItsSizeBeforeAllocating() throws {
        let (directory, ws) = try retail()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(truncate(ws + "/vendors/yunqi.json", 64 << 30) == 0)
        let result = try BinaryRunner.run(["validate", ws])
        #expect(result.status == 1)
        #expect(result.stderr == "vendors/yunqi.json: error: cannot read the file: the file is 64 GiB and the limit for a JSON input is 64 MiB (set SHORTLIST_MAX_JSON_BYTES to raise it)\n1 error found\n")
    }

    @Test func theSizeLimitsFollowTheEnvironment() throws {
        let (directory, ws) = try retail()
        defer { try? FileManager.default.removeItem(at: directory) }
        // selection.json of the retail sample is 1,660 bytes: over 1K (1,024), under 2K.
        let small = try BinaryRunner.run(["validate", ws], environment: ["SHORTLIST_MAX_JSON_BYTES": "1K"])
        #expect(small.status == 1)
        // Every JSON input over 1 KiB is named, in reading order, each with its size.
        #expect(small.stderrLines == [
            "selection.json: error: cannot read the file: the file is 1.6 KiB and the limit for a JSON input is 1 KiB (set SHORTLIST_MAX_JSON_BYTES to raise it)",
            "vendors/huanyu-hcm.json: error: cannot read the file: the file is 2.5 KiB and the limit for a JSON input is 1 KiB (set SHORTLIST_MAX_JSON_BYTES to raise it)",
            "vendors/lingxi.json: error: cannot read the file: the file is 3.1 KiB and the limit for a JSON input is 1 KiB (set SHORTLIST_MAX_JSON_BYTES to raise it)",
            "vendors/yunqi.json: error: cannot read the file: the file is 2.7 KiB and the limit for a JSON input is 1 KiB (set SHORTLIST_MAX_JSON_BYTES to raise it)",
            "pilots/lingxi.json: error: cannot read the file: the file is 1.1 KiB and the limit for a JSON input is 1 KiB (set SHORTLIST_MAX_JSON_BYTES to raise it)",
            "5 errors found",
            "",
        ])
        let csv = directory.appendingPathComponent("m.csv").path
        try Data(",a,b\na,1,3\nb,1/3,1\n".utf8).write(to: URL(fileURLWithPath: csv))
        let ahp = try BinaryRunner.run(["ahp", csv], environment: ["SHORTLIST_MAX_CSV_BYTES": "10"])  // 5 + 6 + 8 = 19 bytes
        #expect(ahp.status == 1)
        #expect(ahp.stderr == "\(csv): error: cannot read the file: the file is 19 bytes and the limit for a CSV input is 10 bytes (set SHORTLIST_MAX_CSV_BYTES to raise it)\n1 error found\n")
        let log = try BinaryRunner.run(["pilot", "status", ws], environment: ["SHORTLIST_MAX_LOG_BYTES": "100", "SHORTLIST_NOW": "2026-07-01T09:00:00Z"])
        #expect(log.status == 1)
        #expect(log.stderr == "pilots/lingxi.log.jsonl: error: cannot read the pilot log: the file is over the limit and the limit for a pilot log input is 100 bytes (set SHORTLIST_MAX_LOG_BYTES to raise it)\n1 error found\n")
        let bad = try BinaryRunner.run(["validate", ws], environment: ["SHORTLIST_MAX_JSON_BYTES": "lots"])
        #expect(bad.status == 64)
        #expect(bad.stderr == "error: SHORTLIST_MAX_JSON_BYTES=lots is not a size in bytes such as 67108864, 64M or 1G (the default is 64 MiB)\nRun `shortlist validate --help` for usage.\n")
    }

    // MARK: Validation gaps

    @Test func anImpossibleSHORTLIST_NOWIsRefused() throws {
        let (directory, ws) = try retail()
        defer { try? FileManager.default.removeItem(at: directory) }
        for bad in ["2026-07-01T25:61:61Z", "2026-07-01T09:00:00", "2026-02-30", "2026-07-01T09:00:60Z", "2026-07-01 09:00:00Z"] {
            let result = try BinaryRunner.run(["decide", ws], environment: ["SHORTLIST_NOW": bad])
            #expect(result.status == 64, "\(bad)")
            #expect(result.stderr == "error: SHORTLIST_NOW must be a UTC time in ISO 8601 such as 2026-05-02T09:00:00Z (hours 00–23, minutes and seconds 00–59) or a date such as 2026-05-02, got '\(bad)'\nRun `shortlist decide --help` for usage.\n")
        }
        #expect(!FileManager.default.fileExists(atPath: ws + "/decision.json"), "nothing is written")
        let good = try BinaryRunner.run(["decide", ws, "--format", "json"], environment: ["SHORTLIST_NOW": "2026-07-01T23:59:59Z"])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(try good.json(DecisionRecordJSON.self).date == "2026-07-01T23:59:59Z", "\(good.text.prefix(300))")
    }

    @Test func verifyPointsAtTheLineAndColumnOfACorruptRecord() throws {
        let (directory, ws) = try retail()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("{\"date\": \"2026-07-01\",\n  \"inputs\": [1,]\n}\n".utf8).write(to: URL(fileURLWithPath: ws + "/decision.json"))
        let result = try BinaryRunner.run(["verify", ws])
        #expect(result.status == 1)
        // Line 2: two spaces, "inputs": (9 characters), a space, then [ at 13, 1 at 14, the comma at 15 and ] at 16.
        #expect(result.stderr.hasPrefix("decision.json:2:16: error: expected a value, found ']' (trailing commas are not allowed)"), "\(result.stderr)")
        try Data("{\"date\": \"2026-07-01\",\n  \"inputs\": [1]\n}\n".utf8).write(to: URL(fileURLWithPath: ws + "/decision.json"))
        let shape = try BinaryRunner.run(["verify", ws])
        #expect(shape.status == 1)
        // The element 1 starts at line 2, column 14.
        #expect(shape.stderr.hasPrefix("decision.json:2:14: error: inputs[0]: expected {\"file\": …, \"sha256\": <64 hex digits>}"), "\(shape.stderr)")
    }
}

/// Issue 11: extreme numbers (±1e308, 1e-308, 0, subnormals) in every kind of workspace number, through every command.
@Suite(.serialized) struct ExtremeNumberTests {
    /// The values the attack run used: the largest and smallest doubles, a subnormal, zero.
    static let extremes = ["1e308", "-1e308", "1e-308", "5e-324", "0", "1.7976931348623157e308"]

    /// Where a number goes: the file, the text replaced, and a template with `V` for the value.
    static let placements: [(file: String, original: String, template: String)] = [
        ("selection.json", "\"weights\": {}", "\"weights\": {\"functional-fit\": V, \"self-service\": V}"),
        ("selection.json", "\"annual\": 80000", "\"annual\": V"),
        ("selection.json", "\"headcount\": 180", "\"headcount\": V"),
        ("vendors/yunqi.json", "\"perEmployeeMonth\": 15", "\"perEmployeeMonth\": V"),
        ("vendors/yunqi.json", "\"annualBaseFee\": 6000", "\"annualBaseFee\": V"),
        ("pilots/lingxi.json", "\"baseline\": 3,", "\"baseline\": V,"),
        ("pilots/lingxi.json", "\"weight\": 30,", "\"weight\": V,"),
        ("selection.json", "\"desk\": 40", "\"desk\": V"),
    ]

    /// Every command that reads a workspace, with arguments that keep it quick.
    static let commands: [[String]] = [
        ["validate"], ["rank"], ["rank", "--format", "json"], ["rank", "--method", "all"], ["report", "--format", "markdown"],
        ["report"], ["explain", "yunqi"], ["explain", "yunqi", "--against", "lingxi"], ["weights"], ["sensitivity", "--samples", "200"],
        ["pilot", "status"], ["decide", "--format", "json"], ["verify"], ["lock"], ["sheet", "export", "--evaluator", "x"],
    ]

    @Test func noExtremeValueCrashesAnyCommandAndEveryRefusalIsLocated() throws {
        var runs = 0
        for placement in Self.placements {
            for value in Self.extremes {
                let copy = try BinaryRunner.copyOfSample("samples/retail-10-stores")
                defer { try? FileManager.default.removeItem(at: copy.directory) }
                let ws = copy.workspace.path
                let path = ws + "/" + placement.file
                let text = try String(contentsOfFile: path, encoding: .utf8)
                #expect(text.components(separatedBy: placement.original).count == 2, "\(placement.file) holds \(placement.original) once")
                try text.replacingOccurrences(of: placement.original, with: placement.template.replacingOccurrences(of: "V", with: value))
                    .write(toFile: path, atomically: true, encoding: .utf8)
                let validate = try BinaryRunner.run(["validate", ws])
                runs += 1
                #expect(validate.status == 0 || validate.status == 1, "\(placement.file) \(value): \(validate.stderr)")
                if validate.status == 1 {
                    // A refusal names the file and the line:column of the number.
                    #expect(validate.stderr.range(of: #"(^|\n)\#(placement.file):[0-9]+:[0-9]+: error: "#, options: .regularExpression) != nil, "\(placement.file) \(value): \(validate.stderr)")
                }
                // A refused workspace is refused by every command alike; two stand for all of them.
                for command in validate.status == 0 ? Self.commands : [["rank"], ["decide", "--format", "json"]] {
                    var arguments = command
                    arguments.insert(ws, at: command.first == "pilot" || command.first == "sheet" ? 2 : 1)
                    let result = try BinaryRunner.run(arguments, environment: ["SHORTLIST_NOW": "2026-05-01T09:00:00Z"])
                    runs += 1
                    // 0 or 1 (a check failed, e.g. verify without a record); never 70 (internal error) or a signal.
                    #expect(result.status == 0 || result.status == 1, "\(command) with \(placement.file) \(value): status \(result.status) \(result.stderr)")
                    if validate.status == 1 { #expect(result.status == 1, "\(command) refuses what validate refuses") }
                }
            }
        }
        #expect(runs >= Self.placements.count * Self.extremes.count * 3)
    }

    @Test func twoHugeWeightOverridesAreRefusedWithTheirPlace() throws {
        let copy = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        defer { try? FileManager.default.removeItem(at: copy.directory) }
        let path = copy.workspace.path + "/selection.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\"weights\": {}", with: "\"weights\": {\"functional-fit\": 1e308, \"self-service\": 1e308}")
            .write(toFile: path, atomically: true, encoding: .utf8)
        // Before the fix: validate said ok, weights showed 0.00 % and rank trapped (SIGILL) in the weight-stability code.
        for command in ["validate", "rank", "weights", "sensitivity", "decide"] {
            let result = try BinaryRunner.run([command, copy.workspace.path], environment: ["SHORTLIST_NOW": "2026-05-01T09:00:00Z"])
            #expect(result.status == 1, "\(command)")
            // Line 22 of the retail selection.json: two spaces, `"weights": {` (12) and `"functional-fit": ` (18) are
            // 32 characters, so the value starts at column 33.
            // The second value starts 23 columns later: `1e308, ` (7) and `"self-service": ` (16), at 56.
            #expect(result.stderrLines == [
                "selection.json:22:33: error: weights.functional-fit: expected a number from 0 to 1000000, found 1e+308, beyond the bound of ±1000000000000 on every number",
                "selection.json:22:56: error: weights.self-service: expected a number from 0 to 1000000, found 1e+308, beyond the bound of ±1000000000000 on every number",
                "2 errors found",
                "",
            ], "\(command)")
        }
    }

    @Test func matrixWeightsAndValuesNearTheLimitsOfDouble() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appendingPathComponent("m.csv").path
        try Data("alternative,C1,C2\nA1,1e308,3\nA2,5e307,1\nA3,1e300,2\n".utf8).write(to: URL(fileURLWithPath: csv))
        // Before the fix the weights 1e308 summed to infinity and every alternative tied at 0, exit 0.
        let huge = try BinaryRunner.run(["matrix", csv, "--weights", "1e308,1e308", "--types", "+,-"])
        #expect(huge.status == 64)
        #expect(huge.stderr == "error: --weights: the weight of \"C1\" is 1e308; a weight is 0 or from 0.000000001 to 1000000 (they are scaled to sum to 1, so only their ratios matter)\nRun `shortlist matrix --help` for usage.\n")
        // Vector norm of C1: 1e308 · √(1 + 0.25 + 1e-16) = 1.118034e308 (the plain sum of squares overflows);
        // r = 0.894427, 0.447214, 0. C2 is a cost: ‖(3,1,2)‖ = √14 = 3.741657, r = 1 − x/‖x‖ = 0.198216, 0.732739, 0.465478.
        // WSM with 1/2, 1/2: A1 = (0.894427 + 0.198216)/2 = 0.546322, A2 = (0.447214 + 0.732739)/2 = 0.589976,
        // A3 = (0 + 0.465478)/2 = 0.232739.
        let vector = try BinaryRunner.run(["matrix", csv, "--weights", "1,1", "--types", "+,-", "--normalization", "vector"])
        #expect(vector.status == 0, "\(vector.stderr)")
        #expect(vector.lines.suffix(5) == ["Rank  Alternative     Score", "   1  A2           0.589976", "   2  A1           0.546322", "   3  A3           0.232739", ""], "\(vector.text)")
        // Min-max from −1e308 to 1e308: the range overflows; halved, A1 = (1e308 − (−1e308))/2e308 = 1 on C1 and 0 on C2.
        try Data("alternative,C1,C2\nA1,1e308,-1e308\nA2,-1e308,1e308\nA3,0,1\n".utf8).write(to: URL(fileURLWithPath: csv))
        let minmax = try BinaryRunner.run(["matrix", csv, "--weights", "3,1", "--types", "+,+"])
        #expect(minmax.status == 0, "\(minmax.stderr)")
        // A1 = 0.75·1 + 0.25·0 = 0.75; A2 = 0.75·0 + 0.25·1 = 0.25; A3 = 0.75·0.5 + 0.25·0.5 = 0.5 (0 and 1 lie halfway).
        #expect(minmax.lines.suffix(5) == ["Rank  Alternative     Score", "   1  A1           0.750000", "   2  A3           0.500000", "   3  A2           0.250000", ""], "\(minmax.text)")
    }
}

extension ExtremeNumberTests {
    @Test func pilotRecordRefusesAValueBeyondTheBounds() throws {
        let copy = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        defer { try? FileManager.default.removeItem(at: copy.directory) }
        let log = copy.workspace.path + "/pilots/lingxi.log.jsonl"
        let before = try Data(contentsOf: URL(fileURLWithPath: log))
        for (value, why) in [("1e308", "beyond the bound of ±1000000000000 on every number"), ("1e-308", "too close to 0: "), ("-2e12", "beyond the bound of ±1000000000000 on every number")] {
            let result = try BinaryRunner.run(["pilot", "record", copy.workspace.path, "--vendor", "lingxi", "--metric", "crashes", "--value", value, "--date", "2026-04-20", "--by", "t"],
                                              environment: ["SHORTLIST_NOW": "2026-05-01T09:00:00Z"])
            #expect(result.status == 1, "\(value)")
            if value == "1e-308" {
                // The smallest size is written out: it printed as "at least 0 in size" when rounded to the message's decimals.
                #expect(result.stderr == "error: '--value' is 1e-308, too close to 0: a number other than 0 must be at least 0.000000001 (10⁻⁹) in size (write 0 for nothing)\n", "\(result.stderr)")
            } else {
                #expect(result.stderr == "error: '--value' is \(value), \(why)\n", "\(result.stderr)")
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == before, "the log is untouched")
    }
}

/// Issue 11: `--output` never destroys anything.
@Suite(.serialized) struct OutputSafetyTests {
    @Test func outputNeverReplacesADeviceALinkOrAFIFO() throws {
        let copy = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        defer { try? FileManager.default.removeItem(at: copy.directory) }
        let ws = copy.workspace.path, dir = copy.directory.path
        // Before the fix, a symlink to /proc/self/fd/1 and a FIFO became regular files (and as root /dev/null would have).
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.json", withDestinationPath: "/proc/self/fd/1")
        #expect(mkfifo(dir + "/out.json", 0o644) == 0)
        for (target, kind) in [("/dev/null", "a character device"), (dir + "/link.json", "a symbolic link"), (dir + "/out.json", "a FIFO (named pipe)"), (dir, "a directory")] {
            let result = try BinaryRunner.run(["rank", ws, "--format", "json", "--output", target, "--force"])
            #expect(result.status == 1, "\(target)")
            #expect(result.stderr == "error: refusing to write '\(target)': it is \(kind), and --output only creates or replaces regular files; leave out --output to print to standard output\n", "\(result.stderr)")
        }
        var info = stat()
        #expect(lstat(dir + "/link.json", &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK, "the link is still a link")
        #expect(lstat(dir + "/out.json", &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO, "the FIFO is still a FIFO")
        #expect(lstat("/dev/null", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)
    }

    @Test func outputNeverWritesOntoAWorkspaceInputEvenWithForce() throws {
        let copy = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        defer { try? FileManager.default.removeItem(at: copy.directory) }
        let ws = copy.workspace.path
        let dossier = try Data(contentsOf: URL(fileURLWithPath: ws + "/vendors/lingxi.json"))
        for (arguments, input) in [
            (["rank", ws, "--format", "json", "--output", ws + "/vendors/lingxi.json", "--force"], "vendors/lingxi.json"),
            (["rank", ws, "--format", "json", "--output", ws + "/vendors/../vendors/new.json"], "vendors/new.json"),
            (["report", ws, "--output", ws + "/selection.json", "--format", "html"], "selection.json"),
            (["decide", ws, "--output", ws + "/pilots/lingxi.log.jsonl"], "pilots/lingxi.log.jsonl"),
            (["sheet", "export", ws, "--evaluator", "x", "--output", ws + "/ratings/x.csv"], "ratings/x.csv"),
        ] {
            let result = try BinaryRunner.run(arguments, environment: ["SHORTLIST_NOW": "2026-05-01T09:00:00Z"])
            #expect(result.status == 1, "\(arguments)")
            let output = try #require(arguments.firstIndex(of: "--output").map { arguments[$0 + 1] })
            #expect(result.stderr == "error: refusing to write '\(output)': it is (or would become) the workspace's input \(input); choose a file outside the workspace's inputs (selection.json, weights.lock.json, vendors/, ratings/, pilots/, criteria/)\n", "\(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: ws + "/vendors/lingxi.json")) == dossier)
        #expect(!FileManager.default.fileExists(atPath: ws + "/vendors/new.json"))
        #expect(try BinaryRunner.run(["validate", ws]).status == 0, "the workspace still loads")
    }

    @Test func aFileOfAnotherKindIsReplacedOnlyWithForce() throws {
        let copy = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        defer { try? FileManager.default.removeItem(at: copy.directory) }
        let ws = copy.workspace.path, out = copy.directory.path + "/out.json"
        let dossier = try Data(contentsOf: URL(fileURLWithPath: ws + "/vendors/yunqi.json"))
        try dossier.write(to: URL(fileURLWithPath: out))
        let refused = try BinaryRunner.run(["rank", ws, "--output", out])
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: refusing to replace '\(out)': it holds a vendor dossier (JSON), not a ranking (JSON) as written here; give --force to replace it anyway\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == dossier, "untouched")
        // A ranking replaces a ranking; HTML does not replace it without --force; with --force it does.
        #expect(try BinaryRunner.run(["rank", ws, "--output", out, "--force"]).status == 0)
        #expect(try BinaryRunner.run(["rank", ws, "--output", out]).status == 0)
        let html = try BinaryRunner.run(["report", ws, "--format", "html", "--output", out])
        #expect(html.stderr == "error: refusing to replace '\(out)': it holds a ranking (JSON), not an HTML page as written here; give --force to replace it anyway\n")
        #expect(try BinaryRunner.run(["report", ws, "--format", "html", "--output", out, "--force"]).status == 0)
        // decide replaces its own earlier record.
        let env = ["SHORTLIST_NOW": "2026-05-01T09:00:00Z"]
        #expect(try BinaryRunner.run(["decide", ws], environment: env).status == 0)
        #expect(try BinaryRunner.run(["decide", ws], environment: env).status == 0)
        let ranking = try BinaryRunner.run(["rank", ws, "--output", ws + "/decision.json"])
        #expect(ranking.stderr == "error: refusing to replace '\(ws)/decision.json': it holds a decision record (JSON), not a ranking (JSON) as written here; give --force to replace it anyway\n")
        #expect(try BinaryRunner.run(["rank", "--help"]).lines.contains(
            "  --force                Replace an existing --output file that holds something else (never a device, link, FIFO or workspace input)."))
        // A file too large to look into (a sparse 300 MiB, over the 256 MiB read limit) is not replaced blindly.
        let big = copy.directory.path + "/big.json"
        #expect(FileManager.default.createFile(atPath: big, contents: nil) && truncate(big, 300 << 20) == 0)
        let unknown = try BinaryRunner.run(["rank", ws, "--format", "json", "--output", big])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "error: refusing to replace '\(big)': cannot read it to tell what it holds (the file is 300 MiB and the limit for a CSV input is 256 MiB (set SHORTLIST_MAX_CSV_BYTES to raise it)); give --force to replace it anyway\n", "\(unknown.stderr)")
    }
}

/// Issue 11: a full disk (here a file size limit, `ulimit -f`) leaves every file as it was.
@Suite(.serialized) struct FullDiskTests {
    /// Runs the binary under bash with `ulimit -f blocks` (1,024-byte blocks).
    private func runLimited(_ blocks: Int, _ arguments: [String], in directory: URL) throws -> BinaryRunner.Result {
        try BinaryRunner.run(["-c", "ulimit -f \(blocks); exec \"$0\" \"$@\"", BinaryRunner.binary.path] + arguments, in: directory,
                             environment: ["SHORTLIST_NOW": "2026-05-01T09:00:00Z"], executable: URL(fileURLWithPath: "/bin/bash"))
    }

    @Test func aPilotRecordThatHitsTheLimitLeavesNoFragment() throws {
        let copy = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        defer { try? FileManager.default.removeItem(at: copy.directory) }
        let log = copy.workspace.path + "/pilots/lingxi.log.jsonl"
        let before = try Data(contentsOf: URL(fileURLWithPath: log))
        #expect(before.count == 3188)
        // 3,188 bytes + an entry with a 1,200-character note (about 1,390 bytes) passes the 4,096-byte limit
        // half-way: 908 bytes are written, then write(2) fails with EFBIG. Before the fix that fragment stayed.
        let note = String(repeating: "x", count: 1200)
        let result = try runLimited(4, ["pilot", "record", copy.workspace.path, "--vendor", "lingxi", "--metric", "crashes", "--value", "1",
                                        "--date", "2026-04-20", "--by", "t", "--note", note], in: copy.directory)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr == "error: cannot write '\(log)': cannot append to the log: File too large; nothing was added (the log is back to its 3188 bytes)\n", "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == before)
        let status = try BinaryRunner.run(["pilot", "status", copy.workspace.path], environment: ["SHORTLIST_NOW": "2026-05-01T09:00:00Z"])
        #expect(status.status == 0 && status.stderr.isEmpty, "no torn line to warn about: \(status.stderr)")
    }

    @Test func anInitThatHitsTheLimitLeavesNothingAndTheRetryWorks() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // 8 KiB lets the template's selection.json and dossier through but not the 41 KB catalog copy.
        let result = try runLimited(8, ["init", "ws"], in: directory)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr == "error: cannot write 'ws': cannot write the file: File too large; nothing was created\n", "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [], "no half-made workspace, no temporary folder")
        let retry = try BinaryRunner.run(["init", "ws"], in: directory)
        #expect(retry.status == 0, "\(retry.stderr)")
        #expect(try BinaryRunner.run(["validate", "ws"], in: directory).status == 0)
    }
}

/// Issue 11: escape sequences from dossier text never reach a terminal raw; files keep the text as is.
@Suite(.serialized) struct TerminalSafetyTests {
    /// Runs the binary on a pseudo-terminal (util-linux `script`), so that it sees a TTY on stdout and stderr.
    private func onTerminal(_ arguments: [String], in directory: URL) throws -> String {
        let command = ([BinaryRunner.binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let result = try BinaryRunner.run(["-qec", command, "/dev/null"], in: directory, executable: URL(fileURLWithPath: "/usr/bin/script"))
        return String(decoding: result.stdout, as: UTF8.self)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs util-linux script for a pseudo-terminal"))
    func dossierEscapesAreVisibleOnATerminalInEveryCommand() throws {
        let copy = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        defer { try? FileManager.default.removeItem(at: copy.directory) }
        let ws = copy.workspace.path
        let path = ws + "/vendors/yunqi.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\"name\": \"", with: "\"name\": \"\\u001b]0;pwned\\u0007\\u001b[2JEvil ", options: [], range: text.range(of: "\"name\": \""))
            .write(toFile: path, atomically: true, encoding: .utf8)
        // Before the fix only the main table escaped them.
        for arguments in [["rank", ws, "--method", "all"], ["explain", ws, "lingxi", "--against", "yunqi"], ["rank", ws, "--format", "markdown"],
                          ["rank", ws, "--format", "csv"], ["explain", ws, "yunqi"], ["validate", ws, "--nonsense"], ["report", ws, "--format", "markdown"]] {
            let shown = try onTerminal(arguments, in: copy.directory)
            // Absence anywhere, and presence somewhere in free output of seven commands: `contains` on purpose.
            #expect(!shown.contains("\u{1B}]0;") && !shown.contains("\u{1B}[2J") && !shown.contains("\u{07}"), "\(arguments)")
            // Markdown escapes the brackets as \] and \[; the control pictures are there either way.
            if arguments.last != "--nonsense" { #expect(shown.contains("pwned␇␛") && shown.contains("2JEvil") && shown.contains("␛"), "\(arguments): \(shown.prefix(400))") }
        }
        // A diagnostic quoting dossier text: an unknown key named with an escape.
        try text.replacingOccurrences(of: "\"pricing\"", with: "\"\\u001b[2Jpricing\"").write(toFile: path, atomically: true, encoding: .utf8)
        let diagnostic = try onTerminal(["validate", ws], in: copy.directory)
        // The whole diagnostic, as the terminal got it (the pseudo-terminal turns each line break into CR LF).
        #expect(diagnostic == "vendors/yunqi.json:30:3: error: \"␛[2Jpricing\": unknown key \"␛[2Jpricing\"; expected one of: clients, deployments, facts, id, implementationWeeks, industries, integrations, modules, name, pricing, quote, references, releasesPerYear, security, source, support, version\r\n1 error found\r\n", "\(diagnostic)")
        // Written to a file, Markdown keeps the text as it is.
        try text.replacingOccurrences(of: "\"name\": \"", with: "\"name\": \"\\u001b[2JEvil ", options: [], range: text.range(of: "\"name\": \""))
            .write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try BinaryRunner.run(["rank", ws, "--output", copy.directory.path + "/r.md"]).status == 0)
        // The ranking row whole: the escape byte kept, the bracket escaped for Markdown; 64.56 → 13 of 20 blocks.
        let markdown = try String(contentsOfFile: copy.directory.path + "/r.md", encoding: .utf8).components(separatedBy: "\n")
        #expect(markdown.contains("| 2 | \u{1B}\\[2JEvil Yunqi HR (`yunqi`) | 64.56 | 100% | █████████████░░░░░░░ |"), "\(markdown)")
    }
}

/// Issue 11: identity and validation gaps.
@Suite(.serialized) struct IdentityTests {
    @Test func idsThatDifferOnlyByNormalisationNameOneVendor() throws {
        let copy = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        defer { try? FileManager.default.removeItem(at: copy.directory) }
        let ws = copy.workspace.path
        let nfc = "caf\u{E9}", nfd = "cafe\u{301}"
        #expect(Array(nfc.utf8) != Array(nfd.utf8))
        // A dossier whose id is written decomposed (NFD), in a file named with the composed form.
        let yunqi = try String(contentsOfFile: ws + "/vendors/yunqi.json", encoding: .utf8)
        try yunqi.replacingOccurrences(of: "\"id\": \"yunqi\"", with: "\"id\": \"\(nfd)\"").write(toFile: ws + "/vendors/\(nfc).json", atomically: true, encoding: .utf8)
        let env = ["SHORTLIST_NOW": "2026-04-10T09:00:00Z"]
        let first = try BinaryRunner.run(["pilot", "init", ws, "--vendor", nfd, "--start", "2026-04-01"], environment: env)
        #expect(first.status == 0, "\(first.stderr)")
        // Before the fix the composed form made a second plan (and later a second log) for the same vendor.
        let second = try BinaryRunner.run(["pilot", "init", ws, "--vendor", nfc, "--start", "2026-04-01"], environment: env)
        #expect(second.status == 1)
        // Compared as bytes (String's == would take the two forms as equal): the message names the plan in NFC.
        #expect(Array(second.stderr.utf8) == Array("error: pilots/\(nfc).json exists already; edit it instead\n".utf8), "\(second.stderr)")
        let plans = try FileManager.default.contentsOfDirectory(atPath: ws + "/pilots").filter { $0.hasPrefix("caf") }
        #expect(plans.map { Array($0.utf8) } == [Array("\(nfc).json".utf8)], "one plan, named in NFC")
        for form in [nfd, nfc] {
            let record = try BinaryRunner.run(["pilot", "record", ws, "--vendor", form, "--metric", "crashes", "--value", "1", "--date", "2026-04-05", "--by", "t"], environment: env)
            #expect(record.status == 0, "\(record.stderr)")
        }
        let logs = try FileManager.default.contentsOfDirectory(atPath: ws + "/pilots").filter { $0.hasSuffix(".log.jsonl") && $0.hasPrefix("caf") }
        #expect(logs.map { Array($0.utf8) } == [Array("\(nfc).log.jsonl".utf8)], "one log with both entries, named in NFC")
        let status = try BinaryRunner.run(["pilot", "status", ws, "--vendor", nfd, "--format", "json"], environment: env)
        #expect(status.status == 0, "\(status.stderr)")
        #expect(try BinaryRunner.run(["validate", ws]).status == 0)
    }

    @Test func anUnreadableVendorsFolderIsReportedOnceAsTheCause() throws {
        let copy = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        defer { try? FileManager.default.removeItem(at: copy.directory) }
        let ws = copy.workspace.path
        try FileManager.default.removeItem(atPath: ws + "/vendors")
        // A symbolic link to itself cannot be listed (ELOOP), even by root, unlike a folder with mode 000.
        try FileManager.default.createSymbolicLink(atPath: ws + "/vendors", withDestinationPath: "vendors")
        let loop = try BinaryRunner.run(["validate", ws])
        #expect(loop.status == 1)
        // Before the fix: "missing folder", then "unknown vendor "lingxi"; known: " for the pilot plan.
        #expect(loop.stderr == "vendors/: error: cannot read the folder: Too many levels of symbolic links\n1 error found\n", "\(loop.stderr)")
        try FileManager.default.removeItem(atPath: ws + "/vendors")
        try Data("x".utf8).write(to: URL(fileURLWithPath: ws + "/vendors"))
        let file = try BinaryRunner.run(["rank", ws])
        #expect(file.stderr == "vendors/: error: is a file, not a folder; a workspace keeps one dossier per vendor in the folder vendors/\n1 error found\n", "\(file.stderr)")
    }

    @Test func messagesListAtMostTenIdsAndACount() throws {
        let copy = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        defer { try? FileManager.default.removeItem(at: copy.directory) }
        let ws = copy.workspace.path
        let yunqi = try String(contentsOfFile: ws + "/vendors/yunqi.json", encoding: .utf8)
        for i in 1...25 {
            let id = "v\(String(format: "%02d", i))"
            try yunqi.replacingOccurrences(of: "\"id\": \"yunqi\"", with: "\"id\": \"\(id)\"").write(toFile: ws + "/vendors/\(id).json", atomically: true, encoding: .utf8)
        }
        let plan = try String(contentsOfFile: ws + "/pilots/lingxi.json", encoding: .utf8)
        try plan.replacingOccurrences(of: "\"vendor\": \"lingxi\"", with: "\"vendor\": \"qqqqqqqqqqqqqqq\"").write(toFile: ws + "/pilots/lingxi.json", atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["validate", ws])
        #expect(result.status == 1)
        // 28 vendors in file order: huanyu-hcm, lingxi, v01 … v25, yunqi; the first 10 are named, then "and 18 more".
        #expect(result.stderr == """
        pilots/lingxi.json:3:13: error: vendor: unknown vendor "qqqqqqqqqqqqqqq"; known: huanyu-hcm, lingxi, v01, v02, v03, v04, v05, v06, v07, v08 and 18 more
        1 error found

        """, "\(result.stderr)")
    }
}

/// Issue 11: a wide CSV gives at most 50 diagnostics and a count, with positions from the reader.
@Suite struct DiagnosticCapTests {
    @Test func aWideMatrixPrintsFiftyDiagnosticsAndHowManyMore() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // 2,000 columns c0 … c1999 and one row of "x": 2,000 bad judgments (one per cell), plus the
        // missing rows of the square matrix. Before the fix every one was printed, each after a re-scan.
        let n = 2000
        let header = "," + (0..<n).map { "c\($0)" }.joined(separator: ",")
        let row = "c0," + Array(repeating: "x", count: n).joined(separator: ",")
        let csv = directory.appendingPathComponent("wide.csv").path
        try Data((header + "\n" + row + "\n").utf8).write(to: URL(fileURLWithPath: csv))
        let result = try BinaryRunner.run(["ahp", csv])
        #expect(result.status == 1)
        // 2,001 problems: the missing rows (row 3 is where they should start), then one per cell. 50 located diagnostics:
        // the header's and cells c0 … c48 of row 2 — "c0," is 3 characters, then cell k starts at column 4 + 2k, so
        // c48 at 4 + 96 = 100 — then 2,001 − 50 = 1,951 more, and the count.
        let cells = (0..<49).map { "\(csv):2:\(4 + 2 * $0): error: expected a judgment such as 3, 0.5 or 1/3 for \"c0\" against \"c\($0)\", found \"x\"" }
        #expect(cells.last == "\(csv):2:100: error: expected a judgment such as 3, 0.5 or 1/3 for \"c0\" against \"c48\", found \"x\"")
        #expect(result.stderrLines == ["\(csv):3:1: error: the header names 2000 elements but there is 1 row below it; a pairwise matrix has one row per element"]
            + cells + ["\(csv): … and 1,951 more problems in this file (the first 50 are shown)", "2,001 errors found", ""], "\(result.stderr.suffix(300))")
    }
}

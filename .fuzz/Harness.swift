// libFuzzer harnesses for Shortlist's parsers, decoders, pilot log and whole evaluation.
//
// Built by `.fuzz/run` (not by SwiftPM: the package depends on nothing) with
// `-sanitize=fuzzer,address` against the library's and the CLI's own sources. One binary holds
// every target; `SHORTLIST_FUZZ_TARGET` picks one (see `FuzzTarget`). A target must never
// crash, hang or leak on any input: an input that does becomes a regression test in
// `Tests/ShortlistCLITests/FuzzRegressionTests.swift` (its bytes under `.fuzz/regressions/`).

@testable import ShortlistKit
@testable import ShortlistCLI
#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// What each target feeds the input to.
enum FuzzTarget: String, CaseIterable {
    /// `JSONParser.parse`, then the writer on what it parsed.
    case json
    /// `CSVReader.parse`.
    case csv
    /// The input as `selection.json` (the profile decoder, weights, scenarios, panel), then `validate`.
    case selection
    /// The input as a vendor dossier, then `validate`.
    case vendor
    /// The input as the workspace's frozen catalog `criteria/hris.json`, then `validate`.
    case catalog
    /// The input as an evaluator's ratings file, then `validate`.
    case ratings
    /// The input as a pilot plan, then `pilot status`.
    case pilotPlan = "pilot-plan"
    /// The input as the pilot log (`LogContents` and every line through the log format), then `pilot status`.
    case pilotLog = "pilot-log"
    /// The input as `weights.lock.json`, then `validate`.
    case weightLock = "weight-lock"
    /// The input as `decision.json`, then `verify`.
    case decision
    /// The input as a dossier, then the whole evaluation and every renderer: `rank` in each
    /// format and method, `report` (HTML and Markdown), `explain`, `sensitivity`, `compare`, `weights`.
    case evaluation
    /// The input as a CSV for `ahp` and `matrix` (every method and normalisation).
    case matrix
}

/// Writes a line to standard error.
func say(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

/// A scratch copy of the retail sample that the workspace targets write their input into.
final class Scratch: @unchecked Sendable {
    static let shared = Scratch()
    let directory: String
    let target: FuzzTarget
    let root: String

    init() {
        let env = ProcessInfo.processInfo.environment
        guard let name = env["SHORTLIST_FUZZ_TARGET"], let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            say("set SHORTLIST_FUZZ_TARGET to one of: \(names)")
            exit(2)
        }
        self.target = target
        root = env["SHORTLIST_FUZZ_ROOT"] ?? FileManager.default.currentDirectoryPath
        var template = Array((NSTemporaryDirectory() + "/shortlist-fuzz-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard made != nil else { say("cannot make a scratch folder"); exit(2) }
        directory = String(cString: template) + "/ws"
        let manager = FileManager.default
        do {
            try manager.copyItem(atPath: root + "/samples/retail-10-stores", toPath: directory)
            try manager.createDirectory(atPath: directory + "/criteria", withIntermediateDirectories: true)
            try manager.copyItem(atPath: root + "/criteria/hris.json", toPath: directory + "/criteria/hris.json")
        } catch {
            say("cannot copy the retail sample: \(error)")
            exit(2)
        }
        originals = [:]
        for file in ["selection.json", "vendors/lingxi.json", "criteria/hris.json", "ratings/zhou-min.json", "pilots/lingxi.json", "pilots/lingxi.log.jsonl"] {
            originals[file] = manager.contents(atPath: directory + "/" + file)
        }
        atexit { try? FileManager.default.removeItem(atPath: (Scratch.shared.directory as NSString).deletingLastPathComponent) }
    }

    var originals: [String: Data]

    /// Writes `bytes` as `file` of the scratch workspace.
    func put(_ file: String, _ bytes: UnsafeRawBufferPointer) {
        let path = directory + "/" + file
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    }

    /// Puts back the sample's own `file` (or removes it when the sample has none).
    func restore(_ file: String) {
        let path = directory + "/" + file
        if let data = originals[file] { _ = FileManager.default.createFile(atPath: path, contents: data) }
        else { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Runs the CLI in-process on the scratch workspace; a crash is what the fuzzer looks for,
    /// and an exit code of 70 (internal error) is one too.
    @discardableResult
    func shortlist(_ arguments: [String], environment: [String: String] = [:]) -> CommandResult {
        var env = ["SHORTLIST_NOW": "2026-07-01T09:00:00Z", "SHORTLIST_USER": "fuzz", "SHORTLIST_CATALOGS": root + "/criteria"]
        env.merge(environment) { $1 }
        let result = CommandLineTool.execute(Invocation(arguments: arguments, environment: env, currentDirectory: directory))
        if result.exitCode == .internalError {
            say("internal error from shortlist \(arguments.joined(separator: " ")):\n\(result.stderr)")
            abort()
        }
        return result
    }
}

/// The number of values in a parsed document (walks every node the parser made).
func count(_ node: JSONNode) -> Int {
    switch node.value {
    case .object(let members): return 1 + members.reduce(0) { $0 + count($1.value) }
    case .array(let elements): return 1 + elements.reduce(0) { $0 + count($1) }
    default: return 1
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = UnsafeRawBufferPointer(start: data, count: size)
    let array = Array(bytes)
    let scratch = Scratch.shared
    let ws = scratch.directory
    switch scratch.target {
    case .json:
        if let node = try? JSONParser.parse(array) { _ = count(node) }
    case .csv:
        if let table = try? CSVReader.parse(array) { _ = table.rows.count }
    case .selection:
        scratch.put("selection.json", bytes)
        scratch.shortlist(["validate", ws])
        scratch.shortlist(["rank", ws])
        scratch.restore("selection.json")
    case .vendor:
        scratch.put("vendors/lingxi.json", bytes)
        scratch.shortlist(["validate", ws])
        scratch.restore("vendors/lingxi.json")
    case .catalog:
        scratch.put("criteria/hris.json", bytes)
        scratch.shortlist(["validate", ws])
        scratch.shortlist(["criteria", ws + "/criteria/hris.json"])
        scratch.restore("criteria/hris.json")
    case .ratings:
        scratch.put("ratings/zhou-min.json", bytes)
        scratch.shortlist(["validate", ws])
        scratch.restore("ratings/zhou-min.json")
    case .pilotPlan:
        scratch.put("pilots/lingxi.json", bytes)
        scratch.shortlist(["pilot", "status", ws])
        scratch.restore("pilots/lingxi.json")
    case .pilotLog:
        let contents = LogContents(parsing: array)
        _ = contents.lines.count
        scratch.put("pilots/lingxi.log.jsonl", bytes)
        scratch.shortlist(["pilot", "status", ws, "--format", "json"])
        scratch.restore("pilots/lingxi.log.jsonl")
    case .weightLock:
        scratch.put("weights.lock.json", bytes)
        scratch.shortlist(["validate", ws])
        scratch.restore("weights.lock.json")
    case .decision:
        scratch.put("decision.json", bytes)
        scratch.shortlist(["verify", ws])
        scratch.restore("decision.json")
    case .evaluation:
        scratch.put("vendors/yunqi.json", bytes)
        for format in ["table", "json", "csv", "markdown"] {
            scratch.shortlist(["rank", ws, "--format", format])
        }
        scratch.shortlist(["rank", ws, "--method", "all"])
        scratch.shortlist(["report", ws, "--format", "html"])
        scratch.shortlist(["report", ws, "--format", "markdown", "--lang", "zh"])
        scratch.shortlist(["explain", ws, "yunqi", "--against", "lingxi"])
        scratch.shortlist(["sensitivity", ws, "--samples", "200"])
        scratch.shortlist(["compare", ws])
        scratch.shortlist(["weights", ws])
        scratch.shortlist(["decide", ws, "--format", "json"])
        scratch.restore("vendors/yunqi.json")
        scratch.restore("decision.json")
    case .matrix:
        scratch.put("input.csv", bytes)
        scratch.shortlist(["ahp", ws + "/input.csv"])
        scratch.shortlist(["ahp", ws + "/input.csv", "--format", "json"])
        for normalization in ["minmax", "vector", "max", "sum"] {
            scratch.shortlist(["matrix", ws + "/input.csv", "--weights", "0.5,0.3,0.2", "--types", "+,-,+", "--method", "all", "--normalization", normalization])
        }
    }
    return 0
}

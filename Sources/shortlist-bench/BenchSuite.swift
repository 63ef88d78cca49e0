import Foundation
import ShortlistCLI
import ShortlistKit
#if canImport(Glibc)
import Glibc
#endif

/// Generates the workspaces and runs every measurement, reporting progress on stderr.
struct BenchSuite {
    let options: BenchOptions
    let progress: (String) -> Void

    /// The targets of the issue, for 10,000 vendors × 100 criteria.
    static let rankTarget = 3.0, scoringTarget = 0.3, retailTarget = 0.05
    /// Runs for the small, fast measurements (retail sample, spawn floor), whose medians need more samples.
    var smallRepeats: Int { max(options.repeats, 15) }

    func run() throws -> BenchResults {
        let manager = FileManager.default
        let environment = ProcessInfo.processInfo.environment
        let cwd = manager.currentDirectoryPath
        var root = options.keep ?? (NSTemporaryDirectory() + "/shortlist-bench-\(getpid())")
        if !root.hasPrefix("/") { root = cwd + "/" + root }
        root = URL(fileURLWithPath: root).standardizedFileURL.path
        try manager.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { if options.keep == nil { try? manager.removeItem(atPath: root) } }
        let n = options.vendors, m = options.criteria
        let scale = Double(n * m) / 1_000_000

        // All workspaces first: the main one, the N/4 and N/2 subsets (hard links) and the M/2 one.
        progress("generating \(n) dossiers × \(m) criteria in \(root) …")
        let start = Stopwatch.now()
        let main = try SyntheticWorkspace.generate(at: "\(root)/n\(n)-m\(m)", vendors: n, criteria: m, seed: options.seed)
        var results = BenchResults(options: options, workspace: main, generationSeconds: Double(Stopwatch.now() - start) / 1e9)
        progress("generating \(n) dossiers × \(m / 2) criteria and the \(n / 4)- and \(n / 2)-vendor subsets …")
        let half = try SyntheticWorkspace.generate(at: "\(root)/n\(n)-m\(m / 2)", vendors: n, criteria: m / 2, seed: options.seed)
        let subsets = try [n / 4, n / 2].map { try main.subset(at: "\(root)/n\($0)-m\(m)", vendors: $0) }
        let shortlist = Self.shortlistBinary(root: Self.repositoryRoot(cwd: cwd))
        results.shortlistBinary = shortlist
        let r = options.repeats
        let errorLog = root + "/stderr.txt"

        // Whole-command runs come first, while this process holds no large data: on this VM a second
        // process holding ~1.5 GB made the same `rank` run about 40 % slower (page faults on fresh memory).
        var rankInProcess = Timing(samples: [])
        var growthRanks: [Int: Timing] = [:]
        if let shortlist {
            progress("(e) rank --format json as a subprocess …")
            let rankProcess = try Subprocess.measure(r, shortlist, ["rank", main.directory, "--format", "json"], stderrPath: errorLog)
            results.stages.append(.init(key: "rankSubprocess", label: "(e) rank --format json, subprocess > /dev/null", timing: rankProcess, target: Self.rankTarget * scale))
            var usage = rusage()
            getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
            results.rankPeakKiB = Int(usage.ru_maxrss)
        } else {
            results.notes.append("no built shortlist binary found (run `swift build -c release`); subprocess stages skipped")
        }
        progress("(e) rank --format json in process …")
        rankInProcess = try rankTiming(main.directory, r, environment: environment, cwd: cwd, executable: shortlist, output: &results.jsonBytes)
        results.stages.append(.init(key: "rankInProcess", label: "(e) rank --format json, in process", timing: rankInProcess, target: Self.rankTarget * scale,
                                    note: "CommandLineTool.execute; output kept in memory"))
        progress("growth: rank at \(n / 4) and \(n / 2) vendors, \(m / 2) criteria …")
        var ignored = 0
        for workspace in subsets + [half] {
            growthRanks[workspace.vendors * 1_000_000 + workspace.criteria] = try rankTiming(workspace.directory, r, environment: environment, cwd: cwd, executable: shortlist, output: &ignored)
        }

        // (f): the retail sample, end to end.
        if let repo = Self.repositoryRoot(cwd: cwd) {
            let sample = repo + "/samples/retail-10-stores"
            if let shortlist {
                progress("(f) retail sample …")
                let retail = try Subprocess.measure(smallRepeats, shortlist, ["rank", sample], stderrPath: errorLog)
                results.stages.append(.init(key: "retailSubprocess", label: "(f) retail sample: shortlist rank, subprocess", timing: retail, target: Self.retailTarget,
                                            note: "median of \(smallRepeats)"))
                let floor = try Subprocess.measure(smallRepeats, "/bin/true", [], stderrPath: errorLog)
                results.stages.append(.init(key: "spawnFloor", label: "    process spawn floor: /bin/true via Process", timing: floor, note: "median of \(smallRepeats)"))
            }
            let inProcess = try Stopwatch.measure(smallRepeats) { () throws -> Int in
                let result = CommandLineTool.execute(Invocation(arguments: ["rank", sample], environment: environment, currentDirectory: cwd, executablePath: shortlist))
                guard result.exitCode == .success else { throw BenchError("rank \(sample) failed:\n\(result.stderr)") }
                return result.stdoutPieces.reduce(0) { $0 + $1.count }
            }.0
            results.stages.append(.init(key: "retailInProcess", label: "    retail sample: shortlist rank, in process", timing: inProcess, note: "median of \(smallRepeats)"))
        } else {
            results.notes.append("samples/retail-10-stores not found from #filePath or the current folder; (f) skipped")
        }

        // (a)–(d): the library's stages, one at a time, then scoring at the other sizes.
        let loader = WorkspaceLoader(catalogDirectories: WorkspaceLoader.defaultCatalogDirectories(workspace: main.directory, environment: environment, executablePath: shortlist, currentDirectory: cwd))
        try {
            progress("(a) load …")
            let (load, workspace) = try Stopwatch.measure(r) { try loader.load(main.directory) }
            progress("(b) scoring …")
            let (scoring, evaluation) = try Stopwatch.measure(r) { try Evaluation(workspace: workspace) }
            results.ranked = evaluation.ranking.ranked.count
            results.eliminated = evaluation.ranking.eliminated.count
            results.gaps = evaluation.ranking.gaps.count
            progress("(c) render JSON …")
            let renderJSON = Stopwatch.measure(r) { JSONRankingRenderer().render(evaluation, options: RenderOptions()).count }.0
            progress("(d) render table …")
            let (renderTable, tableBytes) = Stopwatch.measure(r) { TableRenderer().render(evaluation, options: RenderOptions()).count }
            results.tableBytes = tableBytes
            results.stages.insert(contentsOf: [
                .init(key: "load", label: "(a) load: WorkspaceLoader.load", timing: load),
                .init(key: "scoring", label: "(b) scoring: Evaluation(workspace:)", timing: scoring, target: Self.scoringTarget * scale),
                .init(key: "renderJSON", label: "(c) render JSON: JSONRankingRenderer", timing: renderJSON),
                .init(key: "renderTable", label: "(d) render table: TableRenderer", timing: renderTable),
            ], at: 0)

            progress("growth: scoring at \(n / 4) and \(n / 2) vendors …")
            var rows: [BenchResults.GrowthRow] = []
            for subset in subsets {
                var part = workspace
                part.vendors = Array(workspace.vendors.prefix(subset.vendors))
                let score = try Stopwatch.measure(r) { try Evaluation(workspace: part).ranking.ranked.count }.0
                rows.append(.init(vendors: subset.vendors, criteria: m, scoring: score, rank: growthRanks[subset.vendors * 1_000_000 + m]!))
            }
            let full = BenchResults.GrowthRow(vendors: n, criteria: m, scoring: scoring, rank: rankInProcess)
            results.growthByVendors = rows + [full]
            progress("growth: scoring at \(m / 2) criteria …")
            let halfWorkspace = try loader.load(half.directory)
            let halfScore = try Stopwatch.measure(r) { try Evaluation(workspace: halfWorkspace).ranking.ranked.count }.0
            results.growthByCriteria = [.init(vendors: n, criteria: m / 2, scoring: halfScore, rank: growthRanks[n * 1_000_000 + m / 2]!), full]
        }()
        Self.returnFreedMemory()

        // Baseline: Foundation's JSONSerialization against our parser, over the same bytes in memory.
        progress("baseline: parsing every dossier with JSONSerialization and JSONParser …")
        let files = main.vendorFiles
        let contents = try files.map { path throws -> [UInt8] in try FileReading.readBytes(path) }
        let datas = contents.map { Data($0) }
        let bytes = contents.reduce(0) { $0 + $1.count }
        let foundation = try Stopwatch.measure(r) { () throws -> Int in
            var objects = 0
            for data in datas where try JSONSerialization.jsonObject(with: data) is [String: Any] { objects += 1 }
            return objects
        }
        let parser = try Stopwatch.measure(r) { () throws -> Int in
            var objects = 0
            for content in contents {
                if case .object = try JSONParser.parse(content).value { objects += 1 }
            }
            return objects
        }
        guard foundation.1 == files.count, parser.1 == files.count else { throw BenchError("a dossier did not parse as a JSON object") }
        results.parse = .init(files: files.count, bytes: bytes, foundation: foundation.0, parser: parser.0)

        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        results.selfPeakKiB = Int(usage.ru_maxrss)
        if let keep = options.keep { results.notes.append("workspaces kept in \(keep)") }
        return results
    }

    /// Gives memory freed by the benchmark back to the system, so later runs start from the same state.
    static func returnFreedMemory() {
        #if canImport(Glibc)
        // glibc's malloc_trim(3), which the Glibc module does not import (it lives in <malloc.h>).
        typealias Trim = @convention(c) (Int) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
            _ = unsafeBitCast(symbol, to: Trim.self)(0)
        }
        #endif
    }

    /// Times `shortlist rank <directory> --format json` in process.
    private func rankTiming(_ directory: String, _ repeats: Int, environment: [String: String], cwd: String, executable: String?, output: inout Int) throws -> Timing {
        let (timing, bytes) = try Stopwatch.measure(repeats) { () throws -> Int in
            let result = CommandLineTool.execute(Invocation(arguments: ["rank", directory, "--format", "json"], environment: environment, currentDirectory: cwd, executablePath: executable))
            guard result.exitCode == .success else { throw BenchError("rank \(directory) failed (exit \(result.exitCode.rawValue)):\n\(result.stderr.prefix(2000))") }
            return result.stdoutPieces.reduce(0) { $0 + $1.count }
        }
        output = bytes
        Self.returnFreedMemory()
        return timing
    }

    /// The repository: three folders above this source file, or the current folder; it must hold the retail sample.
    static func repositoryRoot(cwd: String) -> String? {
        let fromSource = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        return [fromSource, cwd].first { FileManager.default.fileExists(atPath: $0 + "/samples/retail-10-stores/selection.json") }
    }

    /// The `shortlist` binary built beside this one, or in the repository's `.build/release`.
    static func shortlistBinary(root: String?) -> String? {
        var candidates: [String] = []
        if let me = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("shortlist").path)
        }
        if let root { candidates.append(root + "/.build/release/shortlist") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

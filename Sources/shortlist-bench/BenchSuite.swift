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
        let repo = Self.repositoryRoot(cwd: cwd)
        let shortlist = Self.shortlistBinary(root: repo)
        results.shortlistBinary = shortlist
        let r = options.repeats
        let errorLog = root + "/stderr.txt"

        // Whole-command runs come first, while this process holds no large data: on this VM a second
        // process holding ~1.5 GB made the same `rank` run about 40 % slower (page faults on fresh memory).
        if let shortlist {
            progress("(e) rank --format json as a subprocess …")
            let rankProcess = try Subprocess.measure(r, shortlist, ["rank", main.directory, "--format", "json"], stderrPath: errorLog)
            results.stages.append(.init(key: "rankSubprocess", label: "(e) rank --format json, subprocess > /dev/null", timing: rankProcess, target: Self.rankTarget * scale))
            var usage = rusage()
            getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
            results.rankPeakKiB = Int(usage.ru_maxrss)
            // (g): the decision board, whose page is bounded (20 traces, 20 charted vendors) whatever the vendor count.
            for (format, label) in [("html", "HTML"), ("markdown", "Markdown")] {
                progress("(g) report --format \(format) as a subprocess …")
                let report = try Subprocess.measure(r, shortlist, ["report", main.directory, "--format", format], stderrPath: errorLog)
                let ratio = NumberFormatting.fixed(report.median / rankProcess.median, 2)
                results.stages.append(.init(key: "report\(label)Subprocess", label: "(g) report --format \(format), subprocess > /dev/null", timing: report,
                                            note: "×\(ratio) the rank --format json of this run"))
            }
        } else {
            results.notes.append("no built shortlist binary found (run `swift build -c release`); subprocess stages skipped")
        }
        progress("(e) rank --format json in process …")
        let rankInProcess: Timing
        (rankInProcess, results.jsonBytes) = try rankTiming(main.directory, r, environment: environment, cwd: cwd, executable: shortlist)
        results.stages.append(.init(key: "rankInProcess", label: "(e) rank --format json, in process", timing: rankInProcess, target: Self.rankTarget * scale,
                                    note: "CommandLineTool.execute; output kept in memory"))
        progress("growth: rank at \(n / 4) and \(n / 2) vendors, \(m / 2) criteria …")
        let subsetRanks = try subsets.map { try rankTiming($0.directory, r, environment: environment, cwd: cwd, executable: shortlist).timing }
        let halfRank = try rankTiming(half.directory, r, environment: environment, cwd: cwd, executable: shortlist).timing

        // (f): the retail sample, end to end.
        if let repo {
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
            for (subset, rank) in zip(subsets, subsetRanks) {
                var part = workspace
                part.vendors = Array(workspace.vendors.prefix(subset.vendors))
                let score = try Stopwatch.measure(r) { try Evaluation(workspace: part).ranking.ranked.count }.0
                rows.append(.init(vendors: subset.vendors, criteria: m, scoring: score, rank: rank))
            }
            let full = BenchResults.GrowthRow(vendors: n, criteria: m, scoring: scoring, rank: rankInProcess)
            results.growthByVendors = rows + [full]
            progress("growth: scoring at \(m / 2) criteria …")
            let halfWorkspace = try loader.load(half.directory)
            let halfScore = try Stopwatch.measure(r) { try Evaluation(workspace: halfWorkspace).ranking.ranked.count }.0
            results.growthByCriteria = [.init(vendors: n, criteria: m / 2, scoring: halfScore, rank: halfRank), full]
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

    /// Times `shortlist rank <directory> --format json` in process; also returns the size of its output.
    private func rankTiming(_ directory: String, _ repeats: Int, environment: [String: String], cwd: String, executable: String?) throws -> (timing: Timing, bytes: Int) {
        let (timing, bytes) = try Stopwatch.measure(repeats) { () throws -> Int in
            let result = CommandLineTool.execute(Invocation(arguments: ["rank", directory, "--format", "json"], environment: environment, currentDirectory: cwd, executablePath: executable))
            guard result.exitCode == .success else { throw BenchError("rank \(directory) failed (exit \(result.exitCode.rawValue)):\n\(result.stderr.prefix(2000))") }
            return result.stdoutPieces.reduce(0) { $0 + $1.count }
        }
        Self.returnFreedMemory()
        return (timing, bytes)
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

// MARK: - SMAA-2

extension BenchSuite {
    /// Times `SMAA.run` (missing weight information, exact values) on generated problems, and the
    /// same algorithm in numpy (`smaa_numpy.py`, run with python3) on the same values.
    func runSMAA() throws -> SMAABenchResults {
        let manager = FileManager.default
        let directory = NSTemporaryDirectory() + "/shortlist-bench-smaa-\(getpid())"
        try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? manager.removeItem(atPath: directory) }
        let r = options.repeats, seed = options.seed
        let values = Self.smaaValues(alternatives: 50, criteria: 30, seed: seed)
        func part(_ n: Int, _ m: Int) -> [[Double]] { values.prefix(n).map { Array($0.prefix(m)) } }
        func problem(_ rows: [[Double]], uniformSpread: Double? = nil, weights: WeightInformation = .missing) throws -> SMAAProblem {
            let m = rows.first?.count ?? 0
            var spread = SplitMix64(seed: seed ^ 0x5EED)
            let cells = rows.map { row in row.map { x -> ScoreDistribution in
                guard let width = uniformSpread else { return .exact(x) }
                return .uniform(x - width * spread.unit(), x + width * spread.unit())
            } }
            return try SMAAProblem(alternatives: rows.indices.map { "v\($0)" }, criteria: (0..<m).map { "c\($0)" }, values: cells, weights: weights)
        }
        func swift(_ rows: [[Double]], _ samples: Int, repeats: Int = r) throws -> (Timing, SMAAResult) {
            let p = try problem(rows)
            return Stopwatch.measure(repeats) { SMAA.run(p, samples: samples, seed: seed) }
        }

        progress("SMAA-2: warming up (one untimed 1,000,000-sample run) …")
        _ = SMAA.run(try problem(values), samples: 1_000_000, seed: seed)
        progress("SMAA-2: 1,000,000 samples × 50 alternatives × 30 criteria …")
        let (mainTiming, mainResult) = try swift(values, 1_000_000, repeats: max(r, 5))  // cheap: more runs, a steadier median
        var results = SMAABenchResults(seed: seed, threads: ProcessInfo.processInfo.activeProcessorCount,
                                       main: .init(samples: 1_000_000, alternatives: 50, criteria: 30, swift: mainTiming))
        progress("SMAA-2: growth with samples, alternatives and criteria …")
        results.bySamples = try [250_000, 500_000].map { .init(samples: $0, alternatives: 50, criteria: 30, swift: try swift(values, $0).0) }
        results.byAlternatives = [.init(samples: 1_000_000, alternatives: 25, criteria: 30, swift: try swift(part(25, 30), 1_000_000).0)]
        results.byCriteria = [.init(samples: 1_000_000, alternatives: 50, criteria: 15, swift: try swift(part(50, 15), 1_000_000).0)]

        progress("SMAA-2: 100,000 samples × 3 × 11 …")
        let small = part(3, 11)
        let center = (0..<11).map { 1 + Double($0 % 4) }  // weights 1…4 as a user might give them
        let interactive = [
            ("exact values", try problem(small)),
            ("uniform values (±0.1 disagreement)", try problem(small, uniformSpread: 0.1)),
            ("exact values, weights ±25 % around 1…4", try problem(small, weights: .interval(center: center, relative: 0.25))),
            ("exact values, weights in the order of 1…4", try problem(small, weights: .ordinal(center.map { 5 - Int($0) }))),
        ]
        for (label, p) in interactive {
            let timing = Stopwatch.measure(smallRepeats) { SMAA.run(p, samples: 100_000, seed: seed) }.0
            results.interactive.append(.init(label: label, samples: 100_000, timing: timing))
        }

        // The numpy baseline, in the same job.
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("smaa_numpy.py").path
        guard manager.fileExists(atPath: script) else {
            results.notes.append("smaa_numpy.py not found beside \(#filePath); numpy baseline skipped")
            return results
        }
        let baseline = NumpyBaseline(script: script, directory: directory, environment: ProcessInfo.processInfo.environment)
        guard let version = baseline.version() else {
            results.notes.append("python3 with numpy not found (`python3 -c 'import numpy'` failed); numpy baseline skipped")
            return results
        }
        results.numpyVersion = version
        progress("SMAA-2: numpy \(version) baseline, 1,000,000 × 50 × 30, default BLAS threads and one BLAS thread …")
        let comparison = directory + "/numpy-result.json"
        let defaultThreads = try baseline.time(values, samples: 1_000_000, seed: seed, repeats: r, result: comparison)
        let oneThread = try baseline.singleThreaded.time(values, samples: 1_000_000, seed: seed, repeats: r, result: nil)
        results.numpyDefaultThreads = defaultThreads
        results.numpyOneThread = oneThread
        results.main.numpy = oneThread.median < defaultThreads.median ? oneThread : defaultThreads
        if let (a, w) = try Self.differences(mainResult, numpyResult: comparison) {
            results.acceptabilityDifference = a
            results.centralWeightDifference = w
        }
        // Every growth size in both BLAS configurations, the faster counting (OpenBLAS's waiting
        // threads compete with numpy itself for two cores, which can make either one slower).
        progress("SMAA-2: numpy growth …")
        func numpy(_ rows: [[Double]], _ samples: Int) throws -> Timing {
            let a = try baseline.time(rows, samples: samples, seed: seed, repeats: r, result: nil)
            let b = try baseline.singleThreaded.time(rows, samples: samples, seed: seed, repeats: r, result: nil)
            return a.median < b.median ? a : b
        }
        for k in results.bySamples.indices { results.bySamples[k].numpy = try numpy(values, results.bySamples[k].samples) }
        results.byAlternatives[0].numpy = try numpy(part(25, 30), 1_000_000)
        results.byCriteria[0].numpy = try numpy(part(50, 15), 1_000_000)
        return results
    }

    /// Partial values uniform on [0, 1), the same for the same seed (every smaller problem is a corner of this one).
    static func smaaValues(alternatives n: Int, criteria m: Int, seed: UInt64) -> [[Double]] {
        var generator = SplitMix64(seed: seed ^ 0x534D_4141)
        return (0..<n).map { _ in (0..<m).map { _ in generator.unit() } }
    }

    /// Largest |Swift − numpy| over the acceptabilities and over the central weights.
    static func differences(_ swift: SMAAResult, numpyResult path: String) throws -> (Double, Double)? {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let acceptability = object["acceptability"] as? [[Double]],
              let central = object["centralWeights"] as? [Any] else { return nil }
        var a = 0.0, w = 0.0
        for (i, row) in acceptability.enumerated() where i < swift.acceptability.count {
            for (k, x) in row.enumerated() where k < swift.acceptability[i].count { a = max(a, abs(x - swift.acceptability[i][k])) }
        }
        // Central weights only where both runs put the alternative first in at least 1 % of samples
        // (a mean over a handful of samples is noise, not a disagreement).
        for (i, entry) in central.enumerated() where i < swift.centralWeights.count && i < acceptability.count {
            guard let theirs = entry as? [Double], let ours = swift.centralWeights[i],
                  acceptability[i].first ?? 0 >= 0.01, swift.acceptability[i][0] >= 0.01 else { continue }
            for (c, x) in theirs.enumerated() where c < ours.count { w = max(w, abs(x - ours[c])) }
        }
        return (a, w)
    }
}

/// Runs `smaa_numpy.py` with python3 on a problem written to a text file.
struct NumpyBaseline {
    let script: String
    let directory: String
    let environment: [String: String]

    /// The same with one BLAS/OpenMP thread (on a small machine the BLAS threads can slow numpy down).
    var singleThreaded: NumpyBaseline {
        var single = environment
        for key in ["OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"] { single[key] = "1" }
        return NumpyBaseline(script: script, directory: directory, environment: single)
    }

    /// numpy's version, or nil when python3 or numpy is missing.
    func version() -> String? {
        guard let run = try? Subprocess.capture("/usr/bin/env", ["python3", "-c", "import numpy; print(numpy.__version__)"], environment: environment),
              run.status == 0 else { return nil }
        let version = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        return version.isEmpty ? nil : version
    }

    /// The script's own timings of `repeats` runs (interpreter start-up and file reading excluded).
    func time(_ values: [[Double]], samples: Int, seed: UInt64, repeats: Int, result: String?) throws -> Timing {
        let n = values.count, m = values.first?.count ?? 0
        let path = directory + "/problem-\(n)x\(m).txt"
        var text = "\(n) \(m)\n"
        for row in values { text += row.map { "\($0)" }.joined(separator: " ") + "\n" }  // shortest round-trip digits
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else { throw BenchError("cannot write \(path)") }
        let run = try Subprocess.capture("/usr/bin/env", ["python3", script, path, "\(samples)", "\(seed)", "\(repeats)"] + (result.map { [$0] } ?? []),
                                         environment: environment)
        guard run.status == 0,
              let line = run.stdout.split(separator: "\n").last,
              let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let seconds = object["seconds"] as? [Double], !seconds.isEmpty else {
            throw BenchError("python3 \(script) exited with status \(run.status):\n\(run.stderr.suffix(2000))")
        }
        return Timing(samples: seconds)
    }
}

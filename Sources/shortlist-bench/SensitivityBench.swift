import Foundation
import ShortlistCLI
import ShortlistKit

/// Times `shortlist sensitivity` with 1,000,000 samples on a synthetic 36-vendor, 11-group
/// workspace against the SMAA-2 kernel alone on the same problem, in the same run, and breaks the
/// difference down into its stages (load, scoring, the problem, the stability scans, rendering).
enum SensitivityBench {
    /// The workspace's shape and the run's size.
    static let vendors = 36, groups = 11, criteria = 44, samples = 1_000_000, seed: UInt64 = 1
    /// The command may take at most this multiple of its kernel (issue 12 §4).
    static let target = 1.3

    /// One measured stage.
    struct Stage {
        var label: String
        var timing: Timing
    }

    /// The measurements, and how many vendors the analysis compared.
    struct Results {
        var analysed = 0
        var kernel: Timing
        var commandInProcess: Timing
        var commandSubprocess: Timing?
        var stages: [Stage] = []
    }

    /// Generates the workspace (in a temporary folder, or `keep`) and measures, `repeats` runs each (median).
    static func run(repeats: Int, generatorSeed: UInt64, keep: String?, progress: (String) -> Void) throws -> Results {
        let manager = FileManager.default
        let environment = ProcessInfo.processInfo.environment, cwd = manager.currentDirectoryPath
        let root = keep ?? (NSTemporaryDirectory() + "/shortlist-bench-sensitivity-\(getpid())")
        try manager.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { if keep == nil { try? manager.removeItem(atPath: root) } }
        progress("generating \(vendors) dossiers, \(criteria) criteria in \(groups) groups …")
        let workspace = try SyntheticWorkspace.generate(at: root + "/sensitivity", vendors: vendors, criteria: criteria, seed: generatorSeed, groups: groups)
        let shortlist = BenchSuite.shortlistBinary(root: BenchSuite.repositoryRoot(cwd: cwd))
        let arguments = ["sensitivity", workspace.directory, "--samples", "\(samples)", "--seed", "\(seed)"]

        // The whole command first, as a subprocess and in process, then the kernel on the same problem.
        var subprocess: Timing?
        if let shortlist {
            progress("shortlist sensitivity as a subprocess …")
            subprocess = try Subprocess.measure(repeats, shortlist, arguments, stderrPath: root + "/stderr.txt")
        }
        progress("shortlist sensitivity in process …")
        let command = try Stopwatch.measure(repeats) { () throws -> Int in
            let result = CommandLineTool.execute(Invocation(arguments: arguments, environment: environment, currentDirectory: cwd, executablePath: shortlist))
            guard result.exitCode == .success else { throw BenchError("sensitivity failed (exit \(result.exitCode.rawValue)):\n\(result.stderr.prefix(2000))") }
            return result.stdoutPieces.reduce(0) { $0 + $1.count }
        }.0

        progress("the stages, one at a time …")
        let loader = WorkspaceLoader(catalogDirectories: WorkspaceLoader.defaultCatalogDirectories(workspace: workspace.directory, environment: environment, executablePath: shortlist, currentDirectory: cwd))
        let (load, loaded) = try Stopwatch.measure(repeats) { try loader.load(workspace.directory) }
        let (scoring, evaluation) = try Stopwatch.measure(repeats) { try Evaluation(workspace: loaded) }
        let (inputTiming, input) = try Stopwatch.measure(repeats) { try Sensitivity.input(evaluation: evaluation, level: .groups, mode: .ordinal, disagreement: false) }
        progress("the SMAA-2 kernel on the same problem (\(input.problem.alternatives.count) vendors × \(input.problem.criteria.count) groups) …")
        let kernel = Stopwatch.measure(repeats) { SMAA.run(input.problem, samples: samples, seed: seed) }.0
        let stability = Stopwatch.measure(repeats) { () -> Int in
            let matrix = input.matrix
            let intervals = WeightStability.intervals(matrix)
            let shift = WeightStability.smallestShift(matrix)
            let margins = OvertakingMargins.margins(vendor: 1, against: 0, in: matrix)
            return intervals.count + (shift == nil ? 0 : 1) + margins.count
        }.0
        let (analysis, sensitivity) = try Stopwatch.measure(repeats) { try Sensitivity(evaluation: evaluation, level: .groups, mode: .ordinal, samples: samples, seed: seed) }
        let render = Stopwatch.measure(repeats) { SensitivityReport(sensitivity).text.utf8.count }.0
        var results = Results(analysed: input.problem.alternatives.count, kernel: kernel, commandInProcess: command, commandSubprocess: subprocess)
        results.stages = [
            Stage(label: "load: WorkspaceLoader.load", timing: load),
            Stage(label: "scoring: Evaluation(workspace:)", timing: scoring),
            Stage(label: "the SMAA-2 problem: Sensitivity.input", timing: inputTiming),
            Stage(label: "stability intervals, smallest shift, runner-up margins", timing: stability),
            Stage(label: "Sensitivity(evaluation:…) in all (kernel + stability)", timing: analysis),
            Stage(label: "render: SensitivityReport.text", timing: render),
        ]
        return results
    }

    /// The report: the command against its kernel, then the stages.
    static func text(_ results: Results) -> String {
        func seconds(_ timing: Timing) -> String { NumberFormatting.fixed(timing.median, 3) + " s" }
        func ratio(_ timing: Timing) -> String { "×" + NumberFormatting.fixed(timing.median / results.kernel.median, 2) }
        var rows: [[String]] = [["", "median", "vs kernel"]]
        rows.append(["SMAA-2 kernel: SMAA.run on the command's problem", seconds(results.kernel), "×1.00"])
        rows.append(["shortlist sensitivity, in process", seconds(results.commandInProcess), ratio(results.commandInProcess)])
        if let sub = results.commandSubprocess { rows.append(["shortlist sensitivity, subprocess > /dev/null", seconds(sub), ratio(sub)]) }
        for stage in results.stages { rows.append(["  " + stage.label, seconds(stage.timing), ratio(stage.timing)]) }
        var out = "shortlist sensitivity --samples \(NumberFormatting.amount(Double(samples))) on \(vendors) vendors × \(groups) groups (\(criteria) criteria; \(results.analysed) analysed, ordinal weights)\n"
        let width = rows.map(\.[0].count).max() ?? 0
        for row in rows {
            out += "  " + row[0].padding(toLength: width, withPad: " ", startingAt: 0) + row[1].leftPadded(to: 10, with: " ") + row[2].leftPadded(to: 11, with: " ") + "\n"
        }
        let worst = results.commandSubprocess ?? results.commandInProcess
        let within = worst.median <= target * results.kernel.median
        out += "target: the command within ×\(NumberFormatting.short(target)) of its kernel — \(within ? "met" : "NOT met") (\(ratio(worst)))\n"
        return out
    }
}

import Foundation
import ShortlistKit

/// `shortlist sensitivity <workspace>`: how robust the choice is.
enum SensitivityCommand: Command {
    static let spec = CommandSpec(
        name: "sensitivity",
        summary: "How robust is the choice: SMAA-2 rank acceptabilities, exact weight-stability intervals, what it takes to overtake.",
        positionals: [PositionalSpec(name: "workspace", help: "The workspace folder.")],
        options: [
            OptionSpec(name: "samples", valueName: "n", help: "Weight samples (default 100000)."),
            OptionSpec(name: "seed", valueName: "s", help: "Random seed (default 1); the same seed gives the same numbers on any machine."),
            OptionSpec(name: "weights", valueName: "mode", help: "ordinal (any weights in the order of the given ones; default), uniform (no preference information) or around (within ±range of them; rejection sampling, slower with many groups)."),
            OptionSpec(name: "range", valueName: "percent", help: "The ± range for --weights around (default 25)."),
            OptionSpec(name: "level", valueName: "level", help: "Vary the weights of the top-level groups (default) or of every criterion.", allowedValues: Sensitivity.Level.allCases.map(\.rawValue)),
            OptionSpec(name: "disagreement", help: "Sample rated criteria between the lowest and highest evaluator rating (criteria level)."),
            OptionSpec(name: "scenario", valueName: "name", help: "Analyse under one of the weight scenarios of selection.json."),
            OptionSpec(name: "format", valueName: "format", help: "Output format.", allowedValues: ["table", "json"]),
            .language(),
        ],
        discussion: "SMAA-2 (Lahdelma & Salminen 2001) samples weights with xoshiro256** in fixed chunks, so results do not depend on the number of threads. The stability intervals are exact (closed form): each weight is varied with the others rescaled in proportion."
    )

    /// Draws a progress bar on standard error (a terminal).
    @Sendable static func drawProgress(_ fraction: Double) {
        let width = 30
        let filled = max(0, min(width, Int(fraction * Double(width))))
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(Int(fraction * 100))%".utf8))
    }

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        func number(_ name: String, _ fallback: Int, _ range: ClosedRange<Int>) throws -> Int {
            guard let text = arguments.value(name) else { return fallback }
            guard let n = Int(text), range.contains(n) else { throw UsageError("'--\(name)' expects a whole number from \(range.lowerBound) to \(range.upperBound), got '\(text)'") }
            return n
        }
        let samples = try number("samples", 100_000, 1...100_000_000)
        let seedText = arguments.value("seed") ?? "1"
        guard let seed = UInt64(seedText) else { throw UsageError("'--seed' expects a whole number ≥ 0, got '\(seedText)'") }
        let range = try number("range", 25, 1...100)
        let mode: Sensitivity.WeightMode
        switch arguments.value("weights") ?? "ordinal" {
        case "uniform": mode = .uniform
        case "ordinal": mode = .ordinal
        case "around": mode = .around(Double(range) / 100)
        case let other:
            let words = ["uniform", "ordinal", "around"]
            throw UsageError("'--weights' expects one of uniform, ordinal, around; got '\(other)'" + NearestMatch.didYouMean(other, among: words, quoted: { "'\($0)'" }))
        }
        let level = arguments.value("level").flatMap(Sensitivity.Level.init(rawValue:)) ?? .groups
        let evaluation = try evaluate(arguments, invocation)
        let incomplete = evaluation.ranking.incomplete
        guard evaluation.ranking.comparable.count >= 2 else {
            throw CommandFailure("fewer than two vendors pass the gates" + (incomplete.isEmpty ? "" : " with enough coverage (\(incomplete.count) incomplete)") + "; there is nothing to compare")
        }
        if !incomplete.isEmpty {
            output.note(NoteWording.incompleteLeftOut(incomplete.map { ($0.vendorID, NumberFormatting.percent($0.coverage)) }).text(in: arguments.language))
        }
        // A progress bar on a terminal for long runs.
        let showProgress = invocation.stderrIsTerminal && samples >= 1_000_000
        let progress: (@Sendable (Double) -> Void)? = showProgress ? Self.drawProgress : nil
        let analysis: Sensitivity
        do {
            analysis = try Sensitivity(evaluation: evaluation, level: level, mode: mode, samples: samples, seed: seed, disagreement: arguments.flag("disagreement"), progress: progress)
        } catch {
            throw CommandFailure(error.description)
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let report = SensitivityReport(analysis)
        if arguments.value("format") == "json" { output.write(report.json) } else { output.print(report.text(in: arguments.language)) }
        return .success
    }
}

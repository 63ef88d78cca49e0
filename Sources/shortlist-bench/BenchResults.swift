/// Everything one benchmark run measured.
struct BenchResults {
    /// One timed stage, with the target of the issue when it has one.
    struct Stage {
        var key: String
        var label: String
        var timing: Timing
        /// The target in seconds (scaled to the run's size when it differs from 10,000 × 100).
        var target: Double?
        var note: String?
    }

    /// Scoring and whole-rank time at one workspace size.
    struct GrowthRow {
        var vendors: Int
        var criteria: Int
        var scoring: Timing
        var rank: Timing
        /// Vendor × criterion pairs.
        var pairs: Int { vendors * criteria }
        func nanosecondsPerPair(_ timing: Timing) -> Double { timing.median / Double(pairs) * 1e9 }
    }

    /// The JSON-parsing baseline over every dossier file.
    struct ParseBaseline {
        var files: Int
        var bytes: Int
        var foundation: Timing
        var parser: Timing
        func bytesPerSecond(_ timing: Timing) -> Double { Double(bytes) / timing.median }
        /// How many times faster `JSONParser.parse` is than `JSONSerialization`.
        var speedup: Double { foundation.median / parser.median }
    }

    var options: BenchOptions
    var workspace: SyntheticWorkspace
    var generationSeconds: Double
    var ranked = 0
    var eliminated = 0
    var gaps = 0
    var jsonBytes = 0
    var tableBytes = 0
    var stages: [Stage] = []
    var parse: ParseBaseline?
    var growthByVendors: [GrowthRow] = []
    var growthByCriteria: [GrowthRow] = []
    /// Peak resident memory of the `rank --format json` subprocess, in KiB.
    var rankPeakKiB: Int?
    /// Peak resident memory of the benchmark process, in KiB.
    var selfPeakKiB = 0
    var shortlistBinary: String?
    var notes: [String] = []

    /// Whether the run has the size the targets were set for.
    var atReferenceSize: Bool { workspace.vendors == 10_000 && workspace.criteria == 100 }
}

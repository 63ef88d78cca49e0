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

/// What the SMAA-2 benchmark measured: ShortlistKit's `SMAA.run` against the numpy baseline.
struct SMAABenchResults {
    /// One problem size, timed in Swift and (when numpy is there) in numpy.
    struct Case {
        var samples: Int
        var alternatives: Int
        var criteria: Int
        var swift: Timing
        var numpy: Timing?
        /// How many times faster Swift is than numpy (median over median).
        var speedup: Double? { numpy.map { $0.median / swift.median } }
        /// Swift nanoseconds per weight sample.
        var nanosecondsPerSample: Double { swift.median / Double(samples) * 1e9 }
    }

    /// An interactive-size run.
    struct Interactive {
        var label: String
        var samples: Int
        var timing: Timing
    }

    /// The targets of the issue: the 1M × 50 × 30 case under 1 s, at least 5× numpy; interactive under 150 ms.
    static let mainTarget = 1.0, speedupTarget = 5.0, interactiveTarget = 0.15

    var seed: UInt64
    var threads: Int
    /// 1,000,000 samples × 50 × 30.
    var main: Case
    /// Growth with samples (250k, 500k, 1M at 50 × 30).
    var bySamples: [Case] = []
    /// Growth with alternatives (25, 50 at 1M × 30).
    var byAlternatives: [Case] = []
    /// Growth with criteria (15, 30 at 1M × 50).
    var byCriteria: [Case] = []
    var interactive: [Interactive] = []
    /// numpy's version, or nil when the baseline could not run.
    var numpyVersion: String?
    /// The main case in numpy with the BLAS library's default threads, and with one BLAS thread.
    var numpyDefaultThreads: Timing?
    var numpyOneThread: Timing?
    /// Largest |Swift − numpy| over the acceptability matrix and over the central weights of the main case.
    var acceptabilityDifference: Double?
    var centralWeightDifference: Double?
    var notes: [String] = []
}

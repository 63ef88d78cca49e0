/// The command line of `shortlist-bench`.
struct BenchOptions {
    var vendors = 10_000
    var criteria = 100
    var repeats = 3
    var keep: String?
    var json = false
    var seed: UInt64 = 2026
    var help = false
    /// Run only the SMAA-2 benchmark (no workspace is generated).
    var smaaOnly = false
    /// Leave the SMAA-2 benchmark out.
    var skipSMAA = false
    /// Run only the DEFLATE inflate benchmark against Python's zlib.
    var inflateOnly = false
    /// Run only the `rfi import` benchmark (a response of about 300 questions).
    var rfiOnly = false

    static let usage = """
    USAGE: shortlist-bench [--vendors N] [--criteria M] [--repeat R] [--keep DIR] [--seed S] [--json] [--smaa-only | --no-smaa | --inflate | --rfi]

    Generates a synthetic workspace (N vendor dossiers, a catalog of M criteria in about ten groups,
    five gates; the same files for the same seed), then times loading, scoring, rendering and the
    whole `shortlist rank --format json` (in process and as the built binary), the retail sample
    end to end, a JSONSerialization baseline and the growth of time with N and M. Then times SMAA-2
    (1,000,000 weight samples × 50 alternatives × 30 criteria, and its growth) against the numpy
    baseline Sources/shortlist-bench/smaa_numpy.py run with python3 in the same job, and 100,000
    samples on a 3 × 11 problem.
    Build with `swift build -c release` first: the subprocess runs use .build/release/shortlist.

    OPTIONS:
      --vendors N    vendor dossiers (default 10000, at least 4)
      --criteria M   criteria in the catalog (default 100, at least 2)
      --repeat R     runs per measurement; the median is reported (default 3)
      --keep DIR     write the workspaces into DIR and keep them (default: a temporary folder, removed)
      --seed S       seed of the generator (default 2026)
      --json         print the report as JSON
      --smaa-only    run only the SMAA-2 benchmark
      --no-smaa      leave the SMAA-2 benchmark out
      --inflate      run only the DEFLATE inflate of the .xlsx reader against python3's zlib
      --rfi          run only `rfi import` of a response of about 300 questions (target < 50 ms)
      -h, --help     show this help

    """

    /// Parses `arguments` (without the program name).
    static func parse(_ arguments: [String]) throws -> BenchOptions {
        var options = BenchOptions()
        var i = 0
        func value(_ name: String, inline: String?) throws -> String {
            if let inline { return inline }
            i += 1
            guard i < arguments.count else { throw BenchUsageError("missing value for \(name)") }
            return arguments[i]
        }
        func integer(_ name: String, _ text: String, minimum: Int) throws -> Int {
            guard let n = Int(text.replacingOccurrences(of: "_", with: "")), n >= minimum else {
                throw BenchUsageError("\(name) needs a whole number ≥ \(minimum), found '\(text)'")
            }
            return n
        }
        while i < arguments.count {
            let argument = arguments[i]
            let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts[0], inline = parts.count > 1 ? parts[1] : nil
            switch name {
            case "--vendors": options.vendors = try integer(name, value(name, inline: inline), minimum: 4)
            case "--criteria": options.criteria = try integer(name, value(name, inline: inline), minimum: 2)
            case "--repeat": options.repeats = try integer(name, value(name, inline: inline), minimum: 1)
            case "--seed": options.seed = UInt64(try integer(name, value(name, inline: inline), minimum: 0))
            case "--keep": options.keep = try value(name, inline: inline)
            case "--json": options.json = true
            case "--smaa-only": options.smaaOnly = true
            case "--no-smaa": options.skipSMAA = true
            case "--inflate": options.inflateOnly = true
            case "--rfi": options.rfiOnly = true
            case "-h", "--help": options.help = true
            default:
                let known = ["--vendors", "--criteria", "--repeat", "--keep", "--seed", "--json", "--smaa-only", "--no-smaa", "--inflate", "--rfi", "--help"]
                var message = name.hasPrefix("-") ? "unknown option '\(name)'" : "unexpected argument '\(name)'"
                if let near = known.min(by: { editDistance($0, name) < editDistance($1, name) }), editDistance(near, name) <= 3 {
                    message += "; did you mean '\(near)'?"
                }
                throw BenchUsageError(message)
            }
            i += 1
        }
        if options.smaaOnly && options.skipSMAA { throw BenchUsageError("--smaa-only and --no-smaa exclude each other") }
        return options
    }
}

/// A wrong command line (exit 64).
struct BenchUsageError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

/// Levenshtein distance, for "did you mean".
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    var row = Array(0...b.count)
    for i in 1...max(1, a.count) where !a.isEmpty {
        var previous = row[0]
        row[0] = i
        for j in 1...max(1, b.count) where !b.isEmpty {
            let current = row[j]
            row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
            previous = current
        }
    }
    return a.isEmpty ? b.count : row[b.count]
}

/// The largest input of each kind that Shortlist reads, checked before anything is allocated.
///
/// The defaults are far above any real evaluation (the 2,000-vendor benchmark workspace is
/// about 15 MB) and far below what exhausts a machine's memory. Each can be raised (or lowered)
/// with an environment variable holding a number of bytes, optionally with a `K`, `M` or `G`
/// suffix (powers of 1,024): `SHORTLIST_MAX_JSON_BYTES`, `SHORTLIST_MAX_CSV_BYTES`,
/// `SHORTLIST_MAX_LOG_BYTES`.
public struct InputLimits: Sendable, Equatable {
    /// The kinds of input file, each with its own limit.
    public enum Kind: String, Sendable, CaseIterable {
        /// A JSON document: selection, catalog, dossier, ratings, pilot plan, lock, decision record.
        case json
        /// A CSV file: a scoring sheet, an AHP matrix, a decision matrix.
        case csv
        /// A pilot log (JSON Lines, append-only).
        case log

        /// The environment variable that overrides the limit.
        public var variable: String { "SHORTLIST_MAX_\(rawValue.uppercased())_BYTES" }

        /// The name used in messages.
        var noun: String {
            switch self {
            case .json: "JSON"
            case .csv: "CSV"
            case .log: "pilot log"
            }
        }
    }

    /// The limit for JSON documents: 64 MiB.
    public var json = 64 << 20
    /// The limit for CSV files: 256 MiB.
    public var csv = 256 << 20
    /// The limit for pilot logs: 256 MiB.
    public var log = 256 << 20

    /// The default limits.
    public init() {}

    /// The limits after the environment's overrides; an override that is not a positive number
    /// of bytes is reported in `problems` and the default kept.
    public init(environment: [String: String]) {
        for kind in Kind.allCases {
            guard let text = environment[kind.variable] else { continue }
            if let bytes = Self.parseSize(text) { self[kind] = bytes } else {
                problems.append("\(kind.variable)=\(text) is not a size in bytes such as 67108864, 64M or 1G (the default is \(Self.describe(self[kind])))")
            }
        }
    }

    /// Overrides that could not be read, as sentences.
    public var problems: [String] = []

    /// The limit for one kind of file.
    public subscript(kind: Kind) -> Int {
        get {
            switch kind {
            case .json: json
            case .csv: csv
            case .log: log
            }
        }
        set {
            switch kind {
            case .json: json = newValue
            case .csv: csv = newValue
            case .log: log = newValue
            }
        }
    }

    /// Why a file of `size` bytes is refused as `kind`.
    /// - Parameter size: The file's size, or nil when it grew past the limit while being read.
    func tooLarge(_ size: Int?, kind: Kind) -> String {
        "the file is \(size.map(Self.describe) ?? "over the limit") and the limit for a \(kind.noun) input is \(Self.describe(self[kind])) (set \(kind.variable) to raise it)"
    }

    /// A positive byte count with an optional K, M or G suffix (powers of 1,024); nil otherwise.
    static func parseSize(_ text: String) -> Int? {
        var digits = Substring(text)
        var shift = 0
        switch digits.last {
        case "K", "k": shift = 10
        case "M", "m": shift = 20
        case "G", "g": shift = 30
        default: break
        }
        if shift > 0 { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int(digits), value > 0,
              value <= Int.max >> shift else { return nil }
        return value << shift
    }

    /// A size as people read it: "812 bytes", "64 MiB", "64.0 GiB".
    static func describe(_ bytes: Int) -> String {
        let units: [(Int, String)] = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
        for (size, unit) in units where bytes >= size {
            if bytes % size == 0 { return "\(bytes / size) \(unit)" }
            let tenths = Int((Double(bytes) / Double(size) * 10).rounded())
            return "\(tenths / 10).\(tenths % 10) \(unit)"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}

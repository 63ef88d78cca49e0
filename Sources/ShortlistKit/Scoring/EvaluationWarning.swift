/// Something a reviewer of a ranking should know, as a value: rank-reversal risk, weight overrides,
/// ties, incomplete vendors, moved locked weights, problems found while loading.
///
/// Each case carries the ids and numbers it is about; ``text`` writes it in English and Chinese
/// with the same numbers, and ``kind`` names the case in JSON output.
public enum EvaluationWarning: Sendable, Equatable {
    /// A warning found while loading the workspace (file, place and message).
    case load(Diagnostic)
    /// Leaving out one bid would change the order of two others under a relative price formula.
    case rankReversal(RankReversal)
    /// Criteria no vendor has answered are left out for every vendor, counted by top-level group.
    case unanswered(count: Int, groups: [GroupCount], catalog: String)
    /// `selection.json` overrides a catalog weight.
    case weightOverride(criterion: String, weight: Double, catalogWeight: Double)
    /// Vendors tie at a rank (to within rounding).
    case tie(rank: Int, vendors: [String], score: Double)
    /// Every vendor is knocked out.
    case noVendorPasses
    /// Vendors scored on too little of the weight: not ranked, or ranked and marked with `--allow-incomplete`.
    case incomplete(vendors: [VendorCoverage], minimum: Double, lagPoints: Double, best: Double, rankedAnyway: Bool)
    /// A weight frozen in `weights.lock.json` has moved.
    case lockedWeightChanged(WeightLockChange)

    /// How many criteria of one top-level group a warning counts.
    public struct GroupCount: Sendable, Equatable {
        /// The group's id.
        public var group: String
        /// How many of its criteria.
        public var count: Int
        /// Creates a count.
        public init(group: String, count: Int) { self.group = group; self.count = count }
    }

    /// A vendor and the share of the weight its score rests on.
    public struct VendorCoverage: Sendable, Equatable {
        /// The vendor's id.
        public var vendor: String
        /// Its coverage, 0–1.
        public var coverage: Double
        /// Creates an entry.
        public init(vendor: String, coverage: Double) { self.vendor = vendor; self.coverage = coverage }
    }

    /// One rank reversal found by leaving out one bid: the two vendors that change order, their
    /// scores with and without the bid, and the relative formulas responsible.
    public struct RankReversal: Sendable, Equatable {
        /// The vendor whose bid is left out.
        public var removed: String
        /// The vendor now ranked lower that would rank above `upper`.
        public var lower: String
        /// The vendor now ranked higher.
        public var upper: String
        /// Their scores without the bid: lower's, then upper's.
        public var scoresWithout: [Double]
        /// Their scores now: lower's, then upper's.
        public var scoresNow: [Double]
        /// The relative price formulas, as method name and criterion id.
        public var formulas: [Formula]

        /// A relative price formula of a criterion.
        public struct Formula: Sendable, Equatable {
            /// The method's name, e.g. `lowestPrice`.
            public var method: String
            /// The criterion's id.
            public var criterion: String
            /// Creates a formula reference.
            public init(method: String, criterion: String) { self.method = method; self.criterion = criterion }
        }

        /// Creates a rank reversal.
        public init(removed: String, lower: String, upper: String, scoresWithout: [Double], scoresNow: [Double], formulas: [Formula]) {
            self.removed = removed
            self.lower = lower
            self.upper = upper
            self.scoresWithout = scoresWithout
            self.scoresNow = scoresNow
            self.formulas = formulas
        }
    }

    /// The case's name in JSON output: `load`, `rankReversal`, `unanswered`, `weightOverride`, `tie`,
    /// `noVendorPasses`, `incomplete`, `lockedWeightChanged`.
    public var kind: String {
        switch self {
        case .load: return "load"
        case .rankReversal: return "rankReversal"
        case .unanswered: return "unanswered"
        case .weightOverride: return "weightOverride"
        case .tie: return "tie"
        case .noVendorPasses: return "noVendorPasses"
        case .incomplete: return "incomplete"
        case .lockedWeightChanged: return "lockedWeightChanged"
        }
    }

    /// The warning in `language`.
    public func text(in language: Language) -> String { text.text(in: language) }

    /// The warning in English and Chinese, side by side (`MessageWording`).
    public var text: LocalizedText {
        switch self {
        case .load(let diagnostic): return LocalizedText(en: diagnostic.description, zh: diagnostic.description)
        case .rankReversal(let r): return MessageWording.rankReversal(r)
        case .unanswered(let count, let groups, let catalog): return MessageWording.unanswered(count, groups: groups, catalog: catalog)
        case .weightOverride(let criterion, let weight, let catalogWeight): return MessageWording.weightOverride(criterion, weight: weight, catalogWeight: catalogWeight)
        case .tie(let rank, let vendors, let score): return MessageWording.tie(rank: rank, vendors: vendors, score: score)
        case .noVendorPasses: return MessageWording.noVendorPasses
        case .incomplete(let vendors, let minimum, let lag, let best, let rankedAnyway):
            return MessageWording.incomplete(vendors, minimum: minimum, lagPoints: lag, best: best, rankedAnyway: rankedAnyway)
        case .lockedWeightChanged(let change): return MessageWording.lockedWeightChanged(change.text)
        }
    }
}

extension EvaluationWarning: CustomStringConvertible {
    /// The warning in English, as the reports have always written it.
    public var description: String { text.en }
}

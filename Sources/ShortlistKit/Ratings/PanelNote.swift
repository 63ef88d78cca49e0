/// Something about the evaluator panel a reviewer should know, as a value: declared conflicts of
/// interest, evaluators' offsets, missing ratings, recorded overrides, dossier values used instead
/// of panel ratings.
///
/// Each case carries the ids and numbers it is about; ``text`` writes it in English and Chinese,
/// and ``kind`` names the case in JSON output.
public enum PanelNote: Sendable, Equatable {
    /// An evaluator declared a conflict of interest with a vendor; the ratings of it (criteria) are excluded.
    case conflict(evaluator: String, vendor: String, reason: String, criteria: [String])
    /// An evaluator's offset from the rest of the panel.
    case calibration(Calibration)
    /// Evaluators who gave no rating for a cell; the consensus is of the others.
    case missingRatings(vendor: String, criterion: String, missing: [String], consensusOf: Int)
    /// A recorded override of a cell's consensus.
    case override(vendor: String, criterion: String, value: Double, by: String?, computed: Double?, reason: String)
    /// No panel rating for a cell, so the dossier's value of the fact is used.
    case dossierFallback(vendor: String, criterion: String, fact: String)

    /// One evaluator's offset, as the panel note says it.
    public struct Calibration: Sendable, Equatable {
        /// The evaluator's id.
        public var evaluator: String
        /// The mean offset as a share of the scale (positive: lenient), or nil when no cell is shared.
        public var offset: Double?
        /// How many cells the evaluator shares with the rest of the panel.
        public var sharedCells: Int
        /// Lenient or severe, when the offset reaches the threshold.
        public var flag: EvaluatorCalibration.Flag?
        /// The threshold of a flag, as a share of the scale.
        public var threshold: Double
        /// Whether `panel.calibrate` removes the offset.
        public var calibrated: Bool
        /// The common scale of the rating criteria (minimum, maximum), or nil when they differ.
        public var scale: [Double]?

        /// Creates a calibration note.
        public init(evaluator: String, offset: Double?, sharedCells: Int, flag: EvaluatorCalibration.Flag?, threshold: Double, calibrated: Bool, scale: [Double]?) {
            self.evaluator = evaluator
            self.offset = offset
            self.sharedCells = sharedCells
            self.flag = flag
            self.threshold = threshold
            self.calibrated = calibrated
            self.scale = scale
        }
    }

    /// The case's name in JSON output: `conflict`, `calibration`, `missingRatings`, `override`, `dossierFallback`.
    public var kind: String {
        switch self {
        case .conflict: return "conflict"
        case .calibration: return "calibration"
        case .missingRatings: return "missingRatings"
        case .override: return "override"
        case .dossierFallback: return "dossierFallback"
        }
    }

    /// The note in `language`.
    public func text(in language: Language) -> String { text.text(in: language) }

    /// The note in English and Chinese, side by side (`MessageWording`).
    public var text: LocalizedText {
        switch self {
        case .conflict(let evaluator, let vendor, let reason, let criteria):
            return MessageWording.conflict(evaluator: evaluator, vendor: vendor, reason: reason, criteria: criteria)
        case .calibration(let c): return MessageWording.calibration(c)
        case .missingRatings(let vendor, let criterion, let missing, let count):
            return MessageWording.missingRatings(vendor: vendor, criterion: criterion, missing: missing, consensusOf: count)
        case .override(let vendor, let criterion, let value, let by, let computed, let reason):
            return MessageWording.override(vendor: vendor, criterion: criterion, value: value, by: by, computed: computed, reason: reason)
        case .dossierFallback(let vendor, let criterion, let fact): return MessageWording.dossierFallback(vendor: vendor, criterion: criterion, fact: fact)
        }
    }
}

extension PanelNote: CustomStringConvertible {
    /// The note in English, as the reports have always written it.
    public var description: String { text.en }
}

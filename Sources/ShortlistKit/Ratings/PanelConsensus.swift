/// The panel's view of one vendor on one rated criterion.
public struct PanelCell: Sendable, Equatable {
    /// One evaluator's contribution.
    public struct Entry: Sendable, Equatable {
        /// The evaluator.
        public var evaluator: String
        /// The rating as given.
        public var value: Double
        /// The rating after calibration (equal to `value` without calibration).
        public var used: Double
        /// The evaluator's comment.
        public var comment: String?
    }

    /// The vendor's id.
    public var vendor: String
    /// The criterion's id.
    public var criterion: String
    /// The ratings that count, in evaluator order.
    public var entries: [Entry]
    /// Ratings left out because the evaluator declared a conflict of interest: evaluator and reason.
    public var excluded: [(evaluator: String, reason: String)]
    /// Evaluators without a conflict who did not rate this vendor on this criterion.
    public var missing: [String]
    /// The computed consensus of the entries, or nil when nobody rated.
    public var computed: Double?
    /// The recorded override, when there is one.
    public var override: ConsensusOverride?
    /// max − min of the values used.
    public var spread: Double
    /// Whether the spread reaches the panel's disagreement threshold.
    public var disagreement: Bool

    /// The value that counts: the override, or the computed consensus.
    public var consensus: Double? { override?.value ?? computed }

    public static func == (a: PanelCell, b: PanelCell) -> Bool {
        a.vendor == b.vendor && a.criterion == b.criterion && a.entries == b.entries
            && a.excluded.map(\.evaluator) == b.excluded.map(\.evaluator) && a.excluded.map(\.reason) == b.excluded.map(\.reason)
            && a.missing == b.missing && a.computed == b.computed && a.override == b.override && a.spread == b.spread && a.disagreement == b.disagreement
    }
}

/// Combines evaluator ratings into one value per vendor and rated criterion.
///
/// Consensus is the mean by default (a blank is not a zero: only given ratings count), or the
/// median, or a trimmed mean. With calibration, each evaluator's ratings are first turned into
/// z-scores against that evaluator's own mean and standard deviation, then rescaled to the
/// panel's mean and standard deviation (all on the 0–1 share of the scale):
/// `x' = μ_panel + σ_panel · (x − μ_e) / σ_e`, clamped to the scale; an evaluator whose ratings
/// are all equal (σ_e = 0) is only shifted, `x' = x − μ_e + μ_panel`.
public struct PanelConsensus: Sendable {
    /// A criterion rated by the panel, with its scale.
    public struct RatedCriterion: Sendable, Equatable {
        /// The criterion's id.
        public var id: String
        /// Its scale.
        public var scale: RatingScale

        /// Creates one.
        public init(id: String, scale: RatingScale) {
            self.id = id
            self.scale = scale
        }
    }

    /// Every vendor × rated criterion that has ratings, an override or missing ratings, keyed by "vendor/criterion".
    public let cells: [String: PanelCell]
    /// The evaluators, in file order.
    public let evaluators: [String]

    /// The cell for a vendor and criterion.
    public func cell(vendor: String, criterion: String) -> PanelCell? { cells[vendor + "/" + criterion] }

    /// Computes the panel's consensus.
    public init(sheets: [EvaluatorSheet], settings: PanelSettings, criteria: [RatedCriterion], vendors: [String]) {
        evaluators = sheets.map(\.evaluator)
        // Without ratings or overrides no cell has anything to show.
        guard !sheets.isEmpty || !settings.overrides.isEmpty else {
            cells = [:]
            return
        }
        let scales = Dictionary(criteria.map { ($0.id, $0.scale) }, uniquingKeysWith: { a, _ in a })
        func share(_ value: Double, _ criterion: String) -> Double {
            guard let scale = scales[criterion] else { return 0 }
            return (value - scale.min) / (scale.max - scale.min)
        }
        func conflict(_ sheet: EvaluatorSheet, _ vendor: String) -> ConflictDeclaration? { sheet.conflicts.first { $0.vendor == vendor } }

        // Calibration parameters on the 0–1 share of each scale, over ratings that count.
        var calibration: [String: (mean: Double, sd: Double)] = [:]
        var panelMean = 0.0, panelSD = 0.0
        if settings.calibrate {
            let counted = sheets.map { sheet in sheet.ratings.filter { conflict(sheet, $0.vendor) == nil && scales[$0.criterion] != nil }.map { share($0.value, $0.criterion) } }
            let all = counted.flatMap { $0 }
            (panelMean, panelSD) = Self.meanAndDeviation(all)
            for (sheet, values) in zip(sheets, counted) where values.count >= 2 {
                calibration[sheet.evaluator] = Self.meanAndDeviation(values)
            }
        }
        func used(_ rating: Rating) -> Double {
            guard settings.calibrate, let own = calibration[rating.evaluator], let scale = scales[rating.criterion] else { return rating.value }
            let x = share(rating.value, rating.criterion)
            let adjusted = own.sd > 0 ? panelMean + panelSD * (x - own.mean) / own.sd : x - own.mean + panelMean
            return scale.min + min(1, max(0, adjusted)) * (scale.max - scale.min)
        }

        // Each sheet's ratings and the overrides by "vendor/criterion" (the first one counts), so that
        // a cell is found without scanning every rating of every sheet.
        func index<T>(_ list: [T], _ key: (T) -> String) -> [String: T] { Dictionary(list.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first }) }
        let ratingsByCell = sheets.map { index($0.ratings) { $0.vendor + "/" + $0.criterion } }
        let overrides = index(settings.overrides) { $0.vendor + "/" + $0.criterion }

        var cells: [String: PanelCell] = [:]
        for vendor in vendors {
            for criterion in criteria {
                let key = vendor + "/" + criterion.id
                var entries: [PanelCell.Entry] = []
                var excluded: [(evaluator: String, reason: String)] = []
                var missing: [String] = []
                for (sheet, ratings) in zip(sheets, ratingsByCell) {
                    let rating = ratings[key]
                    if let declared = conflict(sheet, vendor) {
                        if rating != nil { excluded.append((sheet.evaluator, declared.reason)) }
                        continue
                    }
                    guard let rating else {
                        missing.append(sheet.evaluator)
                        continue
                    }
                    entries.append(PanelCell.Entry(evaluator: sheet.evaluator, value: rating.value, used: used(rating), comment: rating.comment))
                }
                let override = overrides[key]
                guard !entries.isEmpty || override != nil || !excluded.isEmpty || (!missing.isEmpty && missing.count < sheets.count) else { continue }
                let values = entries.map(\.used)
                let spread = (values.max() ?? 0) - (values.min() ?? 0)
                let range = criterion.scale.max - criterion.scale.min
                cells[key] = PanelCell(
                    vendor: vendor, criterion: criterion.id, entries: entries, excluded: excluded, missing: missing,
                    computed: values.isEmpty ? nil : Self.combine(values, settings.consensus),
                    override: override, spread: spread,
                    disagreement: values.count >= 2 && spread >= settings.disagreementThreshold * range - 1e-9)
            }
        }
        self.cells = cells
    }

    /// The mean and population standard deviation of `values`.
    static func meanAndDeviation(_ values: [Double]) -> (mean: Double, sd: Double) {
        guard !values.isEmpty else { return (0, 0) }
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        return (mean, variance.squareRoot())
    }

    /// Combines non-empty `values` by `method`.
    public static func combine(_ values: [Double], _ method: ConsensusMethod) -> Double {
        let sorted = values.sorted()
        switch method {
        case .mean:
            return values.reduce(0, +) / Double(values.count)
        case .median:
            let n = sorted.count
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
        case .trimmedMean(let fraction):
            let cut = Int((Double(sorted.count) * fraction).rounded(.down))
            guard sorted.count - 2 * cut > 0 else { return combine(values, .median) }
            let kept = sorted[cut..<(sorted.count - cut)]
            return kept.reduce(0, +) / Double(kept.count)
        }
    }
}

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
    /// A rating left out because its evaluator declared a conflict of interest.
    public struct Exclusion: Sendable, Equatable {
        /// The evaluator.
        public var evaluator: String
        /// The reason declared.
        public var reason: String
    }

    /// Ratings left out because the evaluator declared a conflict of interest.
    public var excluded: [Exclusion]
    /// Evaluators without a conflict who did not rate this vendor on this criterion.
    public var missing: [String]
    /// The computed consensus of the entries, or nil when nobody rated.
    public var computed: Double?
    /// The recorded override, when there is one.
    package var override: ConsensusOverride?
    /// max − min of the values used.
    public var spread: Double
    /// Whether the spread reaches the panel's disagreement threshold.
    public var disagreement: Bool

    /// The value that counts: the override, or the computed consensus.
    public var consensus: Double? { override?.value ?? computed }
}

/// Combines evaluator ratings into one value per vendor and rated criterion.
///
/// Consensus is the mean by default (a blank is not a zero: only given ratings count), or the
/// median, or a trimmed mean. Each evaluator's additive offset is estimated on the cells they rated
/// in common with the rest of the panel (see ``EvaluatorCalibration``); with calibration on, an
/// evaluator's ratings are shifted by their own offset only, `x' = x − b(e) · (max − min)`, clamped
/// to the scale, so a vendor none of a biased evaluator's ratings touch keeps its consensus.
public struct PanelConsensus: Sendable {
    /// A criterion rated by the panel, with its scale.
    public struct RatedCriterion: Sendable, Equatable {
        /// The criterion's id.
        public var id: String
        /// Its scale.
        package var scale: RatingScale

        /// Creates one.
        package init(id: String, scale: RatingScale) {
            self.id = id
            self.scale = scale
        }
    }

    /// Every vendor × rated criterion that has ratings, an override or missing ratings, keyed by "vendor/criterion".
    public let cells: [String: PanelCell]
    /// The evaluators, in file order.
    public let evaluators: [String]
    /// Each evaluator's offset against the rest of the panel, in file order (empty without two or more evaluators).
    public let calibration: [EvaluatorCalibration]

    /// The cell for a vendor and criterion.
    public func cell(vendor: String, criterion: String) -> PanelCell? { cells[vendor + "/" + criterion] }

    /// Computes the panel's consensus.
    package init(sheets: [EvaluatorSheet], settings: PanelSettings, criteria: [RatedCriterion], vendors: [String]) {
        evaluators = sheets.map(\.evaluator)
        // Without ratings or overrides no cell has anything to show.
        guard !sheets.isEmpty || !settings.overrides.isEmpty else {
            cells = [:]
            calibration = []
            return
        }
        let scales = Dictionary(criteria.map { ($0.id, $0.scale) }, uniquingKeysWith: { a, _ in a })
        func share(_ value: Double, _ criterion: String) -> Double {
            guard let scale = scales[criterion] else { return 0 }
            return (value - scale.min) / (scale.max - scale.min)
        }
        func conflict(_ sheet: EvaluatorSheet, _ vendor: String) -> ConflictDeclaration? { sheet.conflicts.first { $0.vendor == vendor } }

        // Each evaluator's offset on the 0–1 share of each scale, over the ratings that count.
        var observations: [PanelCalibration.Observation] = []
        for (e, sheet) in sheets.enumerated() {
            for rating in sheet.ratings where conflict(sheet, rating.vendor) == nil && scales[rating.criterion] != nil {
                observations.append(.init(evaluator: e, cell: rating.vendor + "/" + rating.criterion, share: share(rating.value, rating.criterion)))
            }
        }
        let estimate = sheets.count >= 2 ? PanelCalibration.offsets(evaluators: sheets.count, observations: observations) : (offsets: [], shared: [])
        calibration = estimate.offsets.indices.map { e in
            let offset = estimate.offsets[e]
            let flag: EvaluatorCalibration.Flag? = offset.flatMap { b in
                abs(b) >= settings.leniencyThreshold - 1e-9 ? (b > 0 ? .lenient : .severe) : nil
            }
            return EvaluatorCalibration(evaluator: sheets[e].evaluator, sharedCells: estimate.shared[e], offset: offset, flag: flag)
        }
        let offsets = Dictionary(zip(sheets.map(\.evaluator), estimate.offsets).compactMap { name, b in b.map { (name, $0) } }, uniquingKeysWith: { a, _ in a })
        func used(_ rating: Rating) -> Double {
            guard settings.calibrate, let b = offsets[rating.evaluator], b != 0, let scale = scales[rating.criterion] else { return rating.value }
            let adjusted = share(rating.value, rating.criterion) - b
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
                var excluded: [PanelCell.Exclusion] = []
                var missing: [String] = []
                for (sheet, ratings) in zip(sheets, ratingsByCell) {
                    let rating = ratings[key]
                    if let declared = conflict(sheet, vendor) {
                        if rating != nil { excluded.append(PanelCell.Exclusion(evaluator: sheet.evaluator, reason: declared.reason)) }
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

    /// Combines non-empty `values` by `method`.
    package static func combine(_ values: [Double], _ method: ConsensusMethod) -> Double {
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

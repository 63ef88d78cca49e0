/// One evaluator's rating of one vendor on one rated criterion.
public struct Rating: Sendable, Equatable {
    /// The evaluator's id.
    public var evaluator: String
    /// The vendor's id.
    public var vendor: String
    /// The criterion's id (a criterion with a `rating` rule).
    public var criterion: String
    /// The rating, on the criterion's scale.
    public var value: Double
    /// Why; required for the lowest and the highest level.
    public var comment: String?
    /// When it was given (YYYY-MM-DD), if recorded.
    public var date: String?
    /// Where it stands in the ratings file.
    public var location: SourceLocation?

    /// Creates a rating.
    public init(evaluator: String, vendor: String, criterion: String, value: Double, comment: String? = nil, date: String? = nil, location: SourceLocation? = nil) {
        self.evaluator = evaluator
        self.vendor = vendor
        self.criterion = criterion
        self.value = value
        self.comment = comment
        self.date = date
        self.location = location
    }
}

/// An evaluator's declaration that they have a conflict of interest with a vendor.
package struct ConflictDeclaration: Sendable, Equatable {
    /// The vendor's id.
    package var vendor: String
    /// The reason, e.g. "former employee".
    package var reason: String

    /// Creates a declaration.
    package init(vendor: String, reason: String) {
        self.vendor = vendor
        self.reason = reason
    }
}

/// Everything one evaluator recorded: a workspace's `ratings/<evaluator>.json`.
public struct EvaluatorSheet: Sendable, Equatable {
    /// The evaluator's id.
    public var evaluator: String
    /// A display name, e.g. "Li Wei (HR)".
    public var name: String?
    /// The file, relative to the workspace.
    public var file: String
    /// Conflicts of interest declared before scoring.
    package var conflicts: [ConflictDeclaration]
    /// The ratings.
    public var ratings: [Rating]

    /// Creates a sheet.
    package init(evaluator: String, name: String? = nil, file: String = "", conflicts: [ConflictDeclaration] = [], ratings: [Rating] = []) {
        self.evaluator = evaluator
        self.name = name
        self.file = file
        self.conflicts = conflicts
        self.ratings = ratings
    }
}

/// How a panel's ratings are combined into one value per vendor and criterion.
package enum ConsensusMethod: Sendable, Equatable {
    /// The arithmetic mean (the default).
    case mean
    /// The median.
    case median
    /// The mean after dropping `fraction` of the ratings at each end (rounded down).
    case trimmedMean(fraction: Double)
}

/// A recorded consensus value that replaces the computed one; the individual ratings stay visible.
package struct ConsensusOverride: Sendable, Equatable {
    /// The vendor's id.
    package var vendor: String
    /// The criterion's id.
    package var criterion: String
    /// The agreed value, on the criterion's scale.
    package var value: Double
    /// Why the panel agreed on it.
    package var reason: String
    /// Who recorded it.
    package var by: String?
    /// Where its value stands in `selection.json`.
    package var location: SourceLocation?
    /// Where its vendor id stands.
    package var vendorLocation: SourceLocation?
    /// Where its criterion id stands.
    package var criterionLocation: SourceLocation?

    /// Creates an override.
    package init(vendor: String, criterion: String, value: Double, reason: String, by: String? = nil, location: SourceLocation? = nil) {
        self.vendor = vendor
        self.criterion = criterion
        self.value = value
        self.reason = reason
        self.by = by
        self.location = location
    }
}

/// How the evaluator panel works: the `panel` section of `selection.json`.
package struct PanelSettings: Sendable, Equatable {
    /// How ratings combine.
    package var consensus: ConsensusMethod
    /// A criterion is flagged when max − min of its ratings reaches this share of the scale (0.3 = 30 %).
    package var disagreementThreshold: Double
    /// Whether each evaluator's ratings are shifted by their additive offset against the rest of the panel (see ``EvaluatorCalibration``).
    package var calibrate: Bool
    /// An evaluator is flagged lenient or severe when their offset reaches this share of the scale (0.1 = 1 point on 0–10).
    package var leniencyThreshold: Double = 0.1
    /// Recorded consensus values.
    package var overrides: [ConsensusOverride]

    /// Creates settings; the defaults are the mean, a 30 % threshold, no calibration and no overrides.
    package init(consensus: ConsensusMethod = .mean, disagreementThreshold: Double = 0.3, calibrate: Bool = false, overrides: [ConsensusOverride] = []) {
        self.consensus = consensus
        self.disagreementThreshold = disagreementThreshold
        self.calibrate = calibrate
        self.overrides = overrides
    }
}

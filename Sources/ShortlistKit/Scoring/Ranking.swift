/// The outcome of scoring a workspace: the ranking of compliant vendors, the knocked-out ones, gaps and warnings.
public struct Ranking: Sendable, Equatable {
    /// Compliant vendors, best first; tied vendors share a rank.
    public var ranked: [VendorScore]
    /// Knocked-out vendors in file order, with their reasons (and, for information, the score they would have had).
    public var eliminated: [VendorScore]
    /// Every missing fact and how it was handled.
    public var gaps: [DataGap]
    /// Things a reviewer should know: rank-reversal risk, weight overrides, ties, load warnings.
    public var warnings: [EvaluationWarning]
    /// Vendor × criterion cells where the evaluators' ratings spread across the disagreement threshold.
    public var disagreements: [PanelCell] = []
    /// The evaluator panel's exclusions (conflicts of interest), missing ratings and overrides, in words.
    public var panelNotes: [PanelNote] = []
    /// Compliant vendors scored on too little of the weight to be ranked with the others (see
    /// ``VendorScore/coverage``), best-covered first; empty with `rank --allow-incomplete`, which
    /// ranks them in ``ranked`` marked ``VendorScore/incomplete``.
    public var incomplete: [VendorScore] = []
    /// The ranked vendors that are not incomplete: the ones the robustness analysis (SMAA,
    /// stability) and other methods compare.
    public var comparable: [VendorScore] { ranked.filter { !$0.incomplete } }
    /// The least coverage a vendor needs to be ranked (`settings.minimumCoverage`).
    public var minimumCoverage: Double = 0.9
    /// The best coverage of any compliant vendor; a vendor more than ``Evaluation/coverageLag``
    /// behind it is incomplete too.
    public var bestCoverage: Double = 1
}

/// One vendor's score.
public struct VendorScore: Sendable, Equatable {
    /// The vendor's id.
    public var vendorID: String
    /// The vendor's name.
    public var name: String
    /// The position in the evaluation's vendor list.
    public var vendorIndex: Int
    /// The rank (1 = best) among compliant vendors; nil when knocked out.
    public var rank: Int?
    /// Whether another vendor has the same score and rank.
    public var tied: Bool
    /// The weighted score from 0 to 100.
    public var score: Double
    /// The score of each top-level group (in the tree's order), 0–100; nil when nothing in it counted.
    public var groupScores: [Double?]
    /// One entry per criterion, in the tree's leaf order.
    public var criteria: [CriterionScore]
    /// Why the vendor was knocked out; empty for compliant vendors.
    public var knockOuts: [KnockOut]
    /// The share (0–1) of the total weight the score rests on: the global weight of every
    /// criterion that entered the total, scored from facts or ratings or by the `worst` or `neutral`
    /// policy. Criteria dropped by the `exclude` policy and rating criteria awaiting the panel do not count;
    /// criteria that no compliant vendor answered are left out of the total weight as well.
    public var coverage: Double = 1
    /// Whether the vendor is scored on too little to be ranked with the others: below
    /// `settings.minimumCoverage`, or more than 10 points of coverage behind the best-covered vendor.
    public var incomplete: Bool = false
    /// The gates of severity `flag` the vendor failed: it stays ranked, marked with each.
    public var flags: [GateFlag] = []
}

/// One criterion's part in a vendor's score.
public struct CriterionScore: Sendable, Equatable {
    /// How the score was arrived at.
    public enum Status: Sendable, Equatable {
        /// Scored from the facts.
        case scored
        /// A fact was missing and the policy set the score (`worst` → 0, `neutral` → 50).
        case missing(MissingFactPolicy)
        /// A fact was missing and the criterion was dropped for this vendor (weight shared among siblings).
        case excluded
        /// A rating criterion the panel has not rated yet for this vendor: not 0, not silently
        /// dropped; left out of the total (its weight shared among its siblings) and of the coverage.
        case awaiting

        /// Whether the criterion is left out of the vendor's total (excluded or awaiting).
        public var isDropped: Bool { self == .excluded || self == .awaiting }
    }

    /// The criterion's position in `WeightTree.leaves`.
    public var leaf: Int
    /// The effective global weight (0–1) for this vendor.
    public var weight: Double
    /// The criterion score, 0–100.
    public var score: Double
    /// weight × score: the points it adds to the total.
    public var contribution: Double
    /// Scored, or how a missing fact was handled.
    public var status: Status
}

/// A fact a vendor did not provide, and what was done about it.
public struct DataGap: Sendable, Equatable {
    /// The vendor's id.
    public var vendorID: String
    /// The missing fact.
    public var fact: String
    /// The criterion or gate that needed the fact, in English and Chinese ("gate gate-budget", "门槛 gate-budget").
    public var localizedUsedBy: LocalizedText
    /// What was done, in English and Chinese.
    public var localizedHandling: LocalizedText

    /// Creates a gap.
    public init(vendorID: String, usedBy: LocalizedText, fact: String, handling: LocalizedText) {
        self.vendorID = vendorID
        self.fact = fact
        self.localizedUsedBy = usedBy
        self.localizedHandling = handling
    }

    /// Creates a gap described in English only.
    public init(vendorID: String, usedBy: String, fact: String, handling: String) {
        self.init(vendorID: vendorID, usedBy: LocalizedText(en: usedBy), fact: fact, handling: LocalizedText(en: handling))
    }

    /// The criterion or gate that needed the fact: the English of ``localizedUsedBy``.
    public var usedBy: String {
        get { localizedUsedBy.en }
        set { localizedUsedBy.en = newValue }
    }

    /// What was done, e.g. "scored 0 (policy worst)": the English of ``localizedHandling``.
    public var handling: String {
        get { localizedHandling.en }
        set { localizedHandling.en = newValue }
    }

    /// ``usedBy`` in `language` (Chinese falls back to English).
    public func usedBy(in language: Language) -> String { localizedUsedBy.text(in: language) }

    /// ``handling`` in `language` (Chinese falls back to English).
    public func handling(in language: Language) -> String { localizedHandling.text(in: language) }
}

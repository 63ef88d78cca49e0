/// How robust the choice is: SMAA-2 rank acceptabilities, exact weight-stability intervals,
/// the smallest weight shift that changes the winner, and what the runner-up would need.
public struct Sensitivity: Sendable {
    /// Whether weights are varied per top-level group or per criterion.
    public enum Level: String, Sendable, CaseIterable {
        /// Top-level groups, with each vendor's group score.
        case groups
        /// Every criterion, with each vendor's criterion score.
        case criteria

        /// The level's plural name in `language`: "groups" or "criteria", 类别 or 指标.
        public func name(in language: Language) -> String {
            switch language {
            case .english: return rawValue
            case .chinese: return self == .groups ? "类别" : "指标"
            }
        }
    }

    /// How weights are sampled.
    public enum WeightMode: Sendable, Equatable {
        /// Uniformly on the simplex: no preference information.
        case uniform
        /// Any weights in the order of the given weights (ordinal information).
        case ordinal
        /// Each weight within ±share of the given weight, renormalised.
        case around(Double)

        /// The mode in words.
        public var description: String {
            switch self {
            case .uniform: return "uniform on the simplex (no preference information)"
            case .ordinal: return "keeping the order of importance of the given weights"
            case .around(let share): return "within ±\(NumberFormatting.percent(share, 0)) of the given weights"
            }
        }

        /// The mode in words in `language`; in Chinese, a phrase that qualifies 权重 ("weights").
        public func description(in language: Language) -> String {
            switch language {
            case .english: return description
            case .chinese:
                switch self {
                case .uniform: return "在单纯形上均匀分布（无偏好信息）"
                case .ordinal: return "保持重要性顺序"
                case .around(let share): return "与给定权重相差不超过 ±\(NumberFormatting.percent(share, 0))"
                }
            }
        }
    }

    /// What `disagreement` did: rated cells sampled between the lowest and highest evaluator rating.
    public enum DisagreementEffect: Sendable, Equatable {
        /// Not asked for.
        case notRequested
        /// Asked for at the group level, where it cannot act (group scores are fixed).
        case groupLevel
        /// Asked for, but no rated cell of an analysed vendor has two different ratings counted without an override.
        case noDisagreement
        /// This many vendor × rated-criterion cells were sampled between their lowest and highest rating.
        case sampled(cells: Int)

        /// The effect in words, or nil when not requested.
        public var description: String? {
            switch self {
            case .notRequested: return nil
            case .groupLevel: return "--disagreement has no effect at the group level: group scores are not sampled; use --level criteria to sample rated criteria between the lowest and highest rating"
            case .noDisagreement: return "--disagreement has no effect here: no rated criterion of an analysed vendor has evaluators who disagree (each cell has one rating, equal ratings or a recorded override)"
            case .sampled(let cells): return "--disagreement: \(cells) vendor × criterion cell\(cells == 1 ? "" : "s") sampled between the lowest and highest evaluator rating"
            }
        }
    }

    /// The level analysed.
    public let level: Level
    /// What `disagreement` did.
    public let disagreementEffect: DisagreementEffect
    /// The weight sampling used.
    public let mode: WeightMode
    /// The vendors (ranked order), weights and scores analysed.
    package let matrix: WeightStability.Matrix
    /// The SMAA-2 result (central weights over every column, 0 for those not sampled).
    public let smaa: SMAAResult
    /// Groups or criteria of weight 0, left out of the weight sampling.
    public let unsampled: [String]
    /// Per group or criterion, the exact interval of its weight within which the winner (and the ranking) stays.
    public let intervals: [StabilityInterval]
    /// The smallest transfer of weight between two groups or criteria that changes the winner.
    public let smallestShift: WeightShift?
    /// What the runner-up would need, per group or criterion, to overtake the winner; smallest first.
    public let runnerUpMargins: [OvertakingMargins.Margin]

    /// Analyses `evaluation`'s compliant vendors (at most `maximumVendors`, best first).
    ///
    /// - Parameters:
    ///   - evaluation: the evaluation whose ranked vendors are analysed.
    ///   - level: whether the weights of the top-level groups or of every criterion are sampled.
    ///   - mode: how weights are drawn (uniformly, or keeping the catalog's order of importance).
    ///   - samples: how many weight vectors to draw.
    ///   - seed: the random generator's seed; the same seed gives the same result, byte for byte.
    ///   - disagreement: sample rated criteria between the lowest and highest evaluator rating
    ///     (criteria level only) instead of using the consensus.
    ///   - maximumVendors: how many of the best-ranked vendors to analyse.
    ///   - progress: called now and then with the share of samples done (0…1).
    public init(evaluation: Evaluation, level: Level = .groups, mode: WeightMode = .uniform, samples: Int, seed: UInt64,
                disagreement: Bool = false, maximumVendors: Int = .max, progress: (@Sendable (Double) -> Void)? = nil) throws(SMAAError) {
        let input = try Self.input(evaluation: evaluation, level: level, mode: mode, disagreement: disagreement, maximumVendors: maximumVendors)
        let matrix = input.matrix, columns = input.columns, problem = input.problem
        self.level = level
        self.mode = mode
        self.matrix = matrix
        disagreementEffect = input.disagreementEffect
        unsampled = matrix.weights.indices.filter { !columns.contains($0) }.map { matrix.ids[$0] }
        var smaa = SMAA.run(problem, samples: samples, seed: seed, progress: progress)
        if columns.count < matrix.ids.count {
            smaa.criteria = matrix.ids
            smaa.centralWeights = smaa.centralWeights.map { central in
                central.map { w in
                    var full = [Double](repeating: 0, count: matrix.ids.count)
                    for (k, c) in columns.enumerated() { full[c] = w[k] }
                    return full
                }
            }
        }
        self.smaa = smaa
        intervals = WeightStability.intervals(matrix)
        smallestShift = WeightStability.smallestShift(matrix)
        runnerUpMargins = matrix.vendors.count >= 2 ? OvertakingMargins.margins(vendor: 1, against: 0, in: matrix) : []
    }

    /// What ``init(evaluation:level:mode:samples:seed:disagreement:maximumVendors:progress:)`` hands to
    /// the SMAA-2 kernel: the vendors' matrix, the sampled columns, the problem, and what
    /// `disagreement` did. `shortlist-bench --sensitivity` times ``SMAA/run(_:samples:seed:threads:progress:)``
    /// on this same problem against the whole command.
    package struct Input: Sendable {
        /// The vendors (ranked order), weights and scores analysed.
        package let matrix: WeightStability.Matrix
        /// The columns of `matrix` that are sampled (those of weight above 0, or all when none is).
        package let columns: [Int]
        /// The SMAA-2 problem over the sampled columns.
        package let problem: SMAAProblem
        /// What `disagreement` did.
        package let disagreementEffect: DisagreementEffect
    }

    /// The SMAA-2 input of the analysis of `evaluation` (see ``Input``).
    package static func input(evaluation: Evaluation, level: Level, mode: WeightMode, disagreement: Bool, maximumVendors: Int = .max) throws(SMAAError) -> Input {
        var matrix = level == .groups ? WeightStability.Matrix.groups(of: evaluation) : WeightStability.Matrix.criteria(of: evaluation)
        if matrix.vendors.count > maximumVendors {
            matrix = WeightStability.Matrix(ids: matrix.ids, weights: matrix.weights, vendors: Array(matrix.vendors.prefix(maximumVendors)), scores: Array(matrix.scores.prefix(maximumVendors)))
        }
        var values = matrix.scores.map { row in row.map { ScoreDistribution.exact($0 / 100) } }
        var sampledCells = 0
        if disagreement && level == .criteria {
            let tree = evaluation.tree
            for (v, vendor) in matrix.vendors.enumerated() {
                for (c, id) in matrix.ids.enumerated() {
                    guard let index = tree.index(of: id), case .rating(_, let scale)? = tree.nodes[index].rule,
                          let cell = evaluation.panel.cell(vendor: vendor, criterion: id), cell.override == nil,
                          let low = cell.entries.map(\.used).min(), let high = cell.entries.map(\.used).max(), high > low else { continue }
                    values[v][c] = .uniform(scale.score(low) / 100, scale.score(high) / 100)
                    sampledCells += 1
                }
            }
        }
        let disagreementEffect: DisagreementEffect = !disagreement ? .notRequested : level == .groups ? .groupLevel : sampledCells == 0 ? .noDisagreement : .sampled(cells: sampledCells)
        // A column of weight 0 is left out of the sampling (it would otherwise get a share of every
        // sampled weighting); it is reported with central weight 0.
        let sampled = matrix.weights.indices.filter { matrix.weights[$0] > 0 }
        let columns = sampled.isEmpty ? Array(matrix.weights.indices) : sampled
        let weights = columns.map { matrix.weights[$0] }
        let information: WeightInformation
        switch mode {
        case .uniform: information = .missing
        case .ordinal: information = .ordinal(weights.map { w in 1 + weights.filter { $0 > w + 1e-12 }.count })
        case .around(let share): information = .interval(center: weights, relative: share)
        }
        let problem = try SMAAProblem(alternatives: matrix.vendors, criteria: columns.map { matrix.ids[$0] },
                                      values: values.map { row in columns.map { row[$0] } }, weights: information)
        return Input(matrix: matrix, columns: columns, problem: problem, disagreementEffect: disagreementEffect)
    }

    /// The winner's probability of rank 1.
    public var winnerAcceptability: Double { smaa.acceptability.first?.first ?? 0 }

    /// "robust" when the winner keeps rank 1 in at least 90 % of the sampled weightings, otherwise "fragile".
    public var isRobust: Bool { winnerAcceptability >= 0.9 }

    /// The one-line verdict shown under `rank`, in English.
    public var verdict: String { verdict(in: .english) }

    /// The one-line verdict shown under `rank`, in `language`.
    public func verdict(in language: Language) -> String {
        guard let winner = matrix.vendors.first else { return Phrase.verdictNoVendor.text(in: language) }
        guard matrix.vendors.count >= 2 else { return Phrase.verdictOnlyVendor.text(in: language, ["verdict": Phrase.robust.text(in: language), "winner": winner]) }
        let level = level.name(in: language)
        // On a tie for rank 1 the sentence names the tie, never one of the tied as winner and as overtaker.
        let tied = WeightStability.Problem(ids: matrix.ids, weights: matrix.weights, vendors: matrix.vendors, scores: matrix.scores).top.map { matrix.vendors[$0] }
        if tied.count >= 2 {
            var text = Wording.tiedVerdict(tied, share: winnerAcceptability, samples: smaa.samples, level: level, mode: mode.description(in: language)).text(in: language)
            if let shift = smallestShift {
                text += Wording.tieBreak(from: shift.from, to: shift.to, ahead: shift.overtaker, behind: shift.overtaken).text(in: language)
            } else {
                text += Phrase.verdictNoShift.text(in: language, ["level": level])
            }
            return text
        }
        var text = Phrase.verdictShare.text(in: language, [
            "verdict": (isRobust ? Phrase.robust : Phrase.fragile).text(in: language), "winner": winner,
            "share": NumberFormatting.percent(winnerAcceptability, 0), "samples": NumberFormatting.amount(Double(smaa.samples)),
            "level": level, "mode": mode.description(in: language),
        ])
        if let shift = smallestShift {
            text += Phrase.verdictShift.text(in: language, [
                "points": NumberFormatting.short(shift.delta * 100, 1), "from": shift.from, "to": shift.to,
                "overtaker": shift.overtaker, "overtaken": shift.overtaken,
            ])
        } else {
            text += Phrase.verdictNoShift.text(in: language, ["level": level])
        }
        return text
    }
}

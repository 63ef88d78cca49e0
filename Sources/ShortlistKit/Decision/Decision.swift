/// The final recommendation: desk scoring, demo ratings and the pilot combined with the stage
/// weights of `selection.json`, with blocks, exclusions, the margin and what would flip it.
public struct Decision: Sendable, Equatable {
    /// Where a vendor stands in the decision.
    public enum Status: Sendable, Equatable {
        /// Ranked.
        case ranked
        /// Knocked out by a gate during desk scoring.
        case knockedOut
        /// Blocked by a failed must-pass pilot metric.
        case blocked
        /// Left out because it was not piloted (`notPiloted: exclude`).
        case notPiloted
        /// Left out because it is scored on too little of the weight (``VendorScore/incomplete``): never recommended.
        case incomplete
    }

    /// One vendor in the decision.
    public struct Entry: Sendable, Equatable {
        /// The vendor's id.
        public var vendorID: String
        /// The vendor's name.
        public var name: String
        /// The stage scores the vendor has (0–100), by stage.
        public var stageScores: [DecisionSettings.Stage: Double]
        /// The stage weights used for this vendor, normalised over its stages (sum 1).
        public var stageWeights: [DecisionSettings.Stage: Double]
        /// The combined score, for ranked vendors.
        public var combined: Double?
        /// The rank among ranked vendors.
        public var rank: Int?
        /// Whether another vendor shares the rank.
        public var tied: Bool
        /// Where the vendor stands.
        public var status: Status
        /// Why: knock-out and block reasons, stage notes, in English and Chinese.
        public var localizedReasons: [LocalizedText]
        /// The share of the total weight the vendor's desk and demo scores rest on (``VendorScore/coverage``).
        public var coverage: Double = 1

        /// The reasons in English: the English texts of ``localizedReasons``.
        public var reasons: [String] { localizedReasons.map(\.en) }

        /// The reasons in `language` (Chinese falls back to English).
        public func reasons(in language: Language) -> [String] { localizedReasons.map { $0.text(in: language) } }
    }

    /// What would change the winner.
    public struct Flip: Sendable, Equatable {
        /// The vendor that would win.
        public var contender: String
        /// The smallest shift of stage weight (in percentage points of the total) and between which stages, if any within the weights.
        public var weightShift: WeightShift?
        /// The smallest rise in one of the contender's stage scores that would make it win, if any within 0–100.
        public var scoreRise: ScoreRise?
        /// The gap in combined points.
        public var gap: Double

        /// Stage weight moved from one stage to another.
        public struct WeightShift: Sendable, Equatable {
            /// The stage that gives weight.
            public var from: DecisionSettings.Stage
            /// The stage that receives it.
            public var to: DecisionSettings.Stage
            /// Percentage points of the total stage weight.
            public var points: Double
        }

        /// A rise in one stage score.
        public struct ScoreRise: Sendable, Equatable {
            /// The stage.
            public var stage: DecisionSettings.Stage
            /// Points on the stage's 0–100 score.
            public var points: Double
        }
    }

    /// Ranked vendors first (best first), then the others in workspace order.
    public var entries: [Entry]
    /// The pilots' status on the decision day.
    public var pilots: [PilotStatus]
    /// The winner's id, if any vendor is ranked.
    public var winner: String?
    /// The winner's lead over the runner-up in combined points.
    public var margin: Double?
    /// The lead as a share of the winner's score.
    public var marginShare: Double?
    /// Whether the lead reaches the clear-winner threshold.
    public var clearWinner: Bool
    /// The closest way another vendor could win.
    public var flip: Flip?
    /// The settings used.
    public var settings: DecisionSettings
    /// Notes for the record (stages without data, rescaling, lock changes).
    public var notes: [String] { localizedNotes.map(\.en) }
    /// The notes in English and Chinese: no vendor left, locked weights that moved.
    public var localizedNotes: [LocalizedText]
    /// Whether no vendor remains to be recommended (`decide` then exits 1).
    public var recommendsNobody: Bool = false

    /// Decides on `evaluation` as of `today`.
    public init(evaluation: Evaluation, today: CalendarDate) {
        let settings = evaluation.workspace.profile.decision
        self.settings = settings
        let tree = evaluation.tree
        let isRating = tree.leaves.map { leaf -> Bool in
            if case .rating? = tree.nodes[leaf].rule { return true }
            return false
        }
        let pilots = evaluation.workspace.pilots.map { PilotStatus(pilot: $0, today: today) }
        self.pilots = pilots
        var notes: [LocalizedText] = []
        var entries: [Entry] = []
        let stageList = settings.stages.filter { $0.weight > 0 }
        for score in evaluation.ranking.ranked + evaluation.ranking.incomplete + evaluation.ranking.eliminated {
            var stageScores: [DecisionSettings.Stage: Double] = [:]
            var reasons: [LocalizedText] = []
            // Desk: criteria not rated by the panel, with the vendor's effective weights.
            var deskWeight = 0.0, deskPoints = 0.0, demoWeight = 0.0, demoPoints = 0.0
            for criterion in score.criteria {
                if isRating[criterion.leaf] {
                    if criterion.status == .scored {
                        let w = tree.nodes[tree.leaves[criterion.leaf]].globalWeight
                        demoWeight += w
                        demoPoints += w * criterion.score
                    }
                } else {
                    deskWeight += criterion.weight
                    deskPoints += criterion.contribution
                }
            }
            if deskWeight > 0 { stageScores[.desk] = deskPoints / deskWeight }
            if demoWeight > 0 { stageScores[.demo] = demoPoints / demoWeight }
            let pilot = pilots.first { $0.vendor == score.vendorID }
            if let pilot, pilot.metrics.contains(where: { $0.observations > 0 }) { stageScores[.pilot] = pilot.score }
            var status = Status.ranked
            if !score.knockOuts.isEmpty {
                status = .knockedOut
                reasons += score.knockOuts.map(Self.knockedOut)
            }
            if score.knockOuts.isEmpty && score.incomplete {
                status = .incomplete
                reasons.append(Self.incomplete(score, evaluation: evaluation))
            }
            // A plan without any observation is a pilot not run yet (said below), not a failed must-pass.
            if let pilot, stageScores[.pilot] != nil, !pilot.passed, status == .ranked {
                status = .blocked
                for failed in pilot.failedMustPass {
                    reasons.append(Self.blocked(failed))
                }
            }
            // The pilot as a gate: without a pilot that says go (observed, must-pass met, its rule satisfied) the vendor is out.
            if settings.pilotRequired && status == .ranked {
                if stageScores[.pilot] == nil {
                    status = .notPiloted
                    reasons.append(PilotWording.pilotRequired(hasPilot: pilot != nil))
                } else if let verdict = pilot?.goNoGo, !verdict.go {
                    status = .blocked
                    reasons.append(PilotWording.blockedNoGo(verdict))
                }
            } else if status == .ranked, stageScores[.pilot] != nil, let verdict = pilot?.goNoGo, !verdict.go {
                // The pilot stays a scoring stage: the no-go is said, not enforced.
                reasons.append(PilotWording.noGoScored(verdict))
            }
            let wantsPilot = settings.weight(of: .pilot) > 0
            if status == .ranked && wantsPilot && stageScores[.pilot] == nil {
                if settings.excludeNotPiloted {
                    status = .notPiloted
                    reasons.append(Self.notPiloted(hasPilot: pilot != nil, excluded: true))
                } else {
                    reasons.append(Self.notPiloted(hasPilot: pilot != nil, excluded: false))
                }
            }
            if settings.weight(of: .demo) > 0 && stageScores[.demo] == nil && status != .incomplete {
                reasons.append(Self.noDemoRatings)
            }
            let present = stageList.filter { stageScores[$0.stage] != nil }
            let total = present.reduce(0) { $0 + $1.weight }
            var stageWeights: [DecisionSettings.Stage: Double] = [:]
            for entry in present where total > 0 { stageWeights[entry.stage] = entry.weight / total }
            let combined = status == .ranked && total > 0 ? present.reduce(0) { $0 + $1.weight * stageScores[$1.stage]! } / total : nil
            entries.append(Entry(vendorID: score.vendorID, name: score.name, stageScores: stageScores, stageWeights: stageWeights, combined: combined, rank: nil, tied: false, status: status, localizedReasons: reasons, coverage: score.coverage))
        }
        var ranked = entries.filter { $0.combined != nil }.sorted { $0.combined! != $1.combined! ? $0.combined! > $1.combined! : $0.vendorID < $1.vendorID }
        for i in ranked.indices {
            if i > 0 && CompetitionRanking.tied(ranked[i].combined!, ranked[i - 1].combined!) {
                ranked[i].rank = ranked[i - 1].rank
                ranked[i].tied = true
                ranked[i - 1].tied = true
            } else {
                ranked[i].rank = i + 1
            }
        }
        let others = entries.filter { $0.combined == nil }
        self.entries = ranked + others
        winner = ranked.first?.vendorID
        if ranked.count >= 2, let top = ranked[0].combined, let second = ranked[1].combined {
            margin = top - second
            marginShare = top > 0 ? (top - second) / top : 0
            clearWinner = (marginShare ?? 0) >= settings.clearWinnerShare
            flip = Self.closestFlip(ranked, stages: stageList)
        } else {
            clearWinner = ranked.count == 1
        }
        if ranked.isEmpty { notes.append(DecisionWording.nobodyNote) }
        recommendsNobody = ranked.isEmpty
        self.localizedNotes = notes + (evaluation.workspace.weightLock?.changeList(in: evaluation.tree) ?? []).map(\.text)
    }

    /// A knock-out from desk scoring as a decision reason.
    static func knockedOut(_ knockOut: KnockOut) -> LocalizedText {
        LocalizedText(en: "knocked out by \(knockOut.gate): \(knockOut.reason)",
                      zh: "因 \(knockOut.gate) 被淘汰：\(knockOut.reason(in: .chinese))")
    }

    /// Why an incomplete vendor is left out of the decision: its coverage and what is missing.
    static func incomplete(_ score: VendorScore, evaluation: Evaluation) -> LocalizedText {
        let ranking = evaluation.ranking
        let rule = Wording.incompleteRule(coverage: score.coverage, minimum: ranking.minimumCoverage, best: ranking.bestCoverage)
        let missing = evaluation.shortfall(of: score)
        return LocalizedText(en: "incomplete, never recommended: " + rule.en + (missing.map { "; " + $0.en } ?? ""),
                             zh: "数据不全，不予推荐：" + rule.text(in: .chinese) + (missing.map { "；" + $0.text(in: .chinese) } ?? ""))
    }

    /// A failed must-pass pilot metric as a decision reason.
    static func blocked(_ failed: PilotStatus.Metric) -> LocalizedText {
        let unit = failed.metric.unit.isEmpty ? "" : " \(failed.metric.unit)"
        let value = failed.current.map { NumberFormatting.short($0) + unit }
        let target = "\(failed.metric.direction == .lower ? "≤" : "≥") \(NumberFormatting.short(failed.metric.target))\(unit)"
        return LocalizedText(en: "blocked: must-pass pilot metric \(failed.metric.id) " + (value.map { "is \($0)" } ?? "has no observation yet") + ", target \(target)",
                             zh: "被否决：必须达标的试点指标 \(failed.metric.id) " + (value.map { "为 \($0)" } ?? "尚无观测") + "，目标 \(target)")
    }

    /// Why a vendor without pilot observations is left out (`excluded`) or scored on its other stages.
    static func notPiloted(hasPilot: Bool, excluded: Bool) -> LocalizedText {
        switch (hasPilot, excluded) {
        case (false, true): return LocalizedText(en: "not piloted; the decision excludes vendors without a pilot", zh: "未试点；最终决策不纳入未试点的供应商")
        case (true, true): return LocalizedText(en: "the pilot has no observations yet", zh: "试点尚无观测数据")
        case (false, false): return LocalizedText(en: "not piloted: scored on its other stages (rescaled)", zh: "未试点：按其他阶段计分（阶段权重按比例重算）")
        case (true, false): return LocalizedText(en: "the pilot has no observations yet: scored on its other stages (rescaled)", zh: "试点尚无观测数据：按其他阶段计分（阶段权重按比例重算）")
        }
    }

    /// Why a vendor without demo ratings is scored on its other stages.
    static let noDemoRatings = LocalizedText(en: "no demo ratings: scored on its other stages (rescaled)", zh: "无演示评分：按其他阶段计分（阶段权重按比例重算）")

    /// The combined score of `entry` with raw stage weights `weights`, over the stages it has.
    static func combined(_ entry: Entry, _ weights: [DecisionSettings.StageWeight]) -> Double {
        let present = weights.filter { entry.stageScores[$0.stage] != nil && $0.weight > 0 }
        let total = present.reduce(0) { $0 + $1.weight }
        return total > 0 ? present.reduce(0) { $0 + $1.weight * entry.stageScores[$1.stage]! } / total : 0
    }

    /// The contender that comes closest to winning, with the smallest weight shift and stage-score rise that would do it.
    static func closestFlip(_ ranked: [Entry], stages: [DecisionSettings.StageWeight]) -> Flip? {
        // The runner-up is the contender closest to winning: the smallest gap.
        guard ranked.count >= 2 else { return nil }
        let winner = ranked[0], contender = ranked[1]
        let totalWeight = stages.reduce(0) { $0 + $1.weight }
        let gap = winner.combined! - contender.combined!
        // Smallest stage-score rise: gap ÷ the stage's share for the contender.
        var rise: Flip.ScoreRise?
        // In the settings' stage order, not the dictionary's: on a tie the first stage is named, on every run.
        for stage in stages.map(\.stage) {
            guard let share = contender.stageWeights[stage], share > 0 else { continue }
            let needed = gap / share
            if contender.stageScores[stage]! + needed <= 100 + 1e-9, rise.map({ needed < $0.points }) ?? true { rise = Flip.ScoreRise(stage: stage, points: needed) }
        }
        // Smallest weight shift between two stages (bisection on the first crossing along a fine scan).
        var shift: Flip.WeightShift?
        for from in stages {
            for to in stages where to.stage != from.stage {
                func lead(_ delta: Double) -> Double {
                    let moved = stages.map { s in
                        s.stage == from.stage ? DecisionSettings.StageWeight(stage: s.stage, weight: s.weight - delta)
                            : s.stage == to.stage ? DecisionSettings.StageWeight(stage: s.stage, weight: s.weight + delta) : s
                    }
                    return combined(winner, moved) - combined(contender, moved)
                }
                let steps = 400
                var previous = 0.0
                for k in 1...steps {
                    let delta = from.weight * Double(k) / Double(steps)
                    if lead(delta) < 0 {
                        var low = previous, high = delta
                        for _ in 0..<50 {
                            let mid = (low + high) / 2
                            if lead(mid) < 0 { high = mid } else { low = mid }
                        }
                        let points = high / totalWeight * 100
                        if shift.map({ points < $0.points }) ?? true { shift = Flip.WeightShift(from: from.stage, to: to.stage, points: points) }
                        break
                    }
                    previous = delta
                }
            }
        }
        return Flip(contender: contender.vendorID, weightShift: shift, scoreRise: rise, gap: gap)
    }
}

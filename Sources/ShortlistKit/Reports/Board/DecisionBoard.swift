/// Everything the decision report shows, gathered once from an evaluation: the ranking, the
/// recommendation, the robustness analysis, the pilots, the final decision and each vendor's trace.
///
/// The HTML and Markdown reports are two layouts of one board, so they can never disagree.
public struct DecisionBoard: Sendable {
    /// What the board recommends, and on what basis.
    package struct Recommendation: Sendable, Equatable {
        /// Whether the recommendation comes from desk scoring alone or from the final decision.
        package enum Basis: String, Sendable, Equatable {
            /// The weighted ranking (no pilot yet).
            case ranking
            /// The decision combining desk, demo and pilot stages.
            case decision
        }

        /// The recommended vendor's id.
        package var vendorID: String
        /// Its name.
        package var name: String
        /// Its score: the weighted score, or the combined decision score.
        package var score: Double
        /// The runner-up on the same basis, when there is one.
        package var runnerUp: RunnerUp?
        /// The basis.
        package var basis: Basis
        /// Whether the margin clears the decision's threshold (always true on the ranking basis).
        package var clear: Bool

        /// Points ahead of the runner-up.
        package var margin: Double? { runnerUp.map { score - $0.score } }

        /// The vendor behind the recommended one.
        package struct RunnerUp: Sendable, Equatable {
            /// Its id.
            package var id: String
            /// Its name.
            package var name: String
            /// Its score on the recommendation's basis.
            package var score: Double
        }
    }

    /// The evaluation shown.
    public let evaluation: Evaluation
    /// The day the board was made (pilot days left, the report's date).
    public let today: CalendarDate
    /// The robustness of the ranking under the group weights (ordinal SMAA, 10,000 samples, seed 1); nil with fewer than two ranked vendors.
    public let robustness: Sensitivity?
    /// Each pilot's status, in file-name order.
    public let pilots: [PilotStatus]
    /// The final decision, when the workspace has pilots.
    public let decision: Decision?
    /// What the board recommends; nil when no vendor is left.
    package let recommendation: Recommendation?
    /// The data gaps the board lists: without `includeKnockedOut`, those of knocked-out vendors are left off and counted.
    package let listedGaps: ListedGaps
    /// Where the recorded decision (`decision.json`) stands against the current inputs.
    public enum RecordState: Sendable, Equatable {
        /// No decision was recorded in the workspace.
        case none
        /// The record, checked file by file.
        case checked(RecordCheck)
        /// A `decision.json` that cannot be read or is not a record, with the reason.
        case unreadable(String)
    }

    /// Whether the decision was recorded, and whether its inputs are unchanged.
    public let record: RecordState
    /// What the recorded decision (`decision.json`) says was decided, when it can be read.
    public let verdict: RecordedVerdict?
    /// The weight scenario of `selection.json` the evaluation was made under, if any; the
    /// reports name it at the top so that nobody mistakes it for the recorded weights.
    public let scenario: WeightScenario?

    /// Gathers the board of `evaluation` on `today`; `scenario` is the weight scenario the
    /// evaluation's profile was made under, if any, `record` the state of `decision.json` and
    /// `verdict` what it records.
    public init(evaluation: Evaluation, today: CalendarDate, scenario: WeightScenario? = nil, record: RecordState = .none, verdict: RecordedVerdict? = nil, includeKnockedOut: Bool = false) {
        self.evaluation = evaluation
        listedGaps = evaluation.ranking.listedGaps(includingKnockedOut: includeKnockedOut)
        self.verdict = verdict
        self.today = today
        self.scenario = scenario
        self.record = record
        robustness = evaluation.robustness
        let decision = evaluation.workspace.pilots.isEmpty ? nil : Decision(evaluation: evaluation, today: today)
        self.decision = decision
        pilots = decision?.pilots ?? []
        if let decision, let winner = decision.winner, let entry = decision.entries.first(where: { $0.vendorID == winner }), let combined = entry.combined {
            let second = decision.entries.first { $0.vendorID != winner && $0.rank != nil && $0.combined != nil }
            recommendation = Recommendation(vendorID: winner, name: entry.name, score: combined,
                                            runnerUp: second.map { Recommendation.RunnerUp(id: $0.vendorID, name: $0.name, score: $0.combined!) }, basis: .decision, clear: decision.clearWinner)
        } else if decision == nil, let first = evaluation.ranking.comparable.first {
            let second = evaluation.ranking.comparable.dropFirst().first
            recommendation = Recommendation(vendorID: first.vendorID, name: first.name, score: first.score,
                                            runnerUp: second.map { Recommendation.RunnerUp(id: $0.vendorID, name: $0.name, score: $0.score) }, basis: .ranking, clear: !first.tied)
        } else {
            recommendation = nil
        }
    }

    /// The moved locked weights and what the recorded decision says about them: the reason it
    /// accepted them with, or that no recorded decision did. Empty when no locked weight moved.
    public func weightChanges(in language: Language) -> (changes: [String], acceptance: String)? {
        guard !evaluation.lockChanges.isEmpty else { return nil }
        let changes = evaluation.lockChanges.map { $0.text.text(in: language) }
        // The record keeps the English texts: the same changes were accepted when they match.
        if let verdict, let reason = verdict.weightChangesReason, verdict.weightChanges == evaluation.lockNotes {
            return (changes, Wording.weightChangesAccepted(date: verdict.date, reason: reason).text(in: language))
        }
        return (changes, Wording.weightChangesNotAccepted.text(in: language))
    }

    /// A trace's standing in its heading: "#1 · 87.04 · coverage 100%", an incomplete vendor's
    /// coverage against the rule, or a knocked-out vendor's would-be score with its coverage.
    func standing(of trace: TraceTable, in language: Language) -> String {
        let coverage = Wording.coverage.text(in: language).lowercased() + " " + NumberFormatting.percent(trace.coverage)
        if let rank = trace.rank {
            return "#\(trace.tied ? "=" : "")\(rank) · \(NumberFormatting.fixed(trace.total, 2)) · \(coverage)" + (trace.incomplete ? " · " + Wording.incompleteMark.text(in: language) : "")
                + (trace.flags.isEmpty ? "" : " · " + FlagWording.mark.text(in: language) + " " + trace.flags.map(\.id).joined(separator: ", "))
        }
        if trace.knockedOut {
            return Phrase.knockedOut.text(in: language) + " · " + Wording.wouldScore(trace.total, coverage: trace.coverage).text(in: language)
        }
        let ranking = evaluation.ranking
        return Wording.incompleteHeading.text(in: language) + " · " + Wording.incompleteRule(coverage: trace.coverage, minimum: ranking.minimumCoverage, best: ranking.bestCoverage).text(in: language)
    }

    /// What the ranking basis rests on, truthfully: the weighted desk criteria alone, or the desk
    /// criteria with the panel's demo ratings (when any vendor has a panel consensus).
    public var rankingBasis: LocalizedText {
        evaluation.panel.cells.values.contains { $0.consensus != nil } ? Wording.basisDeskAndDemo : Wording.basisDesk
    }

    /// The verdict of the recorded decision (`decision.json`) in one sentence: the winner, CLEAR
    /// WINNER or NO CLEAR WINNER, the margin in points and in % of the winner's score, and the
    /// threshold; nil when no decision is recorded.
    public func recordedVerdictText(in language: Language) -> String? {
        guard let verdict else { return nil }
        return Wording.recordedVerdict(verdict).text(in: language)
    }

    /// How much of a large evaluation the reports lay out. The page and the document stay
    /// readable with thousands of vendors; everything left out is one command away.
    package enum Limits {
        /// Ranked vendors whose full trace is shown.
        package static let tracedRanked = 20
        /// Knocked-out vendors whose full trace is shown.
        package static let tracedKnockedOut = 10
        /// Vendors in the stacked-bar chart.
        package static let chartedVendors = 20
        /// Vendor columns in the scores-by-group table.
        package static let groupColumns = 8
        /// Knock-outs listed in the summary.
        package static let summaryKnockOuts = 8
        /// Rows of the data-gap table.
        package static let gapRows = 200
        /// Vendors in the costs table (ranked first, then incomplete, then knocked out).
        package static let costedVendors = 20
    }

    /// The traces shown: the best ``Limits/tracedRanked`` ranked vendors, then the first
    /// ``Limits/tracedKnockedOut`` incomplete ones and as many knocked-out ones.
    package var traces: [TraceTable] {
        (evaluation.ranking.ranked.prefix(Limits.tracedRanked) + evaluation.ranking.incomplete.prefix(Limits.tracedKnockedOut) + evaluation.ranking.eliminated.prefix(Limits.tracedKnockedOut))
            .map { TraceTable(evaluation: evaluation, score: $0) }
    }

    /// How many vendors' traces `traces` leaves out.
    public var omittedTraces: Int {
        max(0, evaluation.ranking.ranked.count - Limits.tracedRanked) + max(0, evaluation.ranking.incomplete.count - Limits.tracedKnockedOut)
            + max(0, evaluation.ranking.eliminated.count - Limits.tracedKnockedOut)
    }

    /// The data the report's weight sliders re-rank with, as JSON: the top-level groups with their
    /// normalised weights, the script's words in `language`, and each ranked vendor's score per group (null where every criterion of
    /// the group was dropped for it) and total.
    ///
    /// A vendor's total under group weights `w` is `Σ w[g] × score[g] ÷ Σ w[g]` over the groups it
    /// has a score in — the library's hierarchical normalisation, because a group's score does not
    /// depend on the group's own weight. Numbers are written with every digit, so the page's
    /// arithmetic starts from exactly the library's values.
    public func liveWeightsJSON(language: Language) -> String {
        var json = JSONWriter(pretty: false)
        json.beginObject()
        json.key("groups")
        json.beginArray()
        for group in evaluation.topGroups {
            json.beginObject()
            json.key("id"); json.string(group.id)
            json.key("name"); json.string(group.name.text(in: language))
            json.key("weight"); json.exactNumber(group.weight)
            json.endObject()
        }
        json.endArray()
        if let scheme = evaluation.workspace.catalog.points {
            // Under a tender's points scheme the page rewrites each row's points as it re-ranks: score × total ÷ 100.
            json.key("points")
            json.beginObject()
            json.key("total"); json.exactNumber(scheme.total)
            json.key("totalText"); json.string(NumberFormatting.short(scheme.total, 2))
            json.endObject()
        }
        json.key("text")
        json.beginObject()
        json.key("changed"); json.string(Phrase.changedFromLibrary.text(in: language))
        json.key("zero"); json.string(Phrase.weightsSumToZero.text(in: language))
        json.endObject()
        json.key("vendors")
        json.beginArray()
        for entry in evaluation.ranking.ranked {
            json.beginObject()
            json.key("id"); json.string(entry.vendorID)
            json.key("name"); json.string(entry.name)
            json.key("score"); json.exactNumber(entry.score)
            json.key("scores")
            json.beginArray()
            for score in entry.groupScores {
                if let score { json.exactNumber(score) } else { json.null() }
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.text
    }
}

/// One vendor's score trace as rows, for reports that lay it out as tables (HTML, Markdown):
/// every gate, then every group and criterion with its rule, facts, sources, weight and contribution.
///
/// The rows carry the same figures as ``ScoreTrace``'s text, which `shortlist explain` prints.
package struct TraceTable: Sendable {
    /// One gate and its outcome.
    package struct GateRow: Sendable, Equatable {
        /// The gate's id.
        package var id: String
        /// The gate's kind as written in catalogs.
        package var kind: String
        /// Whether the vendor passed.
        package var passed: Bool
        /// Whether the gate only flags (severity `flag`): failing it keeps the vendor ranked.
        package var flagOnly: Bool = false
        /// Why, in English and Chinese.
        package var localizedReason: LocalizedText
        /// Why, in English: the English of ``localizedReason``.
        package var reason: String { localizedReason.en }

        /// Creates a row.
        package init(id: String, kind: String, passed: Bool, reason: LocalizedText) {
            self.id = id
            self.kind = kind
            self.passed = passed
            self.localizedReason = reason
        }

        /// The reason in `language` (English where no Chinese was written).
        package func reason(in language: Language) -> String { localizedReason.text(in: language) }
    }

    /// One fact a rule read.
    package struct FactRow: Sendable, Equatable {
        /// The fact's name.
        package var fact: String
        /// Its value as shown.
        package var value: String
        /// Where the vendor's claim comes from, when stated.
        package var source: String?
        /// A note on the fact, when stated.
        package var note: String?
        /// `file:line:column` of the fact in its dossier, when it comes from one.
        package var location: String?
        /// The unit a number is counted in, when it has one.
        package var unit: LocalizedText? = nil

        /// The value with its unit in `language` (`20 weeks`, `20 周`).
        package func valueText(in language: Language) -> String { FactUnits.text(value, unit: unit, in: language) }
    }

    /// One group or criterion of the weight tree.
    package struct Row: Sendable, Equatable {
        /// The node's id.
        package var id: String
        /// The node's name.
        package var name: LocalizedText
        /// Depth in the tree (0 for a top-level group).
        package var depth: Int
        /// Whether this is a criterion (a leaf with a rule).
        package var isCriterion: Bool
        /// The weight used for this vendor (global share of the total).
        package var weight: Double
        /// The catalog's global weight, which differs from ``weight`` when excluded criteria were dropped.
        package var catalogWeight: Double
        /// The score from 0 to 100 (a group's is the weighted mean of its criteria); nil for an empty group.
        package var score: Double?
        /// Points added to the total: weight × score.
        package var contribution: Double
        /// The rule's kind (criteria only).
        package var rule: String?
        /// The rule's explanation of the score in English and Chinese (criteria only).
        package var explanation: LocalizedText?
        /// The facts the rule read (criteria only).
        package var facts: [FactRow]
        /// Whether the fact was missing and a policy applied.
        package var missing: Bool
    }

    /// The vendor's id.
    package let vendorID: String
    /// The vendor's name.
    package let name: String
    /// The dossier file.
    package let dossier: String
    /// The vendor's total score (what it would score when knocked out).
    package let total: Double
    /// The vendor's rank, nil when knocked out.
    package let rank: Int?
    /// Whether the rank is shared.
    package let tied: Bool
    /// The share of the total weight the score rests on (``VendorScore/coverage``).
    package let coverage: Double
    /// Whether the vendor is incomplete (ranked only with `--allow-incomplete`).
    package let incomplete: Bool
    /// Whether the vendor was knocked out.
    package var knockedOut: Bool { !gates.allSatisfy { $0.passed || $0.flagOnly } }
    /// The gates of severity `flag` the vendor failed.
    package var flags: [GateRow] { gates.filter { !$0.passed && $0.flagOnly } }
    /// Every gate, in order, then knock-outs by a missing-fact policy.
    package let gates: [GateRow]
    /// Every node of the weight tree in catalog order.
    package let rows: [Row]
    /// The vendor's data gaps.
    package let gaps: [DataGap]

    /// The trace of the vendor at `index` in `evaluation.facts`.
    package init(evaluation: Evaluation, vendor index: Int) {
        self.init(evaluation: evaluation, score: evaluation.score(of: evaluation.facts[index].dossier.id)!)
    }

    /// The trace of the vendor whose entry in `evaluation.ranking` is `score`.
    init(evaluation: Evaluation, score: VendorScore) {
        let tree = evaluation.tree
        let index = score.vendorIndex
        let dossier = evaluation.facts[index].dossier
        vendorID = dossier.id
        name = dossier.name
        self.dossier = dossier.file
        total = score.score
        rank = score.rank
        tied = score.tied
        coverage = score.coverage
        incomplete = score.incomplete
        var gates = evaluation.gateTrace(vendor: index).map { result in
            var row = GateRow(id: result.gate.id, kind: result.gate.kind.name, passed: result.passed, reason: result.localizedReason)
            row.flagOnly = result.gate.severity == .flag
            return row
        }
        for knockOut in score.knockOuts where !evaluation.gateResults[index].contains(where: { $0.gate.id == knockOut.gate }) {
            gates.append(GateRow(id: knockOut.gate, kind: "missing fact", passed: false, reason: knockOut.localizedReason))
        }
        self.gates = gates
        var contributionOf = [Double](repeating: 0, count: tree.nodes.count)
        var weightOf = [Double](repeating: 0, count: tree.nodes.count)
        for criterion in score.criteria {
            var node: Int? = tree.leaves[criterion.leaf]
            while let i = node {
                contributionOf[i] += criterion.contribution
                weightOf[i] += criterion.weight
                node = tree.nodes[i].parent
            }
        }
        var leafPosition: [Int: Int] = [:]
        for (position, node) in tree.leaves.enumerated() { leafPosition[node] = position }
        var rows: [Row] = []
        rows.reserveCapacity(tree.nodes.count)
        for (i, node) in tree.nodes.enumerated() {
            if let position = leafPosition[i] {
                let criterion = score.criteria[position]
                let outcome = evaluation.outcome(vendor: index, leaf: position)
                let facts = outcome.evidence.map { use in
                    FactRow(fact: use.fact, value: use.value, source: use.source,
                            note: use.source == "evaluator panel" ? nil : use.note,
                            location: use.file.flatMap { file in use.location.map { "\(file):\($0.line):\($0.column)" } }, unit: use.unit)
                }
                var missing = false
                if case .scored = criterion.status {} else { missing = true }
                rows.append(Row(id: node.id, name: node.name, depth: node.depth, isCriterion: true, weight: criterion.weight, catalogWeight: node.globalWeight,
                                score: criterion.score, contribution: criterion.contribution, rule: node.rule!.kind,
                                explanation: evaluation.localizedExplanation(of: criterion, vendor: index), facts: facts, missing: missing))
            } else {
                rows.append(Row(id: node.id, name: node.name, depth: node.depth, isCriterion: false, weight: weightOf[i], catalogWeight: node.globalWeight,
                                score: weightOf[i] > 0 ? contributionOf[i] / weightOf[i] : nil, contribution: contributionOf[i],
                                rule: nil, explanation: nil, facts: [], missing: false))
            }
        }
        self.rows = rows
        gaps = evaluation.ranking.gaps.filter { $0.vendorID == dossier.id }
    }
}

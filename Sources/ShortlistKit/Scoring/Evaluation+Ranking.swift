/// The ranking passes of ``Evaluation/init(workspace:allowIncomplete:)``: coverage measured
/// against the weight some compliant vendor answered, then incomplete vendors set apart and the
/// rest ranked with ties.
extension Evaluation {
    /// The vendors placed: ranked (with ranks and ties), incomplete (set apart, best-covered first),
    /// and the best coverage of a compliant vendor that the incomplete rule was measured against.
    struct Placement {
        /// The ranked vendors, best first, with ranks; tied vendors share a rank.
        var ranked: [VendorScore]
        /// The incomplete vendors not ranked (empty with `allowIncomplete`).
        var incomplete: [VendorScore]
        /// The best coverage among compliant vendors (1 without any).
        var bestCoverage: Double
    }

    /// Rescales every vendor's coverage to the weight that some compliant vendor answered: the
    /// criteria no compliant vendor answered (dropped by `exclude` for every one of them) tell the
    /// vendors apart in nothing, and the unanswered note names them. Returns those leaves and the
    /// share of the weight coverage is now measured against (1 when none, or when all, are unanswered).
    static func rescaleCoverage(_ all: inout [VendorScore], plan: LeafPlan) -> (unansweredLeaves: Set<Int>, countedWeight: Double) {
        let compliant = all.indices.filter { all[$0].knockOuts.isEmpty }
        guard !compliant.isEmpty else { return ([], 1) }
        let unansweredLeaves = Set((0..<plan.count).filter { l in compliant.allSatisfy { all[$0].criteria[l].status == .excluded } })
        let unansweredWeight = unansweredLeaves.reduce(0.0) { $0 + plan.globalWeights[$1] }
        guard unansweredWeight > 1e-12 && unansweredWeight < 1 - 1e-12 else { return ([], 1) }
        let countedWeight = 1 - unansweredWeight
        for v in all.indices { all[v].coverage = min(1, all[v].coverage / countedWeight) }
        return (unansweredLeaves, countedWeight)
    }

    /// Marks the compliant vendors scored on too little of the weight as incomplete (see
    /// ``isIncomplete(_:minimum:best:)``), sets them apart unless `allowIncomplete`, and ranks the
    /// others by score (ties by id, equal scores share a rank, see ``tie(_:_:)``).
    static func place(_ all: inout [VendorScore], minimumCoverage: Double, allowIncomplete: Bool) -> Placement {
        let bestCoverage = all.filter { $0.knockOuts.isEmpty }.map(\.coverage).max() ?? 1
        for v in all.indices where all[v].knockOuts.isEmpty {
            all[v].incomplete = Self.isIncomplete(all[v].coverage, minimum: minimumCoverage, best: bestCoverage)
        }
        let incomplete = allowIncomplete ? [] : all.filter { $0.knockOuts.isEmpty && $0.incomplete }
            .sorted { $0.coverage != $1.coverage ? $0.coverage > $1.coverage : $0.vendorID < $1.vendorID }
        var ranked = all.filter { $0.knockOuts.isEmpty && (allowIncomplete || !$0.incomplete) }
        ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.vendorID < $1.vendorID }
        for i in ranked.indices {
            if i > 0 && Self.tie(ranked[i].score, ranked[i - 1].score) {
                ranked[i].rank = ranked[i - 1].rank
                ranked[i].tied = true
                ranked[i - 1].tied = true
            } else {
                ranked[i].rank = i + 1
            }
        }
        return Placement(ranked: ranked, incomplete: incomplete, bestCoverage: bestCoverage)
    }
}

/// The data gaps a report lists: a knocked-out vendor cannot be chosen, so its missing facts are
/// left off unless asked for, and a line says how many were left off and why.
package struct ListedGaps: Sendable, Equatable {
    /// The gaps to list, in the ranking's order.
    package var gaps: [DataGap]
    /// How many gaps of knocked-out vendors were left off (0 when none, or when they were asked for).
    package var leftOff: Int
    /// The knocked-out vendors whose gaps were left off, in file order.
    package var leftOffVendors: [String]

    /// The line under (or instead of) the list saying what was left off and why; nil when nothing was.
    package var leftOffNote: LocalizedText? {
        leftOff == 0 ? nil : KnockedOutWording.gapsLeftOff(leftOff, vendors: leftOffVendors)
    }
}

extension Ranking {
    /// The gaps to list: every gap with `includingKnockedOut`, otherwise those of vendors that
    /// were not knocked out, with a count of the rest.
    package func listedGaps(includingKnockedOut: Bool) -> ListedGaps {
        guard !includingKnockedOut else { return ListedGaps(gaps: gaps, leftOff: 0, leftOffVendors: []) }
        let out = Set(eliminated.map(\.vendorID))
        let kept = gaps.filter { !out.contains($0.vendorID) }
        let vendors = eliminated.map(\.vendorID).filter { id in gaps.contains { $0.vendorID == id } }
        return ListedGaps(gaps: kept, leftOff: gaps.count - kept.count, leftOffVendors: vendors)
    }
}

/// One comparison a budget gate can make: a cost figure of the vendor against a budget figure of the buyer.
public enum BudgetCheckKind: String, Sendable, Equatable, CaseIterable {
    /// Year-1 cash: one-off fees plus year 1's recurring cost, against `annual` + `oneTime`.
    case firstYear
    /// Each year's recurring cost, years 1…N, against `annual` (escalation and headcount growth make later years dearer).
    case recurring
    /// The one-off fees (implementation, migration, training, licences), against `oneTime`.
    case oneOff
    /// The TCO over the profile's `tcoYears`, against `total`, or against `annual` × N + `oneTime` when no total is given.
    case tco
}

/// Which cost figures a budget gate tests: one or more ``BudgetCheckKind``s, always in the order
/// first year, recurring, one-off, TCO.
///
/// A catalog writes `"basis"` as one name — `firstYear`, `recurring`, `oneOff`, `tco`, `both`
/// (first year and TCO, the default) or `all` — or as a list of check names such as
/// `["recurring", "oneOff", "tco"]`.
package struct BudgetTest: Sendable, Equatable {
    /// The checks, in the fixed order, each once.
    package private(set) var checks: [BudgetCheckKind]

    /// Creates a test of `checks` (put in the fixed order; repeats are dropped).
    package init(_ checks: [BudgetCheckKind]) {
        self.checks = BudgetCheckKind.allCases.filter(checks.contains)
    }

    /// The first year's cash.
    package static let firstYear = BudgetTest([.firstYear])
    /// The total cost of ownership.
    package static let tco = BudgetTest([.tco])
    /// The first year's cash and the TCO (the default).
    package static let both = BudgetTest([.firstYear, .tco])
    /// Each year's recurring cost.
    package static let recurring = BudgetTest([.recurring])
    /// The one-off cost.
    package static let oneOff = BudgetTest([.oneOff])
    /// Every check.
    package static let all = BudgetTest(BudgetCheckKind.allCases)

    /// The names `"basis"` accepts as a single string, each with its test.
    package static let named: [(name: String, test: BudgetTest)] = [
        ("firstYear", .firstYear), ("recurring", .recurring), ("oneOff", .oneOff), ("tco", .tco), ("both", .both), ("all", .all),
    ]

    /// Whether the test makes `check`.
    package func includes(_ check: BudgetCheckKind) -> Bool { checks.contains(check) }

    /// The basis as a catalog writes it: a single name when one fits (`both`, `tco`, …), else the checks joined by "+".
    package var name: String {
        Self.named.first { $0.test == self }?.name ?? checks.map(\.rawValue).joined(separator: "+")
    }
}

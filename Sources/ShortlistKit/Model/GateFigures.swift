/// The figures a gate tested, beside its sentence: what a program reading the JSON needs so it
/// never parses the reason (which check, limit, cost and overrun of a budget; fact, operator,
/// required and found value of a fact gate).
public enum GateFigures: Sendable, Equatable {
    /// A budget gate's checks, in the order tested: first year, each year's recurring cost (year 1…N), one-off, TCO.
    case budget([BudgetCheck])
    /// A fact gate: `fact` compared by `operator` with `required`, and the value `found`.
    case fact(fact: String, operator: ComparisonOperator, required: FactValue, found: FactValue)

    /// One budget check: a cost against its limit.
    public struct BudgetCheck: Sendable, Equatable {
        /// Which check: year-1 cash, one year's recurring cost, the one-off cost or the TCO.
        public var check: BudgetCheckKind
        /// The years the check covers (the TCO horizon for ``BudgetCheckKind/tco``, 1 otherwise).
        public var years: Int
        /// The year a ``BudgetCheckKind/recurring`` check is of (1…N); nil for the other checks.
        public var year: Int?
        /// The vendor's cost, in ``currency``.
        public var cost: Double
        /// The limit the cost is held to (the budget plus any tolerance).
        public var limit: Double
        /// The budget before tolerance.
        public var budgeted: Double
        /// The currency of ``cost`` and ``limit``.
        public var currency: String

        /// Creates a check.
        public init(check: BudgetCheckKind, years: Int, year: Int? = nil, cost: Double, limit: Double, budgeted: Double, currency: String) {
            self.check = check
            self.years = years
            self.year = year
            self.cost = cost
            self.limit = limit
            self.budgeted = budgeted
            self.currency = currency
        }

        /// Whether the cost is over the limit (by more than rounding).
        public var exceeded: Bool { cost > limit + 1e-9 }
        /// How far over the limit, in money (0 when within it).
        public var overrun: Double { max(0, cost - limit) }
        /// How far over the limit, as a share of the limit (0.113 for 11.3 %; 0 when within it or the limit is 0).
        public var overrunShare: Double { limit > 0 ? overrun / limit : 0 }
    }
}

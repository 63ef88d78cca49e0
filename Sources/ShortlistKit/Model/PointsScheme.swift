/// A tender's own points: the total a vendor can earn (e.g. 100) split among the top-level groups
/// (e.g. quality 70, price 30). Scores stay 0–100 underneath; points are those scores scaled, so a
/// criterion of global weight w scoring s earns w × s × total / 100 points of w × total available.
package struct PointsScheme: Sendable, Equatable {
    /// The points of the whole tender.
    package var total: Double
    /// The points of each top-level group, by id (they sum to ``total``).
    package var groups: [String: Double]

    /// Creates a scheme.
    package init(total: Double, groups: [String: Double]) {
        self.total = total
        self.groups = groups
    }

    /// Points from a 0–100 share of the whole (a score, a contribution, or a weight × 100).
    package func points(_ share: Double) -> Double { share * total / 100 }

    /// "27.4 / 30": points earned out of points available, to `digits` decimals.
    package static func text(_ earned: Double, of available: Double, digits: Int = 1) -> String {
        "\(NumberFormatting.fixed(earned, digits)) / \(NumberFormatting.short(available, 2))"
    }
}

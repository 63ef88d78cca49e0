/// A published table of random consistency indices (RI) for the AHP consistency ratio.
///
/// The random index RI(n) is the mean consistency index CI = (λmax − n)/(n − 1) of many
/// randomly generated reciprocal n × n matrices with judgments drawn from Saaty's scale
/// 1/9 … 9. The consistency ratio is CR = CI / RI(n). Authors who simulated RI got different
/// values (different numbers of matrices, different ways of drawing judgments), so the same
/// matrix has a slightly different CR under each table: choose one and say which.
///
/// Every table covers n = 1 … 15; RI(1) = RI(2) = 0 because every reciprocal matrix of
/// order 1 or 2 is consistent.
///
/// | n | saaty | saaty-2005 | alonso-lamata | donegan-dodd |
/// |---|---|---|---|---|
/// | 3 | 0.58 | 0.52 | 0.5245 | 0.4914 |
/// | 4 | 0.90 | 0.89 | 0.8815 | 0.8286 |
/// | 5 | 1.12 | 1.11 | 1.1086 | 1.0591 |
/// | 6 | 1.24 | 1.25 | 1.2479 | 1.1797 |
/// | 7 | 1.32 | 1.35 | 1.3417 | 1.2519 |
/// | 8 | 1.41 | 1.40 | 1.4056 | 1.3171 |
/// | 9 | 1.45 | 1.45 | 1.4499 | 1.3733 |
/// | 10 | 1.49 | 1.49 | 1.4854 | 1.4055 |
/// | 11 | 1.51 | 1.52 | 1.5141 | 1.4213 |
/// | 12 | 1.48 | 1.54 | 1.5365 | 1.4497 |
/// | 13 | 1.56 | 1.56 | 1.5551 | 1.4643 |
/// | 14 | 1.57 | 1.58 | 1.5713 | 1.4822 |
/// | 15 | 1.59 | 1.59 | 1.5838 | 1.4969 |
package enum RandomIndexTable: String, CaseIterable, Sendable {
    /// Saaty's classic table, the default.
    ///
    /// n = 3 … 10 from T. L. Saaty, *The Analytic Hierarchy Process*, McGraw-Hill, 1980
    /// (0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49); n = 11 … 15 as Saaty's extended table
    /// is usually reproduced (T. L. Saaty, "The analytic hierarchy process — what it is and how
    /// it is used", *Mathematical Modelling* 9, 1987): 1.51, 1.48, 1.56, 1.57, 1.59, the values
    /// of pyDecision (`pyDecision/algorithm/ahp.py`). Secondary sources disagree at n = 12
    /// (1.48 here, 1.54 in some); the dip is kept as tabulated.
    case saaty
    /// Saaty's later estimates, from T. L. Saaty, *Theory and Applications of the Analytic
    /// Network Process*, RWS Publications, 2005, p. 31 (as used by AHPy's `random_index='saaty'`).
    case saaty2005 = "saaty-2005"
    /// J. A. Alonso and M. T. Lamata, "Consistency in the analytic hierarchy process: a new
    /// approach", *International Journal of Uncertainty, Fuzziness and Knowledge-Based Systems*
    /// 14 (4), 2006, 445–459: means over 100,000 random matrices for each n.
    case alonsoLamata = "alonso-lamata"
    /// H. A. Donegan and F. J. Dodd, "A note on Saaty's random indexes", *Mathematical and
    /// Computer Modelling* 15 (10), 1991, 135–137 (AHPy's default `random_index='dd'`).
    case doneganDodd = "donegan-dodd"

    /// The largest matrix order every table covers.
    package static let maximumOrder = 15

    /// RI(n) for n = 1 … 15, at index n − 1.
    package var values: [Double] {
        switch self {
        case .saaty:
            return [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]
        case .saaty2005:
            return [0, 0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59]
        case .alonsoLamata:
            return [0, 0, 0.5245, 0.8815, 1.1086, 1.2479, 1.3417, 1.4056, 1.4499, 1.4854, 1.5141, 1.5365, 1.5551, 1.5713, 1.5838]
        case .doneganDodd:
            return [0, 0, 0.4914, 0.8286, 1.0591, 1.1797, 1.2519, 1.3171, 1.3733, 1.4055, 1.4213, 1.4497, 1.4643, 1.4822, 1.4969]
        }
    }

    /// RI(n) for a matrix of order `n`, or `nil` when the table does not cover `n` (n < 1 or n > 15).
    ///
    /// - Parameter n: The order of the pairwise comparison matrix.
    package func value(forOrder n: Int) -> Double? {
        guard n >= 1, n <= Self.maximumOrder else { return nil }
        return values[n - 1]
    }

    /// The authors and year, for reports: "Saaty (1980/1987)", "Alonso & Lamata (2006)", ….
    package var displayName: String {
        switch self {
        case .saaty: return "Saaty (1980/1987)"
        case .saaty2005: return "Saaty (2005)"
        case .alonsoLamata: return "Alonso & Lamata (2006)"
        case .doneganDodd: return "Donegan & Dodd (1991)"
        }
    }

    /// The full reference of the publication the values come from.
    package var citation: String {
        switch self {
        case .saaty:
            return "T. L. Saaty, The Analytic Hierarchy Process, McGraw-Hill, 1980 (n ≤ 10); Mathematical Modelling 9 (1987) 161–176 (n = 11–15)"
        case .saaty2005:
            return "T. L. Saaty, Theory and Applications of the Analytic Network Process, RWS Publications, 2005, p. 31"
        case .alonsoLamata:
            return "J. A. Alonso, M. T. Lamata, Int. J. Uncertainty, Fuzziness and Knowledge-Based Systems 14 (4) (2006) 445–459"
        case .doneganDodd:
            return "H. A. Donegan, F. J. Dodd, Mathematical and Computer Modelling 15 (10) (1991) 135–137"
        }
    }
}

import Foundation  // sqrt

/// How a criterion's raw values are made commensurable before aggregation.
///
/// Every normalisation returns *benefit-oriented* values — higher is better on every
/// criterion — so that WSM, WPM and TOPSIS can treat all columns alike. The formulas are those
/// catalogued by A. Jahan and K. L. Edwards, "A state-of-the-art survey on the influence of
/// normalization techniques in ranking", *Materials & Design* 65, 2015, 335–342, and match
/// pymcdm 1.4.0 (`pymcdm.normalizations`) term for term:
///
/// | normalisation | benefit | cost | domain |
/// |---|---|---|---|
/// | ``minMax`` | (x − min)/(max − min) | (max − x)/(max − min) | any; a constant column gives 1 to every alternative |
/// | ``vector`` | x/‖x‖₂ | 1 − x/‖x‖₂ | a column that is not all zero |
/// | ``max`` | x/max | 1 − x/max | values ≥ 0, max > 0 |
/// | ``sum`` | x/Σx | (1/x)/Σ(1/x) | values > 0 |
///
/// For ``minMax``, ``vector`` and ``max`` the cost form is the benefit form reflected
/// (r ↦ c − r with the same scale), so the distances TOPSIS measures are exactly those of
/// Hwang and Yoon's original construction, which normalises without regard to direction and
/// takes the minimum of a cost column as its ideal. ``sum`` uses reciprocals for costs, which
/// keeps ratios (the weighted product of sum-normalised values ranks exactly as the classic
/// WPM with negative exponents for costs).
package enum Normalization: String, CaseIterable, Sendable {
    /// Linear interval scaling onto 0 … 1, worst to best. A column whose values are all equal
    /// cannot discriminate and gives every alternative 1 on that criterion (as pymcdm does).
    case minMax = "minmax"
    /// Division by the column's Euclidean norm (Hwang and Yoon 1981, TOPSIS step 1).
    case vector
    /// Division by the column maximum (linear scale transformation, Hwang and Yoon 1981).
    case max
    /// Division by the column sum; reciprocals for costs.
    case sum

    /// The normalisation's name for reports: "min-max", "vector", "max", "sum".
    package var displayName: String {
        switch self {
        case .minMax: return "min-max"
        case .vector: return "vector"
        case .max: return "max"
        case .sum: return "sum"
        }
    }

    /// Normalises every column of a decision matrix according to its type.
    ///
    /// - Parameters:
    ///   - matrix: The decision matrix.
    ///   - types: One type per criterion.
    /// - Returns: The normalised values, `result[i][j]` for alternative i on criterion j, higher is better.
    /// - Throws: ``MCDAError`` for a type count mismatch or values outside the normalisation's domain
    ///   (see the table in the type's documentation), naming the alternative and criterion.
    package func normalize(_ matrix: DecisionMatrix, types: [CriterionType]) throws(MCDAError) -> [[Double]] {
        guard types.count == matrix.criteria.count else {
            throw .typeCountMismatch(expected: matrix.criteria.count, found: types.count)
        }
        var result = matrix.values
        for j in matrix.criteria.indices {
            let column = matrix.column(j)
            try check(column, criterion: j, in: matrix)
            let normalized = normalize(column: column, type: types[j])
            for i in result.indices { result[i][j] = normalized[i] }
        }
        return result
    }

    /// Checks that a column lies in this normalisation's domain.
    private func check(_ column: [Double], criterion j: Int, in matrix: DecisionMatrix) throws(MCDAError) {
        let name = matrix.criteria[j]
        switch self {
        case .minMax:
            return
        case .vector:
            if column.allSatisfy({ $0 == 0 }) { throw .zeroColumn(criterion: name, requiredBy: .vectorNormalization) }
        case .max:
            if let i = column.firstIndex(where: { $0 < 0 }) {
                throw .negativeValue(alternative: matrix.alternatives[i], criterion: name, value: column[i], requiredBy: .maxNormalization)
            }
            if column.allSatisfy({ $0 == 0 }) { throw .zeroColumn(criterion: name, requiredBy: .maxNormalization) }
        case .sum:
            if let i = column.firstIndex(where: { $0 <= 0 }) {
                throw .nonPositiveValue(alternative: matrix.alternatives[i], criterion: name, value: column[i], requiredBy: .sumNormalization)
            }
        }
    }

    /// Normalises one column whose values lie in the domain (checked by the caller).
    func normalize(column x: [Double], type: CriterionType) -> [Double] {
        switch self {
        case .minMax:
            // Jahan & Edwards (2015), linear max-min; constant column → 1 for everyone.
            let low = x.min()!, high = x.max()!
            guard high > low else { return x.map { _ in 1 } }
            let range = high - low
            guard range.isFinite else {
                // From −1e308 to 1e308 the range overflows: halve every term, which changes no ratio.
                let half = high / 2 - low / 2
                return type == .benefit ? x.map { ($0 / 2 - low / 2) / half } : x.map { (high / 2 - $0 / 2) / half }
            }
            return type == .benefit ? x.map { ($0 - low) / range } : x.map { (high - $0) / range }
        case .vector:
            // Hwang & Yoon (1981): r = x/‖x‖₂; reflected as 1 − r for costs.
            var norm = sqrt(x.reduce(0) { $0 + $1 * $1 })
            if !norm.isNormal {
                // The squares overflowed (values beyond about 1e154) or underflowed (below about
                // 1e-154): ‖x‖₂ = m · ‖x/m‖₂ with m the largest size, summed without either.
                let m = x.map(abs).max()!
                norm = m * sqrt(x.reduce(0) { $0 + ($1 / m) * ($1 / m) })
            }
            return type == .benefit ? x.map { $0 / norm } : x.map { 1 - $0 / norm }
        case .max:
            // Hwang & Yoon (1981), linear scale transformation r = x/max; reflected as 1 − r for costs.
            let high = x.max()!
            return type == .benefit ? x.map { $0 / high } : x.map { 1 - $0 / high }
        case .sum:
            // Jahan & Edwards (2015), linear sum: r = x/Σx; for costs (1/x)/Σ(1/x).
            // A sum that overflows is taken over the values scaled by the largest (benefit) or the
            // reciprocals scaled by the smallest value (cost), which changes no ratio.
            if type == .benefit {
                let total = x.reduce(0, +)
                if total.isFinite { return x.map { $0 / total } }
                let m = x.max()!, scaledTotal = x.reduce(0) { $0 + $1 / m }
                return x.map { $0 / m / scaledTotal }
            }
            let total = x.reduce(0) { $0 + 1 / $1 }
            if total.isFinite { return x.map { 1 / $0 / total } }
            let m = x.min()!, scaledTotal = x.reduce(0) { $0 + m / $1 }
            return x.map { m / $0 / scaledTotal }
        }
    }
}

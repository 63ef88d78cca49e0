/// One cell of a pairwise comparison matrix, by position and by name.
package struct PairwiseCell: Sendable, Equatable, CustomStringConvertible {
    /// The 0-based row: the element being compared.
    public var row: Int
    /// The 0-based column: the element it is compared with.
    public var column: Int
    /// The name of the row's element.
    public var rowName: String
    /// The name of the column's element.
    public var columnName: String

    /// Creates a cell reference.
    ///
    /// - Parameters:
    ///   - row: The 0-based row.
    ///   - column: The 0-based column.
    ///   - rowName: The name of the row's element.
    ///   - columnName: The name of the column's element.
    public init(row: Int, column: Int, rowName: String, columnName: String) {
        self.row = row
        self.column = column
        self.rowName = rowName
        self.columnName = columnName
    }

    /// `row "Cost", column "Support"`.
    public var description: String { "row \"\(rowName)\", column \"\(columnName)\"" }
}

/// A pairwise comparison matrix that cannot be used for AHP, with the cell or name at fault.
package enum AHPError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The matrix has fewer than 1 or more than ``PairwiseMatrix/maximumOrder`` elements.
    case unsupportedOrder(Int)
    /// The number of names differs from the number of rows.
    case nameCountMismatch(names: Int, rows: Int)
    /// A name is empty (0-based index).
    case emptyName(index: Int)
    /// Two elements have the same name (0-based indices of both).
    case duplicateName(String, first: Int, second: Int)
    /// The upper triangle given to ``PairwiseMatrix/init(names:upperTriangle:)`` has the wrong number of judgments.
    case upperTriangleCount(expected: Int, found: Int)
    /// A row has a different number of values than there are elements: the matrix is not square.
    case notSquare(row: Int, name: String, expected: Int, found: Int)
    /// A judgment is NaN or infinite.
    case nonFiniteValue(PairwiseCell)
    /// A judgment is zero or negative.
    case nonPositiveValue(PairwiseCell, value: Double)
    /// A diagonal judgment (an element compared with itself) is not 1.
    case diagonalNotOne(PairwiseCell, value: Double)
    /// a_ji ≠ 1/a_ij (beyond a relative tolerance of 1e-6); `cell` is the upper one (row < column).
    case notReciprocal(PairwiseCell, value: Double, mirror: Double)
    /// A judgment lies outside Saaty's scale 1/9 … 9.
    case outsideScale(PairwiseCell, value: Double)

    /// The cell at fault, when the error is about one cell.
    public var cell: PairwiseCell? {
        switch self {
        case .nonFiniteValue(let cell), .nonPositiveValue(let cell, _), .diagonalNotOne(let cell, _),
            .notReciprocal(let cell, _, _), .outsideScale(let cell, _):
            return cell
        default:
            return nil
        }
    }

    /// A full sentence naming the place and what was expected.
    public var description: String {
        switch self {
        case .unsupportedOrder(let n):
            return "a pairwise comparison matrix compares 1 to \(PairwiseMatrix.maximumOrder) elements; this one has \(n)"
        case .nameCountMismatch(let names, let rows):
            return "there are \(names) names for \(rows) rows; give one name per row"
        case .emptyName(let index):
            return "element \(index + 1) has an empty name; name every element"
        case .duplicateName(let name, let first, let second):
            return "\"\(name)\" names both element \(first + 1) and element \(second + 1); names must be unique"
        case .upperTriangleCount(let expected, let found):
            return "the upper triangle has \(found) judgments; \(expected) are needed, a_12 … a_1n, a_23 … a_(n−1)n row by row"
        case .notSquare(_, let name, let expected, let found):
            return "row \"\(name)\" has \(found) judgments but the matrix compares \(expected) elements; the matrix must be square"
        case .nonFiniteValue(let cell):
            return "the judgment in \(cell.description) is not a finite number"
        case .nonPositiveValue(let cell, let value):
            return "the judgment in \(cell.description) is \(Self.format(value)); judgments must be positive (1/9 … 9)"
        case .diagonalNotOne(let cell, let value):
            return "the judgment in \(cell.description) compares \"\(cell.rowName)\" with itself and must be 1, not \(Self.format(value))"
        case .notReciprocal(let cell, let value, let mirror):
            return "the judgment in \(cell.description) is \(Self.format(value)) but the one in row \"\(cell.columnName)\", column \"\(cell.rowName)\" is \(Self.format(mirror)); "
                + "the matrix must be reciprocal, so it should be \(Self.reciprocalText(value)) (write fractions such as 1/3 rather than 0.33)"
        case .outsideScale(let cell, let value):
            return "the judgment in \(cell.description) is \(Self.format(value)), outside Saaty's scale 1/9 … 9"
        }
    }

    /// A judgment as typed: integers without decimals, others with up to 6 decimals.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        return NumberFormatting.short(value, 6)
    }

    /// `1/a` as a fraction when `a` is a whole number, otherwise as a decimal.
    static func reciprocalText(_ value: Double) -> String {
        if value >= 1, value == value.rounded(), value < 1e6 { return "1/\(Int(value))" }
        let reciprocal = 1 / value
        if reciprocal >= 1, abs(reciprocal - reciprocal.rounded()) < 1e-9 * reciprocal { return "\(Int(reciprocal.rounded()))" }
        return format(reciprocal)
    }
}

/// A validated AHP pairwise comparison matrix: element names and the n × n judgments.
///
/// `values[i][j]` says how many times more important element `i` is than element `j` on
/// Saaty's 1–9 scale (T. L. Saaty, *The Analytic Hierarchy Process*, 1980: 1 equal, 3 moderate,
/// 5 strong, 7 very strong, 9 extreme; reciprocals for the reverse). A full matrix is required and
/// checked: square, 1 ≤ n ≤ 15, every judgment finite and positive, ones on the diagonal,
/// reciprocal (a_ji · a_ij = 1 within a relative tolerance of 1e-6), and every judgment within
/// 1/9 … 9 (within the same tolerance).
package struct PairwiseMatrix: Sendable, Equatable {
    /// The largest matrix accepted: the random-index tables stop at 15, and Saaty advises
    /// comparing at most 7 ± 2 elements at a time.
    public static let maximumOrder = 15
    /// The relative tolerance for reciprocity, the diagonal and the ends of the scale.
    public static let tolerance = 1e-6

    /// The element names, in row (and column) order.
    public let names: [String]
    /// The judgments, row by row.
    public let values: [[Double]]

    /// Validates and creates a matrix.
    ///
    /// - Parameters:
    ///   - names: The element names, one per row, unique and non-empty.
    ///   - values: The full n × n matrix of judgments, row by row.
    /// - Throws: ``AHPError`` for the first problem found, checking in this order: the order,
    ///   the names, the shape, each cell's value row by row (finite, positive, diagonal 1), then
    ///   reciprocity and the scale over the upper triangle.
    public init(names: [String], values: [[Double]]) throws(AHPError) {
        let n = values.count
        guard n >= 1, n <= Self.maximumOrder else { throw .unsupportedOrder(n) }
        guard names.count == n else { throw .nameCountMismatch(names: names.count, rows: n) }
        var seen: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            if name.isEmpty { throw .emptyName(index: index) }
            if let first = seen[name] { throw .duplicateName(name, first: first, second: index) }
            seen[name] = index
        }
        for (i, row) in values.enumerated() where row.count != n {
            throw .notSquare(row: i, name: names[i], expected: n, found: row.count)
        }
        func cell(_ i: Int, _ j: Int) -> PairwiseCell {
            PairwiseCell(row: i, column: j, rowName: names[i], columnName: names[j])
        }
        for i in 0..<n {
            for j in 0..<n {
                let value = values[i][j]
                guard value.isFinite else { throw .nonFiniteValue(cell(i, j)) }
                guard value > 0 else { throw .nonPositiveValue(cell(i, j), value: value) }
                if i == j, abs(value - 1) > Self.tolerance { throw .diagonalNotOne(cell(i, j), value: value) }
            }
        }
        for i in 0..<n {
            for j in (i + 1)..<n where abs(values[i][j] * values[j][i] - 1) > Self.tolerance {
                throw .notReciprocal(cell(i, j), value: values[i][j], mirror: values[j][i])
            }
        }
        let low = (1.0 / 9.0) * (1 - Self.tolerance)
        let high = 9.0 * (1 + Self.tolerance)
        for i in 0..<n {
            for j in 0..<n where values[i][j] < low || values[i][j] > high {
                throw .outsideScale(cell(i, j), value: values[i][j])
            }
        }
        self.names = names
        self.values = values
    }

    /// Creates a matrix from the judgments above the diagonal, filling in ones and reciprocals.
    ///
    /// - Parameters:
    ///   - names: The element names.
    ///   - upperTriangle: a_12, a_13, …, a_1n, a_23, …, a_(n−1)n, row by row: n(n − 1)/2 judgments.
    /// - Throws: ``AHPError/upperTriangleCount(expected:found:)`` for a wrong number of judgments,
    ///   otherwise as ``init(names:values:)``.
    public init(names: [String], upperTriangle: [Double]) throws(AHPError) {
        let n = names.count
        guard n >= 1, n <= Self.maximumOrder else { throw .unsupportedOrder(n) }
        let expected = n * (n - 1) / 2
        guard upperTriangle.count == expected else { throw .upperTriangleCount(expected: expected, found: upperTriangle.count) }
        var values = Array(repeating: Array(repeating: 1.0, count: n), count: n)
        var k = 0
        for i in 0..<n {
            for j in (i + 1)..<n {
                values[i][j] = upperTriangle[k]
                values[j][i] = 1 / upperTriangle[k]
                k += 1
            }
        }
        try self.init(names: names, values: values)
    }

    /// The number of elements compared, n.
    public var order: Int { names.count }
}

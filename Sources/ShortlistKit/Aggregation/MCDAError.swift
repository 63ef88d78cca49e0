/// Why a method or a normalisation needs values of a certain sign.
package enum ValueRequirement: String, CaseIterable, Sendable {
    /// WPM raises every value to a power and multiplies; it needs positive values.
    case weightedProduct = "wpm"
    /// Sum normalisation divides by the column sum and, for costs, by each value.
    case sumNormalization = "sum"
    /// Max normalisation divides by the column maximum; negative values would flip the scale.
    case maxNormalization = "max"
    /// Vector normalisation divides by the column's Euclidean norm.
    case vectorNormalization = "vector"

    /// Why the requirement exists, as a clause for messages.
    package var reason: String {
        switch self {
        case .weightedProduct: return "the weighted product model (WPM) raises values to powers and needs positive values"
        case .sumNormalization: return "sum normalisation divides by the values and their sum and needs positive values"
        case .maxNormalization: return "max normalisation divides by the column's maximum and needs values ≥ 0"
        case .vectorNormalization: return "vector normalisation divides by the column's Euclidean norm"
        }
    }
}

/// A decision matrix or its weights that cannot be aggregated, naming the criterion or alternative.
package enum MCDAError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The matrix has no alternatives (rows).
    case noAlternatives
    /// The matrix has no criteria (columns).
    case noCriteria
    /// An alternative name is empty (0-based row).
    case emptyAlternativeName(index: Int)
    /// A criterion name is empty (0-based column).
    case emptyCriterionName(index: Int)
    /// Two alternatives have the same name.
    case duplicateAlternative(String)
    /// Two criteria have the same name.
    case duplicateCriterion(String)
    /// The number of rows of values differs from the number of alternative names.
    case rowCountMismatch(alternatives: Int, rows: Int)
    /// A row has a different number of values than there are criteria.
    case rowLength(alternative: String, expected: Int, found: Int)
    /// A value is NaN or infinite.
    case nonFiniteValue(alternative: String, criterion: String)
    /// The number of weights differs from the number of criteria.
    case weightCountMismatch(expected: Int, found: Int)
    /// The number of criterion types differs from the number of criteria.
    case typeCountMismatch(expected: Int, found: Int)
    /// A weight is NaN or infinite.
    case nonFiniteWeight(criterion: String)
    /// A weight is negative.
    case negativeWeight(criterion: String, weight: Double)
    /// The weights add up to zero.
    case zeroWeightSum
    /// A value is zero or negative where the method or normalisation needs positive values.
    case nonPositiveValue(alternative: String, criterion: String, value: Double, requiredBy: ValueRequirement)
    /// A value is negative where the normalisation needs values ≥ 0.
    case negativeValue(alternative: String, criterion: String, value: Double, requiredBy: ValueRequirement)
    /// Every value of a criterion is zero, so the normalisation would divide by zero.
    case zeroColumn(criterion: String, requiredBy: ValueRequirement)
    /// WPM: a value normalises to 0 or less on a criterion with positive weight, which would make the
    /// alternative's whole product 0 (min-max, and max or vector on a cost criterion, map the worst value to 0).
    case nonPositiveNormalizedValue(alternative: String, criterion: String, value: Double, normalization: Normalization)

    /// The criterion the error is about, when there is one.
    package var criterion: String? {
        switch self {
        case .nonFiniteValue(_, let criterion), .nonFiniteWeight(let criterion), .negativeWeight(let criterion, _),
            .nonPositiveValue(_, let criterion, _, _), .negativeValue(_, let criterion, _, _), .zeroColumn(let criterion, _),
            .duplicateCriterion(let criterion), .nonPositiveNormalizedValue(_, let criterion, _, _):
            return criterion
        default:
            return nil
        }
    }

    /// The alternative the error is about, when there is one.
    package var alternative: String? {
        switch self {
        case .nonFiniteValue(let alternative, _), .nonPositiveValue(let alternative, _, _, _),
            .negativeValue(let alternative, _, _, _), .rowLength(let alternative, _, _), .duplicateAlternative(let alternative),
            .nonPositiveNormalizedValue(let alternative, _, _, _):
            return alternative
        default:
            return nil
        }
    }

    /// A full sentence naming the criterion or alternative and what was expected.
    package var description: String {
        switch self {
        case .noAlternatives:
            return "the decision matrix has no alternatives; give at least one row"
        case .noCriteria:
            return "the decision matrix has no criteria; give at least one column"
        case .emptyAlternativeName(let index):
            return "alternative \(index + 1) has an empty name"
        case .emptyCriterionName(let index):
            return "criterion \(index + 1) has an empty name"
        case .duplicateAlternative(let name):
            return "the alternative \"\(name)\" appears twice; names must be unique"
        case .duplicateCriterion(let name):
            return "the criterion \"\(name)\" appears twice; names must be unique"
        case .rowCountMismatch(let alternatives, let rows):
            return "\(alternatives) alternatives were named but \(rows) rows of values were given"
        case .rowLength(let alternative, let expected, let found):
            return "alternative \"\(alternative)\" has \(found) values but there are \(expected) criteria"
        case .nonFiniteValue(let alternative, let criterion):
            return "the value of alternative \"\(alternative)\" on criterion \"\(criterion)\" is not a finite number"
        case .weightCountMismatch(let expected, let found):
            return "\(found) weights were given for \(expected) criteria; give one weight per criterion"
        case .typeCountMismatch(let expected, let found):
            return "\(found) criterion types were given for \(expected) criteria; give one type (+ or -) per criterion"
        case .nonFiniteWeight(let criterion):
            return "the weight of criterion \"\(criterion)\" is not a finite number"
        case .negativeWeight(let criterion, let weight):
            return "the weight of criterion \"\(criterion)\" is \(NumberFormatting.short(weight, 6)); weights must be ≥ 0"
        case .zeroWeightSum:
            return "the weights add up to 0; give at least one criterion a positive weight"
        case .nonPositiveValue(let alternative, let criterion, let value, let requirement):
            return "the value of alternative \"\(alternative)\" on criterion \"\(criterion)\" is \(NumberFormatting.short(value, 6)), but \(requirement.reason)"
        case .negativeValue(let alternative, let criterion, let value, let requirement):
            return "the value of alternative \"\(alternative)\" on criterion \"\(criterion)\" is \(NumberFormatting.short(value, 6)), but \(requirement.reason)"
        case .zeroColumn(let criterion, let requirement):
            return "every value of criterion \"\(criterion)\" is 0, but \(requirement.reason) and that norm is 0"
        case .nonPositiveNormalizedValue(let alternative, let criterion, let value, let normalization):
            return "the value of alternative \"\(alternative)\" on criterion \"\(criterion)\" normalises to \(NumberFormatting.short(value, 6)) under \(normalization.displayName) normalisation, and the weighted product model multiplies it in, so the alternative's product would be \(value == 0 ? "0 whatever its other values" : "undefined"); use --normalization sum (the default for WPM) or max on benefit criteria"
        }
    }
}

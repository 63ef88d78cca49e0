import Foundation
import Testing
@testable import ShortlistCLI
import ShortlistKit

/// `shortlist matrix --method wpm` never multiplies in a normalised 0: it refuses and names the cell.
@Suite struct MatrixWeightedProductTests {
    // x is the worst on a and y the worst on b: min-max maps both to 0.
    static let csv = "vendor,a,b\nx,1,2\ny,3,1\nz,2,3\n"

    @Test func minMaxNormalisationUnderWPMIsRefusedNamingTheCell() throws {
        // Before: x and y both scored 0.000000 and tied at rank 2, whatever their other value.
        let result = try AHPMatrixCommandTests.run(["matrix", "m.csv", "--weights", "1,1", "--types", "+,+", "--method", "wpm", "--normalization", "minmax"], files: ["m.csv": Self.csv])
        #expect(result.exitCode == .failure)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("m.csv:2:3: error: the value of alternative \"x\" on criterion \"a\" normalises to 0 under min-max normalisation, and the weighted product model multiplies it in, so the alternative's product would be 0 whatever its other values; use --normalization sum (the default for WPM) or max on benefit criteria\n"), "\(result.stderr)")
    }

    @Test func aZeroUnderWeightZeroIsHarmless() throws {
        // Max normalisation of the cost criterion b maps z (3) to 1 − 3/3 = 0, but b weighs 0: a^1 · 1 = a/3.
        let result = try AHPMatrixCommandTests.run(["matrix", "m.csv", "--weights", "1,0", "--types=+,-", "--method", "wpm", "--normalization", "max", "--format", "json"], files: ["m.csv": Self.csv])
        #expect(result.exitCode == .success, "\(result.stderr)")
    }

    @Test func weightsSummingToZeroAreAUsageError() throws {
        let result = try AHPMatrixCommandTests.run(["matrix", "m.csv", "--weights", "0,0", "--types", "+,+", "--method", "wpm"], files: ["m.csv": Self.csv])
        #expect(result.exitCode == .usage)
        #expect(result.stderr.hasPrefix("error: --weights: every weight is 0; give at least one criterion a positive weight"))
    }

    @Test func theLibraryRefusesToo() throws {
        let matrix = try DecisionMatrix(alternatives: ["x", "y", "z"], criteria: ["a", "b"], values: [[1, 2], [3, 1], [2, 3]])
        #expect(throws: MCDAError.nonPositiveNormalizedValue(alternative: "x", criterion: "a", value: 0, normalization: .minMax)) {
            try WeightedProduct.evaluate(matrix, weights: [1, 1], types: [.benefit, .benefit], normalization: .minMax)
        }
    }
}

import Testing
@testable import ShortlistKit

/// Issue 11: the library's own arithmetic near the limits of `Double` (weights, norms, sums).
struct LibraryExtremeNumberTests {
    @Test func weightsWhoseSumOverflowsAreScaledFirst() throws {
        let matrix = try DecisionMatrix(alternatives: ["a", "b"], criteria: ["x", "y"], values: [[1, 2], [2, 1]])
        // 1e308 + 1e308 overflows; 1e308/1e308 = 1 each, so 1/2 and 1/2.
        #expect(try matrix.normalizedWeights([1e308, 1e308], types: [.benefit, .benefit]) == [0.5, 0.5])
        // 1.5e308 : 0.5e308 = 3 : 1 → 0.75, 0.25.
        #expect(try matrix.normalizedWeights([1.5e308, 0.5e308], types: [.benefit, .benefit]) == [0.75, 0.25])
        // Subnormal weights keep their ratio: 5e-324 : 1e-323 = 1 : 2.
        let tiny = try matrix.normalizedWeights([5e-324, 1e-323], types: [.benefit, .benefit])
        #expect(abs(tiny[0] - 1.0 / 3) < 1e-15 && abs(tiny[1] - 2.0 / 3) < 1e-15)
    }

    @Test func normsThatOverflowOrUnderflowAreScaled() {
        // ‖(3e200, 4e200)‖ = 5e200 although 9e400 overflows: r = 0.6, 0.8.
        let vector = Normalization.vector.normalize(column: [3e200, 4e200], type: .benefit)
        #expect(abs(vector[0] - 0.6) < 1e-15 && abs(vector[1] - 0.8) < 1e-15)
        // ‖(3e-200, 4e-200)‖ = 5e-200 although the squares underflow to 0.
        let small = Normalization.vector.normalize(column: [3e-200, 4e-200], type: .benefit)
        #expect(abs(small[0] - 0.6) < 1e-15 && abs(small[1] - 0.8) < 1e-15)
        // Sum of (1e308, 1e308) overflows: 1/2 each.
        #expect(Normalization.sum.normalize(column: [1e308, 1e308], type: .benefit) == [0.5, 0.5])
        // Cost with sum normalisation: 1/5e-324 overflows; (m/x)/Σ(m/x) with m = 5e-324: (1, 0.5)/1.5 = 2/3, 1/3.
        let cost = Normalization.sum.normalize(column: [5e-324, 1e-323], type: .cost)
        #expect(abs(cost[0] - 2.0 / 3) < 1e-15 && abs(cost[1] - 1.0 / 3) < 1e-15)
        // Min-max over −1e308 … 1e308: the range overflows; 0 lies halfway.
        #expect(Normalization.minMax.normalize(column: [-1e308, 0, 1e308], type: .benefit) == [0, 0.5, 1])
    }

    @Test func boundsRefuseWhatCouldOverflowAndKeepWhatIsReal() {
        #expect(NumberBounds.problem(with: 1e12) == nil)
        #expect(NumberBounds.problem(with: -1e12) == nil)
        #expect(NumberBounds.problem(with: 0) == nil)
        #expect(NumberBounds.problem(with: 1e-9) == nil)
        #expect(NumberBounds.problem(with: 1.000001e12) != nil)
        #expect(NumberBounds.problem(with: 1e308) != nil)
        #expect(NumberBounds.problem(with: 1e-308) != nil)
        #expect(NumberBounds.problem(with: 5e-324) != nil)
        #expect(NumberBounds.problem(with: .infinity) == "not a finite number")
        // A sum of 10⁶ terms of 10¹² is 10¹⁸ and a square 10²⁴: both finite.
        #expect((NumberBounds.largest * 1e6).isFinite && (NumberBounds.largest * NumberBounds.largest).isFinite)
    }
}

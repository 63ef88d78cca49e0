import Testing
@testable import ShortlistKit

/// WSM, WPM and TOPSIS against published examples and against pymcdm; rank correlation against scipy.
///
/// Oracles (9-decimal values are checked to 1e-7, i.e. well within 6 decimals):
/// - Tzeng & Huang (2011), *Multiple Attribute Decision Making: Methods and Applications*, CRC
///   Press, TOPSIS example (4 alternatives × 3 benefit criteria, weights 0.3, 0.4, 0.3), as
///   reproduced with its published closeness to 4 decimals in scikit-criteria's test suite
///   (quatrope/scikit-criteria, tests/agg/test_similarity.py, `test_TOPSIS_tzeng2011multiple`).
///   The book's numbers are for vector normalisation; the min-max figures come from pymcdm.
/// - pymcdm 1.4.0 (`pymcdm.methods.TOPSIS/WSM/WPM` with `pymcdm.normalizations.*`, weights
///   scaled to sum 1), run on the same matrices under numpy 2.4.6.
/// - scikit-criteria's WSM test on Kracka, Brauers & Zavadskas (2010) (tests/agg/test_simple.py,
///   `test_WeightedSumModel_kracka2010ranking`: inverted costs, sum scaling, equal weights).
/// - Wikipedia, "Weighted product model": the ratios P(A1/A2) = 1.007, P(A1/A3) = 1.067,
///   P(A2/A3) = 1.059 (3 decimals).
/// - scipy 1.17.1 `stats.kendalltau` (tau-b) and `stats.spearmanr` for rank correlations.
@Suite struct MCDATests {
    // MARK: - Fixtures

    static let tzengHuang = try! DecisionMatrix(
        alternatives: ["A1", "A2", "A3", "A4"], criteria: ["C1", "C2", "C3"],
        values: [[5, 8, 4], [7, 6, 8], [8, 8, 6], [7, 4, 6]])
    static let tzengWeights = [0.3, 0.4, 0.3]
    static let allBenefit: [CriterionType] = [.benefit, .benefit, .benefit]

    /// A procurement matrix with two cost criteria: price (−), quality score (+), response hours (−), modules (+).
    static let vendors = try! DecisionMatrix(
        alternatives: ["acme", "brightly", "corvid", "dunmore", "elm"],
        criteria: ["price", "quality", "responseHours", "modules"],
        values: [[120000, 7, 24, 35], [95000, 6, 48, 28], [143000, 9, 8, 41], [88000, 5, 72, 22], [110000, 8, 24, 30]])
    static let vendorWeights = [0.35, 0.30, 0.15, 0.20]
    static let vendorTypes: [CriterionType] = [.cost, .benefit, .cost, .benefit]

    /// Kracka, Brauers & Zavadskas (2010), heating losses: 6 alternatives × 7 criteria, 5 costs and 2 benefits.
    static let kracka = try! DecisionMatrix(
        alternatives: ["A0", "A1", "A2", "A3", "A4", "A5"], criteria: (1...7).map { "C\($0)" },
        values: [
            [33.95, 23.78, 11.45, 39.97, 29.44, 167.10, 3.852],
            [38.9, 4.17, 6.32, 0.01, 4.29, 132.52, 25.184],
            [37.59, 9.36, 8.23, 4.35, 10.22, 136.71, 10.845],
            [30.44, 37.59, 13.91, 74.08, 45.10, 198.34, 2.186],
            [36.21, 14.79, 9.17, 17.77, 17.06, 148.3, 6.610],
            [37.8, 8.55, 7.97, 2.35, 9.25, 134.83, 11.935],
        ])
    static let krackaTypes: [CriterionType] = [.cost, .cost, .cost, .cost, .benefit, .cost, .benefit]

    // MARK: - TOPSIS

    @Test func topsisTzengHuangVectorNormalisationMatchesThePublishedCloseness() throws {
        let result = try TOPSIS.evaluate(Self.tzengHuang, weights: Self.tzengWeights, types: Self.allBenefit)
        #expect(result.result.normalization == .vector)
        // Tzeng & Huang (2011), 4 decimals.
        expectClose(result.result.scores, [0.5037, 0.6581, 0.7482, 0.3340], 0.00005, "published")
        // pymcdm 1.4.0 TOPSIS(vector_normalization).
        expectClose(result.result.scores, [0.503719659, 0.658084772, 0.748248660, 0.333997437], 1e-7, "pymcdm")
        #expect(result.result.ranks == [3, 2, 1, 4])
        #expect(result.result.order == [2, 1, 0, 3])
    }

    @Test func topsisTzengHuangMinMaxNormalisation() throws {
        let result = try TOPSIS.evaluate(Self.tzengHuang, weights: Self.tzengWeights, types: Self.allBenefit, normalization: .minMax)
        // pymcdm 1.4.0 TOPSIS(minmax_normalization); the book gives only the vector case.
        expectClose(result.result.scores, [0.485281374, 0.648371295, 0.776790805, 0.362977345], 1e-7, "pymcdm")
        #expect(result.result.ranks == [3, 2, 1, 4])
    }

    @Test func topsisIdealPointsAndDistancesAreConsistent() throws {
        let t = try TOPSIS.evaluate(Self.tzengHuang, weights: Self.tzengWeights, types: Self.allBenefit)
        // Hwang & Yoon: v = w·x/‖x‖; column 1 has ‖x‖ = √187, so A⁺₁ = 0.3·8/√187 and A⁻₁ = 0.3·5/√187.
        #expect(abs(t.ideal[0] - 0.3 * 8 / 187.0.squareRoot()) < 1e-15)
        #expect(abs(t.antiIdeal[0] - 0.3 * 5 / 187.0.squareRoot()) < 1e-15)
        for i in 0..<4 {
            let c = t.distanceToAntiIdeal[i] / (t.distanceToIdeal[i] + t.distanceToAntiIdeal[i])
            #expect(abs(c - t.result.scores[i]) < 1e-15)
        }
    }

    @Test(arguments: [
        (Normalization.vector, [0.599795665, 0.464120384, 0.644299275, 0.355700725, 0.667943388], [3, 4, 2, 5, 1]),
        (.minMax, [0.510271666, 0.535020181, 0.527354356, 0.472645644, 0.628374073], [4, 2, 3, 5, 1]),
        (.max, [0.567690031, 0.481065958, 0.609498213, 0.390501787, 0.651844795], [3, 4, 2, 5, 1]),
        (.sum, [0.343943744, 0.291368657, 0.708888806, 0.291111194, 0.389877459], [3, 4, 1, 5, 2]),
    ])
    func topsisWithCostCriteriaMatchesPymcdm(normalization: Normalization, expected: [Double], ranks: [Int]) throws {
        // pymcdm 1.4.0 TOPSIS(<normalization>) on the vendor matrix, types [-1, 1, -1, 1].
        let result = try TOPSIS.evaluate(Self.vendors, weights: Self.vendorWeights, types: Self.vendorTypes, normalization: normalization)
        expectClose(result.result.scores, expected, 1e-7, "TOPSIS \(normalization.rawValue)")
        #expect(result.result.ranks == ranks)
    }

    @Test func topsisOnKrackaMatchesPymcdm() throws {
        let result = try TOPSIS.evaluate(Self.kracka, weights: Array(repeating: 1, count: 7), types: Self.krackaTypes)
        // pymcdm 1.4.0 TOPSIS(vector_normalization), equal weights.
        expectClose(result.result.scores, [0.402980161, 0.660615350, 0.581916211, 0.339384650, 0.511864710, 0.593811466], 1e-7, "pymcdm")
        #expect(result.result.ranks == [5, 1, 3, 6, 4, 2])
    }

    @Test func topsisWithIdenticalAlternativesGivesEveryoneOne() throws {
        let same = try DecisionMatrix(alternatives: ["a", "b"], criteria: ["x", "y"], values: [[3, 4], [3, 4]])
        let result = try TOPSIS.evaluate(same, weights: [1, 1], types: [.benefit, .cost])
        #expect(result.result.scores == [1, 1])
        #expect(result.result.ranks == [1, 1])
    }

    // MARK: - WSM

    @Test func wsmMatchesPymcdm() throws {
        // pymcdm 1.4.0 WSM(minmax_normalization) and WSM(sum_normalization).
        let minMax = try WeightedSum.evaluate(Self.vendors, weights: Self.vendorWeights, types: Self.vendorTypes)
        #expect(minMax.normalization == .minMax)
        expectClose(minMax.scores, [0.545705742, 0.499862440, 0.650000000, 0.350000000, 0.631710526], 1e-7, "minmax")
        #expect(minMax.ranks == [3, 4, 1, 5, 2])
        let tzeng = try WeightedSum.evaluate(Self.tzengHuang, weights: Self.tzengWeights, types: Self.allBenefit)
        expectClose(tzeng.scores, [0.4, 0.7, 0.85, 0.35], 1e-12, "minmax Tzeng–Huang")
        let vector = try WeightedSum.evaluate(Self.kracka, weights: Array(repeating: 1, count: 7), types: Self.krackaTypes, normalization: .vector)
        expectClose(vector.scores, [0.482217333, 0.678237301, 0.593378518, 0.395194972, 0.544716797, 0.603633988], 1e-7, "vector")
        let max = try WeightedSum.evaluate(Self.vendors, weights: Self.vendorWeights, types: Self.vendorTypes, normalization: .max)
        expectClose(max.scores, [0.560358747, 0.504067883, 0.633333333, 0.408599124, 0.593777361], 1e-7, "max")
    }

    @Test func wsmSumNormalisationMatchesScikitCriteriaOnKracka() throws {
        // scikit-criteria test_WeightedSumModel_kracka2010ranking (InvertMinimize + SumScaler, equal weights);
        // pymcdm 1.4.0 WSM(sum_normalization) gives the same.
        let result = try WeightedSum.evaluate(Self.kracka, weights: Array(repeating: 20, count: 7), types: Self.krackaTypes, normalization: .sum)
        expectClose(result.scores, [0.12040426, 0.3458235, 0.13838192, 0.12841246, 0.12346084, 0.14351701], 1e-8, "skcriteria")
        #expect(result.ranks == [6, 1, 3, 4, 5, 2])
    }

    @Test func minMaxOfAConstantColumnGivesEveryoneOne() throws {
        let matrix = try DecisionMatrix(alternatives: ["a", "b", "c"], criteria: ["flat", "x"], values: [[5, 1], [5, 2], [5, 3]])
        let normalized = try Normalization.minMax.normalize(matrix, types: [.benefit, .cost])
        #expect(normalized.map { $0[0] } == [1, 1, 1])
        #expect(normalized.map { $0[1] } == [1, 0.5, 0])
        let result = try WeightedSum.evaluate(matrix, weights: [1, 1], types: [.cost, .benefit])
        #expect(result.scores == [0.5, 0.75, 1])
    }

    // MARK: - WPM

    @Test func wpmMatchesPymcdm() throws {
        // pymcdm 1.4.0 WPM(sum_normalization) and WPM(max_normalization).
        let sum = try WeightedProduct.evaluate(Self.vendors, weights: Self.vendorWeights, types: Self.vendorTypes)
        #expect(sum.normalization == .sum)
        expectClose(sum.scores, [0.192716875, 0.172111298, 0.237859367, 0.150081988, 0.200518278], 1e-7, "sum")
        #expect(sum.ranks == [3, 4, 1, 5, 2])
        let kracka = try WeightedProduct.evaluate(Self.kracka, weights: Array(repeating: 1, count: 7), types: Self.krackaTypes)
        expectClose(kracka.scores, [0.051457776, 0.236482926, 0.085527589, 0.041700269, 0.064274830, 0.095100957], 1e-7, "sum Kracka")
        let max = try WeightedProduct.evaluate(Self.tzengHuang, weights: Self.tzengWeights, types: Self.allBenefit, normalization: .max)
        expectClose(max.scores, [0.705431757, 0.856301927, 0.917314755, 0.667895929], 1e-7, "max")
    }

    @Test func wpmReproducesWikipediasPairwiseRatios() throws {
        let matrix = try DecisionMatrix(
            alternatives: ["A1", "A2", "A3"], criteria: ["C1", "C2", "C3", "C4"],
            values: [[25, 20, 15, 30], [10, 30, 20, 30], [30, 10, 30, 10]])
        let result = try WeightedProduct.evaluate(matrix, weights: [0.20, 0.15, 0.40, 0.25], types: [.benefit, .benefit, .benefit, .benefit])
        let p = result.scores
        // Wikipedia: P(A1/A2) = 1.007, P(A1/A3) = 1.067, P(A2/A3) = 1.059; numpy: 1.007392744, 1.067054411, 1.059223841.
        expectClose([p[0] / p[1], p[0] / p[2], p[1] / p[2]], [1.007, 1.067, 1.059], 0.0005, "published")
        expectClose([p[0] / p[1], p[0] / p[2], p[1] / p[2]], [1.007392744, 1.067054411, 1.059223841], 1e-8, "numpy")
        #expect(result.ranks == [1, 2, 3])
    }

    @Test func wpmNeedsPositiveValuesAndSaysSo() throws {
        let matrix = try DecisionMatrix(alternatives: ["a", "b"], criteria: ["price", "uptime"], values: [[100, 0.99], [0, 0.95]])
        let expected = MCDAError.nonPositiveValue(alternative: "b", criterion: "price", value: 0, requiredBy: .weightedProduct)
        #expect(throws: expected) { try WeightedProduct.evaluate(matrix, weights: [1, 1], types: [.cost, .benefit]) }
        #expect(expected.description == "the value of alternative \"b\" on criterion \"price\" is 0, but the weighted product model (WPM) raises values to powers and needs positive values")
        #expect(expected.alternative == "b" && expected.criterion == "price")
    }

    // MARK: - Validation

    @Test func weightErrorsNameTheCriterion() {
        let m = Self.tzengHuang
        #expect(throws: MCDAError.weightCountMismatch(expected: 3, found: 2)) { try WeightedSum.evaluate(m, weights: [1, 1], types: Self.allBenefit) }
        #expect(throws: MCDAError.typeCountMismatch(expected: 3, found: 1)) { try WeightedSum.evaluate(m, weights: [1, 1, 1], types: [.benefit]) }
        #expect(throws: MCDAError.negativeWeight(criterion: "C2", weight: -1)) { try TOPSIS.evaluate(m, weights: [1, -1, 1], types: Self.allBenefit) }
        #expect(throws: MCDAError.zeroWeightSum) { try WeightedProduct.evaluate(m, weights: [0, 0, 0], types: Self.allBenefit) }
        #expect(throws: MCDAError.nonFiniteWeight(criterion: "C3")) { try WeightedSum.evaluate(m, weights: [1, 1, .nan], types: Self.allBenefit) }
        let scaled = try? WeightedSum.evaluate(m, weights: [3, 4, 3], types: Self.allBenefit)
        #expect(scaled?.weights == [0.3, 0.4, 0.3])
    }

    @Test func matrixErrorsNameTheAlternativeAndCriterion() {
        #expect(throws: MCDAError.nonFiniteValue(alternative: "b", criterion: "y")) {
            try DecisionMatrix(alternatives: ["a", "b"], criteria: ["x", "y"], values: [[1, 2], [3, .infinity]])
        }
        #expect(throws: MCDAError.rowLength(alternative: "b", expected: 2, found: 1)) {
            try DecisionMatrix(alternatives: ["a", "b"], criteria: ["x", "y"], values: [[1, 2], [3]])
        }
        #expect(throws: MCDAError.duplicateAlternative("a")) { try DecisionMatrix(alternatives: ["a", "a"], criteria: ["x"], values: [[1], [2]]) }
        #expect(throws: MCDAError.duplicateCriterion("x")) { try DecisionMatrix(alternatives: ["a"], criteria: ["x", "x"], values: [[1, 2]]) }
        #expect(throws: MCDAError.noAlternatives) { try DecisionMatrix(alternatives: [], criteria: ["x"], values: []) }
        #expect(throws: MCDAError.noCriteria) { try DecisionMatrix(alternatives: ["a"], criteria: [], values: [[]]) }
        #expect(throws: MCDAError.rowCountMismatch(alternatives: 2, rows: 1)) { try DecisionMatrix(alternatives: ["a", "b"], criteria: ["x"], values: [[1]]) }
    }

    @Test func normalisationDomains() throws {
        let zero = try DecisionMatrix(alternatives: ["a", "b"], criteria: ["x"], values: [[0], [0]])
        #expect(throws: MCDAError.zeroColumn(criterion: "x", requiredBy: .vectorNormalization)) { try Normalization.vector.normalize(zero, types: [.benefit]) }
        #expect(throws: MCDAError.zeroColumn(criterion: "x", requiredBy: .maxNormalization)) { try Normalization.max.normalize(zero, types: [.benefit]) }
        let negative = try DecisionMatrix(alternatives: ["a", "b"], criteria: ["x"], values: [[2], [-1]])
        #expect(throws: MCDAError.negativeValue(alternative: "b", criterion: "x", value: -1, requiredBy: .maxNormalization)) {
            try Normalization.max.normalize(negative, types: [.benefit])
        }
        #expect(throws: MCDAError.nonPositiveValue(alternative: "b", criterion: "x", value: -1, requiredBy: .sumNormalization)) {
            try Normalization.sum.normalize(negative, types: [.cost])
        }
        // Min-max accepts any finite values.
        #expect(try Normalization.minMax.normalize(negative, types: [.cost]) == [[0], [1]])
    }

    @Test func costNormalisationsAreTheReflectionsPymcdmUses() throws {
        let m = try DecisionMatrix(alternatives: ["a", "b", "c"], criteria: ["x"], values: [[1], [2], [4]])
        #expect(try Normalization.max.normalize(m, types: [.cost]).map { $0[0] } == [0.75, 0.5, 0])
        #expect(try Normalization.minMax.normalize(m, types: [.cost]).map { $0[0] } == [1, 2.0 / 3, 0])
        let vector = try Normalization.vector.normalize(m, types: [.cost]).map { $0[0] }
        expectClose(vector, [1 - 1 / 21.0.squareRoot(), 1 - 2 / 21.0.squareRoot(), 1 - 4 / 21.0.squareRoot()], 1e-15)
        let sum = try Normalization.sum.normalize(m, types: [.cost]).map { $0[0] }
        expectClose(sum, [4.0 / 7, 2.0 / 7, 1.0 / 7], 1e-15)
    }

    // MARK: - Ranking

    @Test func competitionRankingSharesRanksAndKeepsInputOrder() {
        #expect(CompetitionRanking.ranks([0.5, 0.9, 0.9, 0.1]) == [3, 1, 1, 4])
        #expect(CompetitionRanking.order([0.5, 0.9, 0.9, 0.1]) == [1, 2, 0, 3])
        #expect(CompetitionRanking.ranks([0.3, 0.3 + 1e-12, 0.2]) == [1, 1, 3], "rounding noise is a tie")
        #expect(CompetitionRanking.order([0.3 + 1e-12, 0.3, 0.2]) == [0, 1, 2])
        #expect(CompetitionRanking.order([0.3, 0.3 + 1e-12, 0.2]) == [0, 1, 2], "tied alternatives keep their input order")
        #expect(CompetitionRanking.ranks([1, 1, 1]) == [1, 1, 1])
        #expect(CompetitionRanking.ranks([]) == [])
    }

    @Test func methodsDispatchWithTheirDefaults() throws {
        #expect(MCDAMethod.wsm.defaultNormalization == .minMax)
        #expect(MCDAMethod.wpm.defaultNormalization == .sum)
        #expect(MCDAMethod.topsis.defaultNormalization == .vector)
        let topsis = try MCDAMethod.topsis.evaluate(Self.tzengHuang, weights: Self.tzengWeights, types: Self.allBenefit)
        #expect(topsis == (try TOPSIS.evaluate(Self.tzengHuang, weights: Self.tzengWeights, types: Self.allBenefit).result))
        let wsm = try MCDAMethod.wsm.evaluate(Self.vendors, weights: Self.vendorWeights, types: Self.vendorTypes, normalization: .sum)
        expectClose(wsm.scores, [0.193571244, 0.179743357, 0.259704500, 0.165522559, 0.201458340], 1e-7, "pymcdm WSM sum")
    }

    // MARK: - Rank correlation

    @Test(arguments: [
        ([1.0, 2, 3, 4, 5], [3.0, 1, 2, 5, 4], 0.4, 0.6),
        ([1, 1, 3, 4, 4], [2, 1, 3, 3, 5], 0.824957911384, 0.892217816219),
        ([1, 2, 3, 4, 5, 6, 7], [2, 1, 4, 3, 7, 5, 6], 0.619047619048, 0.821428571429),
        ([1, 1, 3, 3, 5, 6], [1, 2, 2, 4, 4, 6], 0.846153846154, 0.893939393939),
    ])
    func rankCorrelationMatchesScipy(x: [Double], y: [Double], tau: Double, rho: Double) throws {
        // scipy 1.17.1: stats.kendalltau(x, y).statistic (tau-b), stats.spearmanr(x, y).statistic.
        let t = try #require(RankCorrelation.kendallTauB(x, y))
        let r = try #require(RankCorrelation.spearmanRho(x, y))
        #expect(abs(t - tau) < 1e-11, "tau-b \(t)")
        #expect(abs(r - rho) < 1e-11, "rho \(r)")
    }

    @Test func identicalRankingsCorrelateOneAndReversedMinusOne() {
        let ranks = [1, 2, 2, 4, 5]
        #expect(RankCorrelation.kendallTauB(ranks: ranks, ranks) == 1)
        #expect(RankCorrelation.spearmanRho(ranks: ranks, ranks).map { abs($0 - 1) < 1e-15 } == true)
        let x: [Double] = [1, 2, 3, 4, 5, 6]
        #expect(RankCorrelation.kendallTauB(x, x.reversed()) == -1)
        #expect(RankCorrelation.spearmanRho(x, x.reversed()).map { abs($0 + 1) < 1e-15 } == true)
        #expect(RankCorrelation.kendallTauB([1], [1]) == nil)
        #expect(RankCorrelation.spearmanRho([1, 1, 1], [1, 2, 3]) == nil, "undefined when one ranking ties everything")
        #expect(RankCorrelation.averageRanks([10, 20, 20, 30]) == [1, 2.5, 2.5, 4])
    }

    @Test func methodsAgreeOnTzengHuangAndDisagreeOnTheVendors() throws {
        let wsm = try WeightedSum.evaluate(Self.vendors, weights: Self.vendorWeights, types: Self.vendorTypes)
        let topsis = try TOPSIS.evaluate(Self.vendors, weights: Self.vendorWeights, types: Self.vendorTypes).result
        // WSM ranks [3, 4, 1, 5, 2], TOPSIS [3, 4, 2, 5, 1]: one swap among 10 pairs → tau 0.8, rho 0.9.
        #expect(abs((RankCorrelation.kendallTauB(ranks: wsm.ranks, topsis.ranks) ?? 0) - 0.8) < 1e-12)
        #expect(abs((RankCorrelation.spearmanRho(ranks: wsm.ranks, topsis.ranks) ?? 0) - 0.9) < 1e-12)
    }
}

import Foundation
import Testing
@testable import ShortlistKit

/// SMAA-2 (Lahdelma & Salminen 2001) against JSMAA's published test model and exact identities.
///
/// Oracle: JSMAA's benefit–risk model of four antidepressants on six criteria
/// (tommite/jsmaa, `lib/src/test/java/fi/smaa/jsmaa/simulator/SMAA2SimulationTest.java`,
/// `testCorrectResultsWithBRModel`): log-normal efficacy (more is better), normal adverse-event
/// rates (less is better), linear partial values on JSMAA's automatic scales (the hull of the
/// 95 % intervals, `ImpactMatrix.updateScales`), missing weight information; JSMAA asserts rank
/// acceptabilities and central weights within ±0.02 and confidence factors within ±0.03 after
/// 10,000 iterations. Here 20,000 samples (Monte Carlo standard error ≤ 0.0035).
@Suite struct SMAATests {
    static let drugs = ["Paroxetine", "Fluoxetine", "Sertraline", "Venlafaxine"]
    static let endpoints = ["Efficacy", "Diarrhea", "Dizziness", "Headache", "Insomnia", "Nausea"]

    /// JSMAA's benefit–risk model, rows in JSMAA's alternative order.
    static func benefitRisk() throws -> SMAAProblem {
        let efficacy: [ScoreDistribution] = [.logNormal(mu: 0.086, sigma: 0.056), .logNormal(mu: 0, sigma: 0),
                                             .logNormal(mu: 0.095, sigma: 0.044), .logNormal(mu: 0.113, sigma: 0.048)]
        // (mean, sd) per drug: Paroxetine, Fluoxetine, Sertraline, Venlafaxine.
        let adverse: [[(Double, Double)]] = [
            [(9.2, 1.86), (11.7, 2.5), (15.4, 2.65), (5.5, 2.32)],     // diarrhea
            [(10.6, 1.58), (7.2, 1.45), (7.5, 1.48), (15.7, 4.44)],    // dizziness
            [(21.2, 5.15), (16.6, 3.27), (20.2, 3.78), (12.8, 2.45)],  // headache
            [(14.3, 2.93), (13.7, 1.89), (15.0, 3.21), (11.2, 3.98)],  // insomnia
            [(18.3, 3.7), (18.6, 1.79), (19.5, 2.6), (31.0, 1.68)],    // nausea
        ]
        let columns = [efficacy] + adverse.map { $0.map { ScoreDistribution.gaussian(mean: $0.0, sd: $0.1) } }
        let values = drugs.indices.map { a in columns.map { $0[a] } }
        let scales = columns.enumerated().map { c, column in CriterionScale(enclosing: column, ascending: c == 0) }
        return try SMAAProblem(alternatives: drugs, criteria: endpoints, values: values, weights: .missing, scales: scales)
    }

    /// Random exact partial values, with alternative 3 a copy of alternative 1 (an exact tie).
    static func randomExact(alternatives n: Int, criteria m: Int, seed: UInt64) throws -> SMAAProblem {
        var g = Xoshiro256StarStar(seed: seed)
        var values = (0..<n).map { _ in (0..<m).map { _ in ScoreDistribution.exact(g.nextUnit()) } }
        if n > 3 { values[3] = values[1] }
        return try SMAAProblem(alternatives: (0..<n).map { "a\($0)" }, criteria: (0..<m).map { "c\($0)" }, values: values)
    }

    static func expectStochasticIdentities(_ r: SMAAResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let n = r.alternatives.count
        for i in 0..<n {
            let row = r.acceptability[i].reduce(0, +)
            #expect(abs(row - 1) < 1e-12, "row \(i) sums to \(row)", sourceLocation: sourceLocation)
            let column = (0..<n).reduce(0.0) { $0 + r.acceptability[$1][i] }
            #expect(abs(column - 1) < 1e-12, "column \(i) sums to \(column)", sourceLocation: sourceLocation)
            #expect(r.acceptability[i].allSatisfy { $0 >= 0 && $0 <= 1 }, sourceLocation: sourceLocation)
            if let weights = r.centralWeights[i] {
                #expect(abs(weights.reduce(0, +) - 1) < 1e-12, "central weights of \(i) sum to \(weights.reduce(0, +))", sourceLocation: sourceLocation)
            }
            #expect((r.centralWeights[i] == nil) == (r.acceptability[i][0] == 0), sourceLocation: sourceLocation)
            #expect((r.confidence[i] == nil) == (r.centralWeights[i] == nil), sourceLocation: sourceLocation)
        }
    }

    // MARK: - JSMAA oracle

    @Test func jsmaaAutomaticScalesMatch() throws {
        let p = try Self.benefitRisk()
        // SMAA2SimulationTest asserts these scale ends (±0.01 for efficacy, ±1.0 for the others).
        expectClose(p.scales[0].lower, 0.98, 0.01, "efficacy start")
        expectClose(p.scales[0].upper, 1.23, 0.01, "efficacy end")
        let ends: [(Double, Double)] = [(1.0, 20.6), (4.4, 24.4), (8.0, 31.3), (3.4, 21.3), (11.1, 34.0)]
        for (k, (lower, upper)) in ends.enumerated() {
            expectClose(p.scales[k + 1].lower, lower, 1.0, "\(Self.endpoints[k + 1]) start")
            expectClose(p.scales[k + 1].upper, upper, 1.0, "\(Self.endpoints[k + 1]) end")
            #expect(!p.scales[k + 1].ascending)
        }
    }

    /// One 20,000-sample run of the JSMAA model, shared by the tests that compare with it.
    static let benefitRiskResult: SMAAResult? = try? SMAA.run(benefitRisk(), samples: 20_000, seed: 2001)

    @Test func reproducesJSMAABenefitRiskModel() throws {
        let r = try #require(Self.benefitRiskResult)
        // (rank acceptabilities 1…4, confidence factor), SMAA2SimulationTest.testCorrectResultsWithBRModel.
        let published: [([Double], Double)] = [
            ([0.25, 0.29, 0.27, 0.19], 0.44),  // Paroxetine
            ([0.20, 0.28, 0.30, 0.22], 0.48),  // Fluoxetine
            ([0.17, 0.25, 0.29, 0.30], 0.34),  // Sertraline
            ([0.39, 0.18, 0.15, 0.29], 0.74),  // Venlafaxine
        ]
        for (i, (ranks, confidence)) in published.enumerated() {
            for r0 in 0..<4 { expectClose(r.acceptability[i][r0], ranks[r0], 0.02, "\(Self.drugs[i]) rank \(r0 + 1)") }
            expectClose(r.confidence[i], confidence, 0.03, "\(Self.drugs[i]) confidence")
        }
        Self.expectStochasticIdentities(r)
    }

    @Test func reproducesJSMAACentralWeights() throws {
        let r = try #require(Self.benefitRiskResult)
        // Efficacy, diarrhea, dizziness, headache, insomnia, nausea (same JSMAA test, ±0.02).
        let published: [[Double]] = [
            [0.18, 0.17, 0.15, 0.13, 0.15, 0.22],  // Paroxetine
            [0.08, 0.14, 0.23, 0.18, 0.16, 0.22],  // Fluoxetine
            [0.21, 0.10, 0.22, 0.13, 0.15, 0.20],  // Sertraline
            [0.18, 0.21, 0.12, 0.21, 0.19, 0.09],  // Venlafaxine
        ]
        for (i, weights) in published.enumerated() {
            let central = try #require(r.centralWeights[i])
            for c in 0..<6 { expectClose(central[c], weights[c], 0.02, "\(Self.drugs[i]) \(Self.endpoints[c])") }
        }
    }

    // MARK: - Exact identities

    @Test func dominatingAlternativeIsAlwaysFirst() throws {
        let values: [[ScoreDistribution]] = [
            [.exact(0.4), .exact(0.5), .exact(0.9)],
            [.exact(0.5), .exact(0.6), .exact(0.9)],  // dominates: never worse, better on two criteria
            [.uniform(0, 0.5), .gaussian(mean: 0.2, sd: 0.01), .exact(0.1)],
        ]
        let p = try SMAAProblem(alternatives: ["x", "best", "z"], criteria: ["c1", "c2", "c3"], values: values)
        let r = SMAA.run(p, samples: 3000, seed: 9)
        #expect(r.acceptability[1] == [1, 0, 0])
        #expect(r.confidence[1] == 1)
        #expect(r.acceptability[0][0] == 0 && r.acceptability[2][0] == 0)
        #expect(r.centralWeights[0] == nil && r.confidence[0] == nil)
        #expect(r.winProbabilities == [0, 1, 0])
        Self.expectStochasticIdentities(r)
    }

    @Test func rowsAndColumnsSumToOneWithTies() throws {
        let p = try Self.randomExact(alternatives: 7, criteria: 5, seed: 3)
        let r = SMAA.run(p, samples: 10_000, seed: 11)
        Self.expectStochasticIdentities(r)
        // Alternatives 1 and 3 are identical: they always tie and share every rank they span.
        #expect(r.acceptability[1] == r.acceptability[3])
        #expect(r.centralWeights[1] == r.centralWeights[3])
        #expect(r.confidence[1] == r.confidence[3])
    }

    @Test func identicalAlternativesSplitEveryRank() throws {
        let row: [ScoreDistribution] = [.exact(0.3), .exact(0.8)]
        let p = try SMAAProblem(alternatives: ["a", "b"], criteria: ["c1", "c2"], values: [row, row])
        let r = SMAA.run(p, samples: 5000, seed: 1)
        #expect(r.acceptability == [[0.5, 0.5], [0.5, 0.5]])
        #expect(r.confidence == [1, 1])  // JSMAA's rule: a hit unless another is strictly better
    }

    @Test func symmetricProblemHasKnownCentralWeights() throws {
        // u_i = w_i: each rank 1/3; E[w | w_1 largest] for w uniform on the simplex is
        // (11/18, 7/36, 7/36) since E[max of 3 uniform spacings] = (1/3)(1 + 1/2 + 1/3).
        let values: [[ScoreDistribution]] = (0..<3).map { i in (0..<3).map { .exact($0 == i ? 1 : 0) } }
        let p = try SMAAProblem(alternatives: ["a", "b", "c"], criteria: ["x", "y", "z"], values: values)
        let r = SMAA.run(p, samples: 40_000, seed: 5)
        for i in 0..<3 {
            for k in 0..<3 { expectClose(r.acceptability[i][k], 1.0 / 3, 0.012, "b\(k + 1)(\(i))") }
            let central = try #require(r.centralWeights[i])
            for c in 0..<3 { expectClose(central[c], c == i ? 11.0 / 18 : 7.0 / 36, 0.006, "cw(\(i))[\(c)]") }
            #expect(r.confidence[i] == 1)
        }
    }

    // MARK: - Weight information

    @Test func ordinalWeightsRespectTheOrder() throws {
        // a = (1, 0), b = (0, 1): a wins exactly when w1 > w2, which ranks [1, 2] guarantees.
        let values: [[ScoreDistribution]] = [[.exact(1), .exact(0)], [.exact(0), .exact(1)]]
        let ordered = try SMAAProblem(alternatives: ["a", "b"], criteria: ["x", "y"], values: values, weights: .ordinal([1, 2]))
        let r = SMAA.run(ordered, samples: 5000, seed: 4)
        #expect(r.acceptability[0] == [1, 0])
        let central = try #require(r.centralWeights[0])
        expectClose(central[0], 0.75, 0.01, "E[w1 | w1 ≥ w2]")
        // Tied ranks: no order between the two, so each wins half the time.
        let tied = try SMAAProblem(alternatives: ["a", "b"], criteria: ["x", "y"], values: values, weights: .ordinal([1, 1]))
        expectClose(SMAA.run(tied, samples: 20_000, seed: 4).acceptability[0][0], 0.5, 0.015, "tied ranks")
        // Three criteria ranked 1, 2, 2 (the last two tied): w1 is the largest spacing, E = 11/18.
        let three: [[ScoreDistribution]] = [[.exact(1), .exact(0), .exact(0)], [.exact(0), .exact(1), .exact(0)], [.exact(0), .exact(0), .exact(1)]]
        let partial = try SMAAProblem(alternatives: ["a", "b", "c"], criteria: ["x", "y", "z"], values: three, weights: .ordinal([1, 2, 2]))
        let rp = SMAA.run(partial, samples: 20_000, seed: 8)
        #expect(rp.acceptability[0] == [1, 0, 0])
        expectClose(rp.acceptability[1][1], 0.5, 0.015, "b2(b)")
        expectClose(try #require(rp.centralWeights[0])[0], 11.0 / 18, 0.006, "E[max spacing]")
    }

    @Test func intervalWeightsStayInsideTheirBounds() throws {
        let p = try Self.randomExact(alternatives: 6, criteria: 4, seed: 21)
        let center = [0.4, 0.3, 0.2, 0.1]
        let inside = try SMAAProblem(alternatives: p.alternatives, criteria: p.criteria, values: p.values,
                                     weights: .interval(center: center.map { $0 * 10 }, relative: 0.25))
        let r = SMAA.run(inside, samples: 8000, seed: 2)
        #expect(r.fallbackSamples == 0)
        Self.expectStochasticIdentities(r)
        for weights in r.centralWeights.compactMap({ $0 }) {
            for c in 0..<4 { #expect(weights[c] >= center[c] * 0.75 - 1e-12 && weights[c] <= center[c] * 1.25 + 1e-12) }
        }
        // Zero width: the weights are the centre, so the ranking is that of the weighted sum.
        let fixed = try SMAAProblem(alternatives: p.alternatives, criteria: p.criteria, values: p.values, weights: .interval(center: center, relative: 0))
        let rf = SMAA.run(fixed, samples: 500, seed: 2)
        let totals = p.values.map { row in zip(row, center).reduce(0.0) { total, pair in
            guard case .exact(let x) = pair.0 else { return total }
            return total + x * pair.1
        } }
        let leader = totals.indices.max { totals[$0] < totals[$1] }!
        #expect(rf.acceptability[leader][0] == 1)
    }

    @Test func narrowIntervalsOnManyCriteriaAreSampledWithoutFallback() throws {
        // ±1 % around 40 equal weights: hopeless for the shifted simplex, easy for the box proposal.
        let m = 40
        let values = [[ScoreDistribution]](repeating: (0..<m).map { .exact(Double($0) / Double(m)) }, count: 2)
        let p = try SMAAProblem(alternatives: ["a", "b"], criteria: (0..<m).map { "c\($0)" }, values: values,
                                weights: .interval(center: [Double](repeating: 1, count: m), relative: 0.01))
        let r = SMAA.run(p, samples: 200, seed: 1)
        #expect(r.fallbackSamples == 0)
        let weights = try #require(r.centralWeights.compactMap { $0 }.first)
        for w in weights { #expect(w >= 0.99 / Double(m) - 1e-12 && w <= 1.01 / Double(m) + 1e-12) }
    }

    @Test func hopelessIntervalsFallBackClearly() throws {
        // 2,000 criteria with weights in [0, 4/2000]: both proposals essentially never land on Σw = 1.
        let m = 2000
        let values = [[ScoreDistribution]](repeating: (0..<m).map { .exact(Double($0 % 7)) }, count: 2)
        let p = try SMAAProblem(alternatives: ["a", "b"], criteria: (0..<m).map { "c\($0)" }, values: values,
                                weights: .interval(center: [Double](repeating: 1, count: m), relative: 3))
        let r = SMAA.run(p, samples: 2, seed: 1, threads: 1)
        #expect(r.fallbackSamples == 2)
        let weights = try #require(r.centralWeights.compactMap { $0 }.first)
        #expect(abs(weights.reduce(0, +) - 1) < 1e-9)
        for w in weights { #expect(w >= 0 && w <= 4.0 / Double(m) + 1e-12) }
    }

    @Test func bothIntervalProposalsSampleTheSamePolytope() throws {
        // ±60 % around (0.4, 0.3, 0.2, 0.1), clipped at 0: the mean of the uniform distribution on
        // the polytope, estimated by each proposal from 20,000 accepted draws.
        let values = [[ScoreDistribution]](repeating: [.exact(1), .exact(0), .exact(0), .exact(0)], count: 2)
        let p = try SMAAProblem(alternatives: ["a", "b"], criteria: ["w", "x", "y", "z"], values: values,
                                weights: .interval(center: [0.4, 0.3, 0.2, 0.1], relative: 0.6))
        let plan = SMAAPlan(p, seed: 1)
        let box = SMAAKernel.intervalMean(plan, box: true, count: 20_000, seed: 3)
        let simplex = SMAAKernel.intervalMean(plan, box: false, count: 20_000, seed: 4)
        for c in 0..<4 { expectClose(box[c], simplex[c], 0.003, "mean weight \(c)") }
        expectClose(box.reduce(0, +), 1, 1e-9, "box proposals sum to 1")
    }

    // MARK: - Reproducibility

    @Test func sameSeedSameNumbersDifferentSeedsClose() throws {
        let p = try Self.benefitRisk()
        let a = SMAA.run(p, samples: 3000, seed: 42)
        let b = SMAA.run(p, samples: 3000, seed: 42)
        let c = SMAA.run(p, samples: 3000, seed: 43)
        #expect(a == b)
        #expect(a != c)
        for i in 0..<4 {  // 4.5 standard errors of a difference of two 3000-sample estimates
            for k in 0..<4 { expectClose(c.acceptability[i][k], a.acceptability[i][k], 0.06, "seed 43 vs 42, \(i) rank \(k + 1)") }
        }
    }

    @Test func resultDoesNotDependOnThreadCount() throws {
        let stochastic = try Self.benefitRisk()
        let samples = 2 * SMAA.chunkSize + 123  // three chunks, the last one partial
        let serial = SMAA.run(stochastic, samples: samples, seed: 99, threads: 1)
        #expect(SMAA.run(stochastic, samples: samples, seed: 99, threads: 3) == serial)
        let exact = try Self.randomExact(alternatives: 20, criteria: 7, seed: 5)
        let one = SMAA.run(exact, samples: samples, seed: 3, threads: 1)
        #expect(SMAA.run(exact, samples: samples, seed: 3, threads: 4) == one)
    }

    @Test func singlePrecisionRankingEqualsDoublePrecisionRanking() throws {
        // The fast path must give exactly the ranks of the double-precision values, ties included.
        for (n, m, seed) in [(20, 7, UInt64(5)), (9, 30, 6), (50, 3, 7)] {
            let p = try Self.randomExact(alternatives: n, criteria: m, seed: seed)
            let fast = SMAA.simulate(p, samples: 2500, seed: seed, threads: nil, exactRanking: false, progress: nil)
            let exact = SMAA.simulate(p, samples: 2500, seed: seed, threads: nil, exactRanking: true, progress: nil)
            #expect(fast == exact, "\(n) × \(m)")
        }
        let stochastic = try Self.benefitRisk()
        #expect(SMAA.simulate(stochastic, samples: 2500, seed: 1, threads: nil, exactRanking: false, progress: nil)
                == SMAA.simulate(stochastic, samples: 2500, seed: 1, threads: nil, exactRanking: true, progress: nil))
    }

    @Test func progressIsMonotoneAndEndsAtOne() throws {
        final class Log: @unchecked Sendable {
            let lock = NSLock()
            var values: [Double] = []
        }
        let log = Log()
        let p = try SMAAProblem(alternatives: ["a", "b"], criteria: ["x"], values: [[.uniform(0, 1)], [.exact(0.5)]])
        _ = SMAA.run(p, samples: 5 * SMAA.chunkSize, seed: 1, threads: 2) { f in
            log.lock.lock()
            log.values.append(f)
            log.lock.unlock()
        }
        #expect(log.values.count == 10)  // five chunks in each of two passes
        #expect(log.values == log.values.sorted())
        #expect(log.values.last == 1)
    }

    // MARK: - Validation

    @Test func invalidProblemsAreRejectedWithSentences() {
        #expect(throws: SMAAError.shape("the values of alternative 'a' have 1 entries but there are 2 criteria")) {
            try SMAAProblem(alternatives: ["a"], criteria: ["x", "y"], values: [[.exact(1)]])
        }
        #expect(throws: SMAAError.invalidDistribution(alternative: "a", criterion: "x", reason: "a normal distribution needs a finite mean and a finite standard deviation ≥ 0")) {
            try SMAAProblem(alternatives: ["a"], criteria: ["x"], values: [[.gaussian(mean: 1, sd: -1)]])
        }
        #expect(throws: SMAAError.invalidWeights("criterion 'y' has rank 0; ranks start at 1")) {
            try SMAAProblem(alternatives: ["a"], criteria: ["x", "y"], values: [[.exact(1), .exact(2)]], weights: .ordinal([1, 0]))
        }
        #expect(throws: SMAAError.duplicateName(kind: "alternative", name: "a")) {
            try SMAAProblem(alternatives: ["a", "a"], criteria: ["x"], values: [[.exact(1)], [.exact(2)]])
        }
        #expect(SMAAError.invalidWeights("the centre weights sum to 0").description == "The weight information is unusable: the centre weights sum to 0.")
    }

    // MARK: - Generator and portable arithmetic

    @Test func xoshiroMatchesTheReferenceImplementation() {
        // SplitMix64 from 1234567 (splitmix64.c), then xoshiro256** from that state (xoshiro256starstar.c);
        // numbers from the C reference code compiled with gcc 14.
        var state: UInt64 = 1_234_567
        let split = (0..<3).map { _ in Xoshiro256StarStar.splitMix64(&state) }
        #expect(split == [6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423])
        var g = Xoshiro256StarStar(seed: 1_234_567)
        #expect((0..<3).map { _ in g.next() } == [3_504_822_795_582_309_479, 1_819_558_768_956_484_042, 1_250_851_346_055_027_673])
        // State {1, 2, 3, 4}: the vector of the Rust rand_xoshiro crate's reference test, also from the C code.
        var h = Xoshiro256StarStar(state: (1, 2, 3, 4))
        #expect((0..<4).map { _ in h.next() } == [11520, 0, 1_509_978_240, 1_215_971_899_390_074_240])
    }

    @Test func portableLogAndExpAreAccurate() {
        var g = Xoshiro256StarStar(seed: 77)
        var worst = 0.0
        for _ in 0..<20_000 {
            let x = g.nextOpenUnit() * Double(1 << (g.next() % 40))
            worst = max(worst, abs(PortableMath.log(x) - Foundation.log(x)) / max(abs(Foundation.log(x)), 1e-300))
            let y = (g.nextUnit() - 0.5) * 1400
            worst = max(worst, abs(PortableMath.exp(y) - Foundation.exp(y)) / Foundation.exp(y))
        }
        #expect(worst < 4.5e-16, "worst relative error \(worst)")
        #expect(PortableMath.log(1) == 0 && PortableMath.exp(0) == 1)
        #expect(PortableMath.log(0x1p-1070) == Foundation.log(0x1p-1070))
    }

    @Test func variatesHaveTheirMoments() {
        var v = VariateSource(Xoshiro256StarStar(seed: 12))
        let count = 40_000
        func moments(_ draw: (inout VariateSource) -> Double) -> (Double, Double) {
            var sum = 0.0, squares = 0.0
            for _ in 0..<count {
                let x = draw(&v)
                sum += x
                squares += x * x
            }
            let mean = sum / Double(count)
            return (mean, squares / Double(count) - mean * mean)
        }
        let normal = moments { $0.normal() }
        expectClose(normal.0, 0, 0.02, "normal mean")
        expectClose(normal.1, 1, 0.03, "normal variance")
        let gamma = moments { $0.gamma(0.5) }
        expectClose(gamma.0, 0.5, 0.02, "Gamma(0.5) mean")
        expectClose(gamma.1, 0.5, 0.04, "Gamma(0.5) variance")
        let beta = moments { $0.beta(2, 5) }
        expectClose(beta.0, 2.0 / 7, 0.005, "Beta(2, 5) mean")
        expectClose(beta.1, 10.0 / (49 * 8), 0.002, "Beta(2, 5) variance")
        let exponential = moments { $0.exponential() }
        expectClose(exponential.0, 1, 0.02, "exponential mean")
        expectClose(exponential.1, 1, 0.05, "exponential variance")
        // The ziggurat's tail beyond r = 7.697 (probability e^−r ≈ 4.5e-4) and one middle layer.
        var tail = 0, middle = 0
        for _ in 0..<200_000 {
            let x = v.exponential()
            if x > ExponentialZiggurat.r { tail += 1 }
            if x > 1 && x <= 2 { middle += 1 }
        }
        expectClose(Double(tail) / 200_000, Foundation.exp(-ExponentialZiggurat.r), 0.00015, "P(E > r)")
        expectClose(Double(middle) / 200_000, Foundation.exp(-1) - Foundation.exp(-2), 0.004, "P(1 < E ≤ 2)")
    }
}

import Testing
@testable import ShortlistKit

/// Whole evaluations on small workspaces whose results are worked out by hand.
@Suite struct EvaluationTests {
    /// Group A (60): response time (1) and 24×7 (3); group B (40): 2-year TCO in a budget range.
    static let catalog = Fixtures.catalog([
        Fixtures.group("A", 60, [
            Fixtures.criterion("response", 1, .scale(fact: "support.responseHours", curve: PiecewiseLinear([(4, 100), (24, 70), (72, 0)]))),
            Fixtures.criterion("hotline", 3, .boolean(fact: "support.twentyFourSeven", whenTrue: 100, whenFalse: 0)),
        ]),
        Fixtures.group("B", 40, [
            Fixtures.criterion("cost", 1, .cost(basis: .tco, method: .budgetRange(best: 0.5, worst: 1.0))),
        ]),
    ])

    static let x = Fixtures.vendor("x", facts: ["support.responseHours": Fixtures.number(14), "support.twentyFourSeven": Fixtures.bool(true)], pricing: Fixtures.pricing(perEmployeeMonth: 20, implementation: 10_000))
    static let y = Fixtures.vendor("y", facts: ["support.responseHours": Fixtures.number(48), "support.twentyFourSeven": Fixtures.bool(false)], pricing: Fixtures.pricing(perEmployeeMonth: 10, escalation: 10))

    @Test func weightedSumByHand() throws {
        let evaluation = try Fixtures.evaluate(Self.catalog, Fixtures.profile(), [Self.y, Self.x])
        let ranked = evaluation.ranking.ranked
        #expect(ranked.map(\.vendorID) == ["x", "y"])
        // x: A = (1 × 85 + 3 × 100) / 4 = 96.25; TCO = 10,000 + 2 × 24,000 = 58,000 → 100 × 52,000 / 55,000.
        let xScore = 0.6 * 96.25 + 0.4 * (100 * 52_000 / 55_000.0)
        #expect(abs(ranked[0].score - xScore) < 1e-9)
        #expect(abs(ranked[0].score - 95.568181818) < 1e-6)
        // y: A = (35 + 0) / 4 = 8.75; TCO = 12,000 + 13,200 = 25,200, below the best price → 100.
        #expect(abs(ranked[1].score - (0.6 * 8.75 + 40)) < 1e-9)
        #expect(close(ranked[0].groupScores[0], 96.25))
        // Contributions add up to the score and weights to 1.
        for entry in ranked {
            #expect(abs(entry.criteria.reduce(0) { $0 + $1.contribution } - entry.score) < 1e-9)
            #expect(abs(entry.criteria.reduce(0) { $0 + $1.weight } - 1) < 1e-12)
        }
        #expect(close(ranked[0].criteria.map(\.weight), [0.15, 0.45, 0.4]))
    }

    @Test func weightOverridesReplaceRawWeights() throws {
        var profile = Fixtures.profile()
        profile.weights = [WeightOverride(id: "B", weight: 60)]      // A 60, B 60 → 50 % each
        let evaluation = try Fixtures.evaluate(Self.catalog, profile, [Self.x])
        #expect(close(evaluation.ranking.ranked[0].criteria.map(\.weight), [0.125, 0.375, 0.5]))
        #expect(evaluation.ranking.warnings.contains(.weightOverride(criterion: "B", weight: 60, catalogWeight: 40)))  // typed-value membership: kept
        #expect(EvaluationWarning.weightOverride(criterion: "B", weight: 60, catalogWeight: 40).text
                == LocalizedText(en: "selection.json sets the weight of B to 60 (catalog: 40)", zh: "selection.json 将 B 的权重设为 60（指标库：40）"))
    }

    @Test func overridesThatZeroAGroupAreRejected() {
        var profile = Fixtures.profile()
        profile.weights = [WeightOverride(id: "response", weight: 0), WeightOverride(id: "hotline", weight: 0)]
        #expect(throws: InputErrors.self) { try Fixtures.evaluate(Self.catalog, profile, [Self.x]) }
    }

    @Test func missingFactPolicies() throws {
        let noHours = Fixtures.vendor("z", facts: ["support.twentyFourSeven": Fixtures.bool(true)], pricing: Fixtures.pricing(perEmployeeMonth: 20, implementation: 10_000))
        // worst: response scores 0 → A = 300 / 4 = 75
        let worst = try Fixtures.evaluate(Self.catalog, Fixtures.profile(), [noHours])
        #expect(close(worst.ranking.ranked[0].groupScores[0], 75))
        #expect(worst.ranking.gaps == [DataGap(vendorID: "z", usedBy: LocalizedText(en: "response"), fact: "support.responseHours", handling: LocalizedText(en: "scored 0 (policy worst)", zh: "按 0 分计（策略 worst）"))])
        // neutral: 50 → A = (50 + 300) / 4 = 87.5
        var profile = Fixtures.profile()
        profile.missingFacts = .neutral
        #expect(close(try Fixtures.evaluate(Self.catalog, profile, [noHours]).ranking.ranked[0].groupScores[0], 87.5))
        // exclude: the hotline takes the whole of group A → A = 100, weights 0 / 0.6 / 0.4
        profile.missingFacts = .exclude
        // z is the only vendor, so no vendor answered response: it is left out of the coverage too (100%), and z is ranked.
        let excluded = try Fixtures.evaluate(Self.catalog, profile, [noHours])
        #expect(excluded.ranking.ranked[0].coverage == 1 && !excluded.ranking.ranked[0].incomplete)
        #expect(close(excluded.ranking.ranked[0].criteria.map(\.weight), [0, 0.6, 0.4]))
        #expect(excluded.ranking.ranked[0].criteria[0].status == .excluded)
        #expect(close(excluded.ranking.ranked[0].groupScores[0], 100))
        // knockOut: eliminated with the reason
        profile.missingFacts = .knockOut
        let out = try Fixtures.evaluate(Self.catalog, profile, [noHours, Self.x])
        #expect(out.ranking.ranked.map(\.vendorID) == ["x"])
        #expect(out.ranking.eliminated.first?.knockOuts.first?.gate == "response")
    }

    @Test func tiesShareARank() throws {
        let twin = Fixtures.vendor("w", facts: Self.x.facts, pricing: Self.x.pricing)
        let evaluation = try Fixtures.evaluate(Self.catalog, Fixtures.profile(), [Self.x, Self.y, twin])
        let ranked = evaluation.ranking.ranked
        #expect(ranked.map(\.vendorID) == ["w", "x", "y"])      // tie broken by id for a stable order
        #expect(ranked.map(\.rank) == [1, 1, 3])
        #expect(ranked.map(\.tied) == [true, true, false])
        #expect(evaluation.ranking.warnings.contains(.tie(rank: 1, vendors: ["w", "x"], score: ranked[0].score)))  // typed-value membership: kept
    }

    @Test func relativePriceUsesOnlyCompliantVendors() throws {
        let catalog = Fixtures.catalog([Fixtures.criterion("cost", 1, .cost(basis: .annual, method: .lowestPrice))], gates: [
            Gate(id: "hotline", kind: .fact("support.twentyFourSeven", .equal, .boolean(true))),
        ])
        let cheapButOut = Fixtures.vendor("c", facts: ["support.twentyFourSeven": Fixtures.bool(false)], pricing: Fixtures.pricing(perEmployeeMonth: 5))
        let a = Fixtures.vendor("a", facts: ["support.twentyFourSeven": Fixtures.bool(true)], pricing: Fixtures.pricing(perEmployeeMonth: 20))
        let b = Fixtures.vendor("b", facts: ["support.twentyFourSeven": Fixtures.bool(true)], pricing: Fixtures.pricing(perEmployeeMonth: 25))
        let evaluation = try Fixtures.evaluate(catalog, Fixtures.profile(), [cheapButOut, a, b])
        #expect(close(evaluation.ranking.ranked.map(\.score), [100, 80]))    // 24,000 / 30,000
        #expect(evaluation.ranking.eliminated.map(\.vendorID) == ["c"])
        // Two compliant vendors scored on price alone: no removal can reverse two others, so no warning (see RankReversalTests).
        #expect(!evaluation.ranking.warnings.contains { $0.kind == "rankReversal" })
    }
}

import Foundation
import Testing
@testable import ShortlistKit

/// The leave-one-out check of relative price formulas: a warning names the removal that reverses two
/// others, and nothing is said when no removal does.
@Suite struct RankReversalTests {
    static let curve = PiecewiseLinear([(0, 0), (100, 100)])

    /// Quality 60 %, price 40 % by `method` on the annual cost (price per employee-month × 12 × 100 staff).
    static func evaluation(method: PriceMethod = .lowestPrice, priceWeight: Double = 40, v1Quality: Double = 80) throws -> Evaluation {
        let catalog = Fixtures.catalog([
            Fixtures.criterion("quality", 60, .scale(fact: "q", curve: curve)),
            Fixtures.criterion("cost", priceWeight, .cost(basis: .annual, method: method)),
        ])
        let vendors = [
            Fixtures.vendor("v1", facts: ["q": Fixtures.number(v1Quality)], pricing: Fixtures.pricing(perEmployeeMonth: 50)),   // 60,000
            Fixtures.vendor("v2", facts: ["q": Fixtures.number(70)], pricing: Fixtures.pricing(perEmployeeMonth: 40)),   // 48,000
            Fixtures.vendor("v3", facts: ["q": Fixtures.number(40)], pricing: Fixtures.pricing(perEmployeeMonth: 60)),   // 72,000
            Fixtures.vendor("v4", facts: ["q": Fixtures.number(20)], pricing: Fixtures.pricing(perEmployeeMonth: 20)),   // 24,000, the lowest
        ]
        return try Fixtures.evaluate(catalog, Fixtures.profile(), vendors)
    }

    static func reversals(_ evaluation: Evaluation) -> [EvaluationWarning] {
        evaluation.ranking.warnings.filter { $0.kind == "rankReversal" }
    }

    @Test func removingTheLowestBidReversesTwoOthers() throws {
        // With v4: P_min 24,000. v1 = 0.6 × 80 + 0.4 × (100 × 24,000 ÷ 60,000 = 40) = 64; v2 = 42 + 0.4 × 50 = 62.
        // Without v4: P_min 48,000. v1 = 48 + 0.4 × 80 = 80; v2 = 42 + 0.4 × 100 = 82: v2 overtakes v1.
        let evaluation = try Self.evaluation()
        #expect(evaluation.ranking.ranked.map(\.vendorID) == ["v1", "v2", "v4", "v3"])
        let reversal = EvaluationWarning.rankReversal(.init(removed: "v4", lower: "v2", upper: "v1", scoresWithout: [82, 80], scoresNow: [62, 64],
                                                            formulas: [.init(method: "lowestPrice", criterion: "cost")]))
        let found = Self.reversals(evaluation)
        #expect(found.count == 1)
        if case .rankReversal(let r)? = found.first {
            #expect(r.removed == "v4" && r.lower == "v2" && r.upper == "v1" && r.formulas == [.init(method: "lowestPrice", criterion: "cost")])
            #expect(close(r.scoresWithout, [82, 80]) && close(r.scoresNow, [62, 64]))
        }
        #expect(reversal.text == LocalizedText(
            en: "rank reversal: without v4, v2 would rank above v1 (82.00 to 80.00; now 62.00 to 64.00): the lowestPrice formula of criterion cost scores each price against the other compliant bids, so v4's bid moves the others' price points; the absolute methods budgetRange and fixedRange cannot do this",
            zh: "排名反转：若没有 v4 的报价，v2 将排在 v1 之前（82.00 比 80.00；当前 62.00 比 64.00）：指标 cost 的 lowestPrice 公式以其他合规报价衡量每个报价，因此 v4 的报价会改变其他供应商的价格得分；绝对方法 budgetRange 与 fixedRange 不会如此"))
        #expect(found.first?.text.en == reversal.text.en)
    }

    @Test func silentWhenNothingFlips() throws {
        // v1 at 90: with v4 54 + 16 = 70 against v2's 62; without v4 54 + 32 = 86 against 82. No pair changes order
        // (v3: without v4 24 + 0.4 × 66.67 = 50.67, still last; without v3 or v1 the lowest price stays 24,000).
        #expect(Self.reversals(try Self.evaluation(v1Quality: 90)).isEmpty)
        // A relative formula of weight 0 cannot reverse anything.
        #expect(Self.reversals(try Self.evaluation(priceWeight: 0)).isEmpty)
        // An absolute formula never does: 100 × (72,000 − P) ÷ (72,000 − 24,000) depends on the vendor's own price only.
        #expect(Self.reversals(try Self.evaluation(method: .fixedRange(best: 24_000, worst: 72_000))).isEmpty)
        #expect(try Self.evaluation(priceWeight: 0).ranking.warnings.allSatisfy { $0.kind != "rankReversal" })
    }

    @Test func compareAndTheBoardShowTheReversals() throws {
        let evaluation = try Self.evaluation()
        let comparison = try ScenarioComparison(workspace: evaluation.workspace)
        // With v4: v1 64.00, v2 62.00; without it the price points move and v2 leads 82.00 to 80.00.
        let reversal = "rank reversal: without v4, v2 would rank above v1 (82.00 to 80.00; now 62.00 to 64.00): the lowestPrice formula of criterion cost scores each price against the other compliant bids, so v4's bid moves the others' price points; the absolute methods budgetRange and fixedRange cannot do this"
        let text = comparison.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let base = try #require(text.firstIndex(of: "base"))
        #expect(Array(text[base...].prefix(2)) == ["base", "  – " + reversal])
        struct Views: Decodable { struct View: Decodable { var name: String; var rankReversals: [String]? }; var views: [View] }
        let views = try JSONDecoder().decode(Views.self, from: Data(comparison.json))
        #expect(views.views.first { $0.name == "base" }?.rankReversals == [reversal])
        let board = DecisionBoard(evaluation: evaluation, today: CalendarDate("2026-07-01")!)
        // Whole lines of each report: a Markdown list item and an HTML list element.
        #expect(MarkdownReport(board: board).render().split(separator: "\n").contains("- " + reversal[...]))
        #expect(HTMLReport(board: board).render().split(separator: "\n").contains("<li>" + reversal + "</li>"))
    }

    @Test func agreesWithARealEvaluationWithoutEachVendor() throws {
        var flipsSeen = 0
        for seed in UInt64(1)...40 { flipsSeen += try Self.checkAgainstRealEvaluations(seed: seed) }
        #expect(flipsSeen > 0, "the random cases include reversals")
    }

    /// Compares the warnings of one random 6-vendor evaluation with real evaluations without each vendor; returns the reversals found.
    static func checkAgainstRealEvaluations(seed: UInt64) throws -> Int {
        var found = 0
        // Independent truth: evaluate the workspace again without each vendor and look for two others that changed order.
        var state = seed &* 0x9E37_79B9_7F4A_7C15
        func next(_ range: ClosedRange<Int>) -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(range.lowerBound + Int((state >> 33) % UInt64(range.count)))
        }
        let method: PriceMethod = [.lowestPrice, .linearDeduction, .minMax][Int(seed % 3)]
        let catalog = Fixtures.catalog([
            Fixtures.criterion("quality", 60, .scale(fact: "q", curve: curve)),
            Fixtures.criterion("cost", 40, .cost(basis: .annual, method: method)),
        ])
        let vendors = (1...6).map { Fixtures.vendor("v\($0)", facts: ["q": Fixtures.number(next(0...100))], pricing: Fixtures.pricing(perEmployeeMonth: next(10...60))) }
        let evaluation = try Fixtures.evaluate(catalog, Fixtures.profile(), vendors)
        let warnings = Self.reversals(evaluation)
        for removed in vendors {
            let again = try Fixtures.evaluate(catalog, Fixtures.profile(), vendors.filter { $0.id != removed.id })
            let before = Dictionary(uniqueKeysWithValues: evaluation.ranking.ranked.map { ($0.vendorID, $0.score) })
            let after = Dictionary(uniqueKeysWithValues: again.ranking.ranked.map { ($0.vendorID, $0.score) })
            let ids = after.keys.sorted()
            let flips = ids.contains { i in ids.contains { j in
                before[i]! > before[j]! + 1e-9 && after[j]! > after[i]! + 1e-9
            } }
            let warned: [EvaluationWarning.RankReversal] = warnings.compactMap { if case .rankReversal(let r) = $0, r.removed == removed.id { return r } else { return nil } }
            if flips { found += 1 }
            #expect(warned.count == (flips ? 1 : 0), "seed \(seed) without \(removed.id): \(warned)")
            // The scores the warning quotes are those of the real evaluation without the bid.
            if let r = warned.first {
                #expect(close(after[r.lower], r.scoresWithout[0], 1e-6), "\(r)")
                #expect(close(after[r.upper], r.scoresWithout[1], 1e-6), "\(r)")
            }
        }
        return found
    }
}

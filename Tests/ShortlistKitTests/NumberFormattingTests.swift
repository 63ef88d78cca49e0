import Testing
@testable import ShortlistKit

/// Report number formatting: fixed decimals, trimmed decimals, money and percentages.
@Suite struct NumberFormattingTests {
    /// A share shown beside the threshold it is compared with never rounds onto or across it.
    @Test(arguments: [
        (0.0997, 0.10, "9.97%"),     // one decimal would print 10% next to a 10% threshold
        (0.09999, 0.10, "9.999%"),
        (0.10004, 0.10, "10.004%"),  // above the threshold stays visibly above
        (0.373, 0.10, "37.3%"),      // far from it: one decimal as everywhere
        (0.10, 0.10, "10%"),         // exactly on it
        (0.0, 0.10, "0%"),
    ])
    func percentBesideAThreshold(_ fraction: Double, _ threshold: Double, _ expected: String) {
        #expect(NumberFormatting.percent(fraction, beside: threshold) == expected)
    }

    @Test(arguments: [
        (78.456, 1, "78.5"), (78.45, 2, "78.45"), (0.05, 1, "0.1"), (0, 2, "0.00"), (-0.001, 2, "0.00"),
        (-1.25, 1, "-1.3"), (100, 0, "100"), (99.995, 2, "100.00"), (0.5, 0, "1"), (1234567.891, 3, "1234567.891"),
    ] as [(Double, Int, String)])
    func fixed(value: Double, decimals: Int, expected: String) {
        #expect(NumberFormatting.fixed(value, decimals) == expected)
    }

    @Test(arguments: [
        (4.5, 2, "4.5"), (100, 2, "100"), (0, 2, "0"), (85.0, 2, "85"), (66.666666, 2, "66.67"), (0.125, 3, "0.125"),
        (-0.004, 2, "0"), (10, 0, "10"), (2.50, 1, "2.5"),
    ] as [(Double, Int, String)])
    func short(value: Double, decimals: Int, expected: String) {
        #expect(NumberFormatting.short(value, decimals) == expected)
    }

    @Test func amountsAndPercentages() {
        #expect(NumberFormatting.amount(215_000) == "215,000")
        #expect(NumberFormatting.amount(1_234_567.5) == "1,234,568")
        #expect(NumberFormatting.amount(999) == "999")
        #expect(NumberFormatting.amount(-12_000) == "-12,000")
        #expect(NumberFormatting.percent(0.125) == "12.5%")
        #expect(NumberFormatting.percent(0.2) == "20%")
    }
}

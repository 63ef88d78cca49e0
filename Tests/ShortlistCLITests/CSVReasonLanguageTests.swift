import Foundation
import Testing

/// `rank --format csv --lang zh` writes the knock-out and flag reasons in Chinese; the column names
/// and `status` values stay fixed identifiers, so a spreadsheet's formulas work in either language.
@Suite struct CSVReasonLanguageTests {
    @Test func reasonsFollowTheLanguageAndIdentifiersDoNot() throws {
        let english = try BinaryRunner.run(["rank", "samples/retail-10-stores", "--format", "csv"])
        let chinese = try BinaryRunner.run(["rank", "samples/retail-10-stores", "--format", "csv", "--lang", "zh"])
        #expect(english.status == 0 && chinese.status == 0, "\(english.stderr)\(chinese.stderr)")
        let lines = (en: english.text.split(whereSeparator: \.isNewline), zh: chinese.text.split(whereSeparator: \.isNewline))
        #expect(lines.en.first == lines.zh.first, "the header is the same in both languages")
        let huanyu = (en: try #require(lines.en.first { $0.contains(",huanyu-hcm,") }), zh: try #require(lines.zh.first { $0.contains(",huanyu-hcm,") }))
        // huanyu-hcm: year 1 costs 117,200 against (80,000 + 20,000) × 1.1 = 110,000.
        #expect(huanyu.en.contains(",knocked out,") && huanyu.zh.contains(",knocked out,"))
        #expect(huanyu.en.contains("\"gate-budget: first-year cost 117,200 CNY exceeds the limit 110,000 (budget 80,000 + one-off 20,000, +10% tolerance) by 7,200"))
        #expect(huanyu.zh.contains("\"gate-budget: 首年费用 117,200 CNY 超出上限 110,000（预算 80,000 + 一次性 20,000，+10% 容差），超出 7,200"))
    }
}

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
        // Whole records: the same cells in both languages, the knock-out reason (the one quoted field) translated.
        // huanyu-hcm: year 1 costs 117,200 against (80,000 + 20,000) × 1.1 = 110,000.
        let cells = ",huanyu-hcm,Huanyu HCM Enterprise,,1.0000,75.85,knocked out,78.08,,,,61.50,100.00,80.00,,,83.50,,97.90,,100.00,,,,80.00,,96.25,,37.43,,100.00,"
        let costs = ",CNY,117200.00,237337.87"
        let huanyu = (en: lines.en.filter { $0.hasPrefix(",huanyu-hcm,") }, zh: lines.zh.filter { $0.hasPrefix(",huanyu-hcm,") })
        #expect(huanyu.en == [Substring(cells + "\"gate-budget: first-year cost 117,200 CNY exceeds the limit 110,000 (budget 80,000 + one-off 20,000, +10% tolerance) by 7,200 (6.5% over the limit, 17.2% over the budget of 100,000)\"" + costs)])
        #expect(huanyu.zh == [Substring(cells + "\"gate-budget: 首年费用 117,200 CNY 超出上限 110,000（预算 80,000 + 一次性 20,000，+10% 容差），超出 7,200（超出上限 6.5%，超出预算 100,000 的 17.2%）\"" + costs)])
    }
}

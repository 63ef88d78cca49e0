import Foundation
import Testing
import ShortlistKit

/// The phrasebook is complete in both languages, and the robustness verdict speaks both.
struct PhraseTests {
    /// Whether `text` has a Han character or full-width punctuation.
    static func looksChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
    }

    /// The `{name}` placeholders of `text`, in order (a translation may reorder them).
    static func placeholders(_ text: String) -> [String] {
        var found: [String] = [], current: String?
        for ch in text {
            if ch == "{" { current = "" } else if ch == "}", let name = current { found.append(name); current = nil } else { current?.append(ch) }
        }
        return found
    }

    @Test(arguments: Phrase.allCases)
    func everyPhraseHasEnglishAndChineseText(_ phrase: Phrase) {
        #expect(!phrase.english.isEmpty, "\(phrase) has no English")
        #expect(!phrase.chinese.isEmpty, "\(phrase) has no Chinese")
        #expect(phrase.english.trimmingCharacters(in: .whitespaces) == phrase.english, "\(phrase): stray spaces in English")
        #expect(phrase.chinese.trimmingCharacters(in: .whitespaces) == phrase.chinese, "\(phrase): stray spaces in Chinese")
        #expect(phrase.chinese != phrase.english, "\(phrase) is not translated")
        #expect(Self.looksChinese(phrase.chinese), "\(phrase): \"\(phrase.chinese)\" has no Chinese character")
        #expect(!Self.looksChinese(phrase.english), "\(phrase): \"\(phrase.english)\" has Chinese in the English text")
        #expect(Self.placeholders(phrase.english).sorted() == Self.placeholders(phrase.chinese).sorted(), "\(phrase): placeholders differ")
        #expect(phrase.text(in: .english) == phrase.english)
        #expect(phrase.text(in: .chinese) == phrase.chinese)
    }

    @Test func phraseNamesAreUnique() {
        #expect(Set(Phrase.allCases.map(\.rawValue)).count == Phrase.allCases.count)
    }

    /// The retail and internet samples, loaded with the shipped catalogs.
    static func evaluation(_ sample: String) throws -> Evaluation {
        let root = Repository.root
        let loader = WorkspaceLoader(catalogDirectories: [root.appendingPathComponent("criteria").path])
        return try Evaluation(workspace: try loader.load(root.appendingPathComponent("samples/\(sample)").path))
    }

    static let englishWords = ["robust", "fragile", "keeps", "rank 1", "weightings", "shift", "overtake", "transfer", "groups", "criteria", "uniform", "order of importance", "given weights", "only vendor"]

    /// The Chinese verdicts of both samples at each level and mode (2,000 samples, seed 1): the mode's and the
    /// level's names sit inside the sentence ("…组<mode>的<level>权重中…").
    static let chineseVerdicts: [String: String] = [
        "internet-300 criteria around(0.25)": "稳健：xinyue 在 2,000 组与给定权重相差不超过 ±25%的指标权重中 100% 保持第 1 名；将 1 个百分点的权重从 data-driven-scoring 转移到 wechat-notifications 会使 yunqi 超过 xinyue",
        "internet-300 criteria ordinal": "稳健：xinyue 在 2,000 组保持重要性顺序的指标权重中 100% 保持第 1 名；将 1 个百分点的权重从 data-driven-scoring 转移到 wechat-notifications 会使 yunqi 超过 xinyue",
        "internet-300 criteria uniform": "脆弱：xinyue 在 2,000 组在单纯形上均匀分布（无偏好信息）的指标权重中 69% 保持第 1 名；将 1 个百分点的权重从 data-driven-scoring 转移到 wechat-notifications 会使 yunqi 超过 xinyue",
        "internet-300 groups around(0.25)": "稳健：xinyue 在 2,000 组与给定权重相差不超过 ±25%的类别权重中 99% 保持第 1 名；将 2.6 个百分点的权重从 service 转移到 self-service 会使 yunqi 超过 xinyue",
        "internet-300 groups ordinal": "脆弱：xinyue 在 2,000 组保持重要性顺序的类别权重中 83% 保持第 1 名；将 2.6 个百分点的权重从 service 转移到 self-service 会使 yunqi 超过 xinyue",
        "internet-300 groups uniform": "脆弱：xinyue 在 2,000 组在单纯形上均匀分布（无偏好信息）的类别权重中 63% 保持第 1 名；将 2.6 个百分点的权重从 service 转移到 self-service 会使 yunqi 超过 xinyue",
        "retail-10-stores criteria around(0.25)": "稳健：lingxi 在 2,000 组与给定权重相差不超过 ±25%的指标权重中 100% 保持第 1 名；任意两个指标之间的权重转移都不会改变胜出者",
        "retail-10-stores criteria ordinal": "稳健：lingxi 在 2,000 组保持重要性顺序的指标权重中 100% 保持第 1 名；任意两个指标之间的权重转移都不会改变胜出者",
        "retail-10-stores criteria uniform": "稳健：lingxi 在 2,000 组在单纯形上均匀分布（无偏好信息）的指标权重中 100% 保持第 1 名；任意两个指标之间的权重转移都不会改变胜出者",
        "retail-10-stores groups around(0.25)": "稳健：lingxi 在 2,000 组与给定权重相差不超过 ±25%的类别权重中 100% 保持第 1 名；任意两个类别之间的权重转移都不会改变胜出者",
        "retail-10-stores groups ordinal": "稳健：lingxi 在 2,000 组保持重要性顺序的类别权重中 100% 保持第 1 名；任意两个类别之间的权重转移都不会改变胜出者",
        "retail-10-stores groups uniform": "稳健：lingxi 在 2,000 组在单纯形上均匀分布（无偏好信息）的类别权重中 100% 保持第 1 名；任意两个类别之间的权重转移都不会改变胜出者",
    ]

    @Test(arguments: [Sensitivity.Level.groups, .criteria], [Sensitivity.WeightMode.uniform, .ordinal, .around(0.25)])
    func verdictInEnglishIsUnchangedAndChineseHasNoEnglishWords(level: Sensitivity.Level, mode: Sensitivity.WeightMode) throws {
        for sample in ["retail-10-stores", "internet-300"] {
            let analysis = try Sensitivity(evaluation: try Self.evaluation(sample), level: level, mode: mode, samples: 2_000, seed: 1, maximumVendors: 10)
            #expect(analysis.verdict == analysis.verdict(in: .english))
            #expect(analysis.verdict.hasPrefix(analysis.isRobust ? "robust: " : "fragile: "))
            let chinese = analysis.verdict(in: .chinese)
            #expect(chinese.hasPrefix(analysis.isRobust ? "稳健：" : "脆弱："))
            #expect(chinese == Self.chineseVerdicts["\(sample) \(level) \(mode)"], "\(sample) \(level) \(mode)")
            #expect(chinese.contains("组\(mode.description(in: .chinese))的\(level.name(in: .chinese))权重中"))  // the template's slot, checked against the parts' own names
            for word in Self.englishWords { #expect(!chinese.contains(word), "\(sample): \"\(word)\" in \(chinese)") }
        }
    }

    @Test func verdictsOfTheSamplesInChinese() throws {
        let retail = try #require(try Self.evaluation("retail-10-stores").robustness)
        #expect(retail.verdict(in: .chinese) == "稳健：lingxi 在 10,000 组保持重要性顺序的类别权重中 100% 保持第 1 名；任意两个类别之间的权重转移都不会改变胜出者")
        let internet = try #require(try Self.evaluation("internet-300").robustness)
        #expect(internet.verdict(in: .chinese) == "脆弱：xinyue 在 10,000 组保持重要性顺序的类别权重中 83% 保持第 1 名；将 2.6 个百分点的权重从 service 转移到 self-service 会使 yunqi 超过 xinyue")
        #expect(internet.verdict == "fragile: xinyue keeps rank 1 in 83% of 10,000 weightings of the groups keeping the order of importance of the given weights; a 2.6-point shift of weight from service to self-service makes yunqi overtake xinyue")
    }

    @Test func modesAndLevelsInBothLanguages() {
        for mode in [Sensitivity.WeightMode.uniform, .ordinal, .around(0.1)] {
            #expect(mode.description(in: .english) == mode.description)
            #expect(Self.looksChinese(mode.description(in: .chinese)))
        }
        #expect(Sensitivity.WeightMode.around(0.25).description(in: .chinese) == "与给定权重相差不超过 ±25%")
        #expect(Sensitivity.Level.groups.name(in: .english) == "groups")
        #expect(Sensitivity.Level.criteria.name(in: .english) == "criteria")
        #expect(Sensitivity.Level.groups.name(in: .chinese) == "类别")
        #expect(Sensitivity.Level.criteria.name(in: .chinese) == "指标")
    }
}

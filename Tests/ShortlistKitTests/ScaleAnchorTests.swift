import Foundation
import Testing
@testable import ShortlistKit

/// Rating-scale anchors in both languages: read from a plain string or `{"en", "zh"}`, shown in
/// the language of the command in explanations, and with both languages on the scoring sheets.
@Suite struct ScaleAnchorTests {
    let profile = Fixtures.profile()

    /// A scale 0–10 whose level 5 has both languages and level 10 English only.
    static let scale = RatingScale(min: 0, max: 10, anchors: [
        ScaleAnchor(level: 0, "not shown"),
        ScaleAnchor(level: 5, text: LocalizedText(en: "shown with workarounds", zh: "借助变通办法演示")),
        ScaleAnchor(level: 10, "our whole scenario"),
    ])

    func explanation(_ value: Double) -> LocalizedText? {
        let rule = Rule.rating(fact: "ratings.demo", scale: Self.scale)
        let vendor = Fixtures.vendor("a", facts: ["ratings.demo": Fixtures.number(value)])
        return RuleEvaluator(profile: profile, catalog: Fixtures.catalog([])).evaluate(rule, facts: VendorFacts(dossier: vendor, profile: profile), explain: true).explanation
    }

    @Test func anExplanationShowsTheAnchorInItsLanguage() {
        // (5 − 0) ÷ 10 × 100 = 50; the anchor of level 5 in English and in Chinese.
        #expect(explanation(5) == LocalizedText(en: "rating 5 on 0–10 → (5 − 0) ÷ 10 × 100 = 50 (5: shown with workarounds)",
                                                zh: "评分 5（量表 0–10）→ (5 − 0) ÷ 10 × 100 = 50（5：借助变通办法演示）"))
        // A plain-string anchor falls back to its English text in Chinese, as before.
        #expect(explanation(10) == LocalizedText(en: "rating 10 on 0–10 → (10 − 0) ÷ 10 × 100 = 100 (10: our whole scenario)",
                                                 zh: "评分 10（量表 0–10）→ (10 − 0) ÷ 10 × 100 = 100（10：our whole scenario）"))
        // A level without an anchor gets none.
        #expect(explanation(7) == LocalizedText(en: "rating 7 on 0–10 → (7 − 0) ÷ 10 × 100 = 70", zh: "评分 7（量表 0–10）→ (7 − 0) ÷ 10 × 100 = 70"))
    }

    @Test func theSheetLineCarriesBothLanguages() {
        #expect(Self.scale.anchors.map(\.bilingualLine) == ["0: not shown", "5: shown with workarounds / 借助变通办法演示", "10: our whole scenario"])
        #expect(Self.scale.anchors[1].line(in: .chinese) == "5：借助变通办法演示")
        #expect(Self.scale.anchor(at: 5)?.text.zh == "借助变通办法演示")
        #expect(Self.scale.anchor(at: 6) == nil)
    }

    @Test func aCatalogScaleReadsPlainAndBilingualAnchors() throws {
        let json = #"""
        {"version": 1, "id": "c", "name": "C", "facts": {"ratings.demo": {"type": "number"}}, "criteria": [
          {"id": "demo", "name": "Demo", "weight": 1, "rule": {"kind": "rating", "fact": "ratings.demo",
            "scale": {"min": 1, "max": 5, "anchors": {"5": {"en": "excellent", "zh": "优秀"}, "1": "poor"}}}}
        ]}
        """#
        let catalog = try Catalog(json: Array(json.utf8), file: "c.json")
        guard case .criterion(.rating(_, let scale), _) = catalog.criteria[0].content else {
            Issue.record("expected a rated criterion")
            return
        }
        // Sorted by level; a plain string is English only, exactly as before.
        #expect(scale == RatingScale(min: 1, max: 5, anchors: [ScaleAnchor(level: 1, "poor"), ScaleAnchor(level: 5, text: LocalizedText(en: "excellent", zh: "优秀"))]))
    }
}

import Foundation
import Testing

/// A rating, a weight or a panel override that names a criterion `selection.json`'s `criteria` took
/// out of the catalog says so — which removal, and what to do — instead of only "unknown criterion"
/// with a list of the ids that remain.
@Suite struct TailoringRemovalTests {
    /// hris-points-tender drops `usability` (criteria.drop) and keeps only functional-fit,
    /// response-time and cost, so `wechat-client-demo` (a rated criterion inside self-service) is
    /// left out with its group. The copy rates both and overrides the panel on the second.
    @Test func referencesToRemovedCriteriaSayWhy() throws {
        let (_, workspace) = try BinaryRunner.copyOfSample("samples/hris-points-tender")
        let ratings = workspace.appendingPathComponent("ratings/he-li.json")
        var text = try String(contentsOf: ratings, encoding: .utf8)
        let first = try #require(text.range(of: "\"ratings\": ["))
        text.insert(contentsOf: """

            { "vendor": "xinghe", "criterion": "usability", "value": 4, "date": "2026-04-20" },
            { "vendor": "xinghe", "criterion": "wechat-client-demo", "value": 4, "date": "2026-04-20" },
        """, at: first.upperBound)
        try text.write(to: ratings, atomically: true, encoding: .utf8)

        let selection = workspace.appendingPathComponent("selection.json")
        var profile = try String(contentsOf: selection, encoding: .utf8)
        let lastBrace = try #require(profile.lastIndex(of: "}"))
        profile.replaceSubrange(lastBrace...lastBrace, with: ",\n  \"panel\": { \"overrides\": [ { \"vendor\": \"xinghe\", \"criterion\": \"wechat-client-demo\", \"value\": 3, \"reason\": \"agreed\", \"by\": \"panel\" } ] }\n}\n")
        try profile.write(to: selection, atomically: true, encoding: .utf8)

        let result = try BinaryRunner.run(["rank", workspace.path])
        #expect(result.status != 0)
        // Positions: the inserted ratings are lines 6 and 7 of he-li.json, their criterion at column 4 + 35 + 1 = 40
        // (`    { "vendor": "xinghe", "criterion": `); the override is line 46 of selection.json, its criterion at column 64.
        #expect(result.stderrLines == [
            #"ratings/he-li.json:6:40: error: ratings[0].criterion: "usability" was dropped from the catalog by selection.json (criteria.drop), so its ratings cannot count; remove the reference, or take "usability" out of criteria.drop"#,
            #"ratings/he-li.json:7:40: error: ratings[1].criterion: "wechat-client-demo" was left out of the catalog by selection.json (criteria.keep lists neither it nor a group holding it), so its ratings cannot count; remove the reference, or keep it"#,
            #"selection.json:46:64: error: panel.overrides[0].criterion: "wechat-client-demo" was left out of the catalog by selection.json (criteria.keep lists neither it nor a group holding it), so it cannot be overridden; remove the reference, or keep it"#,
            "3 errors found",
            "",
        ])
    }

    /// A scenario that weighs the dropped `usability`.
    @Test func aWeightOnADroppedCriterionSaysWhy() throws {
        let (_, workspace) = try BinaryRunner.copyOfSample("samples/hris-points-tender")
        let selection = workspace.appendingPathComponent("selection.json")
        var profile = try String(contentsOf: selection, encoding: .utf8)
        let scenario = "\"description\": \"price scored by the low-price-first formula (MOF Order 87)\","
        #expect(profile.components(separatedBy: scenario).count == 2, "the scenario to edit occurs once")
        profile = profile.replacingOccurrences(of: scenario, with: scenario + " \"weights\": { \"usability\": 5 },")
        try profile.write(to: selection, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["rank", workspace.path])
        #expect(result.status != 0)
        // selection.json:LINE:COLUMN: — where the scenario sits in the sample; the rest is exact.
        let unplaced = result.stderr.replacing(try Regex(#"^selection\.json:\d+:\d+: "#), with: "selection.json: ")
        #expect(unplaced == """
            selection.json: error: scenarios."lowest price".weights.usability: "usability" was dropped from the catalog by selection.json (criteria.drop), so it cannot be weighted; remove the reference, or take "usability" out of criteria.drop
            1 error found

            """, "\(result.stderr)")
    }
}

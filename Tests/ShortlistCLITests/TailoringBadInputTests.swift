import Foundation
import Testing

/// Bad input in `selection.json`'s `"criteria"` (the selection's tailoring of its catalog), run
/// through the real binary on a copy of the fixture workspace: exact messages, exit 1, nothing written.
@Suite struct TailoringBadInputTests {
    typealias Case = BadInputTests.Case
    typealias Sandbox = BadInputTests.Sandbox

    /// Adds `"criteria": <json>` to selection.json on line 24, after the empty `"gates"` (the key at column 3, the value at column 15).
    static func criteria(_ json: String) -> BadInputTests.Mutation { .selection(#""gates": [],"#, "\"gates\": [],\n  \"criteria\": \(json),") }

    static let cases: [Case] = [
        Case("criteria: an unknown section, with the nearest one suggested",
             criteria(#"{"drp": ["usability"]}"#),
             stderr: [#"selection.json:24:16: error: criteria.drp: unknown key "drp"; did you mean "drop"?"#]),
        Case("criteria: not an object",
             criteria(#"["usability"]"#),
             stderr: [#"selection.json:24:15: error: criteria: expected an object, found an array"#]),
        Case("criteria.keep: an unknown node, with the nearest id suggested",
             criteria(#"{"keep": ["functional-fit", "servce"]}"#),
             stderr: [#"selection.json:24:43: error: criteria.keep[1]: unknown node "servce"; did you mean "service"?"#]),
        Case("criteria.keep: a node listed twice",
             criteria(#"{"keep": ["cost", "cost"]}"#),
             stderr: [#"selection.json:24:33: error: criteria.keep[1]: "cost" is listed twice"#]),
        Case("criteria.keep: an empty list",
             criteria(#"{"keep": []}"#),
             stderr: [#"selection.json:24:24: error: criteria.keep: expected at least one group or criterion to keep; to keep everything, leave "keep" out"#]),
        Case("criteria.keep: the top level no longer sums to the catalog's total",
             criteria(#"{"keep": ["functional-fit", "cost"]}"#),
             stderr: [#"selection.json:24:24: error: criteria.keep: the weights under "root" now sum to 44 (functional-fit 24, cost 20), but in the catalog "hris" they sum to 100; set "weights" so that they sum to 100 again, or state the new total in "totals": {"root": 44}"#]),
        Case("criteria.drop: a node that keep pruned says so",
             criteria(#"{"keep": ["functional-fit", "service", "cost", "vendor-qualification", "security", "systems-integration", "self-service", "performance-management", "implementation", "account-binding"], "drop": ["deployment-fit"], "totals": {"root": 98}}"#),
             stderr: [#"selection.json:24:210: error: criteria.drop[0]: "deployment-fit" is no longer in the tree: "keep" pruned it; keep it (or a group holding it), or leave it out here"#]),
        Case("criteria.drop: an unknown id",
             criteria(#"{"drop": ["usabilty"]}"#),
             stderr: [#"selection.json:24:25: error: criteria.drop[0]: unknown node or gate "usabilty"; did you mean "usability"?"#]),
        Case("criteria.drop: weights that no longer sum",
             criteria(#"{"drop": ["usability"]}"#),
             stderr: [#"selection.json:24:25: error: criteria.drop[0]: the weights under "functional-fit" now sum to 84 (required-modules 44, desired-modules 20, core-module-demo 20), but in the catalog "hris" they sum to 100; set "weights" so that they sum to 100 again, or state the new total in "totals": {"functional-fit": 84}"#]),
        Case("criteria.move: a node under itself",
             criteria(#"{"move": [{"node": "service", "under": "service"}]}"#),
             stderr: [#"selection.json:24:54: error: criteria.move[0].under: cannot move "service" under itself"#]),
        Case("criteria.move: a group under one of its own children",
             criteria(#"{"move": [{"node": "functional-fit", "under": "usability"}]}"#),
             stderr: [#"selection.json:24:61: error: criteria.move[0].under: cannot move "functional-fit" under "usability", which is inside it"#]),
        Case("criteria.add: an id the catalog has already",
             criteria(#"{"add": [{"under": "service", "nodes": [{"id": "open-api", "name": "API", "weight": 0, "rule": {"kind": "boolean", "fact": "interop.openApi"}}]}]}"#),
             stderr: [#"selection.json:24:62: error: criteria.add[0].nodes[0].id: the catalog "hris" has a node or gate "open-api" already; choose another id, or drop it first"#]),
        Case("criteria.add: under a criterion, not a group",
             criteria(#"{"add": [{"under": "usability", "nodes": [{"id": "x", "name": "X", "weight": 1, "rule": {"kind": "boolean", "fact": "interop.openApi"}}]}]}"#),
             stderr: [#"selection.json:24:34: error: criteria.add[0].under: "usability" is a criterion, not a group; nodes go under a group or "root""#]),
        Case("criteria.rename: an unknown node",
             criteria(#"{"rename": {"costs": {"en": "Price", "zh": "价格"}}}"#),
             stderr: [#"selection.json:24:27: error: criteria.rename.costs: unknown node or gate "costs"; did you mean "cost"?"#]),
        Case("criteria.totals: a stated total the weights do not have",
             criteria(#"{"weights": {"cost": 30}, "totals": {"root": 100}}"#),
             stderr: [#"selection.json:24:52: error: criteria.totals.root: the weights under "root" sum to 110 (functional-fit 24, self-service 5, account-binding 2, performance-management 6, vendor-qualification 12, service 10, security 8, implementation 4, systems-integration 7, cost 30, deployment-model 2), not to the stated total 100"#]),
        Case("criteria.scales: a criterion that is not rated",
             criteria(#"{"scales": {"open-api": {"min": 0, "max": 10}}}"#),
             stderr: [#"selection.json:24:27: error: criteria.scales.open-api: "open-api" is not rated by evaluators, so it has no rating scale; rated criteria: core-module-demo, usability, wechat-client-demo, integration-demo"#]),
        Case("criteria.scales: an anchor outside the scale",
             criteria(#"{"scales": {"usability": {"min": 0, "max": 10, "anchors": {"0": "unusable", "11": "delightful"}}}}"#),
             stderr: [#"selection.json:24:91: error: criteria.scales.usability.anchors.11: an anchor's key must be a level from 0 to 10, found "11""#]),
        Case("criteria.facts: a unit that is a number",
             criteria(#"{"facts": {"sla.availability": {"type": "number", "unit": 7}}}"#),
             stderr: [#"selection.json:24:73: error: criteria.facts.sla.availability.unit: expected a unit: a string such as "weeks" or {"en": "weeks", "zh": "周"}, found the number 7"#]),
        Case("criteria.facts: a blank unit",
             criteria(#"{"facts": {"sla.availability": {"type": "number", "unit": " "}}}"#),
             stderr: [#"selection.json:24:73: error: criteria.facts.sla.availability.unit: expected a non-empty string"#]),
        Case("criteria.facts: an empty unit",
             criteria(#"{"facts": {"sla.availability": {"type": "number", "unit": ""}}}"#),
             stderr: [#"selection.json:24:73: error: criteria.facts.sla.availability.unit: expected a non-empty string"#]),
        Case("criteria.facts: a unit with a misspelt language",
             criteria(#"{"facts": {"sla.availability": {"type": "number", "unit": {"en": "%", "ch": "%"}}}}"#),
             stderr: [#"selection.json:24:85: error: criteria.facts.sla.availability.unit.ch: unknown key "ch"; did you mean "zh"?"#]),
        Case("criteria.facts: a unit on a yes/no fact",
             criteria(#"{"facts": {"sla.credits": {"type": "boolean", "unit": "days"}}}"#),
             stderr: [#"selection.json:24:69: error: criteria.facts.sla.credits.unit: a unit belongs to a number fact; "sla.credits" is a boolean fact (leave "unit" out, or make it "type": "number")"#]),
        Case("criteria.facts: a misspelt unit key",
             criteria(#"{"facts": {"sla.availability": {"type": "number", "units": "%"}}}"#),
             stderr: [#"selection.json:24:65: error: criteria.facts.sla.availability.units: unknown key "units"; did you mean "unit"?"#]),
        Case("criteria.scales: two keys for one level",
             criteria(#"{"scales": {"usability": {"min": 0, "max": 10, "anchors": {"5": "usable", "5.0": "fine"}}}}"#),
             stderr: [#"selection.json:24:89: error: criteria.scales.usability.anchors.5.0: "5.0" is level 5 again (already anchored as "5"); give each level one anchor"#]),
        Case("criteria.scales: an anchor's text is neither a string nor {en, zh}",
             criteria(#"{"scales": {"usability": {"min": 0, "max": 10, "anchors": {"5": 5}}}}"#),
             stderr: [#"selection.json:24:79: error: criteria.scales.usability.anchors.5: expected the anchor's text: a string or {"en": …, "zh": …}, found the number 5"#]),
        Case("criteria.scales: a bilingual anchor with an empty Chinese text",
             criteria(#"{"scales": {"usability": {"min": 0, "max": 10, "anchors": {"5": {"en": "usable", "zh": ""}}}}}"#),
             stderr: [#"selection.json:24:102: error: criteria.scales.usability.anchors.5.zh: expected a non-empty string"#]),
        Case("criteria.scales: a bilingual anchor with a misspelt key",
             criteria(#"{"scales": {"usability": {"min": 0, "max": 10, "anchors": {"5": {"en": "usable", "cn": "可用"}}}}}"#),
             stderr: [#"selection.json:24:96: error: criteria.scales.usability.anchors.5.cn: unknown key "cn"; did you mean "en"?"#]),
        Case("criteria.scales: min not below max",
             criteria(#"{"scales": {"usability": {"min": 10, "max": 0}}}"#),
             stderr: [#"selection.json:24:40: error: criteria.scales.usability: the scale's min (10) must be below its max (0)"#]),
        Case("criteria.scales: a rating above a tailored 0–4 scale, named in the message",
             criteria(#"{"scales": {"integration-demo": {"min": 0, "max": 4}}}"#),
             stderr: [#"ratings/liu-yang.json:17:72: error: ratings[11].value: expected a number from 0 to 4, found 5"#,
                      #"ratings/zhou-min.json:17:72: error: ratings[11].value: expected a number from 0 to 4, found 5"#],
             countLine: "2 errors found"),
        Case("criteria.points: a group that is not at the top level",
             criteria(#"{"points": {"total": 100, "groups": {"functional-fit": 70, "usability": 30}}}"#),
             stderr: [#"selection.json:24:74: error: criteria.points.groups.usability: unknown top-level group "usability"; known: functional-fit, self-service, account-binding, performance-management, vendor-qualification, service, security, implementation, systems-integration, cost and 1 more; points go to the top level of the tailored tree"#]),
        Case("criteria.points: groups that do not sum to the stated total",
             criteria(#"{"keep": ["functional-fit", "cost"], "points": {"total": 100, "groups": {"functional-fit": 70, "cost": 20}}}"#),
             stderr: [#"selection.json:24:72: error: criteria.points.total: the groups' points sum to 90 (functional-fit 70, cost 20), not to the total 100"#]),
        Case("criteria.points: a top-level group left without points",
             criteria(#"{"keep": ["functional-fit", "service", "cost"], "points": {"total": 100, "groups": {"functional-fit": 70, "cost": 30}}}"#),
             stderr: [#"selection.json:24:98: error: criteria.points.groups: every top-level node needs its points; missing: service (give 0 to score it for nothing, or drop it)"#]),
        Case("criteria.severity: an unknown gate",
             criteria(#"{"severity": {"gate-budgt": "flag"}}"#),
             stderr: [#"selection.json:24:29: error: criteria.severity.gate-budgt: unknown gate "gate-budgt"; did you mean "gate-budget"?"#]),
        Case("criteria.severity: neither knockOut nor flag",
             criteria(#"{"severity": {"gate-budget": "warn"}}"#),
             stderr: [#"selection.json:24:44: error: criteria.severity.gate-budget: expected one of "knockOut", "flag", found "warn""#]),
        Case("scenarios: a price formula for a criterion that is not a price",
             .selection(#""gates": [],"#, "\"gates\": [],\n  \"scenarios\": {\"cheap\": {\"price\": {\"usability\": \"lowestPrice\"}}},"),
             stderr: [#"selection.json:24:37: error: scenarios.cheap.price.usability: unknown price criterion (rule kind cost) "usability"; known: total-cost"#]),
        Case("scenarios: an absolute price formula without its range",
             .selection(#""gates": [],"#, "\"gates\": [],\n  \"scenarios\": {\"cheap\": {\"price\": {\"total-cost\": \"budgetRange\"}}},"),
             stderr: [#"selection.json:24:51: error: scenarios.cheap.price.total-cost: "budgetRange" needs its range: write {"method": "budgetRange", "best": …, "worst": …}"#]),
        Case("scenarios: a hard budget with a tolerance",
             .selection(#""gates": [],"#, "\"gates\": [],\n  \"scenarios\": {\"tight\": {\"budget\": {\"limit\": \"hard\", \"tolerancePercent\": 5}}},"),
             stderr: [#"selection.json:24:75: error: scenarios.tight.budget.tolerancePercent: a hard budget has no tolerance; remove "tolerancePercent" or set "limit": "soft""#]),
        Case("scenarios: a gate severity for an unknown gate",
             .selection(#""gates": [],"#, "\"gates\": [],\n  \"scenarios\": {\"soft\": {\"gates\": {\"gate-budgett\": \"flag\"}}},"),
             stderr: [#"selection.json:24:36: error: scenarios.soft.gates.gate-budgett: unknown gate "gate-budgett"; did you mean "gate-budget"?"#]),
        Case("scenarios: an unknown key, with the nearest one suggested",
             .selection(#""gates": [],"#, "\"gates\": [],\n  \"scenarios\": {\"x\": {\"prices\": {}}},"),
             stderr: [#"selection.json:24:23: error: scenarios.x.prices: unknown key "prices"; did you mean "price"?"#]),
        Case("gates: a severity that is neither knockOut nor flag",
             .selection(#""gates": [],"#, #""gates": [{"id": "g", "kind": "deployment", "severity": "soft"}],"#),
             stderr: [#"selection.json:23:59: error: gates[0].severity: expected one of "knockOut", "flag", found "soft""#]),
    ]

    @Test(arguments: cases)
    func badInput(_ badInput: Case) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        for mutation in badInput.mutations { try sandbox.apply(mutation) }
        let before = try sandbox.snapshot()

        let result = sandbox.run(badInput.arguments)

        #expect(result.exitCode == badInput.exitCode)
        #expect(result.stderr == sandbox.substitute(badInput.expectedStderr))
        #expect(try sandbox.snapshot() == before, "a failing command leaves the workspace as it was")
        #expect(result.stdout.isEmpty, "a failing command prints nothing partial on standard output")
    }
}

import Foundation
import Testing

/// Bad budgets in `selection.json` — amounts, the N-year total, a gate's checks without the budget figure they
/// need, scenario overrides — run on a copy of the fixture workspace: exact messages, exit 1, nothing written.
@Suite struct BudgetBadInputTests {
    typealias Case = BadInputTests.Case
    typealias Sandbox = BadInputTests.Sandbox

    /// The fixture's budget, on line 16.
    static let budget = #""budget": { "annual": 80000, "oneTime": 20000, "currency": "CNY", "limit": "soft", "tolerancePercent": 10 },"#

    /// Replaces the budget on line 16 by `json` (the value starts at column 13).
    static func budget(_ json: String) -> BadInputTests.Mutation { .selection(budget, "\"budget\": \(json),") }

    /// Puts `json` in place of the empty `"gates"` on line 23 (the value starts at column 12).
    static func gates(_ json: String) -> BadInputTests.Mutation { .selection(#""gates": [],"#, "\"gates\": \(json),") }

    /// Adds `"scenarios": <json>` on line 24, after the empty `"gates"` (the value starts at column 16).
    static func scenarios(_ json: String) -> BadInputTests.Mutation { .selection(#""gates": [],"#, "\"gates\": [],\n  \"scenarios\": \(json),") }

    static let cases: [Case] = [
        Case("a negative total",
             budget(#"{ "annual": 80000, "total": -5, "currency": "CNY" }"#),
             stderr: [#"selection.json:16:41: error: budget.total: expected a number > 0, found -5"#]),
        Case("an infinite total",
             budget(#"{ "annual": 80000, "total": 1e999, "currency": "CNY" }"#),
             stderr: [#"selection.json:16:41: error: number 1e999 is out of range"#]),
        Case("NaN as the annual budget",
             budget(#"{ "annual": NaN, "currency": "CNY" }"#),
             stderr: [#"selection.json:16:25: error: expected a value, found 'N'"#]),
        Case("a misspelt total, with the key it probably means",
             budget(#"{ "annual": 80000, "totl": 300000, "currency": "CNY" }"#),
             stderr: [#"selection.json:16:32: error: budget.totl: unknown key "totl"; did you mean "total"?"#]),
        Case("neither an annual budget nor a total",
             budget(#"{ "oneTime": 20000, "currency": "CNY" }"#),
             stderr: [#"selection.json:16:13: error: budget: missing key "annual" (the yearly budget, > 0; or "total", the budget over tcoYears)"#]),
        Case("a total below one year's budget",
             budget(#"{ "annual": 80000, "oneTime": 20000, "total": 90000, "currency": "CNY" }"#),
             stderr: [#"selection.json:16:59: error: budget.total: the total 90000 is less than one year's budget (annual 80,000 + oneTime 20,000 = 100,000); "total" is the budget for the whole horizon of tcoYears years, one-off fees included"#]),
        Case("a total with tcoYears 0",
             budget(#"{ "annual": 80000, "total": 300000, "currency": "CNY" }"#), .selection(#""tcoYears": 3"#, #""tcoYears": 0"#),
             stderr: [#"selection.json:21:15: error: tcoYears: expected a number from 1 to 10, found 0"#]),
        Case("the catalog's first-year-and-TCO gate with a total but no annual budget",
             budget(#"{ "total": 300000, "currency": "CNY" }"#),
             stderr: [#"selection.json:16:13: error: budget: gate "gate-budget" (basis "both") checks the first-year cost (firstYear), which needs "annual"; add "annual" to the budget, or drop the gate ("criteria": {"drop": ["gate-budget"]}) and add one in "criteria"."gates" whose basis this budget covers ("tco")"#]),
        Case("a per-year check with no annual budget",
             budget(#"{ "total": 300000, "oneTime": 20000, "currency": "CNY" }"#),
             gates(#"[{ "id": "gate-years", "kind": "budget", "basis": ["recurring", "tco"] }]"#),
             .selection(#""settings""#, #""criteria": { "drop": ["gate-budget"] }, "settings""#),
             stderr: [#"selection.json:16:13: error: budget: gate "gate-years" (basis "recurring+tco") checks each year's recurring cost (recurring), which needs "annual"; add "annual" to the budget, or give the gate a basis this budget covers ("oneOff", "tco")"#]),
        Case("a one-off check with no one-off budget",
             budget(#"{ "annual": 80000, "currency": "CNY" }"#),
             gates(#"[{ "id": "gate-one-off", "kind": "budget", "basis": "oneOff" }]"#),
             stderr: [#"selection.json:16:13: error: budget: gate "gate-one-off" (basis "oneOff") checks the one-off cost (oneOff), which needs "oneTime"; add "oneTime" to the budget, or give the gate a basis this budget covers ("firstYear", "recurring", "tco")"#]),
        Case("a misspelt basis",
             gates(#"[{ "id": "gate-years", "kind": "budget", "basis": "recuring" }]"#),
             stderr: [#"selection.json:23:62: error: gates[0].basis: expected one of "firstYear", "recurring", "oneOff", "tco", "both", "all", found "recuring"; did you mean "recurring"?"#]),
        Case("a check listed twice, and an unknown one",
             gates(#"[{ "id": "gate-years", "kind": "budget", "basis": ["recurring", "tco", "recurring", "both"] }]"#),
             stderr: [#"selection.json:23:83: error: gates[0].basis[2]: "recurring" is listed twice"#, #"selection.json:23:96: error: gates[0].basis[3]: expected one of "firstYear", "recurring", "oneOff", "tco", found "both""#], countLine: "2 errors found"),
        Case("a basis that is neither a name nor a list",
             gates(#"[{ "id": "gate-years", "kind": "budget", "basis": {"checks": "all"} }]"#),
             stderr: [#"selection.json:23:62: error: gates[0].basis: expected a basis (firstYear, recurring, oneOff, tco, both, all) or a list of checks such as ["recurring", "oneOff"]"#]),
        Case("an empty list of checks",
             gates(#"[{ "id": "gate-years", "kind": "budget", "basis": [] }]"#),
             stderr: [#"selection.json:23:62: error: gates[0].basis: expected at least one check: firstYear, recurring, oneOff, tco"#]),
        Case("a scenario overriding an unknown budget field",
             scenarios(#"{ "tight": { "budget": { "totl": 250000 } } }"#),
             stderr: [#"selection.json:24:41: error: scenarios.tight.budget.totl: unknown key "totl"; did you mean "total"?"#]),
        Case("a scenario whose total falls below one year's budget",
             scenarios(#"{ "tight": { "budget": { "total": 90000 } } }"#),
             stderr: [#"selection.json:24:39: error: scenarios.tight.budget: with this scenario's budget the total 90000 is less than one year's budget (annual 80,000 + oneTime 20,000 = 100,000); "total" is the budget for the whole horizon of tcoYears years, one-off fees included"#]),
        Case("a scenario with a negative total",
             scenarios(#"{ "tight": { "budget": { "total": -1 } } }"#),
             stderr: [#"selection.json:24:50: error: scenarios.tight.budget.total: expected a number > 0, found -1"#]),
    ]

    @Test(arguments: cases)
    func badInput(_ badInput: Case) throws {
        try badInput.expectRefusedWithoutChange()
    }
}

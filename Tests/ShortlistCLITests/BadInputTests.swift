import Foundation
import Testing
@testable import ShortlistCLI
import ShortlistKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every way a user can spoil a workspace, each checked against the exact diagnostics and exit code.
///
/// Each case copies the frozen workspace `Fixtures/retail` (a copy of the retail sample with its
/// ratings) into a fresh temporary folder, spoils one thing and runs `shortlist validate` (or `rank`,
/// `ahp`, `sheet import`) in-process with `SHORTLIST_CATALOGS` pointing at `Fixtures/criteria` (a
/// copy of the HRIS catalog). The fixtures do not follow changes to `samples/` or `criteria/`, so
/// the line:column positions below stay true; `shippedSampleIsValid` checks the shipped samples.
/// Expected standard error is given line by line and compared exactly, so file, line:column, key
/// path and message are all pinned, and every failing case checks that the workspace was left as it
/// was. In the expected lines `<ws>` stands for the workspace folder and `<tmp>` for the folder holding it.
///
/// A case with a `knownIssue` gives what the tool should print; the comment says what it prints instead.
@Suite struct BadInputTests {
    // MARK: - The table

    static let cases: [Case] = [
        // JSON syntax, with positions.
        Case(
            "trailing comma in an object",
            .selection(#""missingFacts": "worst" }"#, #""missingFacts": "worst", }"#),
            stderr: [
                #"selection.json:24:42: error: expected a string key after ',', found '}' (trailing commas are not allowed)"#,
            ]),
        Case(
            "trailing comma in an array",
            .selection(#""deployments": ["saas"]"#, #""deployments": ["saas",]"#),
            stderr: [#"selection.json:17:26: error: expected a value, found ']' (trailing commas are not allowed)"#]),
        Case(
            "missing opening quote",
            .selection(#""title": "HRIS"#, #""title": HRIS"#),
            stderr: [#"selection.json:3:12: error: expected a value, found 'H'"#]),
        Case(
            "missing closing quote: the string runs to the end of the line",
            .lingxi(#""name": "Lingxi HR Cloud","#, #""name": "Lingxi HR Cloud,"#),
            stderr: [#"vendors/lingxi.json:4:28: error: unescaped line feed in a string (write it as \n)"#]),
        Case(
            "NaN is not JSON",
            .selection(#""goLiveWeeks": 12"#, #""goLiveWeeks": NaN"#),
            stderr: [#"selection.json:20:18: error: expected a value, found 'N'"#]),
        Case(
            "a comment",
            .selection(#"  "tcoYears": 3,"#, "  // three years, as in the document\n  \"tcoYears\": 3,"),
            stderr: [#"selection.json:21:3: error: expected a string key after ',', found '/'"#]),
        Case(
            "invalid UTF-8 byte inside a string",
            .bytes("vendors/lingxi.json") { bytes in
                let name = Array("Lingxi HR Cloud".utf8)
                guard let start = bytes.firstRange(of: name)?.lowerBound else { return bytes }
                var result = bytes
                result[start + 7] = 0xFF // the "H" of "HR"
                return result
            },
            stderr: [#"vendors/lingxi.json:4:19: error: invalid UTF-8 byte 0xFF in a string"#]),
        Case(
            "a byte order mark is skipped: otherwise fine, so valid",
            .bytes("selection.json") { [0xEF, 0xBB, 0xBF] + $0 },
            stderr: [],
            exitCode: .success),
        Case(
            "a byte order mark does not count as a column",
            .write("selection.json", "\u{FEFF}{\"version\": 1,}"),
            stderr: [#"selection.json:1:15: error: expected a string key after ',', found '}' (trailing commas are not allowed)"#]),
        Case(
            "CRLF line endings count as one line break",
            .transform("selection.json") { $0.replacingOccurrences(of: "\n", with: "\r\n").replacingOccurrences(of: #""tcoYears": 3,"#, with: #""tcoYears": 3,,"#) },
            stderr: [#"selection.json:21:17: error: expected a string key after ',', found ','"#]),
        Case(
            "CRLF line endings: decoding errors too",
            .transform("selection.json") { $0.replacingOccurrences(of: "\n", with: "\r\n").replacingOccurrences(of: #""tcoYears": 3"#, with: #""tcoYears": 0"#) },
            stderr: ["selection.json:21:15: error: tcoYears: expected a number from 1 to 10, found 0"]),
        Case(
            "an error after Chinese text: the column counts characters, not UTF-8 bytes",
            // 零售门店人事系统 is 8 characters (24 bytes): the stray quote is at column 12 + 1 + 8 + 1 = 22.
            .selection(#""title": "HRIS for a 10-store retail chain (document case: 180 staff, 80,000 CNY a year)","#, #""title": "零售门店人事系统"","#),
            stderr: [#"selection.json:3:22: error: expected ',' or '}' after an object member, found '"'"#]),
        Case(
            "duplicate key",
            .selection(#""tcoYears": 3,"#, #""tcoYears": 3, "tcoYears": 4,"#),
            stderr: [#"selection.json:21:18: error: duplicate key "tcoYears" (first at line 21, column 3)"#]),
        Case(
            "duplicate key in a nested object of a vendor",
            .lingxi(#""currency": "CNY","#, #""currency": "CNY", "currency": "CNY","#),
            stderr: [#"vendors/lingxi.json:31:24: error: duplicate key "currency" (first at line 31, column 5)"#]),

        // Unknown keys, with the nearest known key.
        Case(
            "misspelt key in the catalog copy: reported once, not also as missing",
            .catalog(#""weight": 24"#, #""wieght": 24"#),
            stderr: [#"hris.json:92:7: error: criteria[0].wieght: unknown key "wieght"; did you mean "weight"?"#]),
        Case(
            "misspelt key in selection.json",
            .selection(#""headcount": 180"#, #""headcout": 180"#),
            stderr: [#"selection.json:7:5: error: organisation.headcout: unknown key "headcout"; did you mean "headcount"?"#]),
        Case(
            "misspelt key in a vendor",
            .lingxi(#""pricing": {"#, #""pricng": {"#),
            stderr: [#"vendors/lingxi.json:29:3: error: pricng: unknown key "pricng"; did you mean "pricing"?"#]),
        Case(
            "misspelt key inside a fact with its evidence",
            .lingxi(#"{ "value": 6, "source""#, #"{ "values": 6, "source""#),
            stderr: [#"vendors/lingxi.json:43:28: error: implementationWeeks.values: unknown key "values"; did you mean "value"?"#]),
        Case(
            "unknown key with no near match lists the known keys",
            .selection(#""tcoYears": 3,"#, #""tcoYears": 3, "colour": "blue","#),
            stderr: [#"selection.json:21:18: error: colour: unknown key "colour"; expected one of: budget, catalog, certifications, criteria, decision, deployments, exchangeRates, gates, goLiveWeeks, integrations, modules, note, organisation, panel, scenarios, settings, tcoYears, title, version, weighting, weights"#]),

        // Wrong types.
        Case(
            "a string for a number",
            .selection(#""headcount": 180"#, #""headcount": "180""#),
            stderr: [#"selection.json:7:18: error: organisation.headcount: expected a number, found the string "180""#]),
        Case(
            "a number for a boolean",
            .lingxi(#""twentyFourSeven": true"#, #""twentyFourSeven": 1"#),
            stderr: ["vendors/lingxi.json:47:24: error: support.twentyFourSeven: expected true or false, found the number 1"]),
        Case(
            "an object for an array",
            .selection(#""deployments": ["saas"]"#, #""deployments": { "saas": true }"#),
            stderr: ["selection.json:17:18: error: deployments: expected an array, found an object"]),
        Case(
            "a root that is not an object",
            .write("selection.json", "[]\n"),
            stderr: ["selection.json:1:1: error: expected an object, found an array"]),

        // Missing required fields.
        Case(
            "selection.json without a budget",
            .selection(#"  "budget": { "annual": 80000, "oneTime": 20000, "currency": "CNY", "limit": "soft", "tolerancePercent": 10 },"# + "\n", ""),
            stderr: [#"selection.json:1:1: error: missing key "budget" (the yearly budget)"#]),
        Case(
            "a vendor without a name",
            .lingxi(#"  "name": "Lingxi HR Cloud","# + "\n", ""),
            stderr: [#"vendors/lingxi.json:1:1: error: missing key "name" (the vendor's name)"#]),
        Case(
            "a catalog node without a weight",
            .catalog(#""weight": 24,"#, ""),
            stderr: [#"hris.json:88:5: error: criteria[0]: missing key "weight" (a raw weight ≥ 0; optional only when the group sets a rankOrder or ahp "weighting")"#]),
        Case(
            "a fact's evidence without its value",
            .lingxi(#"{ "value": 6, "source""#, #"{ "source""#),
            stderr: [#"vendors/lingxi.json:43:26: error: implementationWeeks: missing key "value" (the fact itself; "source" and "note" say where it comes from)"#]),

        // Numbers out of range.
        Case(
            "negative budget",
            .selection(#""annual": 80000"#, #""annual": -5"#),
            stderr: ["selection.json:16:25: error: budget.annual: expected a number > 0, found -5"]),
        Case(
            "zero headcount",
            .selection(#""headcount": 180"#, #""headcount": 0"#),
            stderr: ["selection.json:7:18: error: organisation.headcount: expected a number > 0, found 0"]),
        Case(
            "negative implementation fee",
            .lingxi(#""implementationFee": 12000"#, #""implementationFee": -1"#),
            stderr: ["vendors/lingxi.json:35:26: error: pricing.implementationFee: expected a number ≥ 0, found -1"]),
        Case(
            "tolerance of 150 percent",
            .selection(#""tolerancePercent": 10"#, #""tolerancePercent": 150"#),
            stderr: ["selection.json:16:106: error: budget.tolerancePercent: expected a number from 0 to 100, found 150"]),
        Case(
            "a TCO horizon of 0 years",
            .selection(#""tcoYears": 3"#, #""tcoYears": 0"#),
            stderr: ["selection.json:21:15: error: tcoYears: expected a number from 1 to 10, found 0"]),
        Case(
            "a TCO horizon that is not whole",
            .selection(#""tcoYears": 3"#, #""tcoYears": 2.5"#),
            stderr: ["selection.json:21:15: error: tcoYears: expected a whole number, found 2.5"]),
        Case(
            "a negative weight in the catalog",
            .catalog(#""weight": 24"#, #""weight": -24"#),
            stderr: ["hris.json:92:17: error: criteria[0].weight: expected a number from 0 to 1000000, found -24"]),

        // Weights that sum to zero.
        Case(
            "a catalog group whose weights sum to zero",
            .catalog("\"weight\": 100,\n          \"rule\": { \"kind\": \"cost\"", "\"weight\": 0,\n          \"rule\": { \"kind\": \"cost\""),
            stderr: ["hris.json:505:19: error: criteria[9].children: the weights of total-cost sum to zero; at least one must be positive"]),
        Case(
            "an override that leaves a group's weights summing to zero",
            .selection(#""weights": {}"#, #""weights": { "total-cost": 0 }"#),
            stderr: [#"selection.json:22:30: error: weights.total-cost: with this override the weights inside group "cost" (total-cost) sum to zero; at least one must be positive"#]),
        Case(
            "overrides that leave the top-level weights summing to zero",
            .selection(#""weights": {}"#, #""weights": { "functional-fit": 0, "self-service": 0, "account-binding": 0, "performance-management": 0, "vendor-qualification": 0, "service": 0, "security": 0, "implementation": 0, "systems-integration": 0, "cost": 0, "deployment-model": 0 }"#),
            stderr: [#"selection.json:22:34: error: weights.functional-fit: with this override the weights of the top-level groups sum to zero; at least one must be positive"#]),

        // Unknown ids, with suggestions.
        Case(
            "unknown required module",
            .selection(#""payroll""#, #""payrol""#),
            stderr: [#"selection.json:13:59: error: modules.required[3]: unknown module "payrol"; did you mean "payroll"?"#]),
        Case(
            "unknown module offered by a vendor, reported at the key",
            .lingxi(#""payroll": "full""#, #""payrol": "full""#),
            stderr: [#"vendors/lingxi.json:18:5: error: modules.payrol: unknown module "payrol"; did you mean "payroll"?"#]),
        Case(
            "unknown industry",
            .selection(#""industry": "retail""#, #""industry": "retial""#),
            stderr: [#"selection.json:10:17: error: organisation.industry: unknown industry "retial"; did you mean "retail"?"#]),
        Case(
            "unknown industry in a vendor's experience",
            .lingxi(#"{ "industry": "retail", "years": 5"#, #"{ "industry": "retial", "years": 5"#),
            stderr: [#"vendors/lingxi.json:7:19: error: industries[0].industry: unknown industry "retial"; did you mean "retail"?"#]),
        Case(
            "unknown integration",
            .selection(#"["pos", "wechatWork"]"#, #"["pos", "wechatWrok"]"#),
            stderr: [#"selection.json:18:27: error: integrations[1]: unknown integration "wechatWrok"; did you mean "wechatWork"?"#]),
        Case(
            "unknown certification",
            .selection(#""certifications": []"#, #""certifications": ["iso27010"]"#),
            stderr: [#"selection.json:19:22: error: certifications[0]: unknown certification "iso27010"; did you mean "iso27001"?"#]),
        Case(
            "unknown deployment",
            .selection(#""deployments": ["saas"]"#, #""deployments": ["sass"]"#),
            stderr: [#"selection.json:17:19: error: deployments[0]: unknown deployment "sass"; did you mean "saas"?"#]),
        Case(
            "weight override of an unknown criterion, reported at the key",
            .selection(#""weights": {}"#, #""weights": { "totl-cost": 5 }"#),
            stderr: [#"selection.json:22:16: error: weights.totl-cost: unknown criterion or group "totl-cost"; did you mean "total-cost"?"#]),
        Case(
            "unknown catalog name",
            .selection(#""catalog": "hris""#, #""catalog": "hirs""#),
            stderr: [#"selection.json:4:14: error: catalog: no catalog "hirs" found; did you mean "hris"?"#]),

        // Catalog rules and gates.
        Case(
            "a rule naming an unknown fact",
            .catalog(#""fact": "security.auditsPerYear""#, #""fact": "security.auditPerYear""#),
            stderr: [#"hris.json:430:46: error: criteria[6].children[6].rule.fact: unknown fact "security.auditPerYear"; did you mean "security.auditsPerYear"? (declare the catalog's own facts under "facts")"#]),
        Case(
            "a rule naming an unknown module",
            .catalog(#""modules": ["mobileApp"]"#, #""modules": ["mobilApp"]"#),
            stderr: [#"hris.json:172:52: error: criteria[1].children[1].rule.modules[0]: unknown module "mobilApp"; did you mean "mobileApp"?"#]),
        Case(
            "a gate naming an unknown fact",
            .catalog(#""fact": "support.responseHours", "operator""#, #""fact": "support.responseHour", "operator""#),
            stderr: [#"hris.json:85:59: error: gates[4].fact: unknown fact "support.responseHour"; did you mean "support.responseHours"? (declare the catalog's own facts under "facts")"#]),
        Case(
            "a fact of the wrong type for its rule",
            .catalog(#""fact": "security.auditsPerYear""#, #""fact": "support.twentyFourSeven""#),
            stderr: [#"hris.json:430:46: error: criteria[6].children[6].rule.fact: the fact "support.twentyFourSeven" is a boolean but this rule needs a number"#]),
        Case(
            "a gate operator that cannot test its fact",
            .selection(#""gates": []"#, #""gates": [{ "id": "fast", "kind": "fact", "fact": "support.responseHours", "operator": "contains", "value": 4 }]"#),
            stderr: [#"selection.json:23:90: error: gates[0].operator: "contains" cannot test a number fact; use <, <=, >, >=, == or !="#]),

        // Vendor facts and identities.
        Case(
            "a vendor fact the catalog does not declare, reported at the key",
            .lingxi(#""binding.oneClickLogin": true"#, #""binding.foo": true"#),
            stderr: [#"vendors/lingxi.json:67:5: error: facts.binding.foo: the catalog "hris" declares no fact "binding.foo""#]),
        Case(
            "a built-in fact written under facts",
            .lingxi(#""binding.oneClickLogin": true"#, #""releasesPerYear": 3"#),
            stderr: [#"vendors/lingxi.json:67:5: error: facts.releasesPerYear: "releasesPerYear" is a built-in fact; write it in its own section, not under "facts""#]),
        Case(
            "the same vendor id in two files",
            .replace("vendors/yunqi.json", #""id": "yunqi""#, with: #""id": "lingxi""#),
            stderr: [#"vendors/yunqi.json:3:9: error: id: duplicate vendor id "lingxi": vendors/lingxi.json uses it already"#]),
        Case(
            "a price in another currency than the budget",
            .lingxi(#""currency": "CNY""#, #""currency": "USD""#),
            stderr: ["vendors/lingxi.json:31:17: error: pricing.currency: the price is in USD but the budget in selection.json is in CNY; convert the quote to CNY"]),

        // Files and folders.
        Case(
            "an empty file",
            .write("vendors/empty.json", ""),
            stderr: ["vendors/empty.json: error: the file is empty; expected a JSON object"]),
        Case(
            "a file with only a byte order mark and blank lines is empty too",
            .write("vendors/empty.json", "\u{FEFF}\n\n"),
            stderr: ["vendors/empty.json: error: the file is empty; expected a JSON object"]),
        Case(
            "a file saved as UTF-16",
            .bytes("selection.json") { [0xFF, 0xFE] + String(decoding: $0, as: UTF8.self).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } },
            stderr: ["selection.json: error: the file is saved as UTF-16; save it as UTF-8"]),
        Case(
            "a folder named like a dossier",
            .makeFolder("vendors/x.json"),
            stderr: ["vendors/x.json: error: cannot read the file: is a directory"]),
        Case(
            "a file that is not JSON in vendors/ is only a warning",
            .write("vendors/notes.txt", "call Lingxi back on Monday\n"),
            stderr: ["vendors/notes.txt: warning: ignored: only .json files in vendors/ are dossiers"],
            exitCode: .success),
        Case(
            "a workspace with no vendors",
            .remove("vendors/huanyu-hcm.json"), .remove("vendors/lingxi.json"), .remove("vendors/yunqi.json"),
            stderr: ["vendors/: error: the workspace has no vendor dossiers; add one JSON file per vendor to vendors/"]),
        Case(
            "a workspace whose dossiers do not end in .json names them",
            .remove("vendors/huanyu-hcm.json"), .remove("vendors/yunqi.json"), .rename("vendors/lingxi.json", to: "vendors/lingxi.JSON"),
            stderr: ["vendors/: error: the workspace has no vendor dossiers (ignored, as their names do not end in .json: lingxi.JSON); add one JSON file per vendor to vendors/"]),
        Case(
            "a workspace without a vendors folder",
            .remove("vendors"),
            stderr: ["vendors/: error: missing folder: a workspace keeps one dossier per vendor in vendors/"]),
        Case(
            "a workspace without selection.json",
            .remove("selection.json"),
            stderr: ["selection.json: error: cannot read the file: no such file"]),
        Case(
            "a workspace path that does not exist",
            arguments: ["validate", "<tmp>/no-such-workspace"],
            stderr: ["<tmp>/no-such-workspace: error: no workspace folder here; expected a folder with selection.json and vendors/ (create one with `shortlist init`)"]),
        Case(
            "version 2 of a vendor dossier",
            .lingxi(#""version": 1"#, #""version": 2"#),
            stderr: ["vendors/lingxi.json:2:14: error: version: unsupported version 2; this tool reads version 1"]),
        Case(
            "version 2 of selection.json",
            .selection(#""version": 1"#, #""version": 2"#),
            stderr: ["selection.json:2:14: error: version: unsupported version 2; this tool reads version 1"]),

        // Several problems, all reported in one run, in file order.
        Case(
            "several errors in several files",
            .selection(#""tcoYears": 3"#, #""tcoYears": 0"#),
            .selection(#""headcount": 180"#, #""headcout": 180"#),
            .write("vendors/empty.json", " \n"),
            .lingxi(#""version": 1"#, #""version": 2"#),
            .replace("vendors/yunqi.json", #""version": 1"#, with: #""version": "1""#),
            stderr: [
                #"selection.json:7:5: error: organisation.headcout: unknown key "headcout"; did you mean "headcount"?"#,
                "selection.json:21:15: error: tcoYears: expected a number from 1 to 10, found 0",
                "vendors/empty.json: error: the file is empty; expected a JSON object",
                "vendors/lingxi.json:2:14: error: version: unsupported version 2; this tool reads version 1",
                #"vendors/yunqi.json:2:14: error: version: expected a number, found the string "1""#,
            ],
            countLine: "5 errors found"),

        // `rank` on bad input: the same diagnostics and nothing on standard output.
        Case(
            "rank: a misspelt key",
            .lingxi(#""pricing": {"#, #""pricng": {"#),
            arguments: ["rank", "<ws>"],
            stderr: [#"vendors/lingxi.json:29:3: error: pricng: unknown key "pricng"; did you mean "pricing"?"#]),
        Case(
            "rank --format json: an override summing to zero",
            .selection(#""weights": {}"#, #""weights": { "total-cost": 0 }"#),
            arguments: ["rank", "<ws>", "--format", "json"],
            stderr: [#"selection.json:22:30: error: weights.total-cost: with this override the weights inside group "cost" (total-cost) sum to zero; at least one must be positive"#]),
        Case(
            "rank --output: several errors and no file written",
            .selection(#""annual": 80000"#, #""annual": -5"#),
            .lingxi(#""currency": "CNY""#, #""currency": "usd""#),
            arguments: ["rank", "<ws>", "--output", "<tmp>/ranking.csv"],
            stderr: [
                "selection.json:16:25: error: budget.annual: expected a number > 0, found -5",
                #"vendors/lingxi.json:31:17: error: pricing.currency: expected a three-letter ISO 4217 currency code such as "CNY", found "usd""#,
            ],
            countLine: "2 errors found"),

        // Usage errors exit 64 with a hint.
        Case(
            "rank without a workspace",
            arguments: ["rank"],
            stderr: ["error: missing <workspace>", "Run `shortlist rank --help` for usage."],
            exitCode: .usage),
        Case(
            "a misspelt option",
            arguments: ["rank", "<ws>", "--fromat", "json"],
            stderr: ["error: unknown option '--fromat'; did you mean '--format'?", "Run `shortlist rank --help` for usage."],
            exitCode: .usage),
        Case(
            "an unknown format",
            arguments: ["rank", "<ws>", "--format", "xml"],
            stderr: ["error: '--format' expects one of table, json, csv, markdown; got 'xml'", "Run `shortlist rank --help` for usage."],
            exitCode: .usage),
        Case(
            "a misspelt command",
            arguments: ["rnak", "<ws>"],
            stderr: ["error: unknown command 'rnak'; did you mean 'rank'?", "Run `shortlist --help` for the list of commands."],
            exitCode: .usage),

        // Evaluator ratings (ratings/*.json).
        Case(
            "a rating of an unknown vendor, with a suggestion",
            .rating("chen-jing", #"{"vendor": "lingxi", "criterion": "usability""#, #"{"vendor": "lingxy", "criterion": "usability""#),
            stderr: [#"ratings/chen-jing.json:10:16: error: ratings[1].vendor: unknown vendor "lingxy"; did you mean "lingxi"?"#]),
        Case(
            "a rating of an unknown criterion, with a suggestion",
            .rating("chen-jing", #"{"vendor": "lingxi", "criterion": "usability""#, #"{"vendor": "lingxi", "criterion": "usabilty""#),
            stderr: [#"ratings/chen-jing.json:10:39: error: ratings[1].criterion: unknown rated criterion "usabilty"; did you mean "usability"?"#]),
        Case(
            "a rating of a criterion that its rule scores, not the panel",
            .rating("chen-jing", #"{"vendor": "lingxi", "criterion": "usability""#, #"{"vendor": "lingxi", "criterion": "required-modules""#),
            stderr: [#"ratings/chen-jing.json:10:39: error: ratings[1].criterion: "required-modules" is scored by its rule ("modules"), not rated by evaluators; rated criteria: core-module-demo, usability, wechat-client-demo, integration-demo"#]),
        Case(
            "a misspelt key in a rating",
            .rating("chen-jing", #""value": 4, "comment": "Payroll run"#, #""value": 4, "coment": "Payroll run"#),
            stderr: [#"ratings/chen-jing.json:10:64: error: ratings[1].coment: unknown key "coment"; did you mean "comment"?"#]),
        Case(
            "a rating above the scale",
            .rating("chen-jing", #""usability", "value": 4, "comment": "Payroll run"#, #""usability", "value": 6, "comment": "Payroll run"#),
            stderr: ["ratings/chen-jing.json:10:61: error: ratings[1].value: expected a number from 1 to 5, found 6"]),
        Case(
            "a rating below the scale",
            .rating("chen-jing", #""usability", "value": 4, "comment": "Payroll run"#, #""usability", "value": 0, "comment": "Payroll run"#),
            stderr: ["ratings/chen-jing.json:10:61: error: ratings[1].value: expected a number from 1 to 5, found 0"]),
        Case(
            "the highest rating without a comment",
            .rating("chen-jing", #""value": 4, "comment": "Payroll run and payslip preview are easy to follow.", "#, #""value": 5, "#),
            stderr: [#"ratings/chen-jing.json:10:61: error: ratings[1].value: a rating of 5 is the highest level of the scale; give the reason in "comment""#]),
        Case(
            "the lowest rating without a comment",
            .rating("chen-jing", #""value": 2, "comment": "Payslip only in the app; WeChat just announces that it is there.", "#, #""value": 1, "#),
            stderr: [#"ratings/chen-jing.json:15:69: error: ratings[6].value: a rating of 1 is the lowest level of the scale; give the reason in "comment""#]),
        Case(
            "the same vendor and criterion rated twice in one file",
            .rating("chen-jing", #"{"vendor": "lingxi", "criterion": "usability""#, #"{"vendor": "lingxi", "criterion": "core-module-demo""#),
            stderr: [#"ratings/chen-jing.json:10:5: error: ratings[1]: "core-module-demo" for "lingxi" is already rated at line 9, column 5"#]),
        Case(
            "two ratings files for the same evaluator, reported at the second one's evaluator",
            .rating("liu-yang", #""evaluator": "liu-yang""#, #""evaluator": "chen-jing""#),
            stderr: [#"ratings/liu-yang.json:3:16: error: evaluator: evaluator "chen-jing" already has a ratings file: ratings/chen-jing.json"#]),
        Case(
            "an evaluator id with a space",
            .rating("chen-jing", #""evaluator": "chen-jing""#, #""evaluator": "Chen Jing""#),
            stderr: [#"ratings/chen-jing.json:3:16: error: evaluator: expected an identifier (letters, digits, '-', '_' or '.'), found "Chen Jing""#]),
        Case(
            "a date not written YYYY-MM-DD",
            .rating("chen-jing", #"by their consultant.", "date": "2026-03-10""#, #"by their consultant.", "date": "10.03.2026""#),
            stderr: [#"ratings/chen-jing.json:9:238: error: ratings[0].date: expected a date written YYYY-MM-DD, found "10.03.2026""#]),
        Case(
            "a date written YYYY-MM-DD that does not exist",
            .rating("chen-jing", #"by their consultant.", "date": "2026-03-10""#, #"by their consultant.", "date": "2026-02-30""#),
            stderr: [#"ratings/chen-jing.json:9:238: error: ratings[0].date: expected a date written YYYY-MM-DD, found "2026-02-30", a day that does not exist"#]),
        Case(
            "a conflict of interest with an unknown vendor",
            .rating("chen-jing", #"{"vendor": "yunqi", "reason""#, #"{"vendor": "yunqui", "reason""#),
            stderr: [#"ratings/chen-jing.json:6:16: error: conflicts[0].vendor: unknown vendor "yunqui"; did you mean "yunqi"?"#]),
        Case(
            "a CSV sheet dropped into ratings/ is only a warning",
            .write("ratings/li-wei.csv", "vendor,criterion,value,comment\nlingxi,usability,4,ok\n"),
            stderr: ["ratings/li-wei.csv: warning: ignored: only .json files in ratings/ hold ratings (import CSV sheets with `shortlist sheet import`)"],
            exitCode: .success),

        // The panel in selection.json.
        Case(
            "a panel override for an unknown vendor",
            .selection(#"{ "vendor": "yunqi", "criterion": "core-module-demo""#, #"{ "vendor": "yunqu", "criterion": "core-module-demo""#),
            stderr: [#"selection.json:30:19: error: panel.overrides[0].vendor: unknown vendor "yunqu"; did you mean "yunqi"?"#]),
        Case(
            "a panel override off the scale",
            .selection(#""value": 2,"#, #""value": 6,"#),
            stderr: ["selection.json:30:70: error: panel.overrides[0].value: the override 6 for yunqi/core-module-demo lies outside the scale 1–5"]),
        Case(
            "a panel override of a criterion that is not rated",
            .selection(#"{ "vendor": "yunqi", "criterion": "core-module-demo""#, #"{ "vendor": "yunqi", "criterion": "required-modules""#),
            stderr: [#"selection.json:30:41: error: panel.overrides[0].criterion: "required-modules" is scored by its rule ("modules"), not rated by evaluators; rated criteria: core-module-demo, usability, wechat-client-demo, integration-demo"#]),
        Case(
            "trimPercent without trimmedMean",
            .selection(#""consensus": "mean","#, #""consensus": "mean", "trimPercent": 10,"#),
            stderr: [#"selection.json:26:41: error: panel.trimPercent: "trimPercent" applies only to "consensus": "trimmedMean""#]),
        Case(
            "trimPercent of 50: nothing would be left",
            .selection(#""consensus": "mean","#, #""consensus": "trimmedMean", "trimPercent": 50,"#),
            stderr: ["selection.json:26:48: error: panel.trimPercent: expected a number ≥ 0 and < 50, found 50"]),
        Case(
            "a disagreement threshold of 0 percent",
            .selection(#""disagreementPercent": 30"#, #""disagreementPercent": 0"#),
            stderr: ["selection.json:27:28: error: panel.disagreementPercent: expected a number > 0 and ≤ 100, found 0"]),

        // Weighting methods in selection.json.
        Case(
            "AHP: a pair judged twice",
            .weighting(#"{ "systems-integration": { "method": "ahp", "judgments": [["integration-coverage", "open-api", 3], ["integration-coverage", "integration-demo", "1/2"], ["open-api", "integration-demo", "1/5"], ["open-api", "integration-coverage", "1/3"]] } }"#),
            stderr: [#"selection.json:23:209: error: weighting.systems-integration.judgments[3]: "open-api" and "integration-coverage" are compared twice"#]),
        Case(
            "AHP: a pair not judged",
            .weighting(#"{ "systems-integration": { "method": "ahp", "judgments": [["integration-coverage", "open-api", 3], ["integration-coverage", "integration-demo", "1/2"]] } }"#),
            stderr: ["selection.json:23:41: error: weighting.systems-integration: AHP needs a judgment for every pair; missing: open-api vs integration-demo"]),
        Case(
            "AHP: a judgment off Saaty's scale",
            .weighting(#"{ "systems-integration": { "method": "ahp", "judgments": [["integration-coverage", "open-api", 12], ["integration-coverage", "integration-demo", "1/2"], ["open-api", "integration-demo", "1/5"]] } }"#),
            stderr: ["selection.json:23:111: error: weighting.systems-integration.judgments[0][2]: the judgment integration-coverage vs open-api = 12 is off Saaty's scale 1/9 … 9"]),
        Case(
            "AHP: a fraction dividing by zero",
            .weighting(#"{ "systems-integration": { "method": "ahp", "judgments": [["integration-coverage", "open-api", "1/0"], ["integration-coverage", "integration-demo", "1/2"], ["open-api", "integration-demo", "1/5"]] } }"#),
            stderr: [#"selection.json:23:111: error: weighting.systems-integration.judgments[0][2]: expected a positive number or a fraction such as "1/3", found "1/0""#]),
        Case(
            "AHP: inconsistent judgments are refused, naming the worst",
            .weighting(#"{ "vendor-qualification": { "method": "ahp", "judgments": [["industry-experience", "product-iteration", 2], ["industry-experience", "client-base", 4], ["industry-experience", "same-industry-references", 8], ["product-iteration", "client-base", 2], ["product-iteration", "same-industry-references", "1/4"], ["client-base", "same-industry-references", 2]] } }"#),
            stderr: [#"selection.json:23:42: error: weighting.vendor-qualification: the AHP judgments are inconsistent: CR = 0.403 > 0.1 (Saaty (1980/1987) random index 0.9); the judgments that contribute most: product-iteration vs same-industry-references = 0.25 (consistent: 0.826); industry-experience vs same-industry-references = 8 (consistent: 3.127); client-base vs same-industry-references = 2 (consistent: 0.782); revise them or set "acceptInconsistent": true"#]),
        Case(
            "AHP: the worst judgments are named as they were written",
            .weighting(#"{ "vendor-qualification": { "method": "ahp", "judgments": [["industry-experience", "product-iteration", 2], ["industry-experience", "client-base", 4], ["industry-experience", "same-industry-references", 8], ["product-iteration", "client-base", 2], ["same-industry-references", "product-iteration", 4], ["client-base", "same-industry-references", 2]] } }"#),
            stderr: [#"selection.json:23:42: error: weighting.vendor-qualification: the AHP judgments are inconsistent: CR = 0.403 > 0.1 (Saaty (1980/1987) random index 0.9); the judgments that contribute most: same-industry-references vs product-iteration = 4 (consistent: 1.21); industry-experience vs same-industry-references = 8 (consistent: 3.127); client-base vs same-industry-references = 2 (consistent: 0.782); revise them or set "acceptInconsistent": true"#]),
        Case(
            "AHP: inconsistent judgments explicitly accepted are valid",
            .weighting(#"{ "vendor-qualification": { "method": "ahp", "acceptInconsistent": true, "judgments": [["industry-experience", "product-iteration", 2], ["industry-experience", "client-base", 4], ["industry-experience", "same-industry-references", 8], ["product-iteration", "client-base", 2], ["product-iteration", "same-industry-references", "1/4"], ["client-base", "same-industry-references", 2]] } }"#),
            stderr: [],
            exitCode: .success),
        Case(
            "rank order: a child ranked twice",
            .weighting(#"{ "vendor-qualification": { "method": "rankOrder", "order": ["industry-experience", "same-industry-references", "client-base", "industry-experience", "product-iteration"] } }"#),
            stderr: [#"selection.json:23:143: error: weighting.vendor-qualification.order[3]: "industry-experience" is ranked twice; rank each criterion once"#]),
        Case(
            "rank order: a child left out",
            .weighting(#"{ "vendor-qualification": { "method": "rankOrder", "order": ["industry-experience", "same-industry-references", "client-base"] } }"#),
            stderr: ["selection.json:23:42: error: weighting.vendor-qualification: the rank order leaves out product-iteration; rank every child of the group"]),
        Case(
            "rank order: an unknown child, with a suggestion",
            .weighting(#"{ "vendor-qualification": { "method": "rankOrder", "order": ["industry-experience", "same-industry-references", "client-base", "product-iteraton"] } }"#),
            stderr: [#"selection.json:23:143: error: weighting.vendor-qualification.order[3]: unknown child "product-iteraton"; did you mean "product-iteration"?"#]),
        Case(
            "a weighting for an unknown group, with a suggestion",
            .weighting(#"{ "vendor-qualifcation": { "method": "rankOrder", "order": ["industry-experience", "same-industry-references", "client-base", "product-iteration"] } }"#),
            stderr: [#"selection.json:23:18: error: weighting.vendor-qualifcation: unknown group "vendor-qualifcation"; did you mean "vendor-qualification"?"#]),
        Case(
            "a weighting for a criterion, which has no children to weigh",
            .weighting(#"{ "client-base": { "method": "rankOrder", "order": ["industry-experience"] } }"#),
            stderr: [#"selection.json:23:18: error: weighting.client-base: "client-base" is a criterion, not a group; only a group's children can be weighted"#]),
        Case(
            "point overrides in a group weighted by rank order",
            .selection(#""weights": {},"#, "\"weights\": { \"client-base\": 30 },\n  \"weighting\": { \"vendor-qualification\": { \"method\": \"rankOrder\", \"order\": [\"industry-experience\", \"same-industry-references\", \"client-base\", \"product-iteration\"] } },"),
            stderr: [#"selection.json:23:42: error: weighting.vendor-qualification: group "vendor-qualification" is weighted by rankOrder, so the point overrides of client-base in "weights" would be ignored; remove one or the other"#]),

        // `shortlist ahp` on a bad matrix (AHPMatrixCommandTests covers a non-reciprocal pair, a word, a short row,
        // rows out of order, a judgment beyond 9, the diagonal, a negative judgment, 1/0, an extra row, a duplicate name,
        // an unclosed quote and an empty file).
        Case(
            "ahp: a reciprocal rounded to 0.33",
            .matrix(",A,B,C\nA,1,3,5\nB,0.33,1,2\nC,1/5,1/2,1\n"),
            arguments: ["ahp", "m.csv"],
            stderr: [#"m.csv:2:5: error: the judgment in row "A", column "B" is 3 but the one in row "B", column "A" is 0.33; the matrix must be reciprocal, so it should be 1/3 (write fractions such as 1/3 rather than 0.33)"#]),
        Case(
            "ahp: a zero judgment",
            .matrix(",A,B,C\nA,1,3,5\nB,1/3,1,0\nC,1/5,1/2,1\n"),
            arguments: ["ahp", "m.csv"],
            stderr: [#"m.csv:3:9: error: the judgment in row "B", column "C" is 0; judgments must be positive (1/9 … 9)"#]),
        Case(
            "ahp: a row with a judgment too many",
            .matrix(",A,B,C\nA,1,3,5,7\nB,1/3,1,2\nC,1/5,1/2,1\n"),
            arguments: ["ahp", "m.csv"],
            stderr: ["m.csv:2:9: error: this row has 5 fields but the header has 4; every row needs its name and 3 judgments"]),
        Case(
            "ahp: a quote in the middle of a field",
            .matrix(",A,B,C\nA,1,3,5\nB,1/3,1,2\"\nC,1/5,1/2,1\n"),
            arguments: ["ahp", "m.csv"],
            stderr: ["m.csv:3:10: error: a quote appears in the middle of an unquoted field; enclose the whole field in quotes and double the quotes inside it (the separator is ',': the first line has 3 ',', no ';' and no tab; a file must use one separator throughout)"]),
        Case(
            "ahp: text after a closing quote",
            .matrix(",A,B,C\nA,1,3,5\nB,1/3,1,\"2\"x\nC,1/5,1/2,1\n"),
            arguments: ["ahp", "m.csv"],
            stderr: ["m.csv:3:12: error: unexpected 'x' after a closing quote; expected a separator or the end of the line (the separator is ',': the first line has 3 ',', no ';' and no tab; a file must use one separator throughout)"]),
        Case(
            "ahp: a row named differently from its column",
            .matrix(",A,B,C\nA,1,3,5\nBee,1/3,1,2\nC,1/5,1/2,1\n"),
            arguments: ["ahp", "m.csv"],
            stderr: [#"m.csv:3:1: error: row 2 is named "Bee" but column 2 is "B"; list the elements in the same order down the first column and across the header"#]),

        // One number rule for CSV cells (CSVNumber): `ahp`, `matrix` and `sheet import` refuse the same spellings, with the same reasons.
        Case(
            "ahp: NaN as a judgment",
            .matrix(",A,B\nA,1,NaN\nB,1/3,1\n"),
            arguments: ["ahp", "m.csv"],
            stderr: [#"m.csv:2:5: error: expected a judgment such as 3, 0.5 or 1/3 for "A" against "B", found "NaN"; NaN and infinities are not numbers here"#]),
        Case(
            "matrix: a thousands separator",
            .matrix("vendor,price,fit\na,\"12,000\",3\nb,9000,4\n"),
            arguments: ["matrix", "m.csv", "--weights", "1,1", "--types=-,+"],
            stderr: [#"m.csv:2:3: error: expected a number for "a" on "price", found "12,000"; write numbers without thousands separators, with a '.' as the decimal mark (or ',' in a file separated by ';')"#]),
        Case(
            "sheet import: a decimal comma in a file separated by ','",
            .sheet("vendor,criterion,value,comment\nlingxi,usability,\"4,5\",ok\n"),
            arguments: Self.importSheet,
            stderr: [#"sheet.csv:2:18: error: row 2 column 3 (value): expected a number on the scale 1–5, found "4,5"; write numbers without thousands separators, with a '.' as the decimal mark (or ',' in a file separated by ';')"#]),
        Case(
            "sheet import: a percentage",
            .sheet("vendor,criterion,value,comment\nlingxi,usability,80%,ok\n"),
            arguments: Self.importSheet,
            stderr: [#"sheet.csv:2:18: error: row 2 column 3 (value): expected a number on the scale 1–5, found "80%"; write the number without '%' (85, not 85%)"#]),

        // `shortlist sheet import`: nothing is stored unless the whole sheet is valid.
        Case(
            "sheet import: a row with a field missing",
            .sheet("vendor,criterion,value,comment\nlingxi,usability,4,ok\nyunqi,usability,3\n"),
            arguments: Self.importSheet,
            stderr: ["sheet.csv:3:1: error: row 3: the row has 3 fields but the header has 4"]),
        Case(
            "sheet import: a quoted field never closed",
            .sheet("vendor,criterion,value,comment\nlingxi,usability,4,\"ok\nyunqi,usability,3,fine\n"),
            arguments: Self.importSheet,
            stderr: ["sheet.csv:2:20: error: the quoted field that starts here is never closed; add the closing quote"]),
        Case(
            "sheet import: a quote in the middle of a field",
            .sheet("vendor,criterion,value,comment\nlingxi,usability,4,o\"k\n"),
            arguments: Self.importSheet,
            stderr: ["sheet.csv:2:21: error: a quote appears in the middle of an unquoted field; enclose the whole field in quotes and double the quotes inside it (the separator is ',': the first line has 3 ',', no ';' and no tab; a file must use one separator throughout)"]),
        Case(
            "sheet import: an unknown column, with a suggestion",
            .sheet("vendor,criterion,value,comment,notes\nlingxi,usability,4,ok,\n"),
            arguments: Self.importSheet,
            stderr: [#"sheet.csv:1:32: error: row 1 column 5 (notes): unknown column "notes"; did you mean "note"?"#]),
        Case(
            "sheet import: a misspelt required column is reported once, not also as missing",
            .sheet("vendor,criterion,value,coment\nlingxi,usability,4,ok\n"),
            arguments: Self.importSheet,
            stderr: [#"sheet.csv:1:24: error: row 1 column 4 (coment): unknown column "coment"; did you mean "comment"?"#]),
        Case(
            "sheet import: a required column missing",
            .sheet("vendor,criterion,value\nlingxi,usability,4\n"),
            arguments: Self.importSheet,
            stderr: [#"sheet.csv:1:1: error: row 1: the header lacks the column "comment""#]),
        Case(
            "sheet import: an unknown vendor, with a suggestion",
            .sheet("vendor,criterion,value,comment\nlingxy,usability,4,ok\n"),
            arguments: Self.importSheet,
            stderr: [#"sheet.csv:2:1: error: row 2 column 1 (vendor): unknown vendor "lingxy"; did you mean "lingxi"?"#]),
        Case(
            "sheet import: a value off the scale",
            .sheet("vendor,criterion,value,comment\nlingxi,usability,6,ok\n"),
            arguments: Self.importSheet,
            stderr: ["sheet.csv:2:18: error: row 2 column 3 (value): 6 is off the scale 1–5"]),
        Case(
            "sheet import: the highest rating without a comment",
            .sheet("vendor,criterion,value,comment\nlingxi,usability,5,\n"),
            arguments: Self.importSheet,
            stderr: [#"sheet.csv:2:20: error: row 2 column 4 (comment): a rating of 5 is the highest level of the scale; give the reason in "comment""#]),
        Case(
            "sheet import: a date that does not exist is refused and nothing is stored",
            .sheet("vendor,criterion,value,comment,date\nlingxi,usability,4,ok,2026-02-30\n"),
            arguments: Self.importSheet,
            stderr: [#"sheet.csv:2:23: error: row 2 column 5 (date): expected a date written YYYY-MM-DD, found "2026-02-30", a day that does not exist"#]),
        Case(
            "sheet import: an error in an exported sheet points at the cell, past the multi-line anchors",
            .command(["sheet", "export", "<ws>", "--evaluator", "chen-jing", "--output", "sheet.csv", "--include-knocked-out"]),
            .replace("<tmp>/sheet.csv", #"self-explanatory.",4,Payroll run"#, with: #"self-explanatory.",9,Payroll run"#),
            arguments: ["sheet", "import", "<ws>", "sheet.csv", "--evaluator", "chen-jing"],
            stderr: ["sheet.csv:31:126: error: row 7 column 7 (value): 9 is off the scale 1–5"]),
    ]

    // MARK: - Tests

    @Test(arguments: cases)
    func badInput(_ badInput: Case) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        for mutation in badInput.mutations { try sandbox.apply(mutation) }
        let before = try sandbox.snapshot()

        let result = sandbox.run(badInput.arguments)

        #expect(result.exitCode == badInput.exitCode)
        let expected = sandbox.substitute(badInput.expectedStderr)
        let checkOutput: () throws -> Void = {
            #expect(result.stderr == expected)
            if badInput.exitCode != .success {
                let after = try sandbox.snapshot()
                #expect(after == before, "a failing command leaves the workspace as it was (nothing stored in ratings/)")
            }
        }
        if let knownIssue = badInput.knownIssue {
            withKnownIssue(knownIssue) { try checkOutput() }
        } else {
            try checkOutput()
        }
        if badInput.exitCode == .success {
            #expect(result.stdoutText.hasPrefix("ok: \(sandbox.workspace) is valid — "))
        } else {
            #expect(result.stdout.isEmpty, "a failing command prints nothing partial on standard output")
        }
        if badInput.arguments.contains("--output") {   // membership of an argument list
            #expect(!FileManager.default.fileExists(atPath: sandbox.root + "/ranking.csv"))
        }
    }

    @Test(.enabled(if: Sandbox.canMakeFilesUnreadable, "running as root, chmod 000 leaves files readable"))
    func unreadableFile() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let path = sandbox.workspace + "/vendors/lingxi.json"
        #expect(chmod(path, 0) == 0)
        defer { _ = chmod(path, 0o644) }

        let result = sandbox.run(["validate", "<ws>"])

        #expect(result.exitCode == .failure)
        #expect(result.stderr == "vendors/lingxi.json: error: cannot read the file: Permission denied\n1 error found\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func fixtureIsValid() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }

        let result = sandbox.run(["validate", "<ws>"])

        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stderr == "")
        #expect(result.stdoutText == "ok: \(sandbox.workspace) is valid — 3 vendors, catalog hris (42 criteria, 5 gates)\n")
    }

    /// Sheets as Excel saves them, which `sheet import` stores and `validate` then accepts.
    @Test(arguments: [
        (
            "';' as separator, a decimal comma, CRLF and a byte order mark",
            "\u{FEFF}vendor;criterion;value;comment\r\nlingxi;usability;3,5;\"clean, quick\"\r\nyunqi;usability;4;fine\r\n",
            [3.5, 4]
        ),
        (
            "a quoted comment with a line break and doubled quotes, and blank values left unrated",
            "vendor,criterion,value,comment,date\nlingxi,usability,5,\"the \"\"one screen\"\" view;\nno training needed\",2026-03-10\nyunqi,usability,,,\n",
            [5]
        ),
    ])
    func validSheetImportIsStoredAndValidates(_ label: String, csv: String, values: [Double]) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.apply(.sheet(csv))

        let result = sandbox.run(Self.importSheet)

        #expect(result.exitCode == .success, "\(label): \(result.stderr)")
        #expect(result.stderr == "")
        #expect(result.stdoutText == "stored ratings/li-wei.json: \(values.count) rating\(values.count == 1 ? "" : "s") from sheet.csv\n")
        let stored = try Data(contentsOf: URL(fileURLWithPath: sandbox.workspace + "/ratings/li-wei.json"))
        let sheet = try decodeJSON(RatingSheetJSON.self, from: stored)
        #expect(sheet.evaluator == "li-wei")
        #expect(sheet.ratings.map(\.value) == values)
        let validate = sandbox.run(["validate", "<ws>"])
        #expect(validate.exitCode == .success, "\(validate.stderr)")
        #expect(validate.stdoutText.hasPrefix("ok: \(sandbox.workspace) is valid — "))
    }

    /// An exported sheet, imported back unchanged, stores the same ratings and keeps the conflicts.
    @Test func exportedSheetImportsBackUnchanged() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try sandbox.apply(.command(["sheet", "export", "<ws>", "--evaluator", "chen-jing", "--output", "sheet.csv"]))

        let result = sandbox.run(["sheet", "import", "<ws>", "sheet.csv", "--evaluator", "chen-jing"])

        #expect(result.exitCode == .success, "\(result.stderr)")
        // The sheet leaves off knocked-out huanyu-hcm: 8 ratings come from the file, and chen-jing's 4
        // stored ratings of huanyu-hcm are kept (12 in all), which the line says instead of "12 from sheet.csv".
        #expect(result.stdoutText == "stored ratings/chen-jing.json: 8 ratings from sheet.csv; 4 stored ratings of huanyu-hcm kept (no row on the sheet)\n")
        let validate = sandbox.run(["validate", "<ws>"])
        #expect(validate.exitCode == .success, "\(validate.stderr)")
        let text = try String(contentsOfFile: sandbox.workspace + "/ratings/chen-jing.json", encoding: .utf8)
        struct Declared: Decodable {
            struct Conflict: Decodable, Equatable { var vendor: String; var reason: String }
            var conflicts: [Conflict]?
        }
        #expect(try decodeJSON(Declared.self, from: Data(text.utf8)).conflicts == [Declared.Conflict(
            vendor: "yunqi", reason: "her brother is a sales engineer in Yunqi HR's Hangzhou office; declared 2026-03-09, before the demos")],
            "the conflict declaration is kept")
    }

    @Test(arguments: ["retail-10-stores", "internet-300", "manufacturing-2000"])
    func shippedSampleIsValid(_ sample: String) {
        let result = CommandLineTool.execute(Invocation(
            arguments: ["validate", "samples/" + sample],
            environment: ["SHORTLIST_CATALOGS": Sandbox.repositoryRoot + "/criteria"],
            currentDirectory: Sandbox.repositoryRoot))

        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "no error and no warning: \(result.stderr)")
        let summary = ["retail-10-stores": "3 vendors, catalog hris (101 criteria, 5 gates)", "internet-300": "4 vendors, catalog hris (101 criteria, 7 gates)",
                       "manufacturing-2000": "5 vendors, catalog hris (101 criteria, 6 gates)"]
        #expect(result.stdoutText == "ok: samples/\(sample) is valid — \(summary[sample] ?? "?")\n")
    }

    @Test func tableIsLargeWithUniqueNames() {
        #expect(Self.cases.count >= 120)
        #expect(Set(Self.cases.map(\.name)).count == Self.cases.count, "case names are unique")
    }
}

extension BadInputTests {
    // MARK: - Cases

    /// `shortlist sheet import <ws> sheet.csv --evaluator li-wei`, run from `<tmp>`.
    static let importSheet = ["sheet", "import", "<ws>", "sheet.csv", "--evaluator", "li-wei"]

    /// The known issue of a workspace whose vendors are missing, for which every rating is reported again.
    static func cascade(_ reason: String, _ extra: Int) -> Comment {
        Comment(rawValue: "Workspace.swift (loadRatings) adds \(extra) errors \"unknown vendor …\" for the ratings, conflicts and panel override of vendors missing because of \(reason); ratings of dossiers that failed to load are meant to be skipped")
    }

    /// The known issue of `sheet import` locations: the column printed is the field's index.
    static func sheetColumn(_ printed: String) -> Comment {
        Comment(rawValue: "RatingSheet.read prints the field's index as the column (sheet.csv:\(printed)), not the cell's column in the line")
    }

    /// One spoiled workspace and what the tool must say about it.
    struct Case: Sendable, CustomTestStringConvertible {
        /// What is wrong, in a few words; also the test's name in reports.
        let name: String
        /// How to spoil the copy of the fixture workspace, in order.
        let mutations: [Mutation]
        /// The arguments after `shortlist`, with `<ws>` and `<tmp>` placeholders.
        let arguments: [String]
        /// The expected standard error, line by line, without the final count line.
        let stderr: [String]
        /// The expected count line; by default "1 error found" for a failing run with one error line.
        let countLine: String?
        /// The expected exit code.
        let exitCode: ExitCode
        /// Why the expected text is not produced yet, when it is a known bug.
        let knownIssue: Comment?

        init(
            _ name: String, _ mutations: Mutation..., arguments: [String] = ["validate", "<ws>"], stderr: [String],
            countLine: String? = nil, exitCode: ExitCode = .failure, knownIssue: Comment? = nil
        ) {
            self.name = name
            // A change to the catalog copy needs the copy first.
            let needsCatalog = mutations.contains { if case .replace("hris.json", _, _) = $0 { true } else { false } }
            self.mutations = (needsCatalog ? [.copyCatalog] : []) + mutations
            self.arguments = arguments
            self.stderr = stderr
            self.countLine = countLine
            self.exitCode = exitCode
            self.knownIssue = knownIssue
        }

        /// The whole of standard error: the lines, then the count of errors for input errors.
        var expectedStderr: String {
            var lines = stderr
            if let countLine {
                lines.append(countLine)
            } else if exitCode == .failure {
                lines.append("1 error found")
            }
            return lines.map { $0 + "\n" }.joined()
        }

        var testDescription: String { name }
    }

    /// One change to a copy of the fixture workspace; paths are relative to the workspace, or to the
    /// folder holding it when they start with `<tmp>/`.
    enum Mutation: Sendable {
        /// Replaces `old`, which must occur exactly once in the file, by `new`.
        case replace(String, String, with: String)
        /// Creates or overwrites a file with UTF-8 text.
        case write(String, String)
        /// Rewrites a file's text.
        case transform(String, @Sendable (String) -> String)
        /// Rewrites a file's bytes.
        case bytes(String, @Sendable ([UInt8]) -> [UInt8])
        /// Removes a file or folder.
        case remove(String)
        /// Renames a file or folder.
        case rename(String, to: String)
        /// Creates a folder.
        case makeFolder(String)
        /// Copies the fixture catalog into the workspace as `hris.json` and points selection.json at the copy.
        case copyCatalog
        /// Runs `shortlist` with these arguments (placeholders allowed), which must succeed: to make a file to spoil.
        case command([String])

        /// A change to selection.json.
        static func selection(_ old: String, _ new: String) -> Mutation { .replace("selection.json", old, with: new) }

        /// A change to the Lingxi dossier.
        static func lingxi(_ old: String, _ new: String) -> Mutation { .replace("vendors/lingxi.json", old, with: new) }

        /// A change to a copy of the catalog that selection.json uses instead of the shipped one.
        static func catalog(_ old: String, _ new: String) -> Mutation { .replace("hris.json", old, with: new) }

        /// A change to an evaluator's ratings, `ratings/<evaluator>.json`.
        static func rating(_ evaluator: String, _ old: String, _ new: String) -> Mutation { .replace("ratings/\(evaluator).json", old, with: new) }

        /// Adds `"weighting": <json>` to selection.json, on line 23 after the empty `"weights"`.
        static func weighting(_ json: String) -> Mutation { .selection(#""weights": {},"#, "\"weights\": {},\n  \"weighting\": \(json),") }

        /// Writes `<tmp>/m.csv`, the matrix for `shortlist ahp m.csv`.
        static func matrix(_ csv: String) -> Mutation { .write("<tmp>/m.csv", csv) }

        /// Writes `<tmp>/sheet.csv`, the scoring sheet for ``BadInputTests/importSheet``.
        static func sheet(_ csv: String) -> Mutation { .write("<tmp>/sheet.csv", csv) }
    }
}

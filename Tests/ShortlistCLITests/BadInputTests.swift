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
/// Each case copies `samples/retail-10-stores` into a fresh temporary folder, spoils one thing
/// and runs `shortlist validate` (or `rank`) in-process. Expected standard error is given line by
/// line and compared exactly, so file, line:column, key path and message are all pinned.
/// In the expected lines `<ws>` stands for the workspace folder and `<tmp>` for the folder holding it.
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
                result[start + 7] = 0xFF // the space after "Lingxi"
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
            stderr: [#"hris.json:89:7: error: criteria[0].wieght: unknown key "wieght"; did you mean "weight"?"#]),
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
            stderr: [#"selection.json:21:18: error: colour: unknown key "colour"; expected one of: budget, catalog, certifications, deployments, gates, goLiveWeeks, integrations, modules, organisation, settings, tcoYears, title, version, weights"#]),

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
            stderr: [#"hris.json:85:5: error: criteria[0]: missing key "weight" (a raw weight ≥ 0)"#]),
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
            stderr: ["hris.json:89:17: error: criteria[0].weight: expected a number ≥ 0, found -24"]),

        // Weights that sum to zero.
        Case(
            "a catalog group whose weights sum to zero",
            .catalog("\"weight\": 100,\n          \"rule\": { \"kind\": \"cost\"", "\"weight\": 0,\n          \"rule\": { \"kind\": \"cost\""),
            stderr: ["hris.json:436:19: error: criteria[9].children: the weights of total-cost sum to zero; at least one must be positive"]),
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
            stderr: [#"hris.json:383:46: error: criteria[6].children[6].rule.fact: unknown fact "security.auditPerYear"; did you mean "security.auditsPerYear"? (declare the catalog's own facts under "facts")"#]),
        Case(
            "a rule naming an unknown module",
            .catalog(#""modules": ["mobileApp"]"#, #""modules": ["mobilApp"]"#),
            stderr: [#"hris.json:147:52: error: criteria[1].children[1].rule.modules[0]: unknown module "mobilApp"; did you mean "mobileApp"?"#]),
        Case(
            "a gate naming an unknown fact",
            .catalog(#""fact": "support.responseHours", "operator""#, #""fact": "support.responseHour", "operator""#),
            stderr: [#"hris.json:82:59: error: gates[4].fact: unknown fact "support.responseHour"; did you mean "support.responseHours"? (declare the catalog's own facts under "facts")"#]),
        Case(
            "a fact of the wrong type for its rule",
            .catalog(#""fact": "security.auditsPerYear""#, #""fact": "support.twentyFourSeven""#),
            stderr: [#"hris.json:383:46: error: criteria[6].children[6].rule.fact: the fact "support.twentyFourSeven" is a boolean but this rule needs a number"#]),
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
    ]

    // MARK: - Tests

    @Test(arguments: cases)
    func badInput(_ badInput: Case) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        for mutation in badInput.mutations { try sandbox.apply(mutation) }

        let result = sandbox.run(badInput.arguments)

        #expect(result.exitCode == badInput.exitCode)
        let expected = sandbox.substitute(badInput.expectedStderr)
        if let knownIssue = badInput.knownIssue {
            withKnownIssue(knownIssue) { #expect(result.stderr == expected) }
        } else {
            #expect(result.stderr == expected)
        }
        if badInput.exitCode == .success {
            #expect(result.stdoutText.hasPrefix("ok: \(sandbox.workspace) is valid — "))
        } else {
            #expect(result.stdout.isEmpty, "a failing command prints nothing partial on standard output")
        }
        if badInput.arguments.contains("--output") {
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

    @Test(arguments: ["retail-10-stores", "internet-300", "manufacturing-2000"])
    func shippedSampleIsValid(_ sample: String) {
        let result = CommandLineTool.execute(Invocation(
            arguments: ["validate", "samples/" + sample],
            environment: ["SHORTLIST_CATALOGS": Sandbox.repositoryRoot + "/criteria"],
            currentDirectory: Sandbox.repositoryRoot))

        #expect(result.exitCode == .success, "\(result.stderr)")
        #expect(!result.stderr.contains("error"))
        #expect(result.stdoutText.hasPrefix("ok: samples/\(sample) is valid — "))
    }

    @Test func tableIsLargeWithUniqueNames() {
        #expect(Self.cases.count >= 40)
        #expect(Set(Self.cases.map(\.name)).count == Self.cases.count, "case names are unique")
    }
}

extension BadInputTests {
    // MARK: - Cases

    /// One spoiled workspace and what the tool must say about it.
    struct Case: Sendable, CustomTestStringConvertible {
        /// What is wrong, in a few words; also the test's name in reports.
        let name: String
        /// How to spoil the copy of the retail sample, in order.
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

    /// One change to a copy of the sample workspace; paths are relative to the workspace.
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
        /// Copies the shipped catalog into the workspace as `hris.json` and points selection.json at the copy.
        case copyCatalog

        /// A change to selection.json.
        static func selection(_ old: String, _ new: String) -> Mutation { .replace("selection.json", old, with: new) }

        /// A change to the Lingxi dossier.
        static func lingxi(_ old: String, _ new: String) -> Mutation { .replace("vendors/lingxi.json", old, with: new) }

        /// A change to a copy of the catalog that selection.json uses instead of the shipped one.
        static func catalog(_ old: String, _ new: String) -> Mutation { .replace("hris.json", old, with: new) }
    }

    // MARK: - Sandbox

    /// A fresh copy of `samples/retail-10-stores` in its own temporary folder.
    struct Sandbox {
        /// The repository's root, found from this file's path.
        static let repositoryRoot: String = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

        /// Whether `chmod 000` makes a file unreadable here; not when running as root.
        static var canMakeFilesUnreadable: Bool {
            let path = NSTemporaryDirectory() + "shortlist-access-\(UUID().uuidString)"
            guard FileManager.default.createFile(atPath: path, contents: Data("{}".utf8)) else { return false }
            defer { try? FileManager.default.removeItem(atPath: path) }
            guard chmod(path, 0) == 0 else { return false }
            return access(path, R_OK) != 0
        }

        /// The temporary folder holding the workspace (`<tmp>`).
        let root: String
        /// The workspace (`<ws>`).
        let workspace: String

        init() throws {
            root = NSTemporaryDirectory() + "shortlist-bad-input-" + UUID().uuidString
            workspace = root + "/workspace"
            do {
                try Self.copyContents(of: Self.repositoryRoot + "/samples/retail-10-stores", to: workspace)
            } catch {
                remove()
                throw error
            }
        }

        /// Copies a folder's files by their contents only; `copyItem` also copies the owner, which fails for
        /// an ordinary user copying a checkout that root owns.
        private static func copyContents(of source: String, to destination: String) throws {
            let files = FileManager.default
            try files.createDirectory(atPath: destination, withIntermediateDirectories: true)
            for entry in try files.contentsOfDirectory(atPath: source) {
                var isDirectory: ObjCBool = false
                _ = files.fileExists(atPath: source + "/" + entry, isDirectory: &isDirectory)
                if isDirectory.boolValue {
                    try copyContents(of: source + "/" + entry, to: destination + "/" + entry)
                } else {
                    try Data(contentsOf: URL(fileURLWithPath: source + "/" + entry)).write(to: URL(fileURLWithPath: destination + "/" + entry))
                }
            }
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }

        /// Replaces the `<ws>` and `<tmp>` placeholders.
        func substitute(_ text: String) -> String {
            text.replacingOccurrences(of: "<ws>", with: workspace).replacingOccurrences(of: "<tmp>", with: root)
        }

        /// Runs the tool in-process from the temporary folder, with the repository's catalogs.
        func run(_ arguments: [String]) -> CommandResult {
            CommandLineTool.execute(Invocation(
                arguments: arguments.map(substitute),
                environment: ["SHORTLIST_CATALOGS": Self.repositoryRoot + "/criteria"],
                currentDirectory: root))
        }

        func apply(_ mutation: Mutation) throws {
            let files = FileManager.default
            switch mutation {
            case .replace(let file, let old, let new):
                let text = try read(file)
                let parts = text.components(separatedBy: old)
                try #require(parts.count == 2, "\(file) must contain \(old) exactly once")
                try write(file, parts.joined(separator: new))
            case .write(let file, let text):
                try write(file, text)
            case .transform(let file, let change):
                try write(file, change(try read(file)))
            case .bytes(let file, let change):
                let data = try Data(contentsOf: URL(fileURLWithPath: workspace + "/" + file))
                try Data(change(Array(data))).write(to: URL(fileURLWithPath: workspace + "/" + file))
            case .remove(let path):
                try files.removeItem(atPath: workspace + "/" + path)
            case .rename(let path, let newPath):
                try files.moveItem(atPath: workspace + "/" + path, toPath: workspace + "/" + newPath)
            case .makeFolder(let path):
                try files.createDirectory(atPath: workspace + "/" + path, withIntermediateDirectories: true)
            case .copyCatalog:
                try Data(contentsOf: URL(fileURLWithPath: Self.repositoryRoot + "/criteria/hris.json")).write(to: URL(fileURLWithPath: workspace + "/hris.json"))
                try apply(.selection(#""catalog": "hris""#, #""catalog": "hris.json""#))
            }
        }

        private func read(_ file: String) throws -> String {
            try String(contentsOfFile: workspace + "/" + file, encoding: .utf8)
        }

        private func write(_ file: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: workspace + "/" + file))
        }
    }
}

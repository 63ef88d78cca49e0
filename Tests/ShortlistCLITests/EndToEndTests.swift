import Foundation
import Testing

/// Runs the real `shortlist` binary on the shipped samples and checks what a user sees.
@Suite(.serialized) struct EndToEndTests {
    static let samples = ["retail-10-stores", "manufacturing-2000", "internet-300"]

    @Test(arguments: zip(samples, ["lingxi", "zhizao", "xinyue"]))
    func rankJSONHasTheDocumentedShape(sample: String, winner: String) throws {
        let result = try BinaryRunner.run(["rank", "samples/\(sample)", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rank = try result.json(RankJSON.self)
        #expect(rank.ranking.first?.vendor == winner)
        #expect(rank.ranking.first?.rank == 1)
        for entry in rank.ranking {
            #expect((0...100).contains(entry.score))
            #expect(!entry.criteria.isEmpty)
            let sum = entry.criteria.reduce(0.0) { $0 + $1.contribution }
            #expect(abs(sum - entry.score) < 1e-4, "contributions add up to the score")
            let weights = entry.criteria.reduce(0.0) { $0 + $1.weight }
            #expect(abs(weights - 1) < 1e-4, "effective weights add up to 1")
            for criterion in entry.criteria {
                #expect(!criterion.id.isEmpty)
                #expect(!criterion.explanation.isEmpty)
            }
        }
        // `eliminated` and `warnings` are decoded as arrays of their documented shapes (RankJSON).
    }

    @Test func retailKnocksOutTheVendorOverBudgetAndExplainsTheWinner() throws {
        let json = try BinaryRunner.run(["rank", "samples/retail-10-stores", "--format", "json"])
        let eliminated = try json.json(RankJSON.self).eliminated
        #expect(eliminated.map(\.vendor) == ["huanyu-hcm"])
        #expect(eliminated.first?.gates == ["gate-budget"])
        // Year 1: 117,200 against 80,000 + 20,000 = 100,000 plus 10% tolerance = 110,000: 7,200 over, 6.5% of the limit.
        #expect(eliminated.first?.reasons == ["first-year cost 117,200 CNY exceeds the limit 110,000 (budget 80,000 + one-off 20,000, +10% tolerance) by 7,200 (6.5% over the limit, 17.2% over the budget of 100,000)"])

        let explain = try BinaryRunner.run(["explain", "samples/retail-10-stores", "lingxi"])
        #expect(explain.status == 0)
        // Under each criterion's row: its rule, then its facts (each naming its line in the dossier), then its weight.
        // industry-experience: 4.8% × 100 = 4.80 points; the catalog's 3.43% rescaled to the criteria in play.
        #expect(explain.section("    industry-experience · Industry experience               4.80%   100.0     4.80")?.prefix(3) == [
            "        rule industryExperience: 5 years in Retail → 100 on the curve 0→0, 1→30, 3→70, 5→100",
            "        fact industry.years = 5 years (source: RFP response, 2026-03-02; vendors/lingxi.json:7:38)",
            "        weight 3.43% in the catalog, 4.80% for this vendor after dropping excluded criteria",
        ])
        #expect(explain.section("    required-modules · Required modules                    10.56%   100.0    10.56")?.prefix(2) == [
            "        rule modules: required modules: Recruiting full, Training full, Performance management full, Payroll full, Multi-store attendance full → mean coverage 1 × 100 = 100",
            "        fact modules.recruiting = full (source: RFP response, 2026-03-02; vendors/lingxi.json:14:19)",
        ], "every fact names its line in the dossier")

        let against = try BinaryRunner.run(["explain", "samples/retail-10-stores", "lingxi", "--against", "yunqi"])
        #expect(against.status == 0)
        // 87.04 − 64.56 = 22.48 points, 22.48 / 87.04 = 25.8% of the leader's score.
        #expect(against.lines.first == "Lingxi HR Cloud (lingxi) 87.04 vs Yunqi HR (yunqi) 64.56: lingxi leads by 22.48 points (25.8% of its score)")
        #expect(against.lines.suffix(3) == ["The differences add up to +22.48 points.", "", ""], "the last line, then a blank one")
    }

    @Test(arguments: samples)
    func outputIsByteForByteDeterministic(sample: String) throws {
        for format in ["table", "json", "csv", "markdown"] {
            let first = try BinaryRunner.run(["rank", "samples/\(sample)", "--format", format])
            let second = try BinaryRunner.run(["rank", "samples/\(sample)", "--format", format])
            #expect(first.status == 0)
            #expect(first.stdout == second.stdout, "\(format) differs between runs")
        }
    }

    @Test(arguments: samples)
    func validatePasses(sample: String) throws {
        let result = try BinaryRunner.run(["validate", "samples/\(sample)"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.text.hasPrefix("ok: samples/\(sample) is valid"))
    }

    @Test func outputFileIsWrittenAtomicallyWithItsFormatFromTheExtension() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let csv = dir.appendingPathComponent("ranking.csv")
        let result = try BinaryRunner.run(["rank", "samples/retail-10-stores", "--output", csv.path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let bytes = try Data(contentsOf: csv)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "CSV files start with a BOM for Excel")
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("rank,vendor,name,score,coverage,would_score,status,"))
        #expect(text.split(separator: "\r\n").dropFirst().first?.hasPrefix("1,lingxi,Lingxi HR Cloud,87.04,1.0000,,ranked,") == true, "the winner's row follows the header (the group columns after it are checked by the golden CSV)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["ranking.csv"], "no temporary files left")
        let bad = try BinaryRunner.run(["rank", "samples/retail-10-stores", "--output", dir.appendingPathComponent("x.pdf").path])
        #expect(bad.status == 64)
    }

    @Test func initWritesAValidTemplateAndCopiesSamples() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        let created = try BinaryRunner.run(["init", "fresh"], in: dir)
        #expect(created.status == 0, "\(created.stderr)")
        let validate = try BinaryRunner.run(["validate", "fresh"], in: dir)
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("fresh/criteria/hris.json").path), "the catalog is frozen into the workspace")

        let copied = try BinaryRunner.run(["init", "copy", "--sample", "retail-10-stores"], in: dir)
        #expect(copied.status == 0, "\(copied.stderr)")
        let mine = try BinaryRunner.run(["rank", "copy", "--format", "json"], in: dir)
        let shipped = try BinaryRunner.run(["rank", "samples/retail-10-stores", "--format", "json"])
        #expect(mine.stdout == shipped.stdout)

        let again = try BinaryRunner.run(["init", "copy"], in: dir)
        #expect(again.status == 1)
        #expect(again.stderr == "error: copy exists and is not empty; choose a new folder\n")
        let unknown = try BinaryRunner.run(["init", "x", "--sample", "retail"], in: dir)
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "error: no shipped sample \"retail\"; did you mean \"retail-10-stores\"?\n")
    }

    @Test func criteriaListsAndPrintsCatalogs() throws {
        let list = try BinaryRunner.run(["criteria"])
        #expect(list.status == 0)
        // ats, hris and saas, by name.
        #expect(list.text.split(separator: "\n").map { String($0.prefix { $0 != " " }) } == ["ats", "hris", "saas"])
        let tree = try BinaryRunner.run(["criteria", "hris"])
        #expect(tree.status == 0)
        #expect(tree.lines.first == "HR information system (hris) · 人力资源信息系统")
        #expect(tree.section("Knock-out gates") == [
            "  gate-required-modules: every required module at least partial",
            "  gate-budget: within budget and tolerance (both)",
            "  gate-deployment: an acceptable deployment",
            "  gate-certifications: every required certification",
            "  gate-response-time: support.responseHours <= 72 hours",
            "  gate-pipl-residency: data.residency == mainland-china — only when organisation.countries include CN",
            "  gate-domestic-stack: xinchuang.adapted == yes — only when organisation.ownership is state or government",
            "  gate-mlps-level-3: assurance.mlpsLevel >= 3 — only when organisation.ownership is state or government",
            "  gate-multi-country-payroll: payroll.multiCountry == yes — only when organisation.countries name at least 2",
        ])
    }

    @Test func helpVersionAndUsageErrors() throws {
        #expect(try BinaryRunner.run(["--version"]).text == "shortlist 0.1.0\n")
        for command in ["validate", "rank", "explain", "criteria", "init"] {
            let help = try BinaryRunner.run([command, "--help"])
            #expect(help.status == 0)
            // Each usage line in full is checked by HelpTests; here, that it is the command's own.
            #expect(help.lines.contains { $0.hasPrefix("USAGE: shortlist \(command) ") || $0 == "USAGE: shortlist \(command)" })
        }
        let typo = try BinaryRunner.run(["rank", "samples/retail-10-stores", "--fromat", "json"])
        #expect(typo.status == 64)
        #expect(typo.stderr == "error: unknown option '--fromat'; did you mean '--format'?\nRun `shortlist rank --help` for usage.\n")
        #expect(typo.stdout.isEmpty)
        let command = try BinaryRunner.run(["rnak"])
        #expect(command.status == 64)
        #expect(command.stderr == "error: unknown command 'rnak'; did you mean 'rank'?\nRun `shortlist --help` for the list of commands.\n")
    }

    @Test func badInputExitsOneWithNothingOnStdout() throws {
        let result = try BinaryRunner.run(["rank", "no/such/workspace"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let folder = BinaryRunner.repositoryRoot.appendingPathComponent("no/such/workspace").path
        #expect(result.stderr == "\(folder): error: no workspace folder here; expected a folder with selection.json and vendors/ (create one with `shortlist init`)\n1 error found\n")
    }

    @Test func weightsShowTheAHPGroupAndTheRankOrder() throws {
        let manufacturing = try BinaryRunner.run(["weights", "samples/manufacturing-2000", "--format", "json"])
        #expect(manufacturing.status == 0, "\(manufacturing.stderr)")
        let weights = try manufacturing.json(WeightsJSON.self)
        let ahp = try #require(weights.ahp["security"])
        // The shipped security matrix: λmax 7.056911 on 7 criteria, CI = (7.056911 − 7) / 6 = 0.009485,
        // CR = 0.009485 / 1.32 (Saaty's RI for n = 7) = 0.007186 ≤ 0.1.
        #expect(ahp.lambdaMax == 7.056911 && ahp.ci == 0.009485 && ahp.cr == 0.007186)
        #expect(ahp.randomIndex.table == "saaty" && ahp.randomIndex.value == 1.32)
        #expect(ahp.consistent)
        let globals = weights.nodes.filter { $0.method == nil }.map(\.global)
        // Each global weight is printed to 6 decimals (±5e-7), so the sum is within leaves × 5e-7 of 1.
        #expect(abs(globals.reduce(0, +) - 1) <= Double(globals.count) * 5e-7, "leaf weights sum to 1")
        let internet = try BinaryRunner.run(["weights", "samples/internet-300"])
        // performance-management's rank-order centroid weight within its group, 6.85% both locally and globally.
        #expect(internet.lines.contains { $0.hasPrefix("performance-management · ") && $0.hasSuffix("    6.85%    6.85%  rankOrder (rank order centroid)") })
    }

    @Test func rankByEveryMethodWithCorrelations() throws {
        let result = try BinaryRunner.run(["rank", "samples/internet-300", "--method", "all", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let comparison = try result.json(MethodsJSON.self)
        #expect(Set(comparison.methods.keys) == ["wsm", "wpm", "topsis"])
        #expect(comparison.methods["wsm"]?.first?.vendor == "xinyue")
        #expect(comparison.agreements.count == 3)
        for agreement in comparison.agreements {
            let tau = try #require(agreement.kendallTau)
            #expect((-1...1).contains(tau))
        }
    }

    @Test func sheetExportAndImportRoundTrip() throws {
        let dir = try BinaryRunner.temporaryDirectory()
        #expect(try BinaryRunner.run(["init", "ws", "--sample", "retail-10-stores"], in: dir).status == 0)
        let sheet = dir.appendingPathComponent("zhou.csv")
        let exported = try BinaryRunner.run(["sheet", "export", "ws", "--evaluator", "zhou-min", "--output", sheet.path], in: dir)
        #expect(exported.status == 0, "\(exported.stderr)")
        let imported = try BinaryRunner.run(["sheet", "import", "ws", sheet.path, "--evaluator", "zhou-min"], in: dir)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.text.hasPrefix("stored ratings/zhou-min.json: "))
        // The exported sheet holds exactly the evaluator's ratings, so the ranking is unchanged.
        let after = try BinaryRunner.run(["rank", "ws", "--format", "json"], in: dir)
        let shipped = try BinaryRunner.run(["rank", "samples/retail-10-stores", "--format", "json"])
        #expect(after.stdout == shipped.stdout)
        let usage = try BinaryRunner.run(["sheet", "export", "ws"], in: dir)
        #expect(usage.status == 64)
        #expect(usage.stderr == "error: missing '--evaluator <name>'\nRun `shortlist sheet export --help` for usage.\n")
        let noSub = try BinaryRunner.run(["sheet"], in: dir)
        #expect(noSub.status == 64)
        #expect(noSub.stderr.hasPrefix("error: 'sheet' needs a subcommand\n\nUSAGE: shortlist sheet <subcommand>"))
    }
}

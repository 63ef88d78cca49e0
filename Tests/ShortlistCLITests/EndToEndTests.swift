import Foundation
import Testing

/// Runs the real `shortlist` binary on the shipped samples and checks what a user sees.
@Suite(.serialized) struct EndToEndTests {
    static let samples = ["retail-10-stores", "manufacturing-2000", "internet-300"]

    @Test(arguments: zip(samples, ["lingxi", "zhizao", "xinyue"]))
    func rankJSONHasTheDocumentedShape(sample: String, winner: String) throws {
        let result = try BinaryRunner.run(["rank", "samples/\(sample)", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let ranking = try #require(object["ranking"] as? [[String: Any]])
        #expect(ranking.first?["vendor"] as? String == winner)
        #expect(ranking.first?["rank"] as? Int == 1)
        for entry in ranking {
            let score = try #require(entry["score"] as? Double)
            #expect((0...100).contains(score))
            let criteria = try #require(entry["criteria"] as? [[String: Any]])
            #expect(!criteria.isEmpty)
            let sum = criteria.reduce(0.0) { $0 + ($1["contribution"] as? Double ?? .nan) }
            #expect(abs(sum - score) < 1e-4, "contributions add up to the score")
            let weights = criteria.reduce(0.0) { $0 + ($1["weight"] as? Double ?? .nan) }
            #expect(abs(weights - 1) < 1e-4, "effective weights add up to 1")
            for criterion in criteria {
                #expect(criterion["id"] is String)
                #expect(!(criterion["explanation"] as? String ?? "").isEmpty)
            }
        }
        #expect(object["eliminated"] is [[String: Any]])
        #expect(object["warnings"] is [String])
    }

    @Test func retailKnocksOutTheVendorOverBudgetAndExplainsTheWinner() throws {
        let json = try BinaryRunner.run(["rank", "samples/retail-10-stores", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        let eliminated = try #require(object["eliminated"] as? [[String: Any]])
        #expect(eliminated.map { $0["vendor"] as? String } == ["huanyu-hcm"])
        let reasons = eliminated.first?["reasons"] as? [String] ?? []
        #expect(reasons.contains { $0.contains("first-year cost") && $0.contains("exceeds the limit") })

        let explain = try BinaryRunner.run(["explain", "samples/retail-10-stores", "lingxi"])
        #expect(explain.status == 0)
        #expect(explain.text.contains("5 years in Retail → 100"))
        #expect(explain.text.contains("vendors/lingxi.json:"))

        let against = try BinaryRunner.run(["explain", "samples/retail-10-stores", "lingxi", "--against", "yunqi"])
        #expect(against.status == 0)
        #expect(against.text.contains("lingxi leads by"))
        #expect(against.text.contains("The differences add up to +"))
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
        #expect(text.contains("\r\n1,lingxi,"))
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
        #expect(again.stderr.contains("exists and is not empty"))
        let unknown = try BinaryRunner.run(["init", "x", "--sample", "retail"], in: dir)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("did you mean \"retail-10-stores\"?"))
    }

    @Test func criteriaListsAndPrintsCatalogs() throws {
        let list = try BinaryRunner.run(["criteria"])
        #expect(list.status == 0)
        // ats, hris and saas, by name.
        #expect(list.text.split(separator: "\n").map { String($0.prefix { $0 != " " }) } == ["ats", "hris", "saas"])
        let tree = try BinaryRunner.run(["criteria", "hris"])
        #expect(tree.status == 0)
        #expect(tree.text.contains("人力资源"))
        #expect(tree.text.contains("Knock-out gates"))
    }

    @Test func helpVersionAndUsageErrors() throws {
        #expect(try BinaryRunner.run(["--version"]).text == "shortlist 0.1.0\n")
        for command in ["validate", "rank", "explain", "criteria", "init"] {
            let help = try BinaryRunner.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.text.contains("USAGE: shortlist \(command)"))
        }
        let typo = try BinaryRunner.run(["rank", "samples/retail-10-stores", "--fromat", "json"])
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("did you mean '--format'?"))
        #expect(typo.stdout.isEmpty)
        let command = try BinaryRunner.run(["rnak"])
        #expect(command.status == 64)
        #expect(command.stderr.contains("did you mean 'rank'?"))
    }

    @Test func badInputExitsOneWithNothingOnStdout() throws {
        let result = try BinaryRunner.run(["rank", "no/such/workspace"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no workspace folder here"))
    }

    @Test func weightsShowTheAHPGroupAndTheRankOrder() throws {
        let manufacturing = try BinaryRunner.run(["weights", "samples/manufacturing-2000", "--format", "json"])
        #expect(manufacturing.status == 0, "\(manufacturing.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: manufacturing.stdout) as? [String: Any])
        let ahp = try #require((object["ahp"] as? [String: Any])?["security"] as? [String: Any])
        #expect((ahp["cr"] as? Double ?? 1) <= 0.1)
        #expect(ahp["consistent"] as? Bool == true)
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let globals = nodes.filter { $0["method"] == nil }.compactMap { $0["global"] as? Double }
        // Each global weight is printed to 6 decimals (±5e-7), so the sum is within leaves × 5e-7 of 1.
        #expect(abs(globals.reduce(0, +) - 1) <= Double(globals.count) * 5e-7, "leaf weights sum to 1")
        let internet = try BinaryRunner.run(["weights", "samples/internet-300"])
        #expect(internet.text.contains("rankOrder"))
    }

    @Test func rankByEveryMethodWithCorrelations() throws {
        let result = try BinaryRunner.run(["rank", "samples/internet-300", "--method", "all", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let methods = try #require(object["methods"] as? [String: [[String: Any]]])
        #expect(Set(methods.keys) == ["wsm", "wpm", "topsis"])
        #expect(methods["wsm"]?.first?["vendor"] as? String == "xinyue")
        let agreements = try #require(object["agreements"] as? [[String: Any]])
        #expect(agreements.count == 3)
        for agreement in agreements {
            let tau = try #require(agreement["kendallTau"] as? Double)
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
        #expect(usage.stderr.contains("missing '--evaluator <name>'"))
        let noSub = try BinaryRunner.run(["sheet"], in: dir)
        #expect(noSub.status == 64)
        #expect(noSub.stderr.hasPrefix("error: 'sheet' needs a subcommand\n\nUSAGE: shortlist sheet <subcommand>"))
    }
}

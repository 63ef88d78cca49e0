import Foundation
import Testing

/// The RFI loop with the real binary, as a buyer runs it: export → the vendor fills in the sheet (here a
/// script) → import → validate and rank, without opening a JSON file.
@Suite struct RFIEndToEndTests {
    /// The CSV records of a questionnaire (quoted fields, CRLF), as lists of cells.
    static func records(_ data: Data) -> [[String]] {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text), i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" { if i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false } } else { field.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { row.append(field); field = ""
            } else if c == "\r\n" || c == "\n" { row.append(field); rows.append(row); row = []; field = ""
            } else { field.append(c) }
            i += 1
        }
        chars = []
        return rows
    }

    /// Writes rows as CSV with `;` and LF, as Excel does in a decimal-comma locale.
    static func semicolonCSV(_ rows: [[String]]) -> String {
        rows.map { $0.map { $0.contains(";") || $0.contains("\"") || $0.contains("\n") ? "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : $0 }.joined(separator: ";") }.joined(separator: "\n") + "\n"
    }

    /// A brand-new vendor answers every question by a script: yes, the first allowed value, or a number.
    @Test func aBrandNewVendorIsExportedFilledImportedAndRanked() throws {
        let (directory, workspace) = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        let export = try BinaryRunner.run(["rfi", "export", workspace.path, "--output", directory.appendingPathComponent("rfi.csv").path])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.contains("117 questions, 8 must-have"), "\(export.stderr)")
        let exported = try Data(contentsOf: directory.appendingPathComponent("rfi.csv"))
        #expect(exported.starts(with: [0xEF, 0xBB, 0xBF]))
        var rows = Self.records(exported)
        #expect(rows[0] == ["section", "id", "question", "answer type", "allowed values", "must-have", "evidence requested", "answer", "evidence", "comment"])
        for r in 1..<rows.count {
            let id = rows[r][1], type = rows[r][3], allowed = rows[r][4].components(separatedBy: "; ")
            let answer: String
            switch true {
            case id == "quote.perEmployeeMonth": answer = "18,5"   // decimal comma, as the `;` dialect writes it
            case id == "quote.perEmployeeMonth.escalationPercent": answer = "3"
            case id == "quote.annual", id.hasPrefix("quote.oneOff."): answer = "1000"
            case id == "quote.currency": answer = allowed[0]
            case id.hasPrefix("quote."): answer = ""   // no minimum seats, cap, per-site price, licence or discount
            case id == "support.responseHours": answer = "4"
            case id == "implementationWeeks": answer = "6"
            case type == "yes/no": answer = "yes"
            case type.hasPrefix("number"): answer = "5"
            case type == "one of a list", type == "several of a list": answer = allowed[0]
            default: answer = allowed.first ?? "text"
            }
            rows[r][7] = answer
            rows[r][9] = r == 54 ? "=see SLA; 4 hours on weekdays" : ""
        }
        let response = directory.appendingPathComponent("response.csv")
        try Self.semicolonCSV(rows).write(to: response, atomically: true, encoding: .utf8)

        let dry = try BinaryRunner.run(["rfi", "import", workspace.path, response.path, "--vendor", "newco", "--name", "Newco HR", "--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.text.contains("vendors/newco.json (new): 110 answers from \(response.path), 110 changes\n"), "\(dry.text)")
        #expect(dry.text.contains("  quote.perEmployeeMonth: (none) → 18.5 CNY per employee per month  (row 103)\n"), "\(dry.text)")
        #expect(dry.text.hasSuffix("dry run: nothing written\n"))
        #expect(!FileManager.default.fileExists(atPath: workspace.appendingPathComponent("vendors/newco.json").path))

        let imported = try BinaryRunner.run(["rfi", "import", workspace.path, response.path, "--vendor", "newco", "--name", "Newco HR"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.text.hasSuffix("wrote vendors/newco.json\n"))
        let validate = try BinaryRunner.run(["validate", workspace.path])
        #expect(validate.status == 0, "\(validate.stderr)")
        let rank = try BinaryRunner.run(["rank", workspace.path, "--allow-incomplete"])
        #expect(rank.status == 0 && rank.text.contains("Newco HR (newco)"), "\(rank.text)")
        // Every fact points at its row; the comment is the note.
        let explain = try BinaryRunner.run(["explain", workspace.path, "newco"])
        #expect(explain.text.contains("fact support.responseHours = 4 hours (source: RFI response response.csv, row 54; vendors/newco.json:"), "\(explain.text)")
        #expect(explain.text.contains("; note: =see SLA; 4 hours on weekdays)"), "\(explain.text)")
        // Status: every question answered, no must-have failed.
        let status = try BinaryRunner.run(["rfi", "status", workspace.path, "--format", "json"])
        let json = try status.json(RFIStatusJSON.self)
        let newco = try #require(json.vendors.first { $0.vendor == "newco" })
        #expect(newco.answered == 110 && newco.unanswered == 7 && newco.mustHaveFailed == [])
        #expect(newco.questions == 110 + 7)
        // Every desk criterion answered, only the four panel-rated ones await ratings: 90.9% of the weight, above the
        // minimum of 90%, so newco ranks (with lingxi's answers, which leave the added criteria out, it was 87.3%: CoverageEndToEndTests).
        #expect(newco.standing == "ranked" && newco.ranks && newco.coverage == 0.909, "\(newco)")
        let ranked = try BinaryRunner.run(["rank", workspace.path])
        #expect(ranked.text.contains(" Newco HR (newco) "), "\(ranked.text)")
    }

    /// Export pre-filled for lingxi, import unchanged: no change, and every ranking stays as it was.
    @Test func anUnchangedResponseChangesNothing() throws {
        let (directory, workspace) = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        let before = try BinaryRunner.run(["rank", workspace.path, "--format", "json"])
        let file = directory.appendingPathComponent("lingxi.csv").path
        #expect(try BinaryRunner.run(["rfi", "export", workspace.path, "--vendor", "lingxi", "--lang", "zh", "--output", file]).status == 0)
        let imported = try BinaryRunner.run(["rfi", "import", workspace.path, file, "--vendor", "lingxi"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.text.hasPrefix("vendors/lingxi.json: 49 answers from \(file), 0 changes\n"), "\(imported.text)")
        let after = try BinaryRunner.run(["rank", workspace.path, "--format", "json"])
        // The same rankings and figures; only the cost lines' sources now name the questionnaire rows.
        func unsourced(_ data: Data) -> [Substring] { String(decoding: data, as: UTF8.self).split(separator: "\n").filter { !$0.contains("\"source\": ") } }
        #expect(unsourced(after.stdout) == unsourced(before.stdout))
        #expect(String(decoding: after.stdout, as: UTF8.self).contains("\"source\": \"RFI response lingxi.csv, row "))
    }

    /// A must-have answered so that it fails knocks the vendor out, and explain names the questionnaire row.
    @Test func aFailedMustHaveKnocksOutWithTheRowAsSource() throws {
        let (directory, workspace) = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        let response = directory.appendingPathComponent("yunqi.csv")
        try "id,answer,comment\nsupport.responseHours,96,next business day\n".write(to: response, atomically: true, encoding: .utf8)
        let imported = try BinaryRunner.run(["rfi", "import", workspace.path, response.path, "--vendor", "yunqi"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.text.contains("  support.responseHours: 24 hours → 96 hours  (row 2)\n"), "\(imported.text)")
        let explain = try BinaryRunner.run(["explain", workspace.path, "yunqi"])
        #expect(explain.text.contains("  FAIL  gate-response-time (fact): support.responseHours = 96 hours (required: <= 72 hours)\n        fact support.responseHours = 96 hours (source: RFI response yunqi.csv, row 2; vendors/yunqi.json:"), "\(explain.text)")
        #expect(explain.text.contains("; note: next business day)\n"))
        let status = try BinaryRunner.run(["rfi", "status", workspace.path])
        #expect(status.text.contains("yunqi       49/108    59          1                 100%      no: knocked out (gate-response-time)\n"), "\(status.text)")
    }

    /// Bad answers: every problem at once by cell, exit 1, and the dossier untouched.
    @Test func badAnswersWriteNothing() throws {
        let (directory, workspace) = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        let dossier = workspace.appendingPathComponent("vendors/lingxi.json")
        let original = try Data(contentsOf: dossier)
        let response = directory.appendingPathComponent("response.csv")
        try "id,answer\nsupport.twentyFourSeven,\"yes, mostly\"\nmodules.payroll,fully\nsupport.respnseHours,4\n".write(to: response, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["rfi", "import", workspace.path, response.path, "--vendor", "lingxi"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(response.path):2:B: error: answer: \"yes, mostly\" is not yes or no\n"), "\(result.stderr)")
        #expect(result.stderr.contains("\(response.path):3:B: error: answer: \"fully\" is not one of full, partial, planned, none; did you mean \"full\"?\n"))
        #expect(result.stderr.contains("\(response.path):4:A: warning: id: unknown question id \"support.respnseHours\"; the row is not imported; did you mean \"support.responseHours\"?\n"))
        #expect(try Data(contentsOf: dossier) == original)
    }

    /// The questionnaire in Chinese, as Markdown and as a printable HTML page with the board's safety rules.
    @Test func markdownAndHTMLInChinese() throws {
        let (directory, workspace) = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        let md = try BinaryRunner.run(["rfi", "export", workspace.path, "--lang", "zh", "--format", "markdown"])
        #expect(md.status == 0)
        #expect(md.text.hasPrefix("# 信息征询书（RFI）：人力资源信息系统——"), "\(md.text.prefix(200))")
        #expect(md.text.contains("| `support.responseHours` | 报告故障后贵方在多少小时内响应？ | 数字（小时） |  | 是——否决项：须 &lt;= 72 小时 | 文件 |  |  |  |\n"), "\(md.text)")
        let html = directory.appendingPathComponent("rfi.html")
        let run = try BinaryRunner.run(["rfi", "export", workspace.path, "--vendor", "lingxi", "--lang", "zh", "--output", html.path])
        #expect(run.status == 0, "\(run.stderr)")
        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(page.contains("content=\"default-src &#39;none&#39;;") && !page.contains("<script"))
        #expect(page.contains("已按我方掌握的信息为 Lingxi HR Cloud 预填"))
        // An unknown vendor gets a did-you-mean.
        let unknown = try BinaryRunner.run(["rfi", "export", workspace.path, "--vendor", "lingxy"])
        #expect(unknown.status == 1 && unknown.stderr.contains("no vendor \"lingxy\" in the workspace; did you mean \"lingxi\"?"), "\(unknown.stderr)")
    }
}

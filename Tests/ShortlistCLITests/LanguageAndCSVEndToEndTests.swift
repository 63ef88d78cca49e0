import Foundation
import Testing
@testable import ShortlistCLI
import ShortlistKit

/// `--lang zh` through the real binary, alignment with Chinese vendor names, the colour decision,
/// and CSV that is RFC 4180, has a byte-order mark only in files, and cannot smuggle in a formula.
///
/// Golden files: `SHORTLIST_RECORD=1 swift test --filter LanguageAndCSVEndToEndTests`, then review the diff.
@Suite(.serialized) struct LanguageAndCSVEndToEndTests {
    static let environment = ["SHORTLIST_NOW": "2026-07-01T09:00:00Z"]
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    // MARK: - Chinese reports

    @Test func chineseTableMatchesSnapshot() throws {
        let result = try BinaryRunner.run(["rank", "samples/retail-10-stores", "--lang", "zh"], environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        try Snapshot.compare(result.stdout, "retail-10-stores.zh.table.txt")
    }

    @Test func chineseMarkdownMatchesSnapshot() throws {
        let result = try BinaryRunner.run(["rank", "samples/retail-10-stores", "--format", "markdown", "--lang", "zh"], environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        try Snapshot.compare(result.stdout, "retail-10-stores.zh.md")
    }

    /// Headings and labels of the English table and Markdown that must not survive `--lang zh`.
    static let englishHeadings = [
        "catalog hris", "Catalog `hris`", " vendors ·", " ranked ·", "Rank ", "Vendor", "Score", "Group ", "Weight",
        "Scores by group", "Knocked out", "Data gaps", "Evaluator panel", "Warnings", "Robustness", "DISAGREEMENT",
        "## Ranking", "| Gate |", "| Reason |", "| Criterion |", "| Ratings |", "| Spread |", "(spread ",
        "robust:", "fragile:", "keeps rank 1", "weightings", "vendors are shown",
    ]

    @Test(arguments: EndToEndTests.samples)
    func chineseReportsHaveNoEnglishHeadings(sample: String) throws {
        for format in ["table", "markdown"] {
            let english = try BinaryRunner.run(["rank", "samples/\(sample)", "--format", format])
            let chinese = try BinaryRunner.run(["rank", "samples/\(sample)", "--format", format, "--lang", "zh"])
            #expect(chinese.status == 0, "\(chinese.stderr)")
            // Each heading is a whole line; the robustness verdict is a line that starts with its label.
            let (headingPrefix, robustnessEN, robustnessZH) = format == "table" ? ("", "Robustness: ", "稳健性：") : ("## ", "**Robustness**: ", "**稳健性**：")
            for heading in ["Scores by group (0–100)", "Knocked out"] { #expect(english.lines.contains(headingPrefix + heading), "\(sample) \(format): the English report lacks \(heading)") }
            #expect(english.lines.contains { $0.hasPrefix(robustnessEN) }, "\(sample) \(format): the English report lacks its robustness line")
            // Negative checks: no English heading or label anywhere in the Chinese report.
            for heading in Self.englishHeadings { #expect(!chinese.text.contains(heading), "\(sample) \(format) --lang zh contains \"\(heading)\"") }
            for heading in ["分类得分（0–100）", "已淘汰"] { #expect(chinese.lines.contains(headingPrefix + heading), "\(sample) \(format) --lang zh lacks \(heading)") }
            #expect(chinese.lines.contains { $0.hasPrefix(robustnessZH) }, "\(sample) \(format) --lang zh lacks its robustness line")
        }
    }

    @Test(arguments: EndToEndTests.samples)
    func englishIsTheDefaultAndUnchangedByLangEn(sample: String) throws {
        for format in ["table", "markdown", "json", "csv"] {
            let plain = try BinaryRunner.run(["rank", "samples/\(sample)", "--format", format])
            let english = try BinaryRunner.run(["rank", "samples/\(sample)", "--format", format, "--lang", "en"])
            #expect(plain.status == 0)
            #expect(plain.stdout == english.stdout, "\(sample) \(format): --lang en differs from the default")
        }
    }

    @Test func chineseVerdictsUnderTheTable() throws {
        // The verdict is the last line of the ranking block, right under its rows.
        let retail = try BinaryRunner.run(["rank", "samples/retail-10-stores", "--lang", "zh"])
        #expect(retail.section(startingWith: "名次") == [
            "名次  供应商                     得分  覆盖率",
            "   1  Lingxi HR Cloud (lingxi)  87.04    100%  █████████████████▍",
            "   2  Yunqi HR (yunqi)          64.56    100%  ████████████▉",
            "稳健性：稳健：lingxi 在 10,000 组保持重要性顺序的类别权重中 100% 保持第 1 名；任意两个类别之间的权重转移都不会改变胜出者",
        ])
        // In Markdown the verdict is its own paragraph after the ranking table.
        let internet = try BinaryRunner.run(["rank", "samples/internet-300", "--format", "markdown", "--lang", "zh"])
        #expect(internet.section(startingWith: "| 3 | Qingteng HR") == [
            "| 3 | Qingteng HR (`qingteng`) | 74.96 | 100% | ███████████████░░░░░ |",
        ])
        #expect(internet.section(startingWith: "**稳健性**") == [
            "**稳健性**：脆弱：xinyue 在 10,000 组保持重要性顺序的类别权重中 83% 保持第 1 名；将 2.6 个百分点的权重从 service 转移到 self-service 会使 yunqi 超过 xinyue",
        ])
    }

    /// Knock-out reasons, gap handling and decision reasons are composed in the report's language;
    /// the English reports and the JSON (a machine format, English only) keep the English text.
    @Test func composedTextsFollowTheLanguage() throws {
        let english = "first-year cost 117,200 CNY exceeds the limit 110,000 (budget 80,000 + one-off 20,000, +10% tolerance) by 7,200 (6.5% over the limit, 17.2% over the budget of 100,000)"
        let chinese = "首年费用 117,200 CNY 超出上限 110,000（预算 80,000 + 一次性 20,000，+10% 容差），超出 7,200（超出上限 6.5%，超出预算 100,000 的 17.2%）"
        for arguments in [["rank"], ["rank", "--format", "markdown"], ["report", "--format", "markdown"], ["report"]] {
            let zh = try BinaryRunner.run(arguments + ["samples/retail-10-stores", "--lang", "zh"], environment: Self.environment)
            #expect(zh.status == 0, "\(zh.stderr)")
            // Presence across four formats (a table line, a Markdown cell, an HTML cell); the exact lines follow below.
            #expect(zh.text.contains(chinese), "\(arguments) --lang zh lacks the Chinese budget reason")
            // Negative checks: no English reason anywhere.
            #expect(!zh.text.contains(english) && !zh.text.contains("knocked out by") && !zh.text.contains("not piloted:"), "\(arguments) --lang zh has an English reason")
            let en = try BinaryRunner.run(arguments + ["samples/retail-10-stores"], environment: Self.environment)
            #expect(en.text.contains(english) && !en.text.contains(chinese), "\(arguments): the English report changed") // presence/absence across formats
        }
        let table = try BinaryRunner.run(["rank", "samples/retail-10-stores", "--lang", "zh"])
        #expect(table.section("已淘汰") == [
            "  Huanyu HCM Enterprise (huanyu-hcm)：本应得分 75.85（覆盖 100% 的权重，不可与排名得分比较）",
            "    – gate-budget：\(chinese)",
        ])
        let markdown = try BinaryRunner.run(["rank", "samples/retail-10-stores", "--format", "markdown", "--lang", "zh"])
        #expect(markdown.section("## 已淘汰") == [
            "| 供应商 | 门槛 | 原因 | 本应得分 |",
            "|---|---|---|---|",
            "| Huanyu HCM Enterprise (`huanyu-hcm`) | `gate-budget` | \(chinese) | 本应得分 75.85（覆盖 100% 的权重，不可与排名得分比较） |",
        ])
        let report = try BinaryRunner.run(["report", "samples/retail-10-stores", "--format", "markdown", "--lang", "zh"], environment: Self.environment)
        #expect(report.section("## 摘要") == [
            "- **推荐**：Lingxi HR Cloud (`lingxi`)",
            "- **综合**：88.88",
            "- **领先幅度**：领先 Yunqi HR (`yunqi`) 33.19 分（37.3%）",
            "- **依据**：综合案头评估、演示与试点各阶段的最终决策 — 明显胜出",
            "- **稳健性**：稳健：lingxi 在 10,000 组保持重要性顺序的类别权重中 100% 保持第 1 名；任意两个类别之间的权重转移都不会改变胜出者",
            "- **已淘汰**：",
            "  - Huanyu HCM Enterprise (`huanyu-hcm`)：\(chinese)",
            "- **最终决策**：尚未记录：`shortlist decide` 会记录决策及每个输入文件的 SHA-256。",
        ])
        #expect(report.section(startingWith: "- Yunqi HR (`yunqi`)") == [
            "- Yunqi HR (`yunqi`)：未试点：按其他阶段计分（阶段权重按比例重算）",
            "- Huanyu HCM Enterprise (`huanyu-hcm`)：因 gate-budget 被淘汰：\(chinese)",
        ])
        // Catalog names inside reasons, and gaps of a gate.
        let manufacturing = try BinaryRunner.run(["rank", "samples/manufacturing-2000", "--lang", "zh"])
        #expect(manufacturing.section("已淘汰") == [
            "  Xinghe People Cloud (xinghe)：本应得分 86.69（覆盖 100% 的权重，不可与排名得分比较）",
            "    – gate-certifications：缺少必需认证 ISO 27001 信息安全认证",
            "  Yunqi HR (yunqi)：本应得分 70.13（覆盖 100% 的权重，不可与排名得分比较）",
            "    – gate-deployment：仅提供 saas；可接受：privateCloud、onPremise",
        ])
        #expect(manufacturing.section("数据缺口") == [
            "  gongfang：security.auditsPerYear（用于 security-audits） — 按 0 分计（策略 worst）",
            "  gongfang：security.auditsPerYear（用于 门槛 gate-security-audits） — 门槛判定通过（onMissing pass）",
            "  zhizao：binding.staleBindingAudit（用于 stale-binding-audit） — 按 0 分计（策略 worst）",
        ])
        // JSON keeps the composed texts in English (its catalog names follow --lang, as before).
        let json = try BinaryRunner.run(["rank", "samples/retail-10-stores", "--format", "json", "--lang", "zh"])
        #expect(json.status == 0)
        #expect(try json.json(RankJSON.self).eliminated.map(\.reasons) == [[english]])
        #expect(!json.text.contains(chinese)) // negative check: no Chinese reason anywhere in the JSON
        let jsonGaps = try BinaryRunner.run(["rank", "samples/manufacturing-2000", "--format", "json", "--lang", "zh"])
        #expect(try jsonGaps.json(RankJSON.self).gaps.map(\.handling) == ["scored 0 (policy worst)", "gate passed (onMissing pass)", "scored 0 (policy worst)"])
        // Negative checks: no Chinese composed text anywhere in the JSON.
        #expect(!jsonGaps.text.contains("门槛判定通过") && !jsonGaps.text.contains("缺少必需认证"))
    }

    // MARK: - Temporary workspaces

    /// A JSON string literal for `text`.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let s where s.value < 0x20: out += String(format: "\\u%04X", s.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Replaces the one occurrence of `old` in `file`.
    static func replace(_ file: URL, _ old: String, _ new: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.components(separatedBy: old).count == 2, "\(file.lastPathComponent) has not exactly one \(old)", sourceLocation: sourceLocation)
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    /// A copy of the retail sample at `<temp>/ws`; returns the temporary directory.
    static func retailCopy() throws -> (directory: URL, workspace: URL) {
        try BinaryRunner.copyOfSample("samples/retail-10-stores")
    }

    static let sampleNames = ["lingxi": "Lingxi HR Cloud", "yunqi": "Yunqi HR", "huanyu-hcm": "Huanyu HCM Enterprise"]

    /// Renames the vendor `id` of `workspace` to `name`.
    static func rename(_ workspace: URL, _ id: String, to name: String) throws {
        try replace(workspace.appendingPathComponent("vendors/\(id).json"), "\"name\": \(jsonString(sampleNames[id]!))", "\"name\": \(jsonString(name))")
    }

    /// Adds a copy of the shipped sample's vendor `original` as `id`, named `name`.
    static func addCopy(_ workspace: URL, of original: String, id: String, name: String) throws {
        let file = workspace.appendingPathComponent("vendors/\(id).json")
        try Data(contentsOf: BinaryRunner.repositoryRoot.appendingPathComponent("samples/retail-10-stores/vendors/\(original).json")).write(to: file)
        try replace(file, "\"id\": \"\(original)\"", "\"id\": \"\(id)\"")
        try replace(file, "\"name\": \(jsonString(sampleNames[original]!))", "\"name\": \(jsonString(name))")
        try RatingCopies.copy(in: workspace, from: original, to: id)
    }

    // MARK: - Alignment with Chinese vendor names

    /// The display column at which the score ends on each ranking row, and in the header (the line starting with `rankHeader`).
    static func scoreEdges(_ table: String, ids: [String], rankHeader: String, scoreHeader: String) -> (header: Int?, rows: [String: Int]) {
        var headerEdge: Int?, rows: [String: Int] = [:]
        for line in table.components(separatedBy: "\n") {
            if headerEdge == nil, line.hasPrefix(rankHeader), let range = line.range(of: scoreHeader) {
                headerEdge = TextWidth.columns(String(line[..<range.upperBound]))
                continue
            }
            guard let id = ids.first(where: { line.contains("(\($0))") }), let close = line.range(of: "(\(id))") else { continue }
            var index = close.upperBound
            while index < line.endIndex, line[index] == " " { index = line.index(after: index) }
            var end = index
            while end < line.endIndex, line[end].isNumber || line[end] == "." { end = line.index(after: end) }
            guard end > index, rows[id] == nil else { continue }
            rows[id] = TextWidth.columns(String(line[..<end]))
        }
        return (headerEdge, rows)
    }

    @Test func scoresLineUpWithChineseVendorNames() throws {
        let (directory, workspace) = try Self.retailCopy()
        try Self.rename(workspace, "lingxi", to: "灵犀人力云")
        try Self.rename(workspace, "yunqi", to: "云启 HR")
        try Self.rename(workspace, "huanyu-hcm", to: "寰宇HCM企业版")
        let copies: [(String, String, String)] = [
            ("lingxi", "xinghe", "星河人力资源管理系统旗舰版"), ("lingxi", "fullwidth", "ＡＢＣ　全角"), ("lingxi", "ascii", "Plain ASCII name"),
            ("lingxi", "mixed", "零售通 Retail 版"), ("yunqi", "emoji", "云朵 HR 🚀"), ("yunqi", "short", "甲"), ("yunqi", "gap", "缺口科技"),
        ]
        for (original, id, name) in copies { try Self.addCopy(workspace, of: original, id: id, name: name) }
        // A missing fact, so that the data gaps are listed too.
        try Self.replace(workspace.appendingPathComponent("vendors/gap.json"), "  \"releasesPerYear\": 4,\n", "")
        let ids = ["lingxi", "yunqi"] + copies.map(\.1)

        for (language, rankHeader, scoreHeader, groupHeader, weightHeader) in [("en", "Rank", "Score", "Group ", "Weight"), ("zh", "名次", "得分", "类别", "权重")] {
            let result = try BinaryRunner.run(["rank", "ws", "--lang", language], in: directory)
            #expect(result.status == 0, "\(result.stderr)")
            let edges = Self.scoreEdges(result.text, ids: ids, rankHeader: rankHeader, scoreHeader: scoreHeader)
            #expect(Set(edges.rows.keys) == Set(ids), "\(language): every ranked vendor has a row\n\(result.text)")
            #expect(Set(edges.rows.values).count == 1, "\(language): score columns end at \(edges.rows)\n\(result.text)")
            #expect(edges.header == edges.rows.values.first, "\(language): the header ends at \(edges.header ?? -1)\n\(result.text)")
            if language == "zh" {
                // Five vendors tie at 87.04 (copies of lingxi), two at 65.20 (copies of yunqi); gap lost releasesPerYear.
                #expect(result.section(startingWith: rankHeader) == [
                    "名次  供应商                                得分  覆盖率",
                    "  =1  Plain ASCII name (ascii)             87.04    100%  █████████████████▍",
                    "  =1  ＡＢＣ　全角 (fullwidth)             87.04    100%  █████████████████▍",
                    "  =1  灵犀人力云 (lingxi)                  87.04    100%  █████████████████▍",
                    "  =1  零售通 Retail 版 (mixed)             87.04    100%  █████████████████▍",
                    "  =1  星河人力资源管理系统旗舰版 (xinghe)  87.04    100%  █████████████████▍",
                    "  =6  云朵 HR 🚀 (emoji)                   65.20    100%  █████████████",
                    "  =6  甲 (short)                           65.20    100%  █████████████",
                    "   8  云启 HR (yunqi)                      64.56    100%  ████████████▉",
                    "   9  缺口科技 (gap)                       62.80    100%  ████████████▌",
                    "稳健性：不稳健：ascii、fullwidth、lingxi、mixed、xinghe 并列第 1 名（ascii 按编号排在前面，在 10,000 组保持重要性顺序的类别权重中 20% 保持第 1 名）；任意两个类别之间的权重转移都不会改变胜出者",
                ])
                #expect(result.lines.contains("（仅显示前 8 家供应商；全部供应商请用 --format csv 输出）"))
                #expect(result.section("数据缺口") == ["  gap：releasesPerYear（用于 product-iteration） — 按 0 分计（策略 worst）"])
                #expect(result.section("已淘汰")?.first == "  寰宇HCM企业版 (huanyu-hcm)：本应得分 75.85（覆盖 100% 的权重，不可与排名得分比较）")
                // Negative checks: no English heading or label anywhere.
                for heading in Self.englishHeadings { #expect(!result.text.contains(heading), "--lang zh contains \"\(heading)\"") }
            } else {
                #expect(result.section(startingWith: rankHeader) == [
                    "Rank  Vendor                               Score  Coverage",
                    "  =1  Plain ASCII name (ascii)             87.04      100%  █████████████████▍",
                    "  =1  ＡＢＣ　全角 (fullwidth)             87.04      100%  █████████████████▍",
                    "  =1  灵犀人力云 (lingxi)                  87.04      100%  █████████████████▍",
                    "  =1  零售通 Retail 版 (mixed)             87.04      100%  █████████████████▍",
                    "  =1  星河人力资源管理系统旗舰版 (xinghe)  87.04      100%  █████████████████▍",
                    "  =6  云朵 HR 🚀 (emoji)                   65.20      100%  █████████████",
                    "  =6  甲 (short)                           65.20      100%  █████████████",
                    "   8  云启 HR (yunqi)                      64.56      100%  ████████████▉",
                    "   9  缺口科技 (gap)                       62.80      100%  ████████████▌",
                    "Robustness: fragile: ascii, fullwidth, lingxi, mixed, xinghe tie for rank 1 (ascii is listed first by id and keeps rank 1 in 20% of 10,000 weightings of the groups keeping the order of importance of the given weights); no transfer of weight between two groups changes the winner",
                ])
                #expect(result.lines.contains("(the first 8 vendors are shown; use --format csv for all)"))
                #expect(result.section("Data gaps") == ["  gap: releasesPerYear (for product-iteration) — scored 0 (policy worst)"])
            }
            // The Weight column of the group table lines up too: its right edge is the end of each "…%".
            let lines = result.text.components(separatedBy: "\n")
            let groupStart = try #require(lines.firstIndex { $0.hasPrefix(groupHeader) && $0.contains(weightHeader) })
            var weightEdges: Set<Int> = [TextWidth.columns(String(lines[groupStart][..<lines[groupStart].range(of: weightHeader)!.upperBound]))]
            for line in lines[(groupStart + 1)...] {
                guard let percent = line.firstIndex(of: "%") else { break }
                weightEdges.insert(TextWidth.columns(String(line[...percent])))
            }
            #expect(weightEdges.count == 1, "\(language): the weight column ends at \(weightEdges)")
        }
    }

    // MARK: - Colour

    static func invocation(_ noColor: String?, terminal: Bool = true, arguments: [String] = []) -> Invocation {
        var environment: [String: String] = [:]
        if let noColor { environment["NO_COLOR"] = noColor }
        return Invocation(arguments: arguments, environment: environment, currentDirectory: BinaryRunner.repositoryRoot.path, stdoutIsTerminal: terminal, stderrIsTerminal: terminal)
    }

    @Test func noColorDisablesColourOnlyWhenPresentAndNotEmpty() {
        #expect(Self.invocation(nil).colorOnStdout)
        #expect(Self.invocation(nil).colorOnStderr)
        #expect(Self.invocation("").colorOnStdout, "an empty NO_COLOR does not disable colour (no-color.org)")
        #expect(Self.invocation("").colorOnStderr, "an empty NO_COLOR does not disable colour (no-color.org)")
        for value in ["1", "0", "false", " "] {
            #expect(!Self.invocation(value).colorOnStdout, "NO_COLOR=\(value)")
            #expect(!Self.invocation(value).colorOnStderr, "NO_COLOR=\(value)")
        }
        for value in [nil, "", "1"] {
            #expect(!Self.invocation(value, terminal: false).colorOnStdout, "never colour when not on a terminal")
            #expect(!Self.invocation(value, terminal: false).colorOnStderr, "never colour when not on a terminal")
        }
    }

    @Test func colourInProcessFollowsTheDecision() throws {
        let rank = ["rank", "samples/retail-10-stores"]
        // Presence or absence of the escape byte anywhere in the output: colour on or off.
        #expect(CommandLineTool.execute(Self.invocation(nil, arguments: rank)).stdout.contains(0x1B))
        #expect(CommandLineTool.execute(Self.invocation("", arguments: rank)).stdout.contains(0x1B))
        #expect(!CommandLineTool.execute(Self.invocation("1", arguments: rank)).stdout.contains(0x1B))
        #expect(!CommandLineTool.execute(Self.invocation(nil, terminal: false, arguments: rank)).stdout.contains(0x1B))

        let (directory, workspace) = try Self.retailCopy()
        try Self.replace(workspace.appendingPathComponent("selection.json"), "\"tcoYears\": 3,", "\"tcoYear\": 3,")
        let validate = ["validate", directory.appendingPathComponent("ws").path]
        let coloured = CommandLineTool.execute(Self.invocation("", arguments: validate))
        #expect(coloured.exitCode == .failure)
        #expect(coloured.stderr == "selection.json:21:3: \u{1B}[1;31merror:\u{1B}[0m tcoYear: unknown key \"tcoYear\"; did you mean \"tcoYears\"?\n1 error found\n")
        let plain = CommandLineTool.execute(Self.invocation("1", arguments: validate))
        #expect(plain.exitCode == .failure)
        #expect(plain.stderr == Self.unknownKeyDiagnostic)
    }

    /// The diagnostic for `"tcoYear"` in the retail sample's `selection.json` (line 21, column 3), without colour.
    static let unknownKeyDiagnostic = "selection.json:21:3: error: tcoYear: unknown key \"tcoYear\"; did you mean \"tcoYears\"?\n1 error found\n"

    /// Runs the binary with `NO_COLOR` removed from the environment (or set to `noColor`), output piped.
    static func runPiped(_ arguments: [String], noColor: String?, in directory: URL = BinaryRunner.repositoryRoot) throws -> (status: Int32, stdout: Data, stderr: Data) {
        let process = Process()
        process.executableURL = BinaryRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = noColor
        environment["TERM"] = "xterm-256color"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, stdout, stderr)
    }

    @Test(arguments: [nil, ""] as [String?])
    func pipedOutputNeverHasEscapes(noColor: String?) throws {
        for arguments in [["rank", "samples/retail-10-stores"], ["rank", "samples/internet-300", "--lang", "zh"], ["rank", "samples/internet-300", "--method", "all"],
                          ["sensitivity", "samples/internet-300", "--samples", "2000"], ["explain", "samples/retail-10-stores", "lingxi"]] {
            let result = try Self.runPiped(arguments, noColor: noColor)
            #expect(result.status == 0, "\(arguments): \(String(decoding: result.stderr, as: UTF8.self))")
            #expect(!result.stdout.isEmpty)
            #expect(!result.stdout.contains(0x1B), "\(arguments) wrote an escape to a pipe") // negative check
        }
        let (directory, workspace) = try Self.retailCopy()
        try Self.replace(workspace.appendingPathComponent("selection.json"), "\"tcoYears\": 3,", "\"tcoYear\": 3,")
        let failed = try Self.runPiped(["validate", "ws"], noColor: noColor, in: directory)
        #expect(failed.status == 1)
        #expect(String(decoding: failed.stderr, as: UTF8.self) == Self.unknownKeyDiagnostic, "diagnostics on a pipe have no colour")
    }

    // MARK: - CSV

    /// Parses strict RFC 4180: every record ends in CRLF, CR and LF only inside quotes, quotes only around whole fields.
    static func strictCSV(_ bytes: [UInt8]) -> (rows: [[String]], problems: [String]) {
        let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        var rows: [[String]] = [], row: [String] = [], field = String.UnicodeScalarView(), problems: [String] = []
        var atFieldStart = true, afterQuotes = false, i = 0
        while i < scalars.count {
            let c = scalars[i]
            if atFieldStart && c == "\"" {
                i += 1
                var closed = false
                while i < scalars.count {
                    if scalars[i] == "\"" {
                        if i + 1 < scalars.count && scalars[i + 1] == "\"" { field.append("\""); i += 2; continue }
                        i += 1; closed = true; break
                    }
                    field.append(scalars[i]); i += 1
                }
                if !closed { problems.append("record \(rows.count + 1): unterminated quotes") }
                atFieldStart = false; afterQuotes = true
                continue
            }
            switch c {
            case ",":
                row.append(String(field)); field = .init(); atFieldStart = true; afterQuotes = false; i += 1
            case "\r":
                if i + 1 < scalars.count && scalars[i + 1] == "\n" {
                    row.append(String(field)); rows.append(row); row = []; field = .init(); atFieldStart = true; afterQuotes = false; i += 2
                } else {
                    problems.append("record \(rows.count + 1): CR without LF outside quotes"); i += 1
                }
            case "\n":
                problems.append("record \(rows.count + 1): LF without CR outside quotes"); i += 1
            case "\"":
                problems.append("record \(rows.count + 1): a quote inside an unquoted field"); i += 1
            default:
                if afterQuotes { problems.append("record \(rows.count + 1): text after a closing quote") }
                field.append(c); atFieldStart = false; i += 1
            }
        }
        if !row.isEmpty || !field.isEmpty || !atFieldStart { problems.append("the last record does not end in CRLF") }
        return (rows, problems)
    }

    /// Vendor names that a spreadsheet would run as formulas, by vendor id.
    static let payloads: [(id: String, original: String?, name: String)] = [
        ("lingxi", nil, "=HYPERLINK(\"http://x\",\"y\")"),
        ("yunqi", nil, "+1+2"),
        ("huanyu-hcm", nil, "-2+3"),
        ("at-sign", "lingxi", "@SUM(A1)"),
        ("tab", "lingxi", "\tcmd"),
        ("carriage-return", "yunqi", "\rcmd"),
    ]
    static let payloadComment = "@calc clean back office"

    /// The retail sample with a formula in every vendor's name and in one of zhou-min's comments.
    static func maliciousWorkspace() throws -> URL {
        let (directory, workspace) = try Self.retailCopy()
        // The comment first: the copies below take zhou-min's ratings (and the comment) with them.
        try Self.replace(workspace.appendingPathComponent("ratings/zhou-min.json"), "\"Back office is clean; I set up a new store's attendance rules in two minutes without help.\"", Self.jsonString(Self.payloadComment))
        for payload in Self.payloads {
            if let original = payload.original {
                try Self.addCopy(workspace, of: original, id: payload.id, name: payload.name)
            } else {
                try Self.rename(workspace, payload.id, to: payload.name)
            }
        }
        return directory
    }

    /// Checks a CSV written to a file and the same CSV on standard output; returns the records.
    static func checkFileAndStdout(_ arguments: [String], in directory: URL, file: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [[String]] {
        let written = try BinaryRunner.run(arguments + ["--output", file], in: directory)
        #expect(written.status == 0, "\(written.stderr)", sourceLocation: sourceLocation)
        #expect(written.stdout.isEmpty, sourceLocation: sourceLocation)
        let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(file)))
        #expect(Array(bytes.prefix(3)) == Self.bom, "\(file) starts with the UTF-8 byte-order mark", sourceLocation: sourceLocation)
        #expect(Array(bytes.suffix(2)) == [0x0D, 0x0A], "\(file) ends in CRLF", sourceLocation: sourceLocation)
        let printed = try BinaryRunner.run(arguments, in: directory)
        #expect(printed.status == 0, "\(printed.stderr)", sourceLocation: sourceLocation)
        #expect(Array(printed.stdout.prefix(3)) != Self.bom, "no byte-order mark on standard output", sourceLocation: sourceLocation)
        #expect([UInt8](printed.stdout) == Array(bytes.dropFirst(3)), "standard output is the file without its byte-order mark", sourceLocation: sourceLocation)
        let (rows, problems) = Self.strictCSV(Array(bytes.dropFirst(3)))
        #expect(problems.isEmpty, "\(problems)", sourceLocation: sourceLocation)
        #expect(Set(rows.map(\.count)).count == 1, "every record has the header's number of fields", sourceLocation: sourceLocation)
        return rows
    }

    static func column(_ rows: [[String]], _ name: String) throws -> [String] {
        let index = try #require(rows.first?.firstIndex(of: name), "no column \(name) in \(rows.first ?? [])")
        return rows.dropFirst().map { $0[index] }
    }

    static func isNumber(_ cell: String) -> Bool { !cell.isEmpty && Double(cell) != nil && !cell.hasPrefix("'") }

    @Test func rankCSVNeutralisesFormulasButNotNumbers() throws {
        let directory = try Self.maliciousWorkspace()
        let rows = try Self.checkFileAndStdout(["rank", "ws", "--format", "csv"], in: directory, file: "out.csv")
        let names = Dictionary(uniqueKeysWithValues: zip(try Self.column(rows, "vendor"), try Self.column(rows, "name")))
        for payload in Self.payloads { #expect(names[payload.id] == "'" + payload.name, "\(payload.id): \(names[payload.id] ?? "missing")") }
        // Ranked rows carry a score; a knocked-out row's score is only in would_score, never in score.
        for (cell, (wouldScore, status)) in zip(try Self.column(rows, "score"), zip(try Self.column(rows, "would_score"), try Self.column(rows, "status"))) {
            if status == "knocked out" {
                #expect(cell.isEmpty && Self.isNumber(wouldScore), "knocked-out row: score \(cell), would_score \(wouldScore)")
            } else {
                #expect(Self.isNumber(cell) && wouldScore.isEmpty, "score cell \(cell), would_score \(wouldScore)")
            }
        }
        for cell in try Self.column(rows, "coverage") { #expect(Self.isNumber(cell), "coverage cell \(cell)") }
        #expect(try Self.column(rows, "rank").filter { !$0.isEmpty }.allSatisfy(Self.isNumber))
        // The cost columns at the end: a currency code, then year-1 cash and TCO as plain numbers.
        for cell in try Self.column(rows, "currency") { #expect(cell == "CNY" || cell.isEmpty, "currency cell \(cell)") }
        for name in ["year1_cash", "tco"] { for cell in try Self.column(rows, name) where !cell.isEmpty { #expect(Self.isNumber(cell), "\(name) cell \(cell)") } }
        let groupColumns = rows[0].filter { !["rank", "vendor", "name", "score", "coverage", "would_score", "status", "knock_outs", "currency", "year1_cash", "tco"].contains($0) }
        #expect(!groupColumns.isEmpty)
        for group in groupColumns { for cell in try Self.column(rows, group) where !cell.isEmpty { #expect(Self.isNumber(cell), "\(group) cell \(cell)") } }
        // The file as written: the quoted payloads and the plain number after them.
        // Whole records (a lone CR inside quotes does not end one, so CRLF splits records exactly).
        let text = String(decoding: try Data(contentsOf: directory.appendingPathComponent("out.csv")).dropFirst(3), as: UTF8.self)
        let records = text.components(separatedBy: "\r\n")
        func record(_ vendor: String) -> String? { rows.firstIndex { $0[1] == vendor }.map { records[$0] } }
        // lingxi and its copy tab tie for rank 1 (87.04, the shipped sample's score); carriage-return, a copy of yunqi, ranks 4th.
        let lingxiCells = "87.04,1.0000,,tied,92.50,,,,86.00,100.00,80.00,,,100.00,,90.00,,98.50,,,,100.00,,92.50,,61.93,,100.00,,CNY,74520.00,205494.28"
        #expect(record("lingxi") == "1,lingxi,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"," + lingxiCells)
        #expect(record("tab") == "1,tab,'\tcmd," + lingxiCells)
        #expect(record("carriage-return") == "4,carriage-return,\"'\rcmd\",65.20,1.0000,,ranked,61.43,,,,59.00,65.00,65.00,,,43.85,,24.50,,73.50,,,,75.00,,53.00,,100.00,,100.00,,CNY,46400.00,133503.40")
        #expect(record("huanyu-hcm") == ",huanyu-hcm,'-2+3,,1.0000,75.85,knocked out,78.08,,,,61.50,100.00,80.00,,,83.50,,97.90,,100.00,,,,80.00,,96.25,,37.43,,100.00,\"gate-budget: first-year cost 117,200 CNY exceeds the limit 110,000 (budget 80,000 + one-off 20,000, +10% tolerance) by 7,200 (6.5% over the limit, 17.2% over the budget of 100,000)\",CNY,117200.00,237337.87")
    }

    @Test func methodComparisonCSVNeutralisesFormulasButNotNumbers() throws {
        let directory = try Self.maliciousWorkspace()
        let rows = try Self.checkFileAndStdout(["rank", "ws", "--method", "all", "--format", "csv"], in: directory, file: "methods.csv")
        let names = Dictionary(uniqueKeysWithValues: zip(try Self.column(rows, "vendor"), try Self.column(rows, "name")))
        for payload in Self.payloads where payload.id != "huanyu-hcm" { #expect(names[payload.id] == "'" + payload.name, "\(payload.id): \(names[payload.id] ?? "missing")") }
        for name in rows[0].dropFirst(2) { for cell in try Self.column(rows, name) { #expect(Self.isNumber(cell), "\(name) cell \(cell)") } }
    }

    @Test func sheetExportNeutralisesFormulasButNotNumbers() throws {
        let directory = try Self.maliciousWorkspace()
        // Every payload vendor, the knocked-out huanyu-hcm too, so that each name is checked.
        let rows = try Self.checkFileAndStdout(["sheet", "export", "ws", "--evaluator", "zhou-min", "--include-knocked-out"], in: directory, file: "sheet.csv")
        #expect(rows.first == RatingSheet.columns)
        let vendors = try Self.column(rows, "vendor"), names = try Self.column(rows, "vendor_name")
        for payload in Self.payloads {
            let cells = Set(zip(vendors, names).filter { $0.0 == payload.id }.map(\.1))
            #expect(cells == ["'" + payload.name], "\(payload.id): \(cells)")
        }
        let values = try Self.column(rows, "value")
        // zhou-min's twelve ratings, and the twelve the workspace copies for the copied vendors (lingxi's and yunqi's).
        #expect(values.filter { !$0.isEmpty }.count == 24, "zhou-min's ratings are filled in")
        for cell in values where !cell.isEmpty { #expect(Self.isNumber(cell), "value cell \(cell)") }
        // The payload comment is lingxi's, and the copies of lingxi (at-sign, tab) carry it too; it is the only
        // comment that starts with a formula character, so the only one neutralised with a quote.
        let neutralised = zip(vendors, try Self.column(rows, "comment")).filter { $0.1.hasPrefix("'") }
        #expect(neutralised.map(\.0).sorted() == ["at-sign", "lingxi", "tab"])
        #expect(neutralised.map(\.1) == Array(repeating: "'" + Self.payloadComment, count: 3))
        // Column membership: some anchor cell keeps its line breaks (which criterion's anchors is free).
        #expect(try Self.column(rows, "anchors").contains { $0.contains("\n") }, "anchors keep their line breaks inside quotes")
    }
}

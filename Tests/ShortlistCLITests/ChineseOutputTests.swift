import Foundation
import Testing

/// Every shipped sample rendered with `--lang zh` through the real binary — the terminal ranking,
/// `explain` of the top vendor, the board as Markdown and as HTML — holds no English sentence
/// outside what the workspace itself wrote (issue 12 §3).
///
/// The detector (``EnglishDetector``), precisely:
/// 1. Text known from the workspace is removed where it stands as a whole (not inside a longer
///    word): every string of the workspace's JSON and JSON Lines files (selection, dossiers,
///    ratings, pilots — titles, names, reasons, notes, sources, units as the user wrote them; the
///    names of scenarios, which are keys) and
///    every string of the shipped catalogs except an `en` text that has a `zh` beside it: a name
///    with a Chinese form must be printed in Chinese. A label cut short with "…" counts as its
///    name when at least 12 characters of the name are left.
/// 2. Code in backticks (commands, options) is removed; in HTML, `<script>` and `<style>` are
///    removed, tags become line breaks and entities are decoded.
/// 3. Each line is cut into tokens at white space and at every CJK character or full-width mark;
///    ASCII punctuation is trimmed from both ends of a token. A token is an English word when it is
///    made of ASCII letters only (ids with hyphens or digits, numbers, key paths and file names are
///    not words) and is not one of the units and acronyms in ``EnglishDetector/acronyms``.
/// 4. Three or more English words in a row are an English sentence: the test fails and names it.
@Suite struct ChineseOutputTests {
    static let samples: [String] = {
        let folder = BinaryRunner.repositoryRoot.appendingPathComponent("samples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    private struct RankJSON: Decodable {
        struct Entry: Decodable { var vendor: String }
        var ranking: [Entry]
    }

    @Test(arguments: samples) func everyOutputIsChinese(_ sample: String) throws {
        let workspace = "samples/" + sample
        let detector = try EnglishDetector(workspace: BinaryRunner.repositoryRoot.appendingPathComponent(workspace))
        let json = try BinaryRunner.run(["rank", workspace, "--format", "json"])
        let top = try #require(try JSONDecoder().decode(RankJSON.self, from: json.stdout).ranking.first?.vendor)
        let html = try BinaryRunner.temporaryDirectory().appendingPathComponent("board.html")
        var outputs: [(name: String, text: String)] = []
        for arguments in [["rank", workspace, "--lang", "zh"], ["explain", workspace, top, "--lang", "zh"],
                          ["report", workspace, "--format", "markdown", "--lang", "zh"], ["report", workspace, "--lang", "zh", "--output", html.path]] {
            let result = try BinaryRunner.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            outputs.append((arguments.prefix(2).joined(separator: " "), result.text))
        }
        outputs.append(("report html", try String(contentsOf: html, encoding: .utf8)))
        #expect(!outputs[0].text.isEmpty && outputs[4].text.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n"))
        for (name, text) in outputs {
            let english = detector.englishRuns(in: text, html: name == "report html")
            #expect(english.isEmpty, "\(sample) \(name): English left in the Chinese output: \(english.prefix(10))")
        }
    }

    /// The commands beside the ranking that print sentences — `pilot status` (samples with pilots),
    /// `validate`, `lock`, `decide`, `sensitivity` (groups; criteria with `--disagreement`), `compare`
    /// (samples with scenarios), `verify` of a fresh decision and `verify` after a vendor file changed — run
    /// with `--lang zh` on a copy of every sample (lock and decide write into the workspace): their
    /// standard output, and the lines `verify` writes to standard error, hold no English sentence.
    @Test(arguments: samples) func everyCommandIsChinese(_ sample: String) throws {
        let (directory, workspace) = try BinaryRunner.copyOfSample("samples/" + sample)
        let detector = try EnglishDetector(workspace: workspace)
        let environment = ["SHORTLIST_NOW": "2026-07-01T09:00:00Z", "SHORTLIST_USER": "tester"]
        func run(_ arguments: [String], status: Int32 = 0) throws -> BinaryRunner.Result {
            let result = try BinaryRunner.run(arguments, in: directory, environment: environment)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            return result
        }
        var outputs: [(name: String, text: String)] = []
        if FileManager.default.fileExists(atPath: workspace.appendingPathComponent("pilots").path) {
            outputs.append(("pilot status", try run(["pilot", "status", "ws", "--lang", "zh"]).text))
        }
        outputs.append(("validate", try run(["validate", "ws", "--lang", "zh"]).text))
        outputs.append(("lock", try run(["lock", "ws", "--lang", "zh"]).text))
        // A sample without pilots recommends nobody (vendors without a pilot are excluded): decide exits 1 but writes the record.
        let decide = try BinaryRunner.run(["decide", "ws", "--lang", "zh"], in: directory, environment: environment)
        #expect(decide.status == 0 || decide.status == 1, "decide: \(decide.stderr)")
        outputs.append(("decide", decide.text))
        outputs.append(("sensitivity", try run(["sensitivity", "ws", "--samples", "2000", "--lang", "zh"]).text))
        outputs.append(("sensitivity criteria", try run(["sensitivity", "ws", "--samples", "500", "--level", "criteria", "--disagreement", "--lang", "zh"]).text))
        // Whether the sample has scenarios decides whether compare runs: presence of the key, `contains` on purpose.
        if try String(contentsOf: workspace.appendingPathComponent("selection.json"), encoding: .utf8).contains("\"scenarios\"") {
            outputs.append(("compare", try run(["compare", "ws", "--lang", "zh"]).text))
        }
        outputs.append(("verify", try run(["verify", "ws", "--lang", "zh"]).text))
        let vendor = try #require(try FileManager.default.contentsOfDirectory(atPath: workspace.appendingPathComponent("vendors").path).sorted().first)
        let handle = try FileHandle(forWritingTo: workspace.appendingPathComponent("vendors/" + vendor))
        handle.seekToEndOfFile()
        handle.write(Data("\n".utf8))
        try handle.close()
        outputs.append(("verify (changed)", try run(["verify", "ws", "--lang", "zh"], status: 1).stderr))
        for (name, text) in outputs {
            #expect(!text.isEmpty, "\(sample) \(name) printed nothing")
            let english = detector.englishRuns(in: text, html: false)
            #expect(english.isEmpty, "\(sample) \(name): English left in the Chinese output: \(english.prefix(10))")
        }
    }

    /// Exact Chinese lines of the retail sample on 2026-07-01: the pilot ended on 2026-04-30,
    /// 62 days before (May 31 + June 30 + 1); the score 99.00 and the counts are those the English
    /// output prints for the same run.
    @Test func retailCommandsPrintTheseChineseLines() throws {
        let (directory, _) = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        let environment = ["SHORTLIST_NOW": "2026-07-01T09:00:00Z", "SHORTLIST_USER": "tester"]
        func run(_ arguments: [String]) throws -> BinaryRunner.Result { try BinaryRunner.run(arguments, in: directory, environment: environment) }
        let pilot = try run(["pilot", "status", "ws", "--lang", "zh"]).text.split(separator: "\n").map(String.init)
        #expect(pilot.first == "lingxi — 试点部门：Sales，2026-04-01 – 2026-04-30（已于 62 天前结束）")
        #expect(pilot.dropFirst().first?.split(separator: " ").map(String.init) == ["指标", "基线", "目标", "当前", "观测数", "进度", "达标", "趋势"])
        #expect(pilot.suffix(2) == ["试点得分 99.00 / 100（按权重汇总进度，每项指标封顶）；必须达标的指标全部达标", "  更正：o0016 更正了 o0015"])
        #expect(try run(["validate", "ws", "--lang", "zh"]).text == "通过：ws 有效 — 3 家供应商，目录 hris（101 项指标，5 个门槛）\n")
        #expect(try run(["lock", "ws", "--lang", "zh"]).text == "已在 weights.lock.json 中锁定 125 项权重（2026-07-01T09:00:00Z）\n")
        #expect(try run(["decide", "ws", "--format", "json"]).status == 0)
        #expect(try run(["verify", "ws", "--lang", "zh"]).text == "通过：2026-07-01T09:00:00Z 决策的全部 13 个输入文件均未改变\n")
        try FileManager.default.removeItem(at: directory.appendingPathComponent("ws/weights.lock.json"))
        let changed = try run(["verify", "ws", "--lang", "zh"])
        #expect(changed.status == 1)
        #expect(changed.stderr == "已删除：weights.lock.json\n错误：1 个输入文件与 2026-07-01T09:00:00Z 的决策不一致；如属有意更改，请重新运行 `shortlist decide`\n")
    }

    /// Exact Chinese lines of `compare` on the internet sample: the Finance view's weights make yunqi win
    /// by 79.99 − 79.45 = 0.54 points (0.54 ÷ 79.99 = 0.7 % of its score), as the English output says.
    @Test func compareLinesInChinese() throws {
        let result = try BinaryRunner.run(["compare", "samples/internet-300", "--lang", "zh"])
        #expect(result.status == 0)
        let lines = result.text.split(separator: "\n").map(String.init)
        #expect(lines.first?.split(separator: " ").map(String.init) == ["供应商", "基准", "People", "view", "Finance", "view"])
        // The summary below the table, whole and in order: base 79.66 − 77.72 = 1.94 (2.4 %), People view 78.40 − 76.16 = 2.24 (2.9 %).
        let summary = try #require(lines.firstIndex(of: "各视角的第一名不同：基准 → xinyue，People view → xinyue，Finance view → yunqi。"), "\(result.text)")
        #expect(Array(lines[summary...].prefix(5)) == [
            "各视角的第一名不同：基准 → xinyue，People view → xinyue，Finance view → yunqi。",
            "* 各视角排名不同：xinyue、yunqi",
            "基准：xinyue 第一，领先 yunqi 1.94 分（占其得分的 2.4%）",
            "People view：xinyue 第一，领先 yunqi 2.24 分（占其得分的 2.9%）",
            "Finance view：yunqi 第一，领先 xinyue 0.54 分（占其得分的 0.7%）；与基准的不同：cost 的权重 32；performance-management 的权重 8",
        ], "\(result.text)")
    }

    /// Exact Chinese lines of `decide` on the internet sample, beside the English ones of the same run.
    @Test func decideLinesInChinese() throws {
        let (directory, _) = try BinaryRunner.copyOfSample("samples/internet-300")
        let environment = ["SHORTLIST_NOW": "2026-07-01T09:00:00Z"]
        let english = try BinaryRunner.run(["decide", "ws"], in: directory, environment: environment).text.split(separator: "\n").map(String.init)
        let chinese = try BinaryRunner.run(["decide", "ws", "--lang", "zh", "--force"], in: directory, environment: environment).text.split(separator: "\n").map(String.init)
        #expect(english.count == chinese.count)
        // The recommendation in Chinese on the line where the English one stands.
        let recommended = try #require(chinese.firstIndex(of: "推荐：yunqi（唯一剩下的供应商）"), "\(chinese)")
        #expect(english[recommended] == "recommended: yunqi (the only vendor left)")
        #expect(english[1] == "stages: desk 40, demo 20, pilot 40; vendors without a pilot: excluded")
        #expect(chinese[1] == "阶段权重：案头评估 40，演示 20，试点 40；未试点的供应商：不纳入")
        #expect(chinese[2].split(separator: " ").map(String.init) == ["排名", "供应商", "综合得分", "案头评估", "演示", "试点", "覆盖率", "状态"])
    }

    /// The go/no-go verdict of a pilot that misses a must-pass metric, in Chinese (internet sample).
    @Test func goNoGoVerdictInChinese() throws {
        let result = try BinaryRunner.run(["pilot", "status", "samples/internet-300", "--vendor", "xinyue", "--lang", "zh"], environment: ["SHORTLIST_NOW": "2026-07-01T09:00:00Z"])
        #expect(result.status == 0)
        #expect(result.text.split(separator: "\n").last == "通过判定：不通过（NO-GO）：必须达标的指标未达标（sso-failures）；4 个目标中达成 3 个（达成：okr-checkins、feedback、review-close；未达成：satisfaction），需达成 3 个")
    }

    @Test func theDetectorFindsEnglishAndSparesNamesIdsAndNumbers() throws {
        let detector = EnglishDetector(known: ["Lingxi HR Cloud", "Time to compile store performance statistics"])
        // Three English words in a row are a sentence; names, ids, numbers, units and code are not.
        #expect(detector.englishRuns(in: "稳健性：lingxi is not stated", html: false) == ["lingxi is not stated"])
        #expect(detector.englishRuns(in: "Lingxi HR Cloud（lingxi）得分 87.04 CNY；`shortlist criteria hris --questions`", html: false).isEmpty)
        #expect(detector.englishRuns(in: "gate-budget：首年费用 117,200 CNY；support.responseHours = 4", html: false).isEmpty)
        // A chart label cut short is its name; the same words followed by others are not.
        #expect(detector.englishRuns(in: "<text>Time to compile store performance statistic…</text>", html: true).isEmpty)
        #expect(detector.englishRuns(in: "<p>two words</p><p>and three more</p>", html: true) == ["and three more"])
        #expect(detector.englishRuns(in: "<script>var x = 'not shown here'</script>", html: true).isEmpty)
    }
}

/// Finds English sentences in Chinese output: see ``ChineseOutputTests`` for the rule.
struct EnglishDetector {
    /// Units and acronyms that stay as they are in Chinese text.
    static let acronyms: Set<String> = ["CNY", "USD", "EUR", "SHA", "JSON", "CSV", "HTML", "SaaS", "HRIS", "ATS", "WSM", "WPM", "TOPSIS",
                                        "SMAA", "AHP", "CR", "ERP", "API", "SSO", "TCO", "ISO", "PDF", "MLPS", "PIPL", "HR", "JavaScript", "WeChat", "vs"]
    /// The workspace's own texts, longest first.
    let known: [String]

    init(known: [String]) { self.known = known.filter { $0.count >= 2 }.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 } }

    /// The texts of the workspace at `folder` and of the shipped catalogs.
    init(workspace folder: URL) throws {
        var strings = Set<String>()
        // Every string of every input file, whatever its format: a walk over untyped JSON on purpose
        // (a mirror struct per input format would have to name every key that may hold text).
        func walk(_ value: Any) {
            if let s = value as? String { strings.insert(s) }
            else if let list = value as? [Any] { list.forEach(walk) }
            else if let object = value as? [String: Any] {
                // A name with a Chinese form must be printed in Chinese: its English is not allowed.
                for (key, v) in object where !(key == "en" && object["zh"] != nil) {
                    // Scenario names are the keys of selection.json's "scenarios".
                    if key == "scenarios", let scenarios = v as? [String: Any] { strings.formUnion(scenarios.keys) }
                    walk(v)
                }
            }
        }
        let manager = FileManager.default
        var files: [URL] = []
        if let walker = manager.enumerator(at: folder, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where ["json", "jsonl"].contains(url.pathExtension) { files.append(url) }
        }
        let criteria = BinaryRunner.repositoryRoot.appendingPathComponent("criteria")
        files += try manager.contentsOfDirectory(at: criteria, includingPropertiesForKeys: nil).filter { $0.pathExtension == "json" }
        for file in files {
            let data = try Data(contentsOf: file)
            let documents = file.pathExtension == "jsonl" ? data.split(separator: UInt8(ascii: "\n")).map { Data($0) } : [data]
            for document in documents where !document.isEmpty {
                walk(try JSONSerialization.jsonObject(with: document, options: [.fragmentsAllowed]))
            }
        }
        self.init(known: Array(strings))
    }

    /// Every run of three or more English words in `text` (HTML when `html`), after removing what the workspace wrote.
    func englishRuns(in text: String, html: Bool) -> [String] {
        var t = text
        if html {
            t = t.replacingOccurrences(of: "(?s)<script[^>]*>.*?</script>", with: "\n", options: .regularExpression)
            t = t.replacingOccurrences(of: "(?s)<style[^>]*>.*?</style>", with: "\n", options: .regularExpression)
            t = t.replacingOccurrences(of: "<[^>]+>", with: "\n", options: .regularExpression)
            for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
                t = t.replacingOccurrences(of: entity, with: character)
            }
        }
        t = t.replacingOccurrences(of: "`[^`\n]*`", with: " · ", options: .regularExpression)
        // A label cut short: the text before a "…" on its line that is a name's first 12 or more characters.
        if t.contains("…") {
            t = t.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                guard let dots = line.firstIndex(of: "…") else { return String(line) }
                let before = line[..<dots]
                for start in before.indices where before.distance(from: start, to: before.endIndex) >= 12 {
                    let cut = String(before[start...])
                    if known.contains(where: { $0.count > cut.count && $0.hasPrefix(cut) }) { return String(before[..<start]) + " · " + line[line.index(after: dots)...] }
                }
                return String(line)
            }.joined(separator: "\n")
        }
        for name in known where t.contains(name) {
            // Long texts are removed as they are; a short one only where it stands as a whole word.
            if name.count >= 12 { t = t.replacingOccurrences(of: name, with: " · "); continue }
            let pattern = "(?<![A-Za-z0-9-])" + NSRegularExpression.escapedPattern(for: name) + "(?![A-Za-z0-9-])"
            t = t.replacingOccurrences(of: pattern, with: " · ", options: .regularExpression)
        }
        var runs: [String] = []
        for line in t.split(separator: "\n", omittingEmptySubsequences: true) {
            var tokens: [String] = [], current = ""
            for scalar in line.unicodeScalars {
                if scalar.properties.isWhitespace || scalar.value >= 0x2E80 {
                    if !current.isEmpty { tokens.append(current); current = "" }
                    if scalar.value >= 0x2E80 { tokens.append("·") }
                } else {
                    current.unicodeScalars.append(scalar)
                }
            }
            if !current.isEmpty { tokens.append(current) }
            var run: [String] = []
            for token in tokens + ["·"] {
                let word = token.trimmingCharacters(in: CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").inverted)
                let isWord = !word.isEmpty && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) } && !Self.acronyms.contains(word)
                if isWord { run.append(word) } else {
                    if run.count >= 3 { runs.append(run.joined(separator: " ")) }
                    run = []
                }
            }
        }
        return runs
    }
}

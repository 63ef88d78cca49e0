import Foundation
import ShortlistKit
import Testing

/// The HTML decision board in a real browser (Debian's headless Chromium): the ranking shown, the
/// sliders re-ranking exactly as the library would, no script error, and hostile vendor text
/// staying text.
@Suite(.serialized, .enabled(if: HeadlessChromium.testsEnabled, HeadlessChromium.skipReason))
struct BrowserTests {
    static let root = BinaryRunner.repositoryRoot
    /// The library's loader, with the shipped catalogs.
    static let loader = WorkspaceLoader(catalogDirectories: [root.appendingPathComponent("criteria").path])

    /// Writes the report of `workspace` into a temporary folder and returns its file URL.
    func report(_ workspace: String, _ extra: [String] = []) throws -> URL {
        let directory = try BinaryRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("board.html")
        let result = try BinaryRunner.run(["report", workspace, "--output", file.path] + extra, environment: ["SHORTLIST_NOW": "2026-05-20T09:00:00Z"])
        #expect(result.status == 0, "\(result.stderr)")
        return file
    }

    /// The ranking rows of the page as (vendor, rank label, score text), in the order shown.
    func rankingRows(_ dom: String) -> [(vendor: String, rank: String, score: String)] {
        guard let start = dom.range(of: "<tbody id=\"ranking-body\">"), let end = dom.range(of: "</tbody>", range: start.upperBound..<dom.endIndex) else { return [] }
        let body = String(dom[start.upperBound..<end.lowerBound])
        let pattern = try! NSRegularExpression(pattern: "<tr data-vendor=\"([^\"]*)\"><td class=\"rank num\">([^<]*)</td>.*?<td class=\"score num\">([^<]*)</td>", options: [.dotMatchesLineSeparators])
        let ns = body as NSString
        return pattern.matches(in: body, range: NSRange(location: 0, length: ns.length)).map {
            (ns.substring(with: $0.range(at: 1)), ns.substring(with: $0.range(at: 2)), ns.substring(with: $0.range(at: 3)))
        }
    }

    /// The library's ranking of `workspace` with every top-level group's raw weight set as given.
    func libraryRanking(_ workspace: String, weights: [(id: String, weight: Double)]? = nil) throws -> [(vendor: String, rank: String, score: String)] {
        var loaded = try Self.loader.load(Self.root.appendingPathComponent(workspace).path)
        if let weights {
            loaded.profile.weights = loaded.profile.weights.filter { old in !weights.contains { $0.id == old.id } } + weights.map { WeightOverride(id: $0.id, weight: $0.weight) }
        }
        let evaluation = try Evaluation(workspace: loaded)
        return evaluation.ranking.ranked.map { entry in
            (entry.vendorID, entry.rank.map { entry.tied ? "=\($0)" : "\($0)" } ?? "–", NumberFormatting.fixed(entry.score, 2))
        }
    }

    func groups(_ workspace: String) throws -> [(id: String, weight: Double)] {
        let evaluation = try Evaluation(workspace: try Self.loader.load(Self.root.appendingPathComponent(workspace).path))
        return evaluation.tree.topLevel.map { (evaluation.tree.nodes[$0].id, evaluation.tree.nodes[$0].globalWeight) }
    }

    /// The attribute `name` of the first `element` tag of `dom` (`body`, `html`), or nil.
    func attribute(_ name: String, of element: String, in dom: String) -> String? {
        HTMLElements.tags(dom, named: element).first.flatMap { HTMLElements.attribute(name, in: $0) }
    }

    /// The opening tag and text of the element of `dom` whose id is `id`.
    func element(id: String, in dom: String) -> (tag: Substring, text: String)? {
        HTMLElements.tags(dom).first { HTMLElements.attribute("id", in: $0) == id }.flatMap { tag in
            let name = String(tag.dropFirst().prefix { $0 != " " && $0 != ">" })
            return HTMLElements.elements(dom, named: name).first { $0.tag == tag }
        }
    }

    /// The live banner the script writes when the weights differ from the recorded ones: its lead
    /// sentence, then each group's name and share of `weights`' total, rounded as the page's
    /// `fixed(x, 1)` rounds (half up), joined by " · ".
    func expectedBanner(page: URL, weights: [(id: String, weight: Double)]) throws -> String {
        struct BoardData: Decodable { struct Group: Decodable { var id: String; var name: String }; var groups: [Group] }
        let html = try String(contentsOf: page, encoding: .utf8)
        let data = try decodeJSON(BoardData.self, from: Data(try #require(HTMLElements.content(html, named: "script", id: "board-data")).utf8))
        let total = weights.reduce(0) { $0 + $1.weight }
        let shares = data.groups.map { group -> String in
            let weight = weights.first { $0.id == group.id }?.weight ?? 0
            let share = ((weight / total * 100) * 10 + 1e-9 + 0.5).rounded(.down) / 10
            return group.name + " " + String(format: "%.1f", share) + "%"
        }
        return "Weights changed in this page: the ranking shown is not the recorded one. " + shares.joined(separator: " · ")
    }

    /// Fails on script errors, CSP violations or a script that did not finish.
    func expectCleanScripts(_ dom: String, _ console: [String], _ context: String) {
        #expect(attribute("data-board-ready", of: "body", in: dom) == "true", "the board script did not finish (\(context))")
        #expect(attribute("data-script-errors", of: "html", in: dom) == nil, "script errors in the page (\(context))")
        #expect(!dom.contains("data-script-errors=\""), "script errors in the page (\(context))")  // absence anywhere: kept as `contains`
        #expect(console.isEmpty, "console messages (\(context)): \(console.joined(separator: "\n"))")
    }

    @Test(arguments: ["samples/retail-10-stores", "samples/internet-300", "samples/manufacturing-2000"])
    func pageShowsTheLibrarysRankingWithoutScriptErrors(_ workspace: String) throws {
        let page = try report(workspace)
        let (dom, console) = try HeadlessChromium.dumpDOM(page)
        expectCleanScripts(dom, console, workspace)
        let shown = rankingRows(dom)
        let expected = try libraryRanking(workspace)
        #expect(shown.map(\.vendor) == expected.map(\.vendor))
        #expect(shown.map(\.rank) == expected.map(\.rank))
        #expect(shown.map(\.score) == expected.map(\.score))
        #expect(HTMLElements.tags(dom, named: "svg").first.flatMap { HTMLElements.attribute("class", in: $0) } == "chart stacked")
        #expect(element(id: "live-weights", in: dom)?.tag == "<div class=\"panel needs-script no-print\" id=\"live-weights\">")
        let banner = try #require(element(id: "live-banner", in: dom))
        #expect(banner.tag == "<p class=\"live-banner\" id=\"live-banner\" hidden=\"\">" && banner.text == "", "no banner while the weights are the recorded ones")
    }

    @Test func retailBoardShowsTheWinnerChartsAndKnockOut() throws {
        let (dom, console) = try HeadlessChromium.dumpDOM(try report("samples/retail-10-stores"))
        expectCleanScripts(dom, console, "retail")
        let card = try #require(dom.components(separatedBy: "<div class=\"card winner\" id=\"recommendation\">\n").dropFirst().first?.components(separatedBy: "\n</div>\n").first)
        // The card's lines: the winner, the combined decision score 0.4 × 88.10 + 0.3 × 79.79 + 0.3 × 99.00 = 88.88, and its margin 88.88 − 55.69 = 33.19.
        #expect(card.components(separatedBy: "\n") == [
            "<h3>Recommended</h3>",
            "<div class=\"name\" data-vendor=\"lingxi\">Lingxi HR Cloud <span class=\"vendor-id\">lingxi</span></div>",
            "<div class=\"figure\">88.88</div>",
            "<div><strong>33.19</strong> points (37.3%) ahead of Yunqi HR (55.69)</div>",
            "<div class=\"meta\" id=\"basis\">Basis: final decision combining the desk, demo and pilot stages</div>",
            "<div class=\"meta\">Decision: <span class=\"badge good\">Clear winner</span> Desk 40 · Demo 30 · Pilot 30</div>",
            "<div class=\"meta record\">Not recorded yet: <code>shortlist decide</code> records the decision with the SHA-256 of every input.</div>",
        ])
        #expect(rankingRows(dom).first.map { $0.vendor == "lingxi" && $0.score == "87.04" } == true)
        #expect(HTMLElements.tags(dom, named: "li").compactMap { HTMLElements.attribute("data-vendor", in: $0) } == ["huanyu-hcm"])
        // The charts in page order: the bars, the radar, the heat map, then one chart per pilot metric (5).
        #expect(HTMLElements.tags(dom, named: "svg").map { HTMLElements.attribute("class", in: $0) }
                == ["chart stacked", "chart radar", "chart heatmap"] + Array(repeating: "chart pilot", count: 5))
    }

    /// Moving the sliders re-ranks exactly as the library ranks with the same group weights:
    /// the internet-300 finance view (which makes yunqi overtake xinyue) and seeded random weights.
    @Test func slidersReRankAsTheLibraryWould() throws {
        let workspace = "samples/internet-300"
        let page = try report(workspace)
        let groupList = try groups(workspace)
        var cases: [[(id: String, weight: Double)]] = []
        // The finance view: cost 32, performance-management 8 on top of the profile's raw weights, as percents of the total, on the sliders' 0.1 grid.
        var finance = try Self.loader.load(Self.root.appendingPathComponent(workspace).path)
        finance.profile = finance.profile.applying(finance.profile.scenarios.first { $0.name == "Finance view" }!)
        let financeTree = try Evaluation(workspace: finance).tree
        cases.append(financeTree.topLevel.map { (financeTree.nodes[$0].id, (financeTree.nodes[$0].globalWeight * 1000).rounded() / 10) })
        var state: UInt64 = 42
        for _ in 0..<4 {
            cases.append(groupList.map { group in
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return (group.id, Double((state >> 33) % 41))
            })
        }
        let original = try libraryRanking(workspace)
        var changedOrders = 0
        for weights in cases {
            let fragment = "weights=" + weights.map { "\($0.id):\(NumberFormatting.short($0.weight, 1))" }.joined(separator: ",")
            let (dom, console) = try HeadlessChromium.dumpDOM(page, fragment: fragment)
            expectCleanScripts(dom, console, fragment)
            let shown = rankingRows(dom)
            let expected = try libraryRanking(workspace, weights: weights)
            #expect(shown.map(\.vendor) == expected.map(\.vendor), "\(fragment)")
            #expect(shown.map(\.rank) == expected.map(\.rank), "\(fragment)")
            #expect(shown.map(\.score) == expected.map(\.score), "\(fragment)")
            #expect(attribute("data-live-order", of: "body", in: dom) == expected.map(\.vendor).joined(separator: " "))
            // The banner that stays in print says the weights were moved, and to what: each group's share of the total.
            let banner = try #require(element(id: "live-banner", in: dom))
            #expect(banner.tag == "<p class=\"live-banner\" id=\"live-banner\">", "\(fragment)")
            #expect(banner.text == (try expectedBanner(page: page, weights: weights)), "\(fragment)")
            if shown.map(\.vendor) != original.map(\.vendor) { changedOrders += 1 }
        }
        // The finance view must really move the winner, or the test shows nothing.
        #expect(changedOrders >= 1)
        let financeShown = rankingRows(try HeadlessChromium.dumpDOM(page, fragment: "weights=" + cases[0].map { "\($0.id):\(NumberFormatting.short($0.weight, 1))" }.joined(separator: ",")).dom)
        #expect(financeShown.first?.vendor == "yunqi")
        #expect(original.first?.vendor == "xinyue")
    }

    /// Long vendor names — wide capitals and Chinese — never leave the charts: every row label of
    /// the stacked bars and of the heat map lies inside its SVG, as Chromium lays it out.
    @Test func chartLabelsStayInsideTheirCharts() throws {
        let (_, workspace) = try BinaryRunner.copyOfSample("samples/retail-10-stores", as: "labels")
        for (id, name, long) in [("lingxi", "Lingxi HR Cloud", "WWWWWWWWWWMMMMMMMMMMWWWWWWWWWW Holdings International"), ("yunqi", "Yunqi HR", "星河人力资源管理系统旗舰版企业级云平台专业版")] {
            let file = workspace.appendingPathComponent("vendors/\(id).json")
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.contains("\"name\": \"\(name)\""))  // the input has the line the edit replaces: kept as `contains`
            try text.replacingOccurrences(of: "\"name\": \"\(name)\"", with: "\"name\": \"\(long)\"").write(to: file, atomically: true, encoding: .utf8)
        }
        let page = try report(workspace.path)
        let browser = try DevToolsPipe(executable: try #require(HeadlessChromium.executable))
        try browser.open(page, until: "document.body !== null && document.body.getAttribute('data-board-ready') === 'true'")
        // For each label: its chart's kind, the label, its box's left and right edges, and the chart's width (its viewBox).
        let script = """
            JSON.stringify(Array.from(document.querySelectorAll('svg.chart text.label, svg.chart text.row-label')).map(function (t) {
              var svg = t.ownerSVGElement, box = t.getBBox();
              return [svg.getAttribute('class'), t.textContent, box.x, box.x + box.width, svg.viewBox.baseVal.width];
            }))
            """
        let json = try #require(try browser.evaluate(script) as? String)
        let labels = try decodeJSON([SVGLabel].self, from: Data(json.utf8))
        #expect(labels.count == 4, "two bars and two heat-map rows: \(labels)")
        for label in labels {
            #expect(label.left >= 0 && label.right <= label.chartWidth, "\(label.chart): \"\(label.text)\" spans \(label.left)–\(label.right) in a chart \(label.chartWidth) wide")
        }
        #expect(labels.contains { $0.text.hasSuffix("…") }, "the longest name is cut with an ellipsis")  // membership: kept
    }

    /// Forty-odd vendors: the chart holds the first 20, the traces stop at 20 ranked, and the sliders
    /// still re-rank every vendor in the table exactly as the library does.
    @Test func largeWorkspaceStaysReadableAndReRanksAsTheLibrary() throws {
        let (directory, workspace) = try BinaryRunner.copyOfSample("samples/internet-300", as: "large")
        for vendor in ["xinyue", "qingteng", "yunqi"] {
            let text = try String(contentsOf: workspace.appendingPathComponent("vendors/\(vendor).json"), encoding: .utf8)
            for k in 1...13 {
                var copy = text.replacingOccurrences(of: "\"id\": \"\(vendor)\"", with: "\"id\": \"\(vendor)-\(k)\"")
                copy = copy.replacingOccurrences(of: "\"responseHours\": ", with: "\"responseHours\": \(k * 3) + ")
                    .replacingOccurrences(of: "\"annualBaseFee\": ", with: "\"annualBaseFee\": \(k * 700) + ")
                // JSON has no arithmetic: fold "a + b" into one number.
                let folded = try NSRegularExpression(pattern: "(\\d+) \\+ (\\d+)").matches(in: copy, range: NSRange(copy.startIndex..., in: copy)).reversed().reduce(copy) { text, match in
                    let ns = text as NSString
                    let sum = Int(ns.substring(with: match.range(at: 1)))! + Int(ns.substring(with: match.range(at: 2)))!
                    return ns.replacingCharacters(in: match.range, with: String(sum))
                }
                try folded.write(to: workspace.appendingPathComponent("vendors/\(vendor)-\(k).json"), atomically: true, encoding: .utf8)
                try RatingCopies.copy(in: workspace, from: vendor, to: "\(vendor)-\(k)")
            }
        }
        let page = directory.appendingPathComponent("board.html")
        let result = try BinaryRunner.run(["report", workspace.path, "--output", page.path], environment: ["SHORTLIST_NOW": "2026-05-20T09:00:00Z"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.components(separatedBy: "<g class=\"bar\"").count - 1 == 20)
        #expect(html.components(separatedBy: "<details class=\"trace\"").count - 1 == 21, "20 ranked and the knocked-out vendor")
        // 42 ranked, 20 traced: 22 left out, said in one whole paragraph.
        #expect(html.components(separatedBy: "\n").contains("<p class=\"meta\">The traces of 22 more vendors are left out to keep the report readable; <code>shortlist explain &lt;workspace&gt; &lt;vendor&gt;</code> prints any of them.</p>"))

        let evaluation = try Evaluation(workspace: try Self.loader.load(workspace.path))
        #expect(evaluation.ranking.ranked.count == 42)
        let groupIDs = evaluation.tree.topLevel.map { evaluation.tree.nodes[$0].id }
        var state: UInt64 = 2026
        for _ in 0..<3 {
            let weights = groupIDs.map { id -> (id: String, weight: Double) in
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return (id, Double((state >> 33) % 30) + 1)
            }
            var reweighted = try Self.loader.load(workspace.path)
            reweighted.profile.weights = reweighted.profile.weights.filter { old in !weights.contains { $0.id == old.id } } + weights.map { WeightOverride(id: $0.id, weight: $0.weight) }
            let expected = try Evaluation(workspace: reweighted).ranking.ranked
            let fragment = "weights=" + weights.map { "\($0.id):\(NumberFormatting.short($0.weight))" }.joined(separator: ",")
            let (dom, console) = try HeadlessChromium.dumpDOM(page, fragment: fragment)
            expectCleanScripts(dom, console, fragment)
            let shown = rankingRows(dom)
            #expect(shown.map(\.vendor) == expected.map(\.vendorID), "\(fragment)")
            #expect(shown.map(\.score) == expected.map { NumberFormatting.fixed($0.score, 2) }, "\(fragment)")
            #expect(shown.map(\.rank) == expected.map { entry in entry.rank.map { entry.tied ? "=\($0)" : "\($0)" } ?? "–" }, "\(fragment)")
        }
    }

    /// A person's hand, through the DevTools protocol: press the cost slider's track, drag it to the
    /// right end and release. The page re-ranks exactly as the library does with the weights the
    /// sliders then hold; the reset button brings back the recorded ranking.
    @Test func draggingASliderWithTheMouseReRanksAsTheLibrary() throws {
        let workspace = "samples/internet-300"
        let page = try report(workspace)
        let browser = try DevToolsPipe(executable: try #require(HeadlessChromium.executable))
        try browser.open(page, until: "document.body !== null && document.body.getAttribute('data-board-ready') === 'true'")
        let rowsScript = "JSON.stringify(Array.from(document.querySelectorAll('#ranking-body tr')).map(function (r) { return [r.getAttribute('data-vendor'), r.querySelector('.rank').textContent, r.querySelector('.score').textContent]; }))"
        func shownRows() throws -> [[String]] {
            let json = try #require(try browser.evaluate(rowsScript) as? String)
            return try decodeJSON([[String]].self, from: Data(json.utf8))
        }
        let original = try libraryRanking(workspace)
        #expect(try shownRows() == original.map { [$0.vendor, $0.rank, $0.score] })

        let box = try #require(try browser.evaluate("(function () { var s = document.querySelector('input.weight[data-group=\"cost\"]'); s.scrollIntoView({block: 'center'}); var r = s.getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; })()") as? [Double])
        let y = box[1] + box[3] / 2
        try browser.drag(from: (box[0] + box[2] * 0.2, y), to: (box[0] + box[2] + 20, y))
        let moved = try #require(try browser.evaluate("Number(document.querySelector('input.weight[data-group=\"cost\"]').value)") as? Double)
        #expect(moved == 100, "the drag should take the slider to its right end")

        // The other sliders were not touched: they keep the recorded weights, exactly.
        let weights = try groups(workspace).map { group in (id: group.id, weight: group.id == "cost" ? moved : group.weight * 100) }
        let expected = try libraryRanking(workspace, weights: weights)
        let shown = try shownRows()
        #expect(shown == expected.map { [$0.vendor, $0.rank, $0.score] })
        #expect(shown.first?.first != original.first?.vendor, "a cost-heavy weighting changes the winner")
        #expect(try browser.evaluate("document.getElementById('live-banner').hidden") as? Bool == false)
        #expect(try browser.evaluate("document.documentElement.getAttribute('data-script-errors')") is NSNull)

        let reset = try #require(try browser.evaluate("(function () { var b = document.getElementById('reset-weights'); var r = b.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()") as? [Double])
        try browser.click((reset[0], reset[1]))
        #expect(try shownRows() == original.map { [$0.vendor, $0.rank, $0.score] })
        #expect(try browser.evaluate("document.getElementById('live-banner').hidden") as? Bool == true)
    }

    /// Every vendor knocked out: the page says so, has no sliders, and its script still runs cleanly.
    @Test func noRankedVendorStillRendersCleanly() throws {
        let (directory, workspace) = try BinaryRunner.copyOfSample("samples/retail-10-stores", as: "retail")
        let selection = workspace.appendingPathComponent("selection.json")
        try (try String(contentsOf: selection, encoding: .utf8)).replacingOccurrences(of: "\"annual\": 80000", with: "\"annual\": 1000").write(to: selection, atomically: true, encoding: .utf8)
        let page = directory.appendingPathComponent("board.html")
        let result = try BinaryRunner.run(["report", workspace.path, "--output", page.path], environment: ["SHORTLIST_NOW": "2026-05-20T09:00:00Z"])
        #expect(result.status == 0, "\(result.stderr)")
        let (dom, console) = try HeadlessChromium.dumpDOM(page)
        expectCleanScripts(dom, console, "no vendor ranked")
        #expect(rankingRows(dom).isEmpty)
        #expect(HTMLElements.texts(dom, named: "div", class: "name") == ["No vendor passes the knock-out gates"])
        #expect(element(id: "live-weights", in: dom) == nil)
        #expect(!dom.contains("id=\"live-weights\""))  // absence anywhere: kept as `contains`
    }

    @Test func allWeightsZeroSaysSoAndKeepsTheRanking() throws {
        let workspace = "samples/retail-10-stores"
        let fragment = "weights=" + (try groups(workspace)).map { "\($0.id):0" }.joined(separator: ",")
        let (dom, console) = try HeadlessChromium.dumpDOM(try report(workspace), fragment: fragment)
        expectCleanScripts(dom, console, fragment)
        #expect(element(id: "live-status", in: dom)?.text == "All weights are zero: raise at least one.")
        #expect(rankingRows(dom).map(\.vendor) == (try libraryRanking(workspace)).map(\.vendor))
    }

    @Test func chineseBoardRunsToo() throws {
        let (dom, console) = try HeadlessChromium.dumpDOM(try report("samples/retail-10-stores", ["--lang", "zh"]))
        expectCleanScripts(dom, console, "zh")
        #expect(attribute("lang", of: "html", in: dom) == "zh-CN")
        #expect(HTMLElements.texts(dom, named: "div", class: "kicker") == ["供应商决策看板"])
        #expect(HTMLElements.elements(dom, named: "title").first?.text == "HRIS for a 10-store retail chain (document case: 180 staff, 80,000 CNY a year) — 供应商决策看板")
    }

    /// Hostile text in a vendor's name, a fact's source and note, and an evaluator's comment shows as
    /// text: nothing it contains runs, and no element it spells out exists in the page.
    @Test func hostileVendorTextStaysText() throws {
        let (directory, workspace) = try BinaryRunner.copyOfSample("samples/retail-10-stores", as: "retail")
        let pwnImage = #"<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">"#
        let pwnScript = #"</script><script>document.body.setAttribute('data-pwned','script')</script>"#
        let pwnAttribute = #"\" onmouseover=\"document.body.setAttribute('data-pwned','attr')\" x=\""#
        func rewrite(_ path: String, _ edits: [(String, String)]) throws {
            let url = workspace.appendingPathComponent(path)
            var text = try String(contentsOf: url, encoding: .utf8)
            for (old, new) in edits {
                #expect(text.contains(old), "\(path) has no \(old)")  // the input has what the edit replaces: kept
                text = text.replacingOccurrences(of: old, with: new)
            }
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try rewrite("vendors/lingxi.json", [("\"name\": \"Lingxi HR Cloud\"", "\"name\": \"\(pwnImage)\""),
                                            ("\"source\": \"RFP response, 2026-03-02\"", "\"source\": \"\(pwnScript)\"")])
        try rewrite("vendors/yunqi.json", [("\"name\": \"", "\"name\": \"\(pwnAttribute)")])
        let page = directory.appendingPathComponent("board.html")
        let result = try BinaryRunner.run(["report", workspace.path, "--output", page.path], environment: ["SHORTLIST_NOW": "2026-05-20T09:00:00Z"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(!html.contains("<img"))  // absence anywhere: kept as `contains`
        #expect(html.components(separatedBy: "<script").count == 4, "exactly the page's three script elements")
        #expect(html.range(of: "<[a-zA-Z][^<>]*\\sonmouseover=", options: .regularExpression) == nil, "no tag carries the injected handler")
        let escapedName = "&lt;img src=x onerror=\"document.body.setAttribute('data-pwned','img')\"&gt; "
        #expect(HTMLElements.texts(try #require(HTMLElements.content(html, named: "tbody", id: "ranking-body")), named: "td", class: "vendor").first == escapedName)
        let (dom, console) = try HeadlessChromium.dumpDOM(page, fragment: "weights=" + (try groups("samples/retail-10-stores")).enumerated().map { "\($0.element.id):\($0.offset * 10 + 5)" }.joined(separator: ","))
        expectCleanScripts(dom, console, "hostile")
        #expect(!dom.contains("data-pwned=\""), "an injected script or handler ran")  // absence anywhere: kept
        #expect(dom.range(of: "<[a-zA-Z][^<>]*\\sonmouseover=", options: .regularExpression) == nil)
        #expect(!dom.contains("<img"))  // absence anywhere: kept as `contains`
        // The name shows as the literal characters, in the ranking and in the summary.
        let name = "&lt;img src=x onerror=\"document.body.setAttribute('data-pwned','img')\"&gt; "
        #expect(HTMLElements.texts(try #require(HTMLElements.content(dom, named: "tbody", id: "ranking-body")), named: "td", class: "vendor").first == name)
        #expect(HTMLElements.elements(dom, named: "div").first { HTMLElements.attribute("class", in: $0.tag) == "name" }?.text == name)
    }
}

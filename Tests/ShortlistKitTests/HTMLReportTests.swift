import Foundation
import Testing
@testable import ShortlistKit

/// Escaping for each HTML context, the page's script hashes, and the slider data's formula
/// against the library's own ranking.
@Suite struct HTMLReportTests {
    static let hostile = ["<img src=x onerror=alert(1)>", "</script><script>alert(1)</script>", "\" onmouseover=\"alert(1)", "' autofocus onfocus='x", "a & b", "<!-- x"]

    @Test func textEscapesMarkupCharacters() {
        #expect(HTML.text("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;")
        #expect(HTML.text("R&D \"quoted\" 'single'") == "R&amp;D \"quoted\" 'single'")
        #expect(HTML.text("灵犀 HR") == "灵犀 HR")
        #expect(HTML.text("a\u{0}b") == "a\u{FFFD}b")
    }

    @Test func attributeEscapesQuotesToo() {
        #expect(HTML.attribute("\" onmouseover=\"alert(1)") == "&quot; onmouseover=&quot;alert(1)")
        #expect(HTML.attribute("' onfocus='x' <b> & c") == "&#39; onfocus=&#39;x&#39; &lt;b&gt; &amp; c")
        // Absence of the characters that end a value or open a tag, whatever the input: kept as `contains`.
        for text in Self.hostile {
            let escaped = HTML.attribute(text)
            #expect(!escaped.contains("\"") && !escaped.contains("'") && !escaped.contains("<"))
        }
    }

    /// The escaped JSON cannot close the script element or open a comment, and parses back to the same values.
    @Test func scriptDataIsInertAndRoundTrips() throws {
        var json = JSONWriter(pretty: false)
        json.beginArray()
        for text in Self.hostile + ["line\u{2028}separator\u{2029}"] { json.string(text) }
        json.endArray()
        let escaped = HTML.scriptData(json.text)
        // Absence anywhere in the escaped data: kept as `contains`.
        #expect(!escaped.contains("<") && !escaped.contains(">") && !escaped.contains("&"))
        #expect(!escaped.contains("\u{2028}") && !escaped.contains("\u{2029}"))
        let parsed = try JSONDecoder().decode([String].self, from: Data(escaped.utf8))
        #expect(parsed == Self.hostile + ["line\u{2028}separator\u{2029}"])
    }

    /// CSP hash sources, checked against Python's hashlib and base64 (`base64.b64encode(hashlib.sha256(b).digest())`).
    @Test func scriptHashSourcesMatchAnIndependentImplementation() {
        #expect(HTML.scriptHashSource("alert(1)") == "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='")
        #expect(HTML.scriptHashSource("") == "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='")
        #expect(HTML.scriptHashSource("页面") == "'sha256-RSx7ENV6hqe0lgxE+yFSG9SxtXurK8MQ8Vla+aJxgBE='")
    }

    // MARK: - The page

    /// Groups A (response, hotline), B (cost) and C (on-site support); vendor w has no on-site fact.
    static let catalog = Fixtures.catalog([
        Fixtures.group("A", 50, [
            Fixtures.criterion("response", 1, .scale(fact: "support.responseHours", curve: PiecewiseLinear([(4, 100), (24, 70), (72, 0)]))),
            Fixtures.criterion("hotline", 3, .boolean(fact: "support.twentyFourSeven", whenTrue: 100, whenFalse: 0)),
        ]),
        Fixtures.group("B", 30, [
            Fixtures.criterion("cost", 1, .cost(basis: .tco, method: .budgetRange(best: 0.5, worst: 1.0))),
        ]),
        Fixtures.group("C", 20, [
            Fixtures.criterion("onsite", 1, .boolean(fact: "support.onsite", whenTrue: 100, whenFalse: 20)),
        ]),
    ])

    static func vendors(named names: [String] = ["U", "V", "W"]) -> [VendorDossier] {
        var u = Fixtures.vendor("u", facts: ["support.responseHours": Fixtures.number(14), "support.twentyFourSeven": Fixtures.bool(true), "support.onsite": Fixtures.bool(false)], pricing: Fixtures.pricing(perEmployeeMonth: 20, implementation: 10_000))
        var v = Fixtures.vendor("v", facts: ["support.responseHours": Fixtures.number(48), "support.twentyFourSeven": Fixtures.bool(false), "support.onsite": Fixtures.bool(true)], pricing: Fixtures.pricing(perEmployeeMonth: 10, escalation: 10))
        var w = Fixtures.vendor("w", facts: ["support.responseHours": Fixtures.number(6), "support.twentyFourSeven": Fixtures.bool(true)], pricing: Fixtures.pricing(perEmployeeMonth: 24))
        (u.name, v.name, w.name) = (names[0], names[1], names[2])
        return [u, v, w]
    }

    static func evaluation(weights: [(id: String, weight: Double)] = [], names: [String] = ["U", "V", "W"]) throws -> Evaluation {
        var profile = Fixtures.profile()
        profile.missingFacts = .exclude
        profile.weights = weights.map { WeightOverride(id: $0.id, weight: $0.weight) }
        // w is scored on groups A and B only: incomplete by coverage, ranked (marked) so that the sliders carry it.
        return try Evaluation(workspace: Workspace(profile: profile, catalog: catalog, vendors: vendors(named: names)), allowIncomplete: true)
    }

    /// The page's formula — Σ w[g] × s[g] ÷ Σ w[g] over the groups a vendor has a score in — applied to
    /// the slider data gives the library's scores for any group weights, including for a vendor whose
    /// whole group C was dropped (policy exclude).
    @Test func sliderFormulaReproducesTheLibraryUnderAnyGroupWeights() throws {
        let board = DecisionBoard(evaluation: try Self.evaluation(), today: CalendarDate("2026-05-20")!)
        let data = try JSONDecoder().decode(LiveWeightsJSON.self, from: Data(board.liveWeightsJSON(language: .english).utf8))
        #expect(data.groups.map(\.id) == ["A", "B", "C"])
        let vendors = data.vendors
        let w = try #require(vendors.first { $0.id == "w" })
        #expect(w.scores.count == 3)
        #expect(w.scores[2] == nil, "w has no score in group C")
        var state: UInt64 = 7
        for _ in 0..<25 {
            let weights = ["A", "B", "C"].map { id -> (id: String, weight: Double) in
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return (id, Double((state >> 33) % 100) + 1)
            }
            let expected = try Self.evaluation(weights: weights)
            for vendor in vendors {
                var points = 0.0, total = 0.0
                for (g, score) in vendor.scores.enumerated() {
                    guard let s = score else { continue }
                    points += weights[g].weight * s
                    total += weights[g].weight
                }
                let library = try #require(expected.score(of: vendor.id)).score
                #expect(abs(points / total - library) < 1e-9, "\(weights) \(vendor.id)")
            }
        }
    }

    @Test func pageCarriesOnlyItsOwnScriptsAndAllowsOnlyThoseByHash() throws {
        let html = HTMLReport(board: DecisionBoard(evaluation: try Self.evaluation(names: Self.hostile.prefix(3).map { $0 }), today: CalendarDate("2026-05-20")!)).render()
        // Exactly the error watch, the data and the slider script.
        #expect(html.components(separatedBy: "<script").count == 4)
        let scripts = SVGMarkup.contents(html, named: "script")
        #expect(scripts.count == 3)
        #expect(scripts.first == BoardScript.errorWatch)
        #expect(scripts.last == BoardScript.liveWeights)
        #expect(SVGMarkup.tags(html, named: "script").map { SVGMarkup.attribute("id", in: $0) } == [nil, "board-data", nil])
        #expect(scripts.dropFirst().first == HTML.scriptData(DecisionBoard(evaluation: try Self.evaluation(names: Self.hostile.prefix(3).map { $0 }), today: CalendarDate("2026-05-20")!).liveWeightsJSON(language: .english)))
        let policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src \(HTML.scriptHashSource(BoardScript.errorWatch)) \(HTML.scriptHashSource(BoardScript.liveWeights)); base-uri 'none'; form-action 'none'"
        let meta = try #require(SVGMarkup.tags(html, named: "meta").first { SVGMarkup.attribute("http-equiv", in: $0) == "Content-Security-Policy" })
        #expect(SVGMarkup.attribute("content", in: meta) == HTML.attribute(policy))
        // Nothing is fetched: no external source, link or stylesheet (absence anywhere: kept as `contains`).
        for pattern in ["src=\"http", "href=\"http", "<link", "@import", "url("] { #expect(!html.contains(pattern), "\(pattern)") }
        // Hostile names appear only escaped.
        #expect(!html.contains("<img"))
        #expect(html.range(of: "<[a-zA-Z][^<>]*\\sonmouseover=", options: .regularExpression) == nil)
        // Each name shows escaped (in text a quote needs no escaping), as the whole text of its ranking cell (name, a space, then the id's span).
        let body = try #require(SVGMarkup.content(html, named: "tbody", id: "ranking-body"))
        #expect(SVGMarkup.texts(body, named: "td", class: "vendor").sorted() == [
            "\" onmouseover=\"alert(1) ", "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; ", "&lt;img src=x onerror=alert(1)&gt; ",
        ].sorted())
    }

    @Test func pageIsDeterministicAndShowsEveryVendorsTrace() throws {
        let evaluation = try Self.evaluation()
        let first = HTMLReport(board: DecisionBoard(evaluation: evaluation, today: CalendarDate("2026-05-20")!)).render()
        let second = HTMLReport(board: DecisionBoard(evaluation: try Self.evaluation(), today: CalendarDate("2026-05-20")!)).render()
        #expect(first == second)
        let traces = SVGMarkup.tags(first, named: "details")
        #expect(traces.map { SVGMarkup.attribute("data-vendor", in: $0) } == ["w", "u", "v"])  // in rank order
        #expect(traces.map { SVGMarkup.attributeNames($0) } == Array(repeating: ["class", "data-vendor"], count: 3))
        #expect(Set(traces.map { SVGMarkup.attribute("class", in: $0) }) == ["trace"])
        // w's dropped criterion shows as a data gap with its handling: the row's cells are w, the fact, its criterion and the handling.
        let gaps = try #require(SVGMarkup.content(first, named: "section", id: "gaps"))
        #expect(SVGMarkup.texts(gaps, named: "code") == ["w", "support.onsite"])
        #expect(SVGMarkup.texts(gaps, named: "td").last == "criterion dropped for this vendor, its weight shared among its siblings (policy exclude)")
        let zh = HTMLReport(board: DecisionBoard(evaluation: evaluation, today: CalendarDate("2026-05-20")!), language: .chinese).render()
        #expect(SVGMarkup.tags(zh, named: "html") == ["<html lang=\"zh-CN\">"])
        let trace = try #require(SVGMarkup.content(zh, named: "section", id: "trace"))
        #expect(SVGMarkup.texts(trace, named: "h2") == [Phrase.scoreTrace.chinese])
        #expect(!zh.contains(">Score trace<"))  // absence anywhere: kept as `contains`
    }
}

import Testing
@testable import ShortlistKit

/// Ratings feeding the score, scoring sheets, and the comparison of aggregation methods.
@Suite struct RatingsEvaluationTests {
    static let scale = RatingScale(min: 1, max: 5, anchors: [ScaleAnchor(level: 1, "unusable"), ScaleAnchor(level: 3, "workable"), ScaleAnchor(level: 5, "excellent")])
    static let catalog = Fixtures.catalog([
        Fixtures.criterion("ux", 1, .rating(fact: "ratings.ux", scale: scale), missing: .exclude),
        Fixtures.criterion("hours", 1, .scale(fact: "support.responseHours", curve: PiecewiseLinear([(4, 100), (72, 0)]))),
    ])

    static func workspace(_ sheets: [EvaluatorSheet], settings: PanelSettings = PanelSettings()) -> Workspace {
        var profile = Fixtures.profile()
        profile.panel = settings
        let vendors = [
            Fixtures.vendor("x", facts: ["support.responseHours": Fixtures.number(4), "ratings.ux": Fixtures.number(1)]),
            Fixtures.vendor("y", facts: ["support.responseHours": Fixtures.number(72)]),
        ]
        var workspace = Workspace(profile: profile, catalog: catalog, vendors: vendors)
        workspace.ratings = sheets
        return workspace
    }

    static let sheets = [
        EvaluatorSheet(evaluator: "a", ratings: [Rating(evaluator: "a", vendor: "x", criterion: "ux", value: 4, comment: "fine"), Rating(evaluator: "a", vendor: "y", criterion: "ux", value: 5, comment: "best")]),
        EvaluatorSheet(evaluator: "b", conflicts: [ConflictDeclaration(vendor: "y", reason: "shareholder")], ratings: [Rating(evaluator: "b", vendor: "x", criterion: "ux", value: 2, comment: "slow"), Rating(evaluator: "b", vendor: "y", criterion: "ux", value: 5, comment: "best")]),
    ]

    @Test func panelConsensusReplacesTheDossierFact() throws {
        let evaluation = try Evaluation(workspace: Self.workspace(Self.sheets))
        let x = try #require(evaluation.score(of: "x"))
        // ux: mean of 4 and 2 = 3 → 50 (not the dossier's 1 → 0); hours 4 → 100. Total (50 + 100) / 2.
        #expect(close(x.score, 75))
        let y = try #require(evaluation.score(of: "y"))
        // ux: only a's 5 counts (b is conflicted) → 100; hours 72 → 0.
        #expect(close(y.score, 50))
        let explanation = evaluation.explanation(of: x.criteria[0], vendor: x.vendorIndex)
        #expect(explanation == "rating 3 on 1–5 → (3 − 1) ÷ 4 × 100 = 50 (3: workable) — mean of 2 ratings: a 4, b 2; DISAGREEMENT: spread 2")
        #expect(evaluation.ranking.disagreements.map(\.vendor) == ["x"])
        // Typed-value membership: kept.
        #expect(evaluation.ranking.panelNotes.contains(.conflict(evaluator: "b", vendor: "y", reason: "shareholder", criteria: ["ux"])))
        #expect(PanelNote.conflict(evaluator: "b", vendor: "y", reason: "shareholder", criteria: ["ux"]).text
                == LocalizedText(en: "b declared a conflict of interest with y (shareholder): their ratings of it (ux) are excluded",
                                 zh: "b 声明与 y 存在利益冲突（shareholder）：其对该供应商的评分（ux）不予计入"))
    }

    @Test func withoutRatingsTheFactIsTheFallback() throws {
        let evaluation = try Evaluation(workspace: Self.workspace([]))
        #expect(close(evaluation.score(of: "x")?.score, 50))                            // ux 1 → 0, hours 100
        #expect(evaluation.score(of: "y")?.criteria[0].status == .awaiting)              // no fact, no rating: awaiting the panel, listed
    }

    @Test func sheetsRoundTripThroughCSV() throws {
        let workspace = Self.workspace(Self.sheets)
        let csv = RatingSheet.export(workspace: workspace, evaluator: "a")
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: csv.dropFirst(3), as: UTF8.self)
        // The whole sheet: the header and one record per rating, ending in CRLF; the anchors are one quoted field.
        #expect(text == "vendor,vendor_name,criterion,criterion_name,scale,anchors,value,comment,date,note\r\n"
                + "x,X,ux,ux,1–5,\"1: unusable\n3: workable\n5: excellent\",4,fine,,\r\n"
                + "y,Y,ux,ux,1–5,\"1: unusable\n3: workable\n5: excellent\",5,best,,\r\n")
        let sheet = try RatingSheet.read(csv, file: "a.csv", evaluator: "a", workspace: workspace)
        #expect(sheet.ratings.map(\.value) == [4, 5])
        #expect(sheet.ratings.map(\.comment) == ["fine", "best"])
    }

    /// Export neutralises comments that start like a formula; import gives back what was written.
    @Test func formulaLikeCommentsSurviveExportAndImport() throws {
        let comments = ["-2 for UX versus last year", "=not a formula", "+1 from the pilot", "@Zhou Min agrees", "'quoted' stays"]
        let sheet = EvaluatorSheet(evaluator: "a", ratings: comments.prefix(2).enumerated().map { i, comment in
            Rating(evaluator: "a", vendor: ["x", "y"][i], criterion: "ux", value: 3, comment: comment)
        })
        let workspace = Self.workspace([sheet])
        let csv = RatingSheet.export(workspace: workspace, evaluator: "a")
        let text = String(decoding: csv.dropFirst(3), as: UTF8.self)
        // The whole sheet: each comment that starts like a formula is written behind an apostrophe.
        #expect(text == "vendor,vendor_name,criterion,criterion_name,scale,anchors,value,comment,date,note\r\n"
                + "x,X,ux,ux,1–5,\"1: unusable\n3: workable\n5: excellent\",3,'-2 for UX versus last year,,\r\n"
                + "y,Y,ux,ux,1–5,\"1: unusable\n3: workable\n5: excellent\",3,'=not a formula,,\r\n")
        #expect(try RatingSheet.read(csv, file: "a.csv", evaluator: "a", workspace: workspace).ratings.map(\.comment) == comments.prefix(2).map { $0 })
        for comment in comments {
            var writer = CSVWriter()
            writer.writeRow([.text(comment)])
            let cell = String(writer.text.dropLast())   // "\r\n" is one Character
            #expect(CSVWriter.restoringNeutralisedText(cell.hasPrefix("\"") ? String(cell.dropFirst().dropLast()) : cell) == comment)
        }
        #expect(CSVWriter.restoringNeutralisedText("'plain") == "'plain")
    }

    @Test func sheetsFromASemicolonLocaleWithDecimalCommas() throws {
        let csv = Array("vendor;criterion;value;comment\nx;ux;3,5;between\ny;ux;;\n".utf8)
        let sheet = try RatingSheet.read(csv, file: "s.csv", evaluator: "c", workspace: Self.workspace([]))
        #expect(sheet.ratings.count == 1)                 // a blank value is "not rated"
        #expect(sheet.ratings.first?.value == 3.5)
    }

    @Test func methodsAgreeWhenOneVendorIsClearlyBetter() throws {
        let evaluation = try Evaluation(workspace: Self.workspace(Self.sheets))
        let comparison = try MethodComparison(evaluation: evaluation, methods: [.wsm, .wpm, .topsis])
        // x: ux 50, hours 100; y: ux 100, hours 0 (equal weights).
        // WPM: x = 0.5^0.5 × 1^0.5 = 0.707107; y = 1^0.5 × 0.01^0.5 = 0.1 (floored at 1 point).
        #expect(comparison.results.map(\.ranks) == [[1, 2], [1, 2], [1, 2]])
        #expect(close(comparison.results[1].scores, [(0.5 as Double).squareRoot(), 0.1], 1e-12))
        // TOPSIS, vector normalisation: columns (50, 100)/√12500 and (100, 0)/100, weights ½;
        // x is at distance 0.223607 from the ideal (0.447214, 0.5) and 0.5 from the anti-ideal (0.223607, 0).
        #expect(close(comparison.results[2].scores[0], 0.5 / (0.5 + 0.223607), 1e-6))
        #expect(comparison.agreements.allSatisfy { $0.kendallTau == 1 && $0.spearmanRho == 1 })
    }
}

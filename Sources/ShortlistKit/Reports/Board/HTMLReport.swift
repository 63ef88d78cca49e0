/// The decision board as one self-contained HTML page: it opens offline in any browser and can be
/// mailed, with inline CSS, inline SVG charts and a small plain script for the weight sliders.
///
/// Every piece of user text goes through `HTML.text(_:)` or `HTML.attribute(_:)`; the slider
/// data travels as JSON escaped by `HTML.scriptData(_:)`; and the Content-Security-Policy allows
/// only the page's two scripts, by their SHA-256, and loads nothing from anywhere.
public struct HTMLReport: Sendable {
    /// The board shown.
    public let board: DecisionBoard
    /// The language of headings and names.
    public let language: Language

    /// Creates the page renderer.
    public init(board: DecisionBoard, language: Language = .english) {
        self.board = board
        self.language = language
    }

    private func p(_ phrase: Phrase) -> String { HTML.text(phrase.text(in: language)) }
    private func t(_ text: String) -> String { HTML.text(text) }
    private func a(_ text: String) -> String { HTML.attribute(text) }
    private var evaluation: Evaluation { board.evaluation }
    /// Between reasons: "; " or "；".
    private var semicolon: String { Punctuation(language).semicolon }
    private var ranking: Ranking { board.evaluation.ranking }

    /// The page.
    public func render() -> String {
        let profile = evaluation.workspace.profile
        let title = profile.title ?? profile.organisation.name
        let policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src \(HTML.scriptHashSource(BoardScript.errorWatch)) \(HTML.scriptHashSource(BoardScript.liveWeights)); base-uri 'none'; form-action 'none'"
        var out = "<!DOCTYPE html>\n<html lang=\"\(language == .chinese ? "zh-CN" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(a(policy))\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"shortlist \(ToolVersion.current)\">\n"
        out += "<title>\(t(title)) — \(p(.boardTitle))</title>\n"
        out += "<style>\n\(BoardStyle.css)\n</style>\n<script>\(BoardScript.errorWatch)</script>\n</head>\n<body>\n<main>\n"
        out += header(title: title)
        out += summary()
        out += rankingSection()
        out += groupSection()
        out += CostTable(evaluation, language: language, vendorLimit: DecisionBoard.Limits.costedVendors)?.html(language) ?? ""
        out += robustnessSection()
        out += pilotSection()
        out += decisionSection()
        out += panelSection()
        out += gapsAndWarnings()
        out += traceSection()
        out += footer()
        out += "</main>\n"
        out += "<script type=\"application/json\" id=\"board-data\">\(HTML.scriptData(board.liveWeightsJSON(language: language)))</script>\n"
        out += "<script>\(BoardScript.liveWeights)</script>\n</body>\n</html>\n"
        return out
    }

    // MARK: - Sections

    private func header(title: String) -> String {
        let catalog = evaluation.workspace.catalog
        var out = "<header class=\"board\">\n<div class=\"kicker\">\(p(.boardTitle))</div>\n<h1>\(t(title))</h1>\n"
        out += "<div class=\"meta\">\(p(.catalog)) <code>\(t(catalog.id))</code> · \(t(Wording.vendors(evaluation.facts.count).text(in: language))) · \(ranking.ranked.count) \(p(.rankedCount)) · \(ranking.eliminated.count) \(p(.knockedOutCount)) · \(p(.generated)) \(t(board.today.description))</div>\n"
        if let scenario = board.scenario {
            out += "<p class=\"scenario\"><span class=\"badge warn\">\(p(.scenario))</span> <strong>\(t(scenario.name))</strong>\(scenario.description.map { " — " + t($0) } ?? "")</p>\n"
        }
        out += "</header>\n"
        return out
    }

    private func summary() -> String {
        var out = "<section id=\"summary\">\n<h2>\(p(.summary))</h2>\n<div class=\"cards\">\n"
        out += "<div class=\"card winner\" id=\"recommendation\">\n"
        if let r = board.recommendation {
            let heading: Phrase = r.clear && board.verdict?.clearWinner != false ? .recommended : .recommendedPending
            out += "<h3>\(p(heading))</h3>\n<div class=\"name\" data-vendor=\"\(a(r.vendorID))\">\(t(r.name)) <span class=\"vendor-id\">\(t(r.vendorID))</span></div>\n"
            out += "<div class=\"figure\">\(NumberFormatting.fixed(r.score, 2))</div>\n"
            if let runnerUp = r.runnerUp, let margin = r.margin {
                out += "<div>" + Phrase.marginAhead.text(in: language, ["points": "<strong>" + NumberFormatting.fixed(margin, 2) + "</strong>", "share": MarkdownReport.marginShare(margin, of: r.score, threshold: MarkdownReport.marginThreshold(board, r)), "vendor": t(runnerUp.name) + " (" + NumberFormatting.fixed(runnerUp.score, 2) + ")"], escape: HTML.text) + "</div>\n"
            } else {
                out += "<div>\(p(.onlyVendorLeft))</div>\n"
            }
            out += "<div class=\"meta\" id=\"basis\">\(p(.decisionBasis)): \(r.basis == .decision ? p(.basisDecision) : t(board.rankingBasis.text(in: language)))</div>\n"
            if r.basis == .decision, let decision = board.decision {
                let verdict = decision.clearWinner ? "<span class=\"badge good\">\(p(.clearWinner))</span>" : "<span class=\"badge warn\">\(p(.noClearWinner))</span>"
                out += "<div class=\"meta\">\(p(.decision)): \(verdict) " + decision.settings.stages.filter { $0.weight > 0 }.map { "\(stageName($0.stage)) \(NumberFormatting.short($0.weight))" }.joined(separator: " · ") + "</div>\n"
                // Who left the race at the decision stage, and why: "the only vendor left" must say where the others went.
                for entry in decision.entries where entry.status == .blocked || entry.status == .notPiloted {
                    let why = entry.reasons.isEmpty ? statusName(entry.status) : entry.reasons(in: language).map(t).joined(separator: semicolon)
                    out += "<div class=\"explain\" data-vendor=\"\(a(entry.vendorID))\"><strong>\(t(entry.name))</strong>: \(why)</div>\n"
                }
            }
        } else {
            let none = ranking.incomplete.isEmpty ? p(.noVendorRanked) : t(Wording.noneComplete(minimum: ranking.minimumCoverage).text(in: language))
            out += "<h3>\(p(.recommended))</h3>\n<div class=\"name\">\(none)</div>\n"
        }
        if let recorded = board.recordedVerdictText(in: language) {
            let clear = board.verdict?.clearWinner == true
            out += "<div class=\"verdict\" id=\"recorded-verdict\"><span class=\"badge \(clear ? "good" : "warn")\">\(p(clear ? .clearWinner : .noClearWinner))</span> \(t(recorded))</div>\n"
        }
        if board.decision != nil || board.record != .none { out += recordLine() }
        out += "</div>\n<div class=\"card\" id=\"robustness-card\">\n<h3>\(p(.robustness))</h3>\n"
        if let robustness = board.robustness {
            let badge = robustness.isRobust ? "<span class=\"badge good\">\(p(.robust))</span>" : "<span class=\"badge warn\">\(p(.fragile))</span>"
            if board.recommendation?.basis == .decision { out += "<p class=\"meta\">\(p(.robustnessOfDeskRanking))</p>\n" }
            out += "<p>\(badge)</p>\n<p class=\"verdict\">\(t(robustness.verdict(in: language)))</p>\n"
        } else {
            out += "<p class=\"meta\">–</p>\n"
        }
        out += "</div>\n<div class=\"card\" id=\"knock-outs\">\n<h3>\(p(.knockedOut))</h3>\n"
        if ranking.eliminated.isEmpty {
            out += "<p>\(p(.knockedOutNone))</p>\n"
        } else {
            out += "<ul>\n"
            for entry in ranking.eliminated.prefix(DecisionBoard.Limits.summaryKnockOuts) {
                out += "<li data-vendor=\"\(a(entry.vendorID))\"><strong>\(t(entry.name))</strong> <span class=\"vendor-id\">\(t(entry.vendorID))</span><ul>"
                for knockOut in entry.knockOuts { out += "<li><code>\(t(knockOut.gate))</code>: \(t(knockOut.reason(in: language)))</li>" }
                out += "</ul></li>\n"
            }
            out += "</ul>\n"
            let more = ranking.eliminated.count - DecisionBoard.Limits.summaryKnockOuts
            if more > 0 { out += "<p class=\"meta\">" + Phrase.moreKnockedOut.text(in: language, ["n": "\(more)"], escape: HTML.text) + "</p>\n" }
        }
        let flagged = ranking.ranked.filter { !$0.flags.isEmpty }
        if !flagged.isEmpty {
            out += "<h3 id=\"flags\">\(t(FlagWording.heading.text(in: language)))</h3>\n<ul>\n"
            for entry in flagged {
                out += "<li data-vendor=\"\(a(entry.vendorID))\"><strong>\(t(entry.name))</strong> <span class=\"vendor-id\">\(t(entry.vendorID))</span><ul>"
                for flag in entry.flags { out += "<li><code>\(t(flag.gate))</code>: \(t(flag.reason(in: language)))</li>" }
                out += "</ul></li>\n"
            }
            out += "</ul>\n"
        }
        out += "</div>\n</div>\n"
        if let moved = board.weightChanges(in: language) {
            out += "<p class=\"flag\" id=\"locked-weights\"><strong>\(p(.locked))</strong>: " + moved.changes.map(t).joined(separator: "; ") + " — " + t(moved.acceptance) + "</p>\n"
        }
        out += "</section>\n"
        return out
    }

    private func rankingSection() -> String {
        var out = "<section id=\"ranking\">\n<h2>\(p(.ranking))</h2>\n<div class=\"ranking-layout\">\n<div>\n"
        out += "<p class=\"live-banner\" id=\"live-banner\" hidden></p>\n"
        out += "<table class=\"ranking\">\n<thead><tr><th class=\"num\">\(p(.rank))</th><th>\(p(.vendor))</th><th class=\"num\">\(p(.score))</th><th class=\"num\">\(t(Wording.coverage.text(in: language)))</th>"
        // Under a tender's points scheme, a Points column ("83.08 / 100") follows the coverage, as in the table and Markdown.
        let scheme = evaluation.workspace.catalog.points
        if scheme != nil { out += "<th class=\"num\">\(t(PointsWording.column.text(in: language)))</th>" }
        out += "<th></th></tr></thead>\n<tbody id=\"ranking-body\">\n"
        for entry in ranking.ranked {
            out += "<tr data-vendor=\"\(a(entry.vendorID))\"><td class=\"rank num\">\(Evaluation.rankLabel(entry))</td><td class=\"vendor\">\(t(entry.name)) <span class=\"vendor-id\">\(t(entry.vendorID))</span></td>"
            out += "<td class=\"score num\">\(NumberFormatting.fixed(entry.score, 2))</td><td class=\"coverage num\">\(NumberFormatting.percent(entry.coverage))</td>"
            if let scheme { out += "<td class=\"points num\">\(t(PointsScheme.text(scheme.points(entry.score), of: scheme.total, digits: 2)))</td>" }
            out += "<td class=\"bar\"><div class=\"bar-track\"><span class=\"bar-fill\" style=\"width:\(NumberFormatting.short(max(0, min(100, entry.score)), 2))%\"></span></div></td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if !ranking.incomplete.isEmpty {
            out += "<div class=\"incomplete\" id=\"incomplete\">\n<h3>\(t(Wording.incompleteHeading.text(in: language)))</h3>\n<ul>\n"
            for entry in ranking.incomplete {
                out += "<li data-vendor=\"\(a(entry.vendorID))\"><strong>\(t(entry.name))</strong> <span class=\"vendor-id\">\(t(entry.vendorID))</span>: "
                out += t(Wording.incompleteRule(coverage: entry.coverage, minimum: ranking.minimumCoverage, best: ranking.bestCoverage).text(in: language))
                if let shortfall = evaluation.shortfall(of: entry) { out += semicolon + t(shortfall.text(in: language)) }
                out += "</li>\n"
            }
            out += "</ul>\n</div>\n"
        }
        out += "<p class=\"meta no-script\">\(p(.noScript))</p>\n"
        let groups = evaluation.topGroups
        let chart = StackedBarChart(
            title: Phrase.stackedTitle.text(in: language),
            groups: groups.map { $0.name.text(in: language) },
            bars: ranking.ranked.prefix(DecisionBoard.Limits.chartedVendors).map { entry in
                StackedBarChart.Bar(id: entry.vendorID, label: entry.name, segments: entry.groupPoints(in: evaluation.tree))
            })
        if !ranking.ranked.isEmpty {
            var caption = p(.stackedTitle)
            if ranking.ranked.count > DecisionBoard.Limits.chartedVendors {
                caption += " — " + Phrase.chartFirstVendors.text(in: language, ["n": "\(DecisionBoard.Limits.chartedVendors)"], escape: HTML.text)
            }
            out += "<figure>\n\(chart.svg())\n<figcaption>\(caption)</figcaption>\n</figure>\n"
        }
        out += "</div>\n" + liveWeightsPanel() + "</div>\n</section>\n"
        return out
    }

    private func liveWeightsPanel() -> String {
        guard ranking.ranked.count >= 2 else { return "" }
        var out = "<div class=\"panel needs-script no-print\" id=\"live-weights\">\n<h3>\(p(.liveWeights))</h3>\n<p class=\"hint\">\(p(.liveWeightsHint))</p>\n"
        for (g, group) in evaluation.topGroups.enumerated() {
            let id = "weight-\(g)"
            let percent = NumberFormatting.short(group.weight * 100, 4)
            let name = group.name.text(in: language)
            out += "<div class=\"slider\"><label for=\"\(id)\" title=\"\(a(name))\">\(t(name))</label>"
            out += "<input type=\"range\" class=\"weight\" id=\"\(id)\" data-index=\"\(g)\" data-group=\"\(a(group.id))\" min=\"0\" max=\"100\" step=\"0.1\" value=\"\(percent)\">"
            out += "<output class=\"weight-value\" for=\"\(id)\" data-index=\"\(g)\">\(NumberFormatting.fixed(group.weight * 100, 1))%</output></div>\n"
        }
        out += "<button type=\"button\" id=\"reset-weights\">\(p(.reset))</button>\n<p class=\"live-status\" id=\"live-status\" role=\"status\" aria-live=\"polite\"></p>\n</div>\n"
        return out
    }

    private func groupSection() -> String {
        guard !ranking.ranked.isEmpty else { return "" }
        let groups = evaluation.topGroups
        let shown = Array(ranking.ranked.prefix(DecisionBoard.Limits.groupColumns))
        var out = "<section id=\"groups\">\n<h2>\(p(.scoresByGroup))</h2>\n<div class=\"two\">\n<div>\n<table>\n<thead><tr><th>\(p(.group))</th><th class=\"num\">\(p(.weight))</th>"
        for entry in shown { out += "<th class=\"num\">\(t(entry.vendorID))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        let shares = evaluation.topGroupShares
        for (g, group) in groups.enumerated() {
            guard let share = shares[g] else { continue }
            out += "<tr><td>\(t(group.name.text(in: language)))</td><td class=\"num\">\(NumberFormatting.percent(share))</td>"
            for entry in shown { out += "<td class=\"num\">\(entry.groupScores[g].map { NumberFormatting.fixed($0, 1) } ?? "–")</td>" }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        let outOfPlay = shares.filter { $0 == nil }.count
        if outOfPlay > 0 { out += "<p class=\"hint\">\(t(Wording.groupsOutOfPlay(outOfPlay).text(in: language)))</p>\n" }
        if let scheme = evaluation.workspace.catalog.points {
            // Under a points scheme: each group's points earned out of those it has available (its share of the total).
            out += "<table class=\"points\" id=\"group-points\">\n<caption>\(t(PointsWording.byGroup(scheme.total).text(in: language)))</caption>\n"
            out += "<thead><tr><th>\(p(.group))</th><th class=\"num\">\(t(PointsWording.available.text(in: language)))</th>"
            for entry in shown { out += "<th class=\"num\">\(t(entry.vendorID))</th>" }
            out += "</tr></thead>\n<tbody>\n"
            let earned = shown.map { $0.groupPoints(in: evaluation.tree) }
            for (g, group) in groups.enumerated() {
                guard let share = shares[g] else { continue }
                out += "<tr><td>\(t(group.name.text(in: language)))</td><td class=\"num\">\(NumberFormatting.short(share * scheme.total, 2))</td>"
                for points in earned { out += "<td class=\"num\">\(NumberFormatting.fixed(scheme.points(points[g]), 1))</td>" }
                out += "</tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        out += "</div>\n"
        let radar = RadarChart(title: Phrase.radarTitle.text(in: language), axes: groups.map { $0.name.text(in: language) },
                               series: ranking.ranked.prefix(5).map { RadarChart.Series(label: $0.name, values: $0.groupScores) })
        let svg = radar.svg()
        if !svg.isEmpty { out += "<figure>\n\(svg)\n<figcaption>\(p(.radarTitle))</figcaption>\n</figure>\n" }
        out += "</div>\n</section>\n"
        return out
    }

    private func robustnessSection() -> String {
        guard let robustness = board.robustness else { return "" }
        var out = "<section id=\"robustness\">\n<h2>\(p(.robustness))</h2>\n<p>\(t(robustness.verdict(in: language)))</p>\n"
        let smaa = robustness.smaa
        let names = Dictionary(ranking.ranked.map { ($0.vendorID, $0.name) }, uniquingKeysWith: { first, _ in first })
        let heat = HeatMap(title: Phrase.heatTitle.text(in: language),
                           rowLabels: robustness.matrix.vendors.map { names[$0] ?? $0 },
                           columnLabels: (1...max(1, smaa.acceptability.first?.count ?? 1)).map { "\($0)" },
                           values: smaa.acceptability,
                           extraColumn: (label: Phrase.confidenceFactor.text(in: language), values: smaa.confidence))
        out += "<figure>\n\(heat.svg())\n<figcaption>\(p(.rankAcceptabilityHint))</figcaption>\n</figure>\n"
        out += "<p><strong>\(p(.smallestShift))</strong>: "
        if let shift = robustness.smallestShift {
            let tree = evaluation.tree
            let groupName = { (id: String) in tree.index(of: id).map { t(tree.nodes[$0].name.text(in: language)) } ?? t(id) }
            let vendorName = { (id: String) in t(names[id] ?? id) }
            out += Phrase.weightShiftDetail.text(in: language, ["points": NumberFormatting.short(shift.delta * 100, 1), "from": groupName(shift.from), "to": groupName(shift.to),
                                                                "overtaker": vendorName(shift.overtaker), "overtaken": vendorName(shift.overtaken)], escape: HTML.text)
        } else {
            out += p(.noShift)
        }
        out += "</p>\n</section>\n"
        return out
    }

    private func pilotSection() -> String {
        guard !board.pilots.isEmpty else { return "" }
        var out = "<section id=\"pilots\">\n<h2>\(p(.pilots))</h2>\n"
        for pilot in board.pilots {
            let plan = pilot.plan
            out += "<h3 data-vendor=\"\(a(pilot.vendor))\">\(t(pilot.vendor)) — \(t(plan.department)) (\(t(plan.start)) – \(t(plan.end)))</h3>\n"
            out += "<p>\(p(.pilotScore)) <strong>\(NumberFormatting.fixed(pilot.score, 2))</strong> · "
            out += pilot.passed ? "<span class=\"ok\">\(p(.everyMustPassMet))</span>" : "<span class=\"notok\">\(p(.mustPassFailed)): " + pilot.failedMustPass.map { t($0.metric.name) }.joined(separator: ", ") + "</span>"
            out += "</p>\n<table>\n<thead><tr><th>\(p(.criterion))</th><th class=\"num\">\(p(.baseline))</th><th class=\"num\">\(p(.target))</th><th class=\"num\">\(p(.current))</th><th class=\"num\">\(p(.progress))</th><th></th><th class=\"num\">\(p(.observations))</th></tr></thead>\n<tbody>\n"
            for metric in pilot.metrics {
                let m = metric.metric
                let unit = m.unit.isEmpty ? "" : " " + t(m.unit)
                out += "<tr><td>\(t(m.name))\(m.mustPass ? " <span class=\"badge bad\">\(p(.mustPass))</span>" : "")</td><td class=\"num\">\(m.baseline.map { NumberFormatting.short($0) + unit } ?? "–")</td><td class=\"num\">\(NumberFormatting.short(m.target))\(unit)</td>"
                out += "<td class=\"num\">\(metric.current.map { NumberFormatting.short($0) + unit } ?? "–")</td><td class=\"num\">\(metric.progress.map { NumberFormatting.fixed($0, 0) + "%" } ?? "–")</td>"
                out += "<td>\(metric.met ? "<span class=\"ok\">\(p(.met))</span>" : "<span class=\"notok\">\(p(.notMet))</span>")</td><td class=\"num\">\(metric.observations)</td></tr>\n"
            }
            out += "</tbody>\n</table>\n<div class=\"charts\">\n"
            for metric in pilot.metrics {
                let m = metric.metric
                let chart = PilotMetricChart(title: m.unit.isEmpty ? m.name : "\(m.name) (\(m.unit))", start: plan.start, end: plan.end, baseline: m.baseline, target: m.target,
                                             points: zip(metric.dates, metric.trend).map { ($0, $1) },
                                             labels: (Phrase.baseline.text(in: language), Phrase.target.text(in: language)))
                out += "<figure>\n\(chart.svg())\n</figure>\n"
            }
            out += "</div>\n"
            for problem in pilot.logProblems { out += "<p class=\"flag\">\(t(problem))</p>\n" }
        }
        out += "</section>\n"
        return out
    }

    /// The state of the recorded decision, as one line for the summary.
    private func recordLine() -> String {
        switch board.record {
        case .none:
            return "<div class=\"meta record\">\(HTML.codeSpans(p(.recordNone)))</div>\n"
        case .unreadable(let reason):
            return "<div class=\"notok record\">" + Phrase.recordUnreadable.text(in: language, ["reason": t(reason)], escape: HTML.text) + "</div>\n"
        case .checked(let check) where check.isIntact:
            return "<div class=\"ok record\">✓ " + Phrase.recordIntact.text(in: language, ["date": t(check.date), "n": "\(check.recorded)"], escape: HTML.text) + "</div>\n"
        case .checked(let check):
            let files = (check.changed + check.removed + check.added).map { "<code>" + t($0) + "</code>" }.joined(separator: ", ")
            return "<div class=\"notok record\">✗ " + Phrase.recordChanged.text(in: language, ["date": t(check.date), "n": "\(check.differing)", "files": files], escape: HTML.text) + "</div>\n"
        }
    }

    private func stageName(_ stage: DecisionSettings.Stage) -> String { p(stage.phrase) }

    private func statusName(_ status: Decision.Status) -> String { p(status.phrase) }

    private func decisionSection() -> String {
        guard let decision = board.decision else { return "" }
        let stages = decision.settings.stages.filter { $0.weight > 0 }.map(\.stage)
        var out = "<section id=\"decision\">\n<h2>\(p(.decision))</h2>\n<table>\n<thead><tr><th class=\"num\">\(p(.rank))</th><th>\(p(.vendor))</th><th class=\"num\">\(p(.combined))</th>"
        for stage in stages { out += "<th class=\"num\">\(stageName(stage)) (\(NumberFormatting.short(decision.settings.weight(of: stage))))</th>" }
        out += "<th>\(p(.status))</th></tr></thead>\n<tbody>\n"
        for entry in decision.entries {
            out += "<tr data-vendor=\"\(a(entry.vendorID))\"><td class=\"num\">\(entry.rank.map { entry.tied ? "=\($0)" : "\($0)" } ?? "–")</td><td>\(t(entry.name)) <span class=\"vendor-id\">\(t(entry.vendorID))</span></td>"
            out += "<td class=\"num\"><strong>\(entry.combined.map { NumberFormatting.fixed($0, 2) } ?? "–")</strong></td>"
            for stage in stages { out += "<td class=\"num\">\(entry.stageScores[stage].map { NumberFormatting.fixed($0, 2) } ?? "–")</td>" }
            out += "<td>\(statusName(entry.status))"
            if !entry.reasons.isEmpty { out += "<div class=\"explain\">" + entry.reasons(in: language).map(t).joined(separator: semicolon) + "</div>" }
            out += "</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if let winner = decision.winner, let margin = decision.margin, let share = decision.marginShare {
            let verdict = decision.clearWinner ? "<span class=\"badge good\">\(p(.clearWinner))</span>" : "<span class=\"badge warn\">\(p(.noClearWinner))</span>"
            out += "<p>\(verdict) <strong>\(t(winner))</strong> " + Phrase.marginDetail.text(in: language, ["points": NumberFormatting.fixed(margin, 2), "share": NumberFormatting.percent(share, beside: decision.settings.clearWinnerShare), "threshold": NumberFormatting.percent(decision.settings.clearWinnerShare)], escape: HTML.text) + "</p>\n"
            if let flip = decision.flip {
                let contender = "<strong>" + t(flip.contender) + "</strong>"
                if let shift = flip.weightShift {
                    out += "<p class=\"explain\">" + Phrase.flipShift.text(in: language, ["points": NumberFormatting.short(shift.points, 1), "from": stageName(shift.from), "to": stageName(shift.to), "vendor": contender], escape: HTML.text) + "</p>\n"
                } else {
                    out += "<p class=\"explain\">" + Phrase.flipNoShift.text(in: language, ["vendor": contender], escape: HTML.text) + "</p>\n"
                }
                if let rise = flip.scoreRise {
                    out += "<p class=\"explain\">" + Phrase.flipRise.text(in: language, ["vendor": contender, "points": NumberFormatting.short(rise.points, 1), "stage": stageName(rise.stage), "gap": NumberFormatting.fixed(flip.gap, 2)], escape: HTML.text) + "</p>\n"
                }
            }
        }
        for note in decision.localizedNotes { out += "<p class=\"explain\">\(t(note.text(in: language)))</p>\n" }
        out += "</section>\n"
        return out
    }

    private func panelSection() -> String {
        guard !ranking.disagreements.isEmpty || !ranking.panelNotes.isEmpty else { return "" }
        var out = "<section id=\"panel\">\n<h2>\(p(.evaluatorPanel))</h2>\n"
        if !ranking.disagreements.isEmpty {
            out += "<table>\n<thead><tr><th>\(p(.disagreement))</th><th>\(p(.vendor))</th><th>\(p(.criterion))</th><th>\(p(.ratings))</th><th class=\"num\">\(p(.spread))</th></tr></thead>\n<tbody>\n"
            for cell in ranking.disagreements {
                let values = cell.entries.map { entry in
                    var text = "\(t(entry.evaluator)) <strong>\(NumberFormatting.short(entry.value))</strong>"
                    if let comment = entry.comment { text += " <span class=\"explain\">“\(t(comment))”</span>" }
                    return text
                }.joined(separator: "<br>")
                out += "<tr><td class=\"flag\">⚑</td><td><code>\(t(cell.vendor))</code></td><td><code>\(t(cell.criterion))</code></td><td>\(values)</td><td class=\"num\">\(NumberFormatting.short(cell.spread))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        if !ranking.panelNotes.isEmpty {
            out += "<h3>\(p(.panelNotes))</h3>\n<ul>\n" + ranking.panelNotes.map { "<li>\(t($0.text(in: language)))</li>\n" }.joined() + "</ul>\n"
        }
        out += "</section>\n"
        return out
    }

    private func gapsAndWarnings() -> String {
        var out = ""
        if ranking.eliminated.count > DecisionBoard.Limits.summaryKnockOuts {
            out += "<section id=\"knocked-out\">\n<h2>\(p(.knockedOut))</h2>\n<table>\n<thead><tr><th>\(p(.vendor))</th><th>\(p(.gate))</th><th>\(p(.reason))</th></tr></thead>\n<tbody>\n"
            for entry in ranking.eliminated {
                for knockOut in entry.knockOuts {
                    out += "<tr data-vendor=\"\(a(entry.vendorID))\"><td>\(t(entry.name)) <span class=\"vendor-id\">\(t(entry.vendorID))</span></td><td><code>\(t(knockOut.gate))</code></td><td>\(t(knockOut.reason(in: language)))</td></tr>\n"
                }
            }
            out += "</tbody>\n</table>\n</section>\n"
        }
        let listedGaps = board.listedGaps.gaps
        if !listedGaps.isEmpty || board.listedGaps.leftOff > 0 {
            out += "<section id=\"gaps\">\n<h2>\(p(.dataGaps))</h2>\n"
            if !listedGaps.isEmpty {
                out += "<table>\n<thead><tr><th>\(p(.vendor))</th><th>\(p(.fact))</th><th>\(p(.usedBy))</th><th>\(p(.handling))</th></tr></thead>\n<tbody>\n"
                for gap in listedGaps.prefix(DecisionBoard.Limits.gapRows) {
                    out += "<tr><td><code>\(t(gap.vendorID))</code></td><td><code>\(t(gap.fact))</code></td><td>\(t(gap.usedBy(in: language)))</td><td>\(t(gap.handling(in: language)))</td></tr>\n"
                }
                out += "</tbody>\n</table>\n"
            }
            if let note = board.listedGaps.leftOffNote { out += "<p class=\"meta\">\(t(note.text(in: language)))</p>\n" }
            let more = listedGaps.count - DecisionBoard.Limits.gapRows
            if more > 0 { out += "<p class=\"meta\">" + HTML.codeSpans(Phrase.gapsOmitted.text(in: language, ["n": "\(more)"], escape: HTML.text)) + "</p>\n" }
            out += "</section>\n"
        }
        if !ranking.warnings.isEmpty {
            out += "<section id=\"warnings\">\n<h2>\(p(.warnings))</h2>\n<ul>\n" + ranking.warnings.map { "<li>\(t($0.text(in: language)))</li>\n" }.joined() + "</ul>\n</section>\n"
        }
        return out
    }

    private func traceSection() -> String {
        var out = "<section id=\"trace\">\n<h2>\(p(.scoreTrace))</h2>\n<p class=\"hint\">\(HTML.codeSpans(p(.inputsNote)))</p>\n"
        for trace in board.traces {
            let standing = t(board.standing(of: trace, in: language))
            out += "<details class=\"trace\" data-vendor=\"\(a(trace.vendorID))\">\n<summary>\(t(trace.name)) <span class=\"vendor-id\">\(t(trace.vendorID))</span> — \(standing)</summary>\n<div class=\"inner\">\n"
            out += "<p class=\"meta\">\(p(.dossier)): <code>\(t(trace.dossier))</code></p>\n"
            out += "<table>\n<thead><tr><th>\(p(.gate))</th><th></th><th>\(p(.reason))</th></tr></thead>\n<tbody>\n"
            for gate in trace.gates {
                out += "<tr><td><code>\(t(gate.id))</code> <span class=\"explain\">\(t(gate.kind))</span></td><td>\(gate.passed ? "<span class=\"ok\">\(p(.pass))</span>" : "<span class=\"notok\">\(p(.fail))</span>")</td><td>\(t(gate.reason(in: language)))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
            out += "<table>\n<thead><tr><th>\(p(.criterion))</th><th class=\"num\">\(p(.weight))</th><th class=\"num\">\(p(.score))</th><th class=\"num\">\(p(.contribution))</th><th>\(p(.rule)) · \(p(.explanation)) · \(p(.fact)) · \(p(.source))</th></tr></thead>\n<tbody>\n"
            for row in trace.rows {
                let indent = min(row.depth, 3)
                let name = "<td class=\"indent-\(indent)\">\(t(row.name.text(in: language))) <span class=\"vendor-id\">\(t(row.id))</span></td>"
                let figures = "<td class=\"num\">\(NumberFormatting.fixed(row.weight * 100, 2))%</td><td class=\"num\">\(row.score.map { NumberFormatting.fixed($0, 1) } ?? "–")</td><td class=\"num\">\(NumberFormatting.fixed(row.contribution, 2))</td>"
                if row.isCriterion {
                    out += "<tr\(row.missing ? " class=\"missing\"" : "")>\(name)\(figures)<td><code>\(t(row.rule ?? ""))</code> <span class=\"explain\">\(t(row.explanation?.text(in: language) ?? ""))</span>"
                    if !row.facts.isEmpty {
                        out += "<ul class=\"facts\">"
                        for fact in row.facts {
                            var line = "<code>\(t(fact.fact))</code> = \(t(fact.valueText(in: language)))"
                            var origin: [String] = []
                            if let source = fact.source { origin.append("\(p(.source)): \(t(source))") }
                            if let location = fact.location { origin.append("<code>\(t(location))</code>") }
                            if let note = fact.note { origin.append(t(note)) }
                            if !origin.isEmpty { line += " (" + origin.joined(separator: "; ") + ")" }
                            out += "<li>\(line)</li>"
                        }
                        out += "</ul>"
                    }
                    if abs(row.weight - row.catalogWeight) > 1e-12 {
                        out += "<div class=\"explain\">\(p(.weight)) \(NumberFormatting.fixed(row.catalogWeight * 100, 2))% → \(NumberFormatting.fixed(row.weight * 100, 2))%</div>"
                    }
                    out += "</td></tr>\n"
                } else {
                    out += "<tr class=\"group\">\(name)\(figures)<td></td></tr>\n"
                }
            }
            out += "<tr class=\"group\"><td>Σ</td><td class=\"num\">100.00%</td><td></td><td class=\"num\">\(NumberFormatting.fixed(trace.total, 2))</td><td class=\"explain\">\(p(.scoreFormula))</td></tr>\n"
            out += "</tbody>\n</table>\n"
            if !trace.gaps.isEmpty {
                out += "<p><strong>\(p(.dataGaps))</strong></p>\n<ul>\n" + trace.gaps.map { "<li><code>\(t($0.fact))</code> (\(t($0.usedBy(in: language)))) — \(t($0.handling(in: language)))</li>\n" }.joined() + "</ul>\n"
            }
            out += "</div>\n</details>\n"
        }
        if board.omittedTraces > 0 {
            out += "<p class=\"meta\">" + HTML.codeSpans(Phrase.tracesOmitted.text(in: language, ["n": "\(board.omittedTraces)"], escape: HTML.text)) + "</p>\n"
        }
        out += "</section>\n"
        return out
    }

    private func footer() -> String {
        "<footer>\(p(.tool)): shortlist \(ToolVersion.current) · \(p(.generated)) \(t(board.today.description)) · \(p(.catalog)) <code>\(t(evaluation.workspace.catalog.id))</code><pre id=\"script-errors\" hidden></pre></footer>\n"
    }
}

/// The decision board as Markdown, for wikis and documents.
///
/// The same content as ``HTMLReport``, laid out as GitHub-flavoured Markdown tables: the
/// summary (recommendation, margin, basis, robustness, knock-outs), the ranking with text bars
/// and the scores by group, the rank acceptabilities, the pilots, the final decision with its
/// flip analysis, the evaluator panel, data gaps, warnings, and every vendor's score trace.
///
/// Every heading and label comes from `Phrase`; every piece of user text (vendor names,
/// reasons, notes, sources) goes through `MarkdownRenderer`'s cell escaping, so that a `|`
/// cannot split a table row and no raw HTML gets through. The output has no trailing spaces
/// and ends with one newline.
public struct MarkdownReport: Sendable {
    /// The board shown.
    public let board: DecisionBoard
    /// The language of headings and names.
    public let language: Language
    /// The language's punctuation.
    private let punctuation: Punctuation
    /// Each vendor's name by id, ranked vendors first as ``Evaluation/score(of:)`` finds them:
    /// rows name vendors by id, and a search per row would be quadratic in large evaluations.
    private let vendorNames: [String: String]
    /// Each group's and criterion's position in the weight tree, by id.
    private let nodeIndex: [String: Int]

    /// Creates the Markdown renderer.
    public init(board: DecisionBoard, language: Language = .english) {
        self.board = board
        self.language = language
        punctuation = Punctuation(language)
        let ranking = board.evaluation.ranking
        vendorNames = Dictionary((ranking.ranked + ranking.eliminated).map { ($0.vendorID, $0.name) }, uniquingKeysWith: { first, _ in first })
        nodeIndex = Dictionary(board.evaluation.tree.nodes.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    /// The most values of a pilot metric shown in its trend (the latest ones).
    static let trendLimit = 12

    /// The document.
    public func render() -> String {
        var blocks: [String] = []
        header(&blocks)
        summary(&blocks)
        ranking(&blocks)
        robustness(&blocks)
        pilots(&blocks)
        decision(&blocks)
        panel(&blocks)
        flags(&blocks)
        knockOuts(&blocks)
        gaps(&blocks)
        warnings(&blocks)
        trace(&blocks)
        let text = blocks.joined(separator: "\n\n")
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            var line = line
            while let last = line.last, last == " " || last == "\t" { line.removeLast() }
            return line
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Sections

    /// `# title` and the line of counts and the date.
    private func header(_ blocks: inout [String]) {
        let evaluation = board.evaluation
        let profile = evaluation.workspace.profile
        let ranking = evaluation.ranking
        blocks.append("# " + cell(profile.title ?? profile.organisation.name))
        blocks.append([
            "\(say(.catalog)) \(code(evaluation.workspace.catalog.id))",
            Wording.vendors(evaluation.facts.count).text(in: language),
            "\(ranking.ranked.count) \(say(.rankedCount))",
            "\(ranking.eliminated.count) \(say(.knockedOutCount))",
            "\(say(.generated)) \(board.today)",
        ].joined(separator: " · "))
        if let scenario = board.scenario {
            blocks.append("**\(say(.scenario))**\(punctuation.colon)" + cell(scenario.name) + (scenario.description.map { " — " + cell($0) } ?? ""))
        }
    }

    /// The recommendation, its margin and basis, the robustness verdict and who is out and why.
    private func summary(_ blocks: inout [String]) {
        blocks.append("## " + say(.summary))
        var items: [String] = []
        if let r = board.recommendation {
            items.append(item(r.clear && board.verdict?.clearWinner != false ? .recommended : .recommendedPending, vendor(r.name, r.vendorID)))
            items.append(item(r.basis == .decision ? .combined : .score, NumberFormatting.fixed(r.score, 2)))
            if let runnerUp = r.runnerUp, let margin = r.margin {
                items.append(item(.margin, fill(.marginAhead, ["points": NumberFormatting.fixed(margin, 2), "share": Self.marginShare(margin, of: r.score, threshold: Self.marginThreshold(board, r)), "vendor": vendor(runnerUp.name, runnerUp.id)])))
            } else {
                items.append(item(.margin, say(.onlyVendorLeft)))
            }
            var basis = r.basis == .decision ? say(.basisDecision) : board.rankingBasis.text(in: language)
            if r.basis == .decision || !r.clear { basis += " — " + say(r.clear ? .clearWinner : .noClearWinner) }
            items.append(item(.decisionBasis, basis))
        } else if board.evaluation.ranking.ranked.isEmpty {
            let ranking = board.evaluation.ranking
            items.append("**" + (ranking.incomplete.isEmpty ? say(.noVendorRanked) : cell(Wording.noneComplete(minimum: ranking.minimumCoverage).text(in: language))) + "**")
        } else {
            items.append(item(.recommended, "–"))
        }
        if let robustness = board.robustness {
            items.append(item(.robustness, cell(robustness.verdict(in: language))))
        }
        let eliminated = board.evaluation.ranking.eliminated
        if eliminated.isEmpty {
            items.append(item(.knockedOut, say(.knockedOutNone)))
        } else {
            items.append("- **\(say(.knockedOut))**" + punctuation.lineEndColon)
            for entry in eliminated.prefix(DecisionBoard.Limits.summaryKnockOuts) {
                let reasons = entry.knockOuts.map { cell($0.reason(in: language)) }.joined(separator: punctuation.semicolon)
                items.append("  - \(vendor(entry.name, entry.vendorID))\(punctuation.colon)\(reasons)")
            }
            let more = eliminated.count - DecisionBoard.Limits.summaryKnockOuts
            if more > 0 { items.append("  - " + fill(.moreKnockedOut, ["n": "\(more)"])) }
        }
        if let decision = board.decision {
            let blocked = decision.entries.filter { $0.status == .blocked }
            if !blocked.isEmpty {
                items.append("- **\(capitalized(say(.blocked)))**" + punctuation.lineEndColon)
                for entry in blocked {
                    let failed = board.pilots.first { $0.vendor == entry.vendorID }?.failedMustPass ?? []
                    let detail = failed.map { metricShortfall($0) }.joined(separator: "; ")
                    items.append("  - \(vendor(entry.name, entry.vendorID))\(punctuation.colon)\(say(.mustPassFailed))" + (detail.isEmpty ? "" : punctuation.colon + detail))
                }
            }
            let notPiloted = decision.entries.filter { $0.status == .notPiloted }
            if !notPiloted.isEmpty {
                items.append("- **\(capitalized(say(.notPiloted)))**" + punctuation.lineEndColon)
                for entry in notPiloted {
                    items.append("  - \(vendor(entry.name, entry.vendorID))\(punctuation.colon)\(say(.notPilotedExcluded))")
                }
            }
        }
        if let recorded = board.recordedVerdictText(in: language) { items.append("- **" + cell(recorded) + "**") }
        if board.decision != nil || board.record != .none { items.append(item(.decision, recordText())) }
        if let moved = board.weightChanges(in: language) {
            items.append("- **\(say(.locked))**" + punctuation.lineEndColon)
            for change in moved.changes { items.append("  - " + cell(change)) }
            items.append("  - " + cell(moved.acceptance))
        }
        blocks.append(items.joined(separator: "\n"))
    }

    /// The state of the recorded decision, in one sentence.
    private func recordText() -> String {
        switch board.record {
        case .none: return say(.recordNone)
        case .unreadable(let reason): return fill(.recordUnreadable, ["reason": cell(reason)])
        case .checked(let check) where check.isIntact: return fill(.recordIntact, ["date": cell(check.date), "n": "\(check.recorded)"])
        case .checked(let check):
            let files = (check.changed + check.removed + check.added).map(code).joined(separator: ", ")
            return "**" + fill(.recordChanged, ["date": cell(check.date), "n": "\(check.differing)", "files": files]) + "**"
        }
    }

    /// The desk ranking with text bars, then the scores by group.
    private func ranking(_ blocks: inout [String]) {
        let ranked = board.evaluation.ranking.ranked
        blocks.append("## " + say(.ranking))
        guard !ranked.isEmpty else {
            if board.evaluation.ranking.incomplete.isEmpty {
                blocks.append(say(.noVendorRanked) + ".")
            } else {
                blocks.append(cell(Wording.noneComplete(minimum: board.evaluation.ranking.minimumCoverage).text(in: language)))
                blocks.append(trimmed(MarkdownRenderer.incompleteList(board.evaluation, language: language, level: "###")))
            }
            return
        }
        blocks.append(trimmed(MarkdownRenderer.rankingTable(ranked, language: language, points: board.evaluation.workspace.catalog.points)))
        let incomplete = MarkdownRenderer.incompleteList(board.evaluation, language: language, level: "###")
        if !incomplete.isEmpty { blocks.append(trimmed(incomplete)) }
        blocks.append("### " + say(.scoresByGroup))
        blocks.append(trimmed(MarkdownRenderer.groupScoreTable(board.evaluation, language: language)))
        if let costs = CostTable(board.evaluation, language: language, vendorLimit: DecisionBoard.Limits.costedVendors) { blocks.append(trimmed(costs.markdown(language, level: "###"))) }
    }

    /// The verdict, the rank acceptabilities with confidence factors, and the smallest weight shift.
    private func robustness(_ blocks: inout [String]) {
        guard let robustness = board.robustness else { return }
        blocks.append("## " + say(.robustness))
        blocks.append(cell(robustness.verdict(in: language)))
        blocks.append("### " + say(.rankAcceptability))
        blocks.append(say(.rankAcceptabilityHint))
        let smaa = robustness.smaa
        let vendors = robustness.matrix.vendors
        let ranks = smaa.acceptability.first?.count ?? vendors.count
        var header = [say(.vendor)]
        header += (1...max(1, ranks)).map { "\(say(.rank)) \($0)" }
        header.append(say(.confidenceFactor))
        var rows: [[String]] = []
        for (i, id) in vendors.enumerated() {
            var row = [vendor(name(of: id), id)]
            let shares = i < smaa.acceptability.count ? smaa.acceptability[i] : []
            row += (0..<max(1, ranks)).map { r in r < shares.count ? share(shares[r]) : "–" }
            row.append((i < smaa.confidence.count ? smaa.confidence[i] : nil).map(share) ?? "–")
            rows.append(row)
        }
        blocks.append(table(header, right: Set(1..<header.count), rows))
        if let shift = robustness.smallestShift {
            let detail = fill(.weightShiftDetail, [
                "points": NumberFormatting.short(shift.delta * 100, 1),
                "from": nodeName(shift.from), "to": nodeName(shift.to),
                "overtaker": cell(name(of: shift.overtaker)), "overtaken": cell(name(of: shift.overtaken)),
            ])
            blocks.append("**\(say(.smallestShift))**\(punctuation.colon)\(capitalized(detail))\(punctuation.period)")
        } else {
            blocks.append("**\(say(.smallestShift))**\(punctuation.colon)\(say(.noShift))")
        }
    }

    /// Each pilot: department, dates, score and must-pass verdict, and its metrics.
    private func pilots(_ blocks: inout [String]) {
        guard !board.pilots.isEmpty else { return }
        blocks.append("## " + say(.pilots))
        for status in board.pilots {
            let plan = status.plan
            blocks.append("### \(vendor(name(of: status.vendor), status.vendor)) — \(cell(plan.department))")
            var line = "\(cell(plan.start)) – \(cell(plan.end)) · **\(say(.pilotScore))** \(NumberFormatting.fixed(status.score, 2)) / 100 · "
            if status.passed {
                line += say(.everyMustPassMet)
            } else {
                line += "**\(say(.mustPassFailed))**\(punctuation.colon)" + status.failedMustPass.map { metricShortfall($0) }.joined(separator: "; ")
            }
            blocks.append(line)
            let header = [say(.pilotMetric), say(.baseline), say(.target), say(.current), say(.progress), capitalized(say(.met)), say(.observations)]
            var rows: [[String]] = []
            for m in status.metrics {
                let value = { (x: Double) in measure(x, m.metric) }
                var metric = "\(cell(m.metric.name)) (\(code(m.metric.id)))"
                if m.metric.mustPass { metric += " · " + say(.mustPass) }
                var observations = "\(m.observations)"
                if !m.trend.isEmpty {
                    let shown = m.trend.suffix(Self.trendLimit).map { NumberFormatting.short($0, 2) }
                    observations += punctuation.colon + (m.trend.count > Self.trendLimit ? "… → " : "") + shown.joined(separator: " → ")
                }
                let met = m.met ? say(.met) : (m.metric.mustPass ? "**\(say(.notMet))**" : say(.notMet))
                rows.append([
                    metric, m.metric.baseline.map(value) ?? "–",
                    m.metric.direction.bound + value(m.metric.target),
                    m.current.map(value) ?? "–",
                    m.progress.map { NumberFormatting.fixed($0, 1) + "%" } ?? "–",
                    met, observations,
                ])
            }
            blocks.append(table(header, right: [1, 2, 3, 4], rows))
            if !status.logProblems.isEmpty {
                blocks.append("**\(say(.warnings))**" + punctuation.lineEndColon + "\n" + status.logProblems.map { "- " + cell($0) }.joined(separator: "\n"))
            }
        }
    }

    /// The final decision: stage weights, the combined ranking, reasons, verdict and what would flip it.
    private func decision(_ blocks: inout [String]) {
        guard let d = board.decision else { return }
        blocks.append("## " + say(.decision))
        let stages = d.settings.stages.filter { $0.weight > 0 }
        let total = stages.reduce(0) { $0 + $1.weight }
        let weights = stages.map { "\(stageName($0.stage)) \(NumberFormatting.percent(total > 0 ? $0.weight / total : 0))" }.joined(separator: " · ")
        blocks.append("**\(say(.stageWeights))**\(punctuation.colon)\(weights)" + punctuation.semicolon + say(d.settings.excludeNotPiloted ? .notPilotedExcluded : .notPilotedRescaled))
        let shown = DecisionSettings.Stage.allCases.filter { d.settings.weight(of: $0) > 0 }
        let header = [say(.rank), say(.vendor), say(.combined)] + shown.map(stageName) + [say(.status)]
        let f = { (x: Double) in NumberFormatting.fixed(x, 2) }
        var rows: [[String]] = []
        for entry in d.entries {
            var row = [entry.rank.map { entry.tied ? "=\($0)" : "\($0)" } ?? "–", vendor(entry.name, entry.vendorID), entry.combined.map(f) ?? "–"]
            row += shown.map { entry.stageScores[$0].map(f) ?? "–" }
            row.append(entry.status.text(in: language))
            rows.append(row)
        }
        blocks.append(table(header, right: Set([0] + Array(2..<(header.count - 1))), rows))
        let reasons = d.entries.filter { !$0.reasons.isEmpty }.map { "- \(vendor($0.name, $0.vendorID))\(punctuation.colon)" + $0.reasons(in: language).map(cell).joined(separator: punctuation.semicolon) }
        if !reasons.isEmpty { blocks.append(reasons.joined(separator: "\n")) }
        if let winner = d.winner, let entry = d.entries.first(where: { $0.vendorID == winner }) {
            if let margin = d.margin, let marginShare = d.marginShare {
                let detail = fill(.marginDetail, ["points": f(margin), "share": NumberFormatting.percent(marginShare, beside: d.settings.clearWinnerShare), "threshold": NumberFormatting.percent(d.settings.clearWinnerShare)])
                blocks.append("**\(say(d.clearWinner ? .clearWinner : .noClearWinner))**\(punctuation.colon)\(vendor(entry.name, entry.vendorID))\(punctuation.comma)\(detail)")
                if let flip = d.flip {
                    let contender = cell(name(of: flip.contender))
                    var lines: [String] = []
                    if let shift = flip.weightShift {
                        lines.append(fill(.flipShift, ["points": NumberFormatting.short(shift.points, 1), "from": stageName(shift.from).lowercased(), "to": stageName(shift.to).lowercased(), "vendor": contender]))
                    } else {
                        lines.append(fill(.flipNoShift, ["vendor": contender]))
                    }
                    if let rise = flip.scoreRise {
                        lines.append(fill(.flipRise, ["vendor": contender, "points": NumberFormatting.short(rise.points, 1), "stage": stageName(rise.stage).lowercased(), "gap": f(flip.gap)]))
                    }
                    blocks.append(lines.map { "- " + $0 }.joined(separator: "\n"))
                }
            } else {
                blocks.append("**\(say(.recommended))**\(punctuation.colon)\(vendor(entry.name, entry.vendorID)) — \(say(.onlyVendorLeft))")
            }
        }
        if !d.localizedNotes.isEmpty { blocks.append(d.localizedNotes.map { "- " + cell($0.text(in: language)) }.joined(separator: "\n")) }
    }

    /// The disagreements of the evaluator panel and its notes.
    private func panel(_ blocks: inout [String]) {
        let ranking = board.evaluation.ranking
        guard !ranking.disagreements.isEmpty || !ranking.panelNotes.isEmpty else { return }
        blocks.append("## " + say(.evaluatorPanel))
        if !ranking.disagreements.isEmpty {
            let rows = ranking.disagreements.map { c -> [String] in
                let ratings = c.entries.map { "\($0.evaluator) \(NumberFormatting.short($0.value))" }.joined(separator: ", ")
                return [vendor(name(of: c.vendor), c.vendor), "\(nodeName(c.criterion)) (\(code(c.criterion)))", cell(ratings), NumberFormatting.short(c.spread)]
            }
            blocks.append(table([say(.vendor), say(.criterion), say(.ratings), say(.spread)], right: [3], rows))
            // Each evaluator's comment on a flagged cell, as the HTML board shows them.
            var comments: [String] = []
            for c in ranking.disagreements {
                let said = c.entries.compactMap { entry in entry.comment.map { "  - \(cell(entry.evaluator)) \(NumberFormatting.short(entry.value))\(punctuation.colon)“\(cell($0))”" } }
                guard !said.isEmpty else { continue }
                comments.append("- ⚑ \(vendor(name(of: c.vendor), c.vendor)) · \(nodeName(c.criterion)) (\(code(c.criterion)))" + punctuation.lineEndColon)
                comments += said
            }
            if !comments.isEmpty { blocks.append(comments.joined(separator: "\n")) }
        }
        if !ranking.panelNotes.isEmpty {
            blocks.append("**\(say(.panelNotes))**")
            blocks.append(ranking.panelNotes.map { "- " + cell($0.text(in: language)) }.joined(separator: "\n"))
        }
    }

    /// Every failed gate of severity flag, by vendor (the vendors stay ranked).
    private func flags(_ blocks: inout [String]) {
        let flagged = board.evaluation.ranking.ranked.filter { !$0.flags.isEmpty }
        guard !flagged.isEmpty else { return }
        blocks.append("## " + FlagWording.heading.text(in: language))
        let rows = flagged.flatMap { entry in entry.flags.map { [vendor(entry.name, entry.vendorID), code($0.gate), cell($0.reason(in: language))] } }
        blocks.append(table([say(.vendor), say(.gate), say(.reason)], rows))
    }

    /// Every knock-out, when the summary lists only the first ones.
    private func knockOuts(_ blocks: inout [String]) {
        let eliminated = board.evaluation.ranking.eliminated
        guard eliminated.count > DecisionBoard.Limits.summaryKnockOuts else { return }
        blocks.append("## " + say(.knockedOut))
        let rows = eliminated.flatMap { entry in entry.knockOuts.map { [vendor(entry.name, entry.vendorID), code($0.gate), cell($0.reason(in: language))] } }
        blocks.append(table([say(.vendor), say(.gate), say(.reason)], rows))
    }

    /// Every missing fact and how it was handled.
    private func gaps(_ blocks: inout [String]) {
        let gaps = board.listedGaps.gaps
        guard !gaps.isEmpty || board.listedGaps.leftOff > 0 else { return }
        blocks.append("## " + say(.dataGaps))
        if !gaps.isEmpty {
            let rows = gaps.prefix(DecisionBoard.Limits.gapRows).map { [vendor(name(of: $0.vendorID), $0.vendorID), code($0.fact), cell($0.usedBy(in: language)), cell($0.handling(in: language))] }
            blocks.append(table([say(.vendor), say(.fact), say(.usedBy), say(.handling)], rows))
        }
        let more = gaps.count - DecisionBoard.Limits.gapRows
        if more > 0 { blocks.append(fill(.gapsOmitted, ["n": "\(more)"])) }
        if let note = board.listedGaps.leftOffNote { blocks.append(cell(note.text(in: language))) }
    }

    /// Things a reviewer should know.
    private func warnings(_ blocks: inout [String]) {
        let warnings = board.evaluation.ranking.warnings
        guard !warnings.isEmpty else { return }
        blocks.append("## " + say(.warnings))
        blocks.append(warnings.map { "- " + cell($0.text(in: language)) }.joined(separator: "\n"))
    }

    /// Every vendor's trace: gates, the weighted criteria with rules, facts and sources, and gaps.
    private func trace(_ blocks: inout [String]) {
        blocks.append("## " + say(.scoreTrace))
        for t in board.traces {
            var heading = "### \(vendor(t.name, t.vendorID)) — "
            if let rank = t.rank {
                heading += "\(say(.rank)) \(t.tied ? "=" : "")\(rank) · \(say(.score)) \(NumberFormatting.fixed(t.total, 2)) · \(Wording.coverage.text(in: language).lowercased()) \(NumberFormatting.percent(t.coverage))"
                if t.incomplete { heading += " · **\(Wording.incompleteMark.text(in: language))**" }
            } else {
                heading += cell(board.standing(of: t, in: language))
            }
            blocks.append(heading)
            blocks.append("\(say(.dossier))\(punctuation.colon)\(code(t.dossier))")
            if !t.gates.isEmpty {
                let rows = t.gates.map { g in
                    ["\(code(g.id)) (\(cell(g.kind)))", g.passed ? say(.pass) : "**\(say(.fail))**", cell(g.reason(in: language))]
                }
                blocks.append(table([say(.gate), say(.status), say(.reason)], rows))
            }
            var rows: [[String]] = []
            for row in t.rows {
                let name = cell(row.name.text(in: language))
                let label = row.depth == 0 ? "**\(name)**"
                    : String(repeating: "› ", count: row.depth) + (row.isCriterion ? name : "**\(name)**")
                var weight = percent(row.weight)
                if row.isCriterion && abs(row.weight - row.catalogWeight) > 1e-12 {
                    weight += " (\(say(.catalog)) \(percent(row.catalogWeight)))"
                }
                var explanation: [String] = []
                if let text = row.explanation { explanation.append(cell(text.text(in: language))) }
                for fact in row.facts {
                    var whereFrom: [String] = []
                    if let source = fact.source { whereFrom.append("\(say(.source).lowercased())\(punctuation.colon)\(cell(source))") }
                    if let location = fact.location { whereFrom.append(code(location)) }
                    if let note = fact.note { whereFrom.append("\(say(.factNote))\(punctuation.colon)\(cell(note))") }
                    var line = "\(code(fact.fact)) = \(cell(fact.valueText(in: language)))"
                    if !whereFrom.isEmpty { line += " (" + whereFrom.joined(separator: "; ") + ")" }
                    explanation.append(line)
                }
                rows.append([
                    label, weight, row.score.map { NumberFormatting.fixed($0, 1) } ?? "–",
                    NumberFormatting.fixed(row.contribution, 2), row.rule.map(code) ?? "",
                    explanation.joined(separator: "<br>"),
                ])
            }
            rows.append(["**\(say(.scoreTotal))**", percent(1), "", "**\(NumberFormatting.fixed(t.total, 2))**", "", ""])
            blocks.append(table([say(.criterion), say(.weight), say(.score), say(.contribution), say(.rule), say(.explanation)], right: [1, 2, 3], rows))
            if !t.gaps.isEmpty {
                blocks.append("**\(say(.dataGaps))**")
                blocks.append(t.gaps.map { "- \(code($0.fact)) (\(say(.gapFor)) \(cell($0.usedBy(in: language))))\(punctuation.colon)\(cell($0.handling(in: language)))" }.joined(separator: "\n"))
            }
        }
        if board.omittedTraces > 0 { blocks.append(fill(.tracesOmitted, ["n": "\(board.omittedTraces)"])) }
        blocks.append("---")
        blocks.append(say(.scoreFormula) + punctuation.sentenceGap + say(.inputsNote))
    }

    // MARK: - Wording

    private func say(_ phrase: Phrase) -> String { phrase.text(in: language) }

    /// A phrase with its `{name}` placeholders filled in.
    private func fill(_ phrase: Phrase, _ values: [String: String]) -> String { phrase.text(in: language, values) }

    /// A list item `- **label**: value`.
    private func item(_ label: Phrase, _ value: String) -> String { "- **\(say(label))**\(punctuation.colon)\(value)" }

    /// `text` with its first letter upper-cased (a no-op for Chinese).
    private func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// Text for a table cell or paragraph, escaped.
    private func cell(_ text: String) -> String { MarkdownRenderer.cell(text) }

    /// An identifier as inline code, safe inside a table cell.
    private func code(_ text: String) -> String {
        var out = "`"
        for ch in text {
            switch ch {
            case "`": out += "'"
            case "|": out += "\\|"
            case "\n", "\r": out += " "
            default: out.append(ch)
            }
        }
        return out + "`"
    }

    /// "Name (`id`)".
    private func vendor(_ name: String, _ id: String) -> String { "\(cell(name)) (\(code(id)))" }

    /// The name of the vendor with `id`, or the id when it is unknown.
    private func name(of id: String) -> String { vendorNames[id] ?? id }

    /// The name of the group or criterion with `id` in the report's language, escaped.
    private func nodeName(_ id: String) -> String {
        guard let index = nodeIndex[id] else { return cell(id) }
        return cell(board.evaluation.tree.nodes[index].name.text(in: language))
    }

    /// A decision stage's name.
    private func stageName(_ stage: DecisionSettings.Stage) -> String { say(stage.phrase) }

    /// A value of pilot `metric` with up to two decimals and its unit, escaped, e.g. `4.5 days`.
    private func measure(_ value: Double, _ metric: PilotMetric) -> String {
        NumberFormatting.short(value, 2) + (metric.unit.isEmpty ? "" : " " + cell(metric.unit))
    }

    /// A missed pilot metric: its name, current value and target.
    private func metricShortfall(_ m: PilotStatus.Metric) -> String {
        let current = m.current.map { measure($0, m.metric) } ?? "–"
        let target = m.metric.direction.bound + measure(m.metric.target, m.metric)
        return "\(cell(m.metric.name)) (\(code(m.metric.id))) \(say(.current).lowercased()) \(current)\(punctuation.comma)\(say(.target).lowercased()) \(target)"
    }

    /// A weight share with two decimals, e.g. `10.56%`.
    private func percent(_ share: Double) -> String { NumberFormatting.fixed(share * 100, 2) + "%" }

    /// An acceptability or confidence with one decimal, e.g. `83.0%`.
    private func share(_ value: Double) -> String { NumberFormatting.fixed(value * 100, 1) + "%" }

    /// A table from escaped cells, as one block; `right` marks the right-aligned columns.
    private func table(_ header: [String], right: Set<Int> = [], _ rows: [[String]]) -> String {
        trimmed(MarkdownRenderer.table(header, right: right, rows))
    }

    /// `text` without its final line break.
    private func trimmed(_ text: String) -> String {
        var text = text
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// A margin as a share of the leader's score, e.g. "1.9%", as `decide` gives it.
    /// The margin as a share of the leader's score; beside a decision's clear-winner threshold, with enough
    /// decimals to stay on the threshold's side (9.97% under a 10% threshold is never shown as "10%").
    static func marginShare(_ margin: Double, of score: Double, threshold: Double? = nil) -> String {
        guard score > 0 else { return "–" }
        return threshold.map { NumberFormatting.percent(margin / score, beside: $0) } ?? NumberFormatting.percent(margin / score)
    }

    /// The threshold the summary's margin is compared with: the decision's, when the recommendation comes from it.
    static func marginThreshold(_ board: DecisionBoard, _ recommendation: DecisionBoard.Recommendation) -> Double? {
        recommendation.basis == .decision ? board.decision?.settings.clearWinnerShare : nil
    }
}

/// How far each vendor's answers to the questionnaire have come: answered, unanswered and failed
/// must-haves, section by section, and whether the vendor is complete enough to rank.
package struct RFIStatus: Sendable {
    /// One section's counts for one vendor.
    package struct SectionCount: Sendable, Equatable {
        /// The section's id.
        package var section: String
        /// Its name.
        package var name: LocalizedText
        /// Questions in the section.
        package var questions: Int
        /// Questions the dossier answers.
        package var answered: Int
        /// Must-have questions left unanswered, by id.
        package var mustHaveUnanswered: [String]
        /// Must-have questions answered in a way that fails their gate, by id.
        package var mustHaveFailed: [String]
    }

    /// Where a vendor stands.
    package enum Standing: String, Sendable, Equatable {
        /// Ranked.
        case ranked
        /// Knocked out by a gate.
        case knockedOut
        /// Scored on too little of the weight to be ranked.
        case incomplete
    }

    /// One vendor's status.
    package struct VendorStatus: Sendable, Equatable {
        /// The vendor's id.
        package var vendor: String
        /// Its name.
        package var name: String
        /// Section by section.
        package var sections: [SectionCount]
        /// The share of the weight the vendor is scored on.
        package var coverage: Double
        /// Where it stands.
        package var standing: Standing
        /// The gates that knocked it out.
        package var knockOuts: [String]

        /// Questions in all.
        package var questions: Int { sections.reduce(0) { $0 + $1.questions } }
        /// Questions answered in all.
        package var answered: Int { sections.reduce(0) { $0 + $1.answered } }
        /// Must-haves unanswered in all.
        package var mustHaveUnanswered: [String] { sections.flatMap(\.mustHaveUnanswered) }
        /// Must-haves failed in all.
        package var mustHaveFailed: [String] { sections.flatMap(\.mustHaveFailed) }
    }

    /// The questionnaire the status is measured against.
    package let questionnaire: Questionnaire
    /// Every vendor's status, in workspace order.
    package let vendors: [VendorStatus]

    /// Measures every vendor of `evaluation` against the workspace's questionnaire.
    package init(evaluation: Evaluation) {
        let questionnaire = Questionnaire(workspace: evaluation.workspace)
        self.questionnaire = questionnaire
        let profile = evaluation.workspace.profile
        let gates = GateEvaluator(profile: profile, catalog: evaluation.workspace.catalog).gates
        // A dossier with the older `pricing` object is measured against the price sheet it is asked.
        let legacyQuestions = Questionnaire.questions(catalog: evaluation.workspace.catalog, profile: profile, legacyPricing: true)
        var vendors: [VendorStatus] = []
        for (v, facts) in evaluation.facts.enumerated() {
            let dossier = facts.dossier
            let results = evaluation.gateTrace(vendor: v)
            func failed(_ question: Question) -> Bool {
                for (gate, result) in zip(gates, results) where !result.passed && !result.factMissing {
                    switch (gate.kind, question.target) {
                    case (.requiredModules(let minimum), .module(let id)):
                        let level = dossier.modules?[id]?.value ?? .none
                        if profile.requiredModules.contains(id) && (level.level < minimum.level || level.level == 0) { return true }
                    case (.deployment, .fact("deployments")), (.certifications, .fact("security.certifications")), (.deadline, .fact("implementationWeeks")):
                        return true
                    case (.fact(let name, _, _), .fact(let fact)) where name == fact:
                        return true
                    default:
                        continue
                    }
                }
                return false
            }
            var sections: [SectionCount] = []
            for question in Questionnaire.quotesByPricing(dossier) ? legacyQuestions : questionnaire.questions {
                if sections.last?.section != question.section {
                    sections.append(SectionCount(section: question.section, name: question.sectionName, questions: 0, answered: 0, mustHaveUnanswered: [], mustHaveFailed: []))
                }
                let k = sections.count - 1
                sections[k].questions += 1
                if Questionnaire.prefilled(question, from: dossier) != nil {
                    sections[k].answered += 1
                    if question.isMustHave && failed(question) { sections[k].mustHaveFailed.append(question.id) }
                } else if question.isMustHave {
                    sections[k].mustHaveUnanswered.append(question.id)
                }
            }
            let score = evaluation.score(of: dossier.id)
            let standing: Standing = score?.rank != nil && score?.incomplete == false ? .ranked : (score?.knockOuts.isEmpty == false ? .knockedOut : .incomplete)
            vendors.append(VendorStatus(vendor: dossier.id, name: dossier.name, sections: sections, coverage: score?.coverage ?? 0, standing: standing, knockOuts: score?.knockOuts.map(\.gate) ?? []))
        }
        self.vendors = vendors
    }

    /// The status as text: a table of vendors, then each vendor's sections.
    package func text(language: Language) -> String {
        let w = RFIWording.self
        var rows: [[String]] = [[w.statusVendor, w.statusAnswered, w.statusUnanswered, w.statusMustHaveFailed, w.statusCoverage, w.statusRanks].map { $0.text(in: language) }]
        for status in vendors {
            let verdict: LocalizedText
            switch status.standing {
            case .ranked: verdict = w.statusRanked
            case .knockedOut: verdict = LocalizedText(en: w.statusKnockedOut.en + " (\(status.knockOuts.joined(separator: ", ")))", zh: w.statusKnockedOut.text(in: .chinese) + "（\(status.knockOuts.joined(separator: "、"))）")
            case .incomplete: verdict = w.statusIncomplete
            }
            rows.append([TextWidth.printable(status.vendor), "\(status.answered)/\(status.questions)", "\(status.questions - status.answered)",
                         "\(status.mustHaveFailed.count)", NumberFormatting.percent(status.coverage), verdict.text(in: language)])
        }
        var out = Self.table(rows)
        for status in vendors {
            out += "\n" + w.statusBySection(TextWidth.printable(status.vendor)).text(in: language) + "\n"
            var lines: [[String]] = []
            for section in status.sections {
                var line = w.statusSectionLine(answered: section.answered, total: section.questions, unansweredMust: section.mustHaveUnanswered.count, failed: section.mustHaveFailed.count).text(in: language)
                let ids = section.mustHaveUnanswered + section.mustHaveFailed
                if !ids.isEmpty { line += language == .chinese ? "：\(ids.joined(separator: "、"))" : ": \(ids.joined(separator: ", "))" }
                lines.append(["  " + section.name.text(in: language), line])
            }
            out += Self.table(lines)
        }
        return out
    }

    /// Rows of cells aligned in columns two spaces apart.
    private static func table(_ rows: [[String]]) -> String {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (k, cell) in row.enumerated() { widths[k] = max(widths[k], TextWidth.columns(cell)) } }
        var out = ""
        for row in rows {
            var line = ""
            for (k, cell) in row.enumerated() {
                if k > 0 { line += "  " }
                line += k == row.count - 1 ? cell : TextWidth.pad(cell, to: widths[k])
            }
            out += line + "\n"
        }
        return out
    }

    /// The status as JSON (sorted keys): `questions`, then `vendors` with `vendor`, `name`, `questions`,
    /// `answered`, `unanswered`, `mustHaveUnanswered`, `mustHaveFailed`, `coverage`, `standing`, `ranks`,
    /// `knockOuts` and `sections` (each with `section`, `name`, `questions`, `answered`, `mustHaveUnanswered`, `mustHaveFailed`).
    package func json(language: Language) -> [UInt8] {
        var w = JSONWriter()
        func strings(_ list: [String]) {
            w.beginArray()
            for s in list { w.string(s) }
            w.endArray()
        }
        w.beginObject()
        w.key("questions"); w.integer(questionnaire.questions.count)
        w.key("vendors")
        w.beginArray()
        for status in vendors {
            w.beginObject()
            w.key("answered"); w.integer(status.answered)
            w.key("coverage"); w.number(status.coverage)
            w.key("knockOuts"); strings(status.knockOuts)
            w.key("mustHaveFailed"); strings(status.mustHaveFailed)
            w.key("mustHaveUnanswered"); strings(status.mustHaveUnanswered)
            w.key("name"); w.string(status.name)
            w.key("questions"); w.integer(status.questions)
            w.key("ranks"); w.bool(status.standing == .ranked)
            w.key("sections")
            w.beginArray()
            for section in status.sections {
                w.beginObject()
                w.key("answered"); w.integer(section.answered)
                w.key("mustHaveFailed"); strings(section.mustHaveFailed)
                w.key("mustHaveUnanswered"); strings(section.mustHaveUnanswered)
                w.key("name"); w.string(section.name.text(in: language))
                w.key("questions"); w.integer(section.questions)
                w.key("section"); w.string(section.section)
                w.endObject()
            }
            w.endArray()
            w.key("standing"); w.string(status.standing.rawValue)
            w.key("unanswered"); w.integer(status.questions - status.answered)
            w.key("vendor"); w.string(status.vendor)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.bytes
    }
}

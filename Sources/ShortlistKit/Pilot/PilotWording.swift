/// Words about go/no-go rules, threshold metrics, required pilots and imported observations, both
/// languages on one line so that a translator sees them together.
enum PilotWording {
    /// A list of metric ids, or a dash when empty.
    private static func ids(_ list: [String], _ language: Language) -> String {
        list.isEmpty ? "–" : list.joined(separator: language == .chinese ? "、" : ", ")
    }

    /// The verdict word: "GO" or "NO-GO".
    static func verdictWord(_ go: Bool) -> LocalizedText {
        go ? LocalizedText(en: "GO", zh: "通过（GO）") : LocalizedText(en: "NO-GO", zh: "不通过（NO-GO）")
    }

    /// Whether the must-pass metrics hold.
    static func mustPass(_ verdict: GoNoGoVerdict, failed: [String]) -> LocalizedText {
        verdict.mustPassMet
            ? LocalizedText(en: "every must-pass metric met", zh: "必须达标的指标全部达标")
            : LocalizedText(en: "must-pass not met (\(ids(failed, .english)))", zh: "必须达标的指标未达标（\(ids(failed, .chinese))）")
    }

    /// The targets hit: "3 of 4 targets hit (a, b, c; missed d), 3 needed".
    static func targets(_ v: GoNoGoVerdict) -> LocalizedText {
        LocalizedText(en: "\(v.hit.count) of \(v.targets.count) target\(v.targets.count == 1 ? "" : "s") hit (\(ids(v.hit, .english)); missed \(ids(v.missed, .english))), \(v.needed) needed",
                      zh: "\(v.targets.count) 个目标中达成 \(v.hit.count) 个（达成：\(ids(v.hit, .chinese))；未达成：\(ids(v.missed, .chinese))），需达成 \(v.needed) 个")
    }

    /// The whole verdict: "GO: every must-pass metric met; 3 of 4 targets hit (…), 3 needed".
    static func verdict(_ v: GoNoGoVerdict) -> LocalizedText {
        let word = verdictWord(v.go), must = mustPass(v, failed: v.failedMustPass), hit = targets(v)
        let zh = { (t: LocalizedText) in t.text(in: .chinese) }
        return LocalizedText(en: "\(word.en): \(must.en); \(hit.en)", zh: "\(zh(word))：\(zh(must))；\(zh(hit))")
    }

    /// Why a vendor whose pilot says no-go is left out when the pilot is required.
    static func blockedNoGo(_ v: GoNoGoVerdict) -> LocalizedText {
        let t = targets(v)
        let must = v.mustPassMet ? "" : "; " + mustPass(v, failed: v.failedMustPass).en
        let mustZh = v.mustPassMet ? "" : "；" + mustPass(v, failed: v.failedMustPass).text(in: .chinese)
        return LocalizedText(en: "blocked: the pilot says no-go and decision.pilotRequired is set (\(t.en)\(must))",
                             zh: "被否决：试点结论为不通过，且设置了 decision.pilotRequired（\(t.text(in: .chinese))\(mustZh)）")
    }

    /// The no-go of a vendor that stays ranked because the pilot is a scoring stage, not a gate.
    static func noGoScored(_ v: GoNoGoVerdict) -> LocalizedText {
        let t = targets(v)
        return LocalizedText(en: "the pilot says no-go (\(t.en)); it counts as a scoring stage only, as decision.pilotRequired is not set",
                             zh: "试点结论为不通过（\(t.text(in: .chinese))）；因未设置 decision.pilotRequired，试点仅作为计分阶段")
    }

    /// Why a vendor without a pilot (or without observations) is left out when the pilot is required.
    static func pilotRequired(hasPilot: Bool) -> LocalizedText {
        hasPilot
            ? LocalizedText(en: "the pilot has no observations yet, and decision.pilotRequired needs a pilot that says go",
                            zh: "试点尚无观测数据，而 decision.pilotRequired 要求试点结论为通过")
            : LocalizedText(en: "not piloted, and decision.pilotRequired needs a pilot that says go",
                            zh: "未试点，而 decision.pilotRequired 要求试点结论为通过")
    }

    /// The decision's line when no vendor remains.
    static let nobody = LocalizedText(en: "no recommendation: no vendor remains (every vendor is knocked out, blocked, not piloted or incomplete)",
                                      zh: "不作推荐：没有供应商剩下（所有供应商均被淘汰、否决、未试点或数据不全）")

    /// The mark of a threshold metric in place of a baseline.
    static let threshold = LocalizedText(en: "threshold", zh: "阈值")
}

/// Words of the warnings, notes and explanations that the evaluation writes, both languages on
/// one line so that a translator sees them together (issue 12 §3).
///
/// Numbers, ids and names are the same in both languages; only the words around them differ.
enum MessageWording {
    /// How a missing fact was scored under `policy`, after a rule's explanation: "; policy worst → 0".
    static func missingPolicy(_ policy: String, score: Double) -> LocalizedText {
        let s = NumberFormatting.short(score)
        return LocalizedText(en: "; policy \(policy) → \(s)", zh: "；策略 \(policy) → \(s)")
    }

    /// A criterion dropped for a vendor under policy exclude, after a rule's explanation.
    static let excludedHandling = LocalizedText(en: "; policy exclude → criterion dropped, weight shared among its siblings",
                                                zh: "；策略 exclude → 不计此指标，权重分给同级指标")

    /// A rating criterion not rated yet, after a rule's explanation.
    static let awaitingHandling = LocalizedText(en: "; awaiting panel ratings → left out of the total until rated, weight shared among its siblings",
                                                zh: "；等待评审小组评分 → 评分前不计入总分，权重分给同级指标")
}

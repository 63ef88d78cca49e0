/// Sentences of the decision board about the recorded decision and moved locked weights, both
/// languages on one line so that a translator sees them together.
enum BoardWording {
    /// Locked weights moved, and the recorded decision accepted the move with `reason`.
    static func weightChangesAccepted(date: String, reason: String) -> LocalizedText {
        LocalizedText(en: "accepted in the decision of \(date): \(reason)", zh: "已在 \(date) 的决策中确认：\(reason)")
    }

    /// Locked weights moved, and no recorded decision accepted the move.
    static let weightChangesNotAccepted = LocalizedText(
        en: "no recorded decision accepts this change (`shortlist decide` refuses without --accept-weight-changes \"reason\")",
        zh: "尚无记录的决策确认此变化（未提供 --accept-weight-changes \"理由\" 时 `shortlist decide` 会拒绝）")
}

/// Words of the reports about gates of severity `flag` (a failed gate that keeps the vendor
/// ranked), both languages on one line so that a translator sees them together.
enum FlagWording {
    /// The mark beside a flagged vendor's score.
    static let mark = LocalizedText(en: "FLAGGED", zh: "有标记")
    /// The heading of the flags under a ranking.
    static let heading = LocalizedText(en: "Flagged (still ranked)", zh: "已标记（仍参与排名）")
    /// The status of a flagged vendor in CSV and .xlsx.
    static let status = LocalizedText(en: "flagged", zh: "有标记")
    /// The column of flags in CSV and .xlsx.
    static let column = LocalizedText(en: "flags", zh: "标记")
    /// The line of a flagged vendor in `explain`.
    static func note(_ label: String, _ gates: [String]) -> LocalizedText {
        LocalizedText(en: "note: \(label) is flagged by \(gates.joined(separator: ", ")) (severity flag: it stays ranked)",
                      zh: "注意：\(label) 被 \(gates.joined(separator: "、")) 标记（严重程度为 flag：仍参与排名）")
    }
}

/// Words of the reports about a tender's points scheme, both languages on one line.
enum PointsWording {
    /// The column of points in the rank table.
    static let column = LocalizedText(en: "Points", zh: "招标分")
    /// The heading of the group table under a points scheme.
    static func byGroup(_ total: Double) -> LocalizedText {
        LocalizedText(en: "Points by group (tender total \(NumberFormatting.short(total)))", zh: "各组得分（招标总分 \(NumberFormatting.short(total))）")
    }
    /// The column of available points in the group table.
    static let available = LocalizedText(en: "Max", zh: "满分")
}

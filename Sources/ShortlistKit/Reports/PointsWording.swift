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

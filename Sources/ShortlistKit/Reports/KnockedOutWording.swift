/// Lines saying what was left off for knocked-out vendors (their data gaps in the reports, their
/// rows on scoring sheets), both languages on one line so that a translator sees them together.
package enum KnockedOutWording {
    /// Under the data-gaps list: "3 data gaps of knocked-out vendors (v1, v2) are left off: …".
    package static func gapsLeftOff(_ n: Int, vendors: [String]) -> LocalizedText {
        LocalizedText(en: "\(n) data gap\(n == 1 ? "" : "s") of knocked-out vendors (\(vendors.joined(separator: ", "))) \(n == 1 ? "is" : "are") left off: a knocked-out vendor cannot be chosen, so its missing facts need no chasing; --include-knocked-out lists \(n == 1 ? "it" : "them")",
                      zh: "已淘汰供应商（\(vendors.joined(separator: "、"))）的 \(n) 个数据缺口未列出：已淘汰的供应商不会入选，无需追补其缺失事实；加 --include-knocked-out 可列出")
    }

    /// On standard error after `sheet export`: "2 knocked-out vendors (v1, v2) left off the sheet: …".
    package static func sheetRowsLeftOff(_ vendors: [String]) -> LocalizedText {
        let n = vendors.count
        return LocalizedText(en: "\(n) knocked-out vendor\(n == 1 ? "" : "s") (\(vendors.joined(separator: ", "))) left off the sheet: a knocked-out vendor cannot be chosen, so rating it is wasted effort; --include-knocked-out adds \(n == 1 ? "it" : "them")",
                             zh: "已淘汰的 \(n) 家供应商（\(vendors.joined(separator: "、"))）未列入评分表：已淘汰的供应商不会入选，无需评分；加 --include-knocked-out 可加入")
    }
}

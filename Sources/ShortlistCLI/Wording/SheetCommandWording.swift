import ShortlistKit

/// What `sheet export` and `sheet import` print, both languages on one line.
enum SheetCommandWording {
    /// `sheet import`: the ratings stored, how many the file gave, and how many stored ones were kept
    /// for vendors the file has no row for (a knocked-out vendor `sheet export` left off).
    static func stored(evaluator: String, ratings: Int, file: String, kept: Int = 0, keptVendors: [String] = []) -> LocalizedText {
        let vendors = keptVendors.joined(separator: ", "), vendorsZH = keptVendors.joined(separator: "、")
        let keptEN = kept == 0 ? "" : "; \(kept) stored rating\(kept == 1 ? "" : "s") of \(vendors) kept (no row on the sheet)"
        let keptZH = kept == 0 ? "" : "；另保留 \(vendorsZH) 的 \(kept) 项原有评分（评分表上没有其行）"
        return LocalizedText(en: "stored ratings/\(evaluator).json: \(ratings) rating\(ratings == 1 ? "" : "s") from \(file)\(keptEN)",
                             zh: "已保存 ratings/\(evaluator).json：来自 \(file) 的 \(ratings) 项评分\(keptZH)")
    }

    /// `sheet export --output`: what the written file holds (after "wrote FILE").
    static func exported(evaluator: String) -> LocalizedText {
        LocalizedText(en: ": the scoring sheet of \(evaluator)", zh: "：\(evaluator) 的评分表")
    }
}

import ShortlistKit

/// What `sheet export` and `sheet import` print, both languages on one line.
enum SheetCommandWording {
    /// `sheet import`: the ratings stored, how many, and from which file.
    static func stored(evaluator: String, ratings: Int, file: String) -> LocalizedText {
        LocalizedText(en: "stored ratings/\(evaluator).json: \(ratings) rating\(ratings == 1 ? "" : "s") from \(file)",
                      zh: "已保存 ratings/\(evaluator).json：来自 \(file) 的 \(ratings) 项评分")
    }

    /// `sheet export --output`: what the written file holds (after "wrote FILE").
    static func exported(evaluator: String) -> LocalizedText {
        LocalizedText(en: ": the scoring sheet of \(evaluator)", zh: "：\(evaluator) 的评分表")
    }
}

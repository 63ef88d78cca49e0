/// The punctuation around a report's words: ASCII with spaces in English, full-width in Chinese.
///
/// The one place that knows each language's marks; the table, Markdown and board renderers take them from here.
struct Punctuation {
    /// After a label: ": " or "：".
    let colon: String
    /// After a label that ends its line: ":" or "：".
    let lineEndColon: String
    /// Between reasons or clauses of a list: "; " or "；".
    let semicolon: String
    /// Between two clauses: ", " or "，".
    let comma: String
    /// At the end of a sentence: "." or "。".
    let period: String
    /// Between two sentences: " " in English, nothing in Chinese.
    let sentenceGap: String
    private let open: String, close: String

    init(_ language: Language) {
        switch language {
        case .english:
            (colon, lineEndColon, semicolon, comma, period, sentenceGap) = (": ", ":", "; ", ", ", ".", " ")
            (open, close) = (" (", ")")
        case .chinese:
            (colon, lineEndColon, semicolon, comma, period, sentenceGap) = ("：", "：", "；", "，", "。", "")
            (open, close) = ("（", "）")
        }
    }

    /// `text` in parentheses, with the space English puts before them.
    func parenthesized(_ text: String) -> String { open + text + close }
}

import ShortlistKit

/// What `init` prints, both languages on one line.
enum InitWording {
    /// The folder created, the sample it copies (if any), and the next two commands.
    static func created(_ folder: String, sample: String?) -> LocalizedText {
        LocalizedText(en: "created \(folder)\(sample.map { " from the sample \($0)" } ?? "") — next: shortlist validate \(folder) && shortlist rank \(folder)",
                      zh: "已创建 \(folder)\(sample.map { "（复制自样例 \($0)）" } ?? "")——下一步：`shortlist validate \(folder) && shortlist rank \(folder)`")
    }
}

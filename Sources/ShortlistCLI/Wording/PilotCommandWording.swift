import ShortlistKit

/// What `pilot init`, `pilot record` and `pilot import` print, both languages on one line.
enum PilotCommandWording {
    /// `pilot init`: the plan written, its metrics and window, and what to do next.
    static func planWritten(vendor: String, metrics: Int, start: String, end: String) -> LocalizedText {
        LocalizedText(en: "wrote pilots/\(vendor).json (\(metrics) metrics, \(start) – \(end)); set the baselines and targets, then record with `shortlist pilot record`",
                      zh: "已写入 pilots/\(vendor).json（\(metrics) 项指标，\(start) – \(end)）；请设定基线和目标，然后用 `shortlist pilot record` 记录观测")
    }

    /// `pilot record`: the entry appended, where, and what it says.
    static func recorded(id: String, log: String, line: Int, metric: String, value: String, date: String, by: String, amends: String?) -> LocalizedText {
        LocalizedText(en: "recorded \(id) in \(log) (line \(line)): \(metric) = \(value) on \(date) by \(by)\(amends.map { ", amending \($0)" } ?? "")",
                      zh: "已在 \(log)（第 \(line) 行）记录 \(id)：\(metric) = \(value)，日期 \(date)，记录人 \(by)\(amends.map { "，更正 \($0)" } ?? "")")
    }

    /// `pilot import`: one log's share of the import, "2 observations to pilots/x.log.jsonl (o0019–o0020)".
    static func appended(_ count: Int, log: String, ids: String) -> LocalizedText {
        LocalizedText(en: "\(count) observation\(count == 1 ? "" : "s") to \(log) (\(ids))", zh: "\(count) 条观测写入 \(log)（\(ids)）")
    }

    /// `pilot import`: every log's share, and the file they came from.
    static func imported(_ parts: [LocalizedText], file: String) -> LocalizedText {
        LocalizedText(en: "imported " + parts.map(\.en).joined(separator: "; ") + " from \(file)",
                      zh: "已从 \(file) 导入：" + parts.map { $0.text(in: .chinese) }.joined(separator: "；"))
    }
}

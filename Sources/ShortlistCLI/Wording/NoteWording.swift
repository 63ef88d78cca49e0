import ShortlistKit

/// The notes commands write to standard error beside their output, both languages on one line.
enum NoteWording {
    /// A file written with `--output`, and what it holds (`summary` starts with its own separator).
    static func wrote(_ path: String, _ summary: LocalizedText) -> LocalizedText {
        LocalizedText(en: "wrote \(path)\(summary.en)", zh: "已写入 \(path)\(summary.text(in: .chinese))")
    }

    /// A file that was stored although the workspace, read again, now reports problems (listed after it).
    static func storedWithProblems(_ file: String) -> LocalizedText {
        LocalizedText(en: "warning: \(file) was stored but the workspace now reports problems:", zh: "警告：\(file) 已保存，但重新读取工作区时发现以下问题：")
    }
}

extension NoteWording {
    /// After "wrote FILE" of a ranking or report: its format and how many vendors ranked and were knocked out.
    static func ranking(format: String, ranked: Int, knockedOut: Int) -> LocalizedText {
        LocalizedText(en: " (\(format), \(ranked) ranked, \(knockedOut) knocked out)", zh: "（\(format)，\(ranked) 家参与排名，\(knockedOut) 家被淘汰）")
    }

    /// After "wrote FILE" of a questionnaire: its questions, must-haves and the vendor it is pre-filled for.
    static func questionnaire(questions: Int, mustHaves: Int, prefilledFor vendor: String?) -> LocalizedText {
        LocalizedText(en: ": \(questions) questions, \(mustHaves) must-have" + (vendor.map { ", pre-filled for \($0)" } ?? ""),
                      zh: "：共 \(questions) 个问题，其中必备项 \(mustHaves) 个" + (vendor.map { "，已为 \($0) 预填" } ?? ""))
    }

    /// `decide`: the record written and how many input files it hashes.
    static func decisionWritten(_ file: String, inputs: Int) -> LocalizedText {
        LocalizedText(en: "wrote \(file) (\(inputs) input files hashed)", zh: "已写入 \(file)（记录了 \(inputs) 个输入文件的 SHA-256）")
    }

    /// `decide --accept-weight-changes` when no locked weight moved.
    static let nothingToAccept = LocalizedText(en: "note: no locked weight has moved; --accept-weight-changes is not recorded",
                                               zh: "注：锁定的权重均未变动；--accept-weight-changes 不予记录")

    /// `sensitivity`: the vendors left out as incomplete, each with its coverage (a percentage).
    static func incompleteLeftOut(_ vendors: [(id: String, coverage: String)]) -> LocalizedText {
        LocalizedText(en: "note: left out of the analysis as incomplete (scored on too little of the weight): " + vendors.map { "\($0.id) (coverage \($0.coverage))" }.joined(separator: ", "),
                      zh: "注：以下供应商数据不全（可评分的权重过少），未纳入分析：" + vendors.map { "\($0.id)（覆盖率 \($0.coverage)）" }.joined(separator: "、"))
    }

    /// `pilot status --format json`: a line of a pilot log that was not read (the problem stays as the log check words it).
    static func pilotLogProblem(_ log: String, _ problem: String) -> LocalizedText {
        LocalizedText(en: "warning: \(log): \(problem)", zh: "警告：\(log)：\(problem)")
    }
}

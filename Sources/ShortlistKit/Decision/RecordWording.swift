/// The lines `shortlist lock` and `shortlist verify` print, both languages on one line.
package enum RecordWording {
    /// `lock`: what was locked, where and when.
    package static func locked(_ count: Int, date: String) -> LocalizedText {
        LocalizedText(en: "locked \(count) weights in weights.lock.json on \(date)", zh: "已在 weights.lock.json 中锁定 \(count) 项权重（\(date)）")
    }

    /// `verify`: every input of the decision is unchanged.
    package static func intact(_ count: Int, date: String) -> LocalizedText {
        LocalizedText(en: "ok: all \(count) inputs of the decision of \(date) are unchanged", zh: "通过：\(date) 决策的全部 \(count) 个输入文件均未改变")
    }

    /// `verify`: a note of the record check.
    package static func note(_ text: String) -> LocalizedText { LocalizedText(en: "note: \(text)", zh: "注：\(text)") }

    /// `verify`: an input file whose content changed.
    package static func changed(_ file: String) -> LocalizedText { LocalizedText(en: "changed: \(file)", zh: "已更改：\(file)") }

    /// `verify`: an input file that is gone.
    package static func removed(_ file: String) -> LocalizedText { LocalizedText(en: "removed: \(file)", zh: "已删除：\(file)") }

    /// `verify`: a file the decision did not read.
    package static func added(_ file: String) -> LocalizedText { LocalizedText(en: "added: \(file)", zh: "新增：\(file)") }

    /// `verify`: how many inputs differ, and what to do.
    package static func differ(_ count: Int, date: String) -> LocalizedText {
        LocalizedText(en: "error: \(count) input file\(count == 1 ? " differs" : "s differ") from the decision of \(date); run `shortlist decide` again if the change is intended",
                      zh: "错误：\(count) 个输入文件与 \(date) 的决策不一致；如属有意更改，请重新运行 `shortlist decide`")
    }
}

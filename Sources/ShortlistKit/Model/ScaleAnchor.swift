/// What one level of a rating scale means, such as `3: usable with training` (`3：培训后可用`).
///
/// Catalogs write an anchor as a plain string (English) or as `{"en": …, "zh": …}`; reports show it
/// in the language of the command, falling back to English.
package struct ScaleAnchor: Sendable, Equatable {
    /// The level on the scale, between its min and max.
    package var level: Double
    /// What the level means.
    package var text: LocalizedText

    /// Creates an anchor.
    package init(level: Double, text: LocalizedText) {
        self.level = level
        self.text = text
    }

    /// Creates an anchor with an English text only.
    package init(level: Double, _ text: String) {
        self.init(level: level, text: LocalizedText(en: text))
    }

    /// `level: text` in `language`, as the scoring sheets and explanations print it.
    package func line(in language: Language) -> String {
        let separator = language == .chinese ? "：" : ": "
        return NumberFormatting.short(level) + separator + text.text(in: language)
    }

    /// `level: text`, with the Chinese text after a slash when there is one (`3: good / 好`), for the
    /// scoring sheets, which carry both languages as their criterion names do.
    package var bilingualLine: String {
        NumberFormatting.short(level) + ": " + (text.zh.map { "\(text.en) / \($0)" } ?? text.en)
    }
}

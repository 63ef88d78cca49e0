/// A name or description in English and, where given, Chinese.
public struct LocalizedText: Sendable, Equatable {
    /// The English text (always present).
    public var en: String
    /// The Chinese text, when the author gave one.
    public var zh: String?

    /// Creates a text.
    public init(en: String, zh: String? = nil) {
        self.en = en
        self.zh = zh
    }

    /// The text in `language`, falling back to English.
    public func text(in language: Language) -> String {
        switch language {
        case .english: return en
        case .chinese: return zh ?? en
        }
    }
}

/// The languages reports are written in.
public enum Language: String, Sendable, CaseIterable {
    /// English, the default.
    case english = "en"
    /// Simplified Chinese.
    case chinese = "zh"
}

extension LocalizedText {
    /// `parts` joined, the English texts with `en` and the Chinese ones with `zh`.
    ///
    /// The result has a Chinese text when any part has one; parts without fall back to English.
    static func joined(_ parts: [LocalizedText], en: String, zh: String) -> LocalizedText {
        LocalizedText(en: parts.map(\.en).joined(separator: en),
                      zh: parts.contains { $0.zh != nil } ? parts.map { $0.text(in: .chinese) }.joined(separator: zh) : nil)
    }
}

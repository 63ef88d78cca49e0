/// What failing a gate does to a vendor.
public enum GateSeverity: String, Sendable, Equatable, CaseIterable {
    /// The vendor leaves the ranking, with the reason (the default, and the only behaviour before severities).
    case knockOut
    /// The vendor stays ranked; the failure is shown beside it, with the reason, everywhere it appears.
    case flag
}

/// A failed gate of severity ``GateSeverity/flag``: the vendor stays ranked, marked with it.
public struct GateFlag: Sendable, Equatable {
    /// The gate's id.
    public var gate: String
    /// The gate's kind as written in catalogs (`budget`, `fact`, …).
    public var kind: String
    /// What failed, in English and Chinese.
    public var localizedReason: LocalizedText
    /// The figures behind ``localizedReason`` (budget checks, or a fact gate's comparison), when the gate has them.
    public var figures: GateFigures?

    /// Creates a flag.
    public init(gate: String, kind: String, reason: LocalizedText, figures: GateFigures? = nil) {
        self.gate = gate
        self.kind = kind
        self.localizedReason = reason
        self.figures = figures
    }

    /// The reason in `language` (Chinese falls back to English).
    public func reason(in language: Language) -> String { localizedReason.text(in: language) }
}

/// A value with the evidence behind it: where the user said it came from and where it stands in the file.
public struct Evidence<Value: Sendable & Equatable>: Sendable, Equatable {
    /// The value itself.
    public var value: Value
    /// Where the fact came from, e.g. "RFP answer 3.2" or "demo 2026-03-04".
    public var source: String?
    /// A free comment.
    public var note: String?
    /// The comment in Chinese, when the tool wrote it (the panel's consensus); a user's note has none.
    public var noteZh: String? = nil
    /// Where the value stands in its file.
    public var location: SourceLocation?

    /// Creates a piece of evidence.
    public init(_ value: Value, source: String? = nil, note: String? = nil, location: SourceLocation? = nil) {
        self.value = value
        self.source = source
        self.note = note
        self.location = location
    }
}

/// The value of one fact about a vendor.
public enum FactValue: Sendable, Equatable, CustomStringConvertible {
    /// A number, such as support response hours.
    case number(Double)
    /// Yes or no.
    case boolean(Bool)
    /// A word or phrase, such as `aes-256`.
    case text(String)
    /// A set of ids, such as certifications.
    case set([String])

    /// The type of this value.
    package var type: FactType {
        switch self {
        case .number: return .number
        case .boolean: return .boolean
        case .text: return .text
        case .set: return .set
        }
    }

    /// The value as a reader would write it.
    public var description: String {
        switch self {
        case .number(let x): return JSONWriter.formatNumber(x)
        case .boolean(let b): return b ? "yes" : "no"
        case .text(let s): return s
        case .set(let items): return items.isEmpty ? "(none)" : items.joined(separator: ", ")
        }
    }
}

/// The types a fact can have.
package enum FactType: String, Sendable, Equatable, CaseIterable {
    /// A finite number.
    case number
    /// `true` or `false`.
    case boolean
    /// A string.
    case text
    /// A list of distinct strings.
    case set
}

/// One fact about a vendor with its evidence.
public typealias Fact = Evidence<FactValue>

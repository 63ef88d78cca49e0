/// Collects the diagnostics of one load, so that every problem is reported, not just the first.
///
/// Used only while decoding, on one thread; never shared.
final class DecodingContext {
    /// The diagnostics found so far, in the order they were found.
    private(set) var diagnostics: [Diagnostic] = []

    /// Records one diagnostic.
    func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// Records several diagnostics.
    func report(contentsOf more: [Diagnostic]) { diagnostics.append(contentsOf: more) }

    /// Whether any error (not warning) has been recorded.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The number of errors recorded so far; compare before and after a step to see if it failed.
    var errorCount: Int { diagnostics.reduce(0) { $0 + ($1.severity == .error ? 1 : 0) } }
}

/// A key path inside a JSON document, such as `vendors[2].pricing.annualFee`.
struct JSONPath: Sendable, Equatable, CustomStringConvertible {
    private var text: String

    /// The document's root.
    static let root = JSONPath(text: "")

    /// The path to a member of the object at this path.
    func appending(key: String) -> JSONPath {
        let plain = !key.isEmpty && key.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" || $0 == "." }
        let component = plain ? key : "\"\(key)\""
        return JSONPath(text: text.isEmpty ? component : text + "." + component)
    }

    /// The path to an element of the array at this path.
    func appending(index: Int) -> JSONPath { JSONPath(text: text + "[\(index)]") }

    var description: String { text }
}

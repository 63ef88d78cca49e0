/// Collects the diagnostics of one load, so that every problem is reported, not just the first.
///
/// Used only while decoding, on one thread; never shared.
final class DecodingContext {
    /// The diagnostics found so far, in the order they were found.
    private(set) var diagnostics: [Diagnostic] = []

    /// The number of errors recorded so far; compare before and after a step to see if it failed.
    private(set) var errorCount = 0

    /// Records one diagnostic.
    func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
        if diagnostic.severity == .error { errorCount += 1 }
    }

    /// Records several diagnostics.
    func report(contentsOf more: [Diagnostic]) { more.forEach(report) }

    /// Whether any error (not warning) has been recorded.
    var hasErrors: Bool { errorCount > 0 }
}

/// A key path inside a JSON document, such as `vendors[2].pricing.annualFee`.
///
/// Built step by step while decoding and rendered as text only when a diagnostic needs it,
/// so that decoding a large workspace does not build a string for every value it reads.
struct JSONPath: Sendable, Equatable, CustomStringConvertible {
    private indirect enum Step: Sendable, Equatable {
        case root
        case key(Step, String)
        case index(Step, Int)
    }

    private let step: Step

    /// The document's root.
    static let root = JSONPath(step: .root)

    /// The path to a member of the object at this path.
    func appending(key: String) -> JSONPath { JSONPath(step: .key(step, key)) }

    /// The path to an element of the array at this path.
    func appending(index: Int) -> JSONPath { JSONPath(step: .index(step, index)) }

    var description: String { Self.render(step) }

    private static func render(_ step: Step) -> String {
        switch step {
        case .root:
            return ""
        case .index(let parent, let i):
            return render(parent) + "[\(i)]"
        case .key(let parent, let key):
            let plain = !key.isEmpty && key.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" || $0 == "." }
            let component = plain ? key : "\"\(key)\""
            let head = render(parent)
            return head.isEmpty ? component : head + "." + component
        }
    }
}

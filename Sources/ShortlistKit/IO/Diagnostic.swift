/// One problem found in the user's input, located by file, line:column and key path.
///
/// Rendered the way compilers do: `vendors/acme.json:12:5: error: pricing.annualBaseFee: expected a number ≥ 0, found -3`.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Equatable {
        /// The input is invalid; the command exits 1.
        case error
        /// Worth a look, but results are still produced.
        case warning
    }

    /// How serious it is.
    public var severity: Severity
    /// The file, as the user would name it (relative to the workspace where possible).
    public var file: String
    /// Where in the file, when known.
    public var location: SourceLocation?
    /// The key path inside the file, such as `pricing.annualBaseFee` or `criteria[2].weight`; empty for the whole file.
    public var path: String
    /// A full sentence saying what is wrong and what was expected.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity = .error, file: String, location: SourceLocation? = nil, path: String = "", message: String) {
        self.severity = severity
        self.file = file
        self.location = location
        self.path = path
        self.message = message
    }

    /// `file:line:column: error: path: message`, omitting what is unknown.
    public var description: String {
        var text = file
        if let location { text += ":\(location.line):\(location.column)" }
        text += ": \(severity.rawValue): "
        if !path.isEmpty { text += "\(path): " }
        return text + message
    }
}

/// A list of diagnostics that, taken together, made an input unusable.
public struct InputErrors: Error, Sendable, Equatable, CustomStringConvertible {
    /// Every problem found, in file order.
    public var diagnostics: [Diagnostic]

    /// Creates the error from its diagnostics.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// One diagnostic a line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

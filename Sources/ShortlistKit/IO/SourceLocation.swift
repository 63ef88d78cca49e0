/// A position in a text document, as shown to users in diagnostics.
///
/// Lines and columns are 1-based. The column counts Unicode scalars, so a Chinese
/// character before the position counts as one column, not as its three UTF-8 bytes.
/// The offset is the 0-based UTF-8 byte offset from the start of the document
/// (including a leading byte order mark, if any).
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, counted in Unicode scalars from the start of the line.
    public var column: Int
    /// The 0-based UTF-8 byte offset from the start of the document.
    public var offset: Int

    /// Creates a location from a 1-based line and column and a 0-based byte offset.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// The location as `line:column`, e.g. `3:14`.
    public var description: String {
        "\(line):\(column)"
    }
}

/// A workbook (.xlsx) or one of its parts that cannot be read: a damaged or hostile ZIP archive,
/// compressed data that is not valid DEFLATE, or XML outside what a spreadsheet part may hold.
package struct WorkbookError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A full sentence saying what is wrong; the part's name is included when known.
    package var message: String

    /// Creates an error from its message.
    package init(_ message: String) { self.message = message }

    /// The message.
    package var description: String { message }
}

/// A command line that cannot be run as typed; the tool exits with 64 (`EX_USAGE`).
public struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong with the arguments, with a suggestion when one is close.
    public var message: String
    /// The command whose arguments were wrong, such as `rank` or `sheet export`; `nil` for the tool itself.
    public var command: String?

    /// Creates a usage error.
    ///
    /// - Parameters:
    ///   - message: What is wrong with the arguments.
    ///   - command: The command whose arguments were wrong, if any.
    public init(_ message: String, command: String? = nil) {
        self.message = message
        self.command = command
    }

    /// The message.
    public var description: String { message }
}

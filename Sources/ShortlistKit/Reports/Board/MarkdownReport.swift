/// The decision board as Markdown, for wikis and documents.
public struct MarkdownReport: Sendable {
    /// The board shown.
    public let board: DecisionBoard
    /// The language of headings and names.
    public let language: Language

    /// Creates the Markdown renderer.
    public init(board: DecisionBoard, language: Language = .english) {
        self.board = board
        self.language = language
    }

    /// The document.
    public func render() -> String {
        ""
    }
}

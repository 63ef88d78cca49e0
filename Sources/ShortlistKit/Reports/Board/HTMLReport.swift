/// The decision board as one self-contained HTML page.
public struct HTMLReport: Sendable {
    /// The board shown.
    public let board: DecisionBoard
    /// The language of headings and names.
    public let language: Language

    /// Creates the page renderer.
    public init(board: DecisionBoard, language: Language = .english) {
        self.board = board
        self.language = language
    }

    /// The page.
    public func render() -> String {
        "<!DOCTYPE html>\n"
    }
}

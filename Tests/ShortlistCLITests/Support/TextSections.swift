/// One section of terminal or Markdown output: the lines after the line that is exactly `heading` (blank
/// lines right after it skipped, as under a Markdown heading), up to (not including) the next blank line
/// or the end of the text; nil when no line is exactly `heading`.
/// A test compares the whole block with `==` to an array literal, so a changed, added or dropped line fails
/// with both blocks shown, where a substring check would pass on a line that merely contains the words.
///
///     #expect(section("Data gaps:", of: result.text) == ["  acme: 2 facts missing", "  zenith: 1 fact missing"])
func section(_ heading: String, of text: String) -> [String]? {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let start = lines.firstIndex(of: heading) else { return nil }
    let body = lines[(start + 1)...].drop { $0.trimmingWhitespace.isEmpty }
    let end = body.firstIndex { $0.trimmingWhitespace.isEmpty } ?? body.endIndex
    return Array(body[..<end])
}

/// The lines of the first section whose heading line starts with `prefix` (for a heading that carries a
/// count or a name, such as `Data gaps (3):`), the heading line included as the first element, so that the
/// test still states the heading exactly; nil when no line starts with `prefix`.
func section(startingWith prefix: String, of text: String) -> [String]? {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let start = lines.firstIndex(where: { $0.hasPrefix(prefix) }) else { return nil }
    let rest = lines[start...]
    let end = rest.dropFirst().firstIndex { $0.trimmingWhitespace.isEmpty } ?? rest.endIndex
    return Array(rest[..<end])
}

extension BinaryRunner.Result {
    /// The section of standard output under the line `heading` (see `section(_:of:)`).
    func section(_ heading: String) -> [String]? { ShortlistCLITests.section(heading, of: text) }

    /// The section of standard output whose heading starts with `prefix`, heading included (see `section(startingWith:of:)`).
    func section(startingWith prefix: String) -> [String]? { ShortlistCLITests.section(startingWith: prefix, of: text) }
}

private extension String {
    /// The text without leading and trailing spaces and tabs (Foundation-free, so this file needs no import).
    var trimmingWhitespace: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[first...last]
    }
}

/// The sections of a Markdown report, read by their headings, so that a test compares a section's
/// lines exactly (`==` to an array literal) instead of looking for substrings in it.
enum MarkdownSections {
    /// The lines of the section under the heading line `heading` (`## Summary`), up to the next heading
    /// of the same or a higher level, with the blank lines at either end left out; nil when no line is
    /// exactly `heading`. A sub-section (`###` under `##`) is part of its section.
    static func lines(under heading: String, in text: String) -> [String]? {
        let all = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = all.firstIndex(of: heading) else { return nil }
        let level = heading.prefix { $0 == "#" }.count
        let end = all[(start + 1)...].firstIndex { line in
            let hashes = line.prefix { $0 == "#" }.count
            return hashes > 0 && hashes <= level && line.dropFirst(hashes).first == " "
        } ?? all.endIndex
        var body = all[(start + 1)..<end]
        while body.first == "" { body = body.dropFirst() }
        while body.last == "" { body = body.dropLast() }
        return Array(body)
    }

    /// The heading lines of `text` at exactly `level` (2 for `## …`), in order.
    static func headings(level: Int, in text: String) -> [String] {
        let marker = String(repeating: "#", count: level) + " "
        return text.split(separator: "\n").map(String.init).filter { $0.hasPrefix(marker) }
    }
}

import Foundation
import Testing

/// Golden files in `Snapshots/`, re-recorded on purpose with `SHORTLIST_RECORD=1`.
enum Snapshot {
    /// The folder of the golden files, `Tests/ShortlistCLITests/Snapshots` (this file is in `Support/`).
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// Compares `actual` with the golden file `file` (or records it), reporting the first differing line.
    static func compare(_ actual: Data, _ file: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["SHORTLIST_RECORD"] != nil {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: url)
            return
        }
        let expected = try #require(try? Data(contentsOf: url), "missing snapshot \(file); record it with SHORTLIST_RECORD=1", sourceLocation: sourceLocation)
        if actual != expected {
            let a = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
            let e = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
            let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            Issue.record("\(file) differs at line \(line + 1):\n  expected: \(line < e.count ? e[line] : "<end>")\n  actual:   \(line < a.count ? a[line] : "<end>")", sourceLocation: sourceLocation)
        }
    }
}

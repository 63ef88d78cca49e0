import Foundation
import Testing

/// Compares reports of the shipped samples with the files in `Snapshots/`.
///
/// To re-record after an intended change: `SHORTLIST_RECORD=1 swift test --filter GoldenTests`, then review the diff.
@Suite(.serialized) struct GoldenTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static let cases: [(sample: String, format: String, file: String)] = EndToEndTests.samples.flatMap { sample in
        [(sample, "table", "\(sample).table.txt"), (sample, "markdown", "\(sample).md")]
    } + [("retail-10-stores", "json", "retail-10-stores.json"), ("retail-10-stores", "csv", "retail-10-stores.csv")]

    @Test(arguments: cases.map { [$0.sample, $0.format, $0.file] })
    func reportMatchesSnapshot(_ item: [String]) throws {
        let (sample, format, file) = (item[0], item[1], item[2])
        let result = try BinaryRunner.run(["rank", "samples/\(sample)", "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        try compare(result.stdout, file)
    }

    @Test func explainMatchesSnapshot() throws {
        let result = try BinaryRunner.run(["explain", "samples/retail-10-stores", "lingxi"])
        try compare(result.stdout, "retail-10-stores.explain-lingxi.txt")
        let against = try BinaryRunner.run(["explain", "samples/internet-300", "xinyue", "--against", "yunqi"])
        try compare(against.stdout, "internet-300.xinyue-vs-yunqi.txt")
    }

    private func compare(_ actual: Data, _ file: String) throws {
        let url = Self.snapshots.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["SHORTLIST_RECORD"] != nil {
            try FileManager.default.createDirectory(at: Self.snapshots, withIntermediateDirectories: true)
            try actual.write(to: url)
            return
        }
        let expected = try #require(try? Data(contentsOf: url), "missing snapshot \(file); record it with SHORTLIST_RECORD=1")
        if actual != expected {
            let a = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
            let e = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
            let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            Issue.record("\(file) differs at line \(line + 1):\n  expected: \(line < e.count ? e[line] : "<end>")\n  actual:   \(line < a.count ? a[line] : "<end>")")
        }
    }
}

import Foundation
import Testing

/// Compares reports of the shipped samples with the files in `Snapshots/`.
///
/// To re-record after an intended change: `SHORTLIST_RECORD=1 swift test --filter GoldenTests`, then review the diff.
@Suite(.serialized) struct GoldenTests {

    static let cases: [(sample: String, format: String, file: String)] = EndToEndTests.samples.flatMap { sample in
        [(sample, "table", "\(sample).table.txt"), (sample, "markdown", "\(sample).md")]
    } + [("retail-10-stores", "json", "retail-10-stores.json"), ("retail-10-stores", "csv", "retail-10-stores.csv")]

    @Test(arguments: cases.map { [$0.sample, $0.format, $0.file] })
    func reportMatchesSnapshot(_ item: [String]) throws {
        let (sample, format, file) = (item[0], item[1], item[2])
        let result = try BinaryRunner.run(["rank", "samples/\(sample)", "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        try Snapshot.compare(result.stdout, file)
    }

    @Test func explainMatchesSnapshot() throws {
        let result = try BinaryRunner.run(["explain", "samples/retail-10-stores", "lingxi"])
        try Snapshot.compare(result.stdout, "retail-10-stores.explain-lingxi.txt")
        let against = try BinaryRunner.run(["explain", "samples/internet-300", "xinyue", "--against", "yunqi"])
        try Snapshot.compare(against.stdout, "internet-300.xinyue-vs-yunqi.txt")
    }
}

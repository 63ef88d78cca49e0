import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Issue 11: hostile inputs never crash, hang, exhaust memory or clobber anything, through the real binary.
@Suite(.serialized) struct HardeningTests {
    /// A copy of the retail sample, its folder, and the workspace path.
    private func retail() throws -> (directory: URL, workspace: String) {
        let copy = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        return (copy.directory, copy.workspace.path)
    }

    // MARK: Reads that cannot hang or exhaust memory

    @Test func aFIFOAsADossierIsRefusedWithoutOpeningItBlocking() throws {
        let (directory, ws) = try retail()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.removeItem(atPath: ws + "/vendors/yunqi.json")
        #expect(mkfifo(ws + "/vendors/yunqi.json", 0o644) == 0)
        // Before the fix open(2) waited for a writer forever; the runner would never return.
        let result = try BinaryRunner.run(["validate", ws])
        #expect(result.status == 1)
        #expect(result.stderr.contains("vendors/yunqi.json: error: cannot read the file: is a FIFO (named pipe), not a regular file; Shortlist reads only regular files"), "\(result.stderr)")
        let fifo = directory.appendingPathComponent("matrix.csv").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let ahp = try BinaryRunner.run(["ahp", fifo])
        #expect(ahp.status == 1)
        #expect(ahp.stderr.contains("is a FIFO (named pipe), not a regular file"))
    }

    @Test func aSymlinkToDevZeroIsRefusedBeforeReading() throws {
        let (directory, ws) = try retail()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.removeItem(atPath: ws + "/ratings/zhou-min.json")
        try FileManager.default.createSymbolicLink(atPath: ws + "/ratings/zhou-min.json", withDestinationPath: "/dev/zero")
        let result = try BinaryRunner.run(["rank", ws])
        #expect(result.status == 1)
        #expect(result.stderr.contains("ratings/zhou-min.json: error: cannot read the file: is a character device, not a regular file"), "\(result.stderr)")
    }

    @Test func aSparse64GiBFileIsRefusedByItsSizeBeforeAllocating() throws {
        let (directory, ws) = try retail()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(truncate(ws + "/vendors/yunqi.json", 64 << 30) == 0)
        let result = try BinaryRunner.run(["validate", ws])
        #expect(result.status == 1)
        #expect(result.stderr.contains("vendors/yunqi.json: error: cannot read the file: the file is 64 GiB and the limit for a JSON input is 64 MiB (set SHORTLIST_MAX_JSON_BYTES to raise it)"), "\(result.stderr)")
    }

    @Test func theSizeLimitsFollowTheEnvironment() throws {
        let (directory, ws) = try retail()
        defer { try? FileManager.default.removeItem(at: directory) }
        // selection.json of the retail sample is 1,660 bytes: over 1K (1,024), under 2K.
        let small = try BinaryRunner.run(["validate", ws], environment: ["SHORTLIST_MAX_JSON_BYTES": "1K"])
        #expect(small.status == 1)
        #expect(small.stderr.contains("selection.json: error: cannot read the file: the file is 1.6 KiB and the limit for a JSON input is 1 KiB"), "\(small.stderr)")
        let csv = directory.appendingPathComponent("m.csv").path
        try Data(",a,b\na,1,3\nb,1/3,1\n".utf8).write(to: URL(fileURLWithPath: csv))
        let ahp = try BinaryRunner.run(["ahp", csv], environment: ["SHORTLIST_MAX_CSV_BYTES": "10"])  // 5 + 6 + 8 = 19 bytes
        #expect(ahp.status == 1)
        #expect(ahp.stderr.contains("the file is 19 bytes and the limit for a CSV input is 10 bytes (set SHORTLIST_MAX_CSV_BYTES to raise it)"), "\(ahp.stderr)")
        let log = try BinaryRunner.run(["pilot", "status", ws], environment: ["SHORTLIST_MAX_LOG_BYTES": "100", "SHORTLIST_NOW": "2026-07-01T09:00:00Z"])
        #expect(log.status == 1)
        #expect(log.stderr.contains("pilots/lingxi.log.jsonl: error: cannot read the pilot log: the file is over the limit and the limit for a pilot log input is 100 bytes (set SHORTLIST_MAX_LOG_BYTES to raise it)"), "\(log.stderr)")
        let bad = try BinaryRunner.run(["validate", ws], environment: ["SHORTLIST_MAX_JSON_BYTES": "lots"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("SHORTLIST_MAX_JSON_BYTES=lots is not a size in bytes such as 67108864, 64M or 1G (the default is 64 MiB)"))
    }

    // MARK: Validation gaps

    @Test func anImpossibleSHORTLIST_NOWIsRefused() throws {
        let (directory, ws) = try retail()
        defer { try? FileManager.default.removeItem(at: directory) }
        for bad in ["2026-07-01T25:61:61Z", "2026-07-01T09:00:00", "2026-02-30", "2026-07-01T09:00:60Z", "2026-07-01 09:00:00Z"] {
            let result = try BinaryRunner.run(["decide", ws], environment: ["SHORTLIST_NOW": bad])
            #expect(result.status == 64, "\(bad)")
            #expect(result.stderr.contains("SHORTLIST_NOW must be a UTC time in ISO 8601 such as 2026-05-02T09:00:00Z (hours 00–23, minutes and seconds 00–59) or a date such as 2026-05-02, got '\(bad)'"))
        }
        #expect(!FileManager.default.fileExists(atPath: ws + "/decision.json"), "nothing is written")
        let good = try BinaryRunner.run(["decide", ws, "--format", "json"], environment: ["SHORTLIST_NOW": "2026-07-01T23:59:59Z"])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.text.contains("\"date\" : \"2026-07-01T23:59:59Z\"") || good.text.contains("\"date\": \"2026-07-01T23:59:59Z\""), "\(good.text.prefix(300))")
    }

    @Test func verifyPointsAtTheLineAndColumnOfACorruptRecord() throws {
        let (directory, ws) = try retail()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("{\"date\": \"2026-07-01\",\n  \"inputs\": [1,]\n}\n".utf8).write(to: URL(fileURLWithPath: ws + "/decision.json"))
        let result = try BinaryRunner.run(["verify", ws])
        #expect(result.status == 1)
        // Line 2: two spaces, "inputs": (9 characters), a space, then [ at 13, 1 at 14, the comma at 15 and ] at 16.
        #expect(result.stderr.hasPrefix("decision.json:2:16: error: expected a value, found ']' (trailing commas are not allowed)"), "\(result.stderr)")
        try Data("{\"date\": \"2026-07-01\",\n  \"inputs\": [1]\n}\n".utf8).write(to: URL(fileURLWithPath: ws + "/decision.json"))
        let shape = try BinaryRunner.run(["verify", ws])
        #expect(shape.status == 1)
        // The element 1 starts at line 2, column 14.
        #expect(shape.stderr.hasPrefix("decision.json:2:14: error: inputs[0]: expected {\"file\": …, \"sha256\": <64 hex digits>}"), "\(shape.stderr)")
    }
}

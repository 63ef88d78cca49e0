import Foundation
import ShortlistKit

/// Times the .xlsx reader's DEFLATE decoder against Python's zlib (C) on the same compressed bytes:
/// worksheet-like XML (compressible, as in every .xlsx) and random bytes (stored blocks), both
/// compressed by zlib at level 6 (dynamic Huffman blocks, as Excel and LibreOffice write them).
enum InflateBench {
    /// One data set's result.
    struct Result {
        var name: String
        var size: Int
        var compressed: Int
        var ours: Timing
        var zlib: Double
        var deflate: Timing
    }

    /// The bytes of a worksheet-like XML part of about `size` bytes.
    static func worksheetXML(size: Int, seed: UInt64) -> [UInt8] {
        var random = SplitMix64(seed: seed)
        var out: [UInt8] = Array(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#.utf8)
        var row = 1
        while out.count < size {
            var line = "<row r=\"\(row)\">"
            for (c, column) in ["A", "B", "C", "D", "E", "F", "G", "H"].enumerated() {
                let n = random.next()
                line += c < 3 ? "<c r=\"\(column)\(row)\" t=\"s\"><v>\(n % 5_000)</v></c>" : "<c r=\"\(column)\(row)\" s=\"\(n % 4)\"><v>\(Double(n % 100_000) / 100)</v></c>"
            }
            out += Array((line + "</row>").utf8)
            row += 1
        }
        return out + Array("</sheetData></worksheet>".utf8)
    }

    static let python = """
    import sys, time, zlib
    data = open(sys.argv[1], "rb").read()
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    packed = c.compress(data) + c.flush()
    open(sys.argv[2], "wb").write(packed)
    times = []
    for _ in range(int(sys.argv[3])):
        t = time.perf_counter()
        out = zlib.decompressobj(-15).decompress(packed)
        times.append(time.perf_counter() - t)
        assert out == data
    times.sort()
    print(times[len(times) // 2])
    """

    /// Runs both data sets, `repeats` times each (median), with `python3` from the PATH.
    static func run(repeats: Int, seed: UInt64, progress: (String) -> Void) throws -> [Result] {
        var random = SplitMix64(seed: seed ^ 0xDEF1A7E)
        let sets: [(String, [UInt8])] = [
            ("worksheet XML", worksheetXML(size: 32 << 20, seed: seed)),
            ("random bytes", (0..<(8 << 20)).map { _ in UInt8(truncatingIfNeeded: random.next()) }),
        ]
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shortlist-bench-inflate-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = directory.appendingPathComponent("zlib_bench.py")
        try Data(python.utf8).write(to: script)
        var results: [Result] = []
        for (name, data) in sets {
            progress("inflate: \(name), \(data.count >> 20) MiB")
            let raw = directory.appendingPathComponent("data"), packed = directory.appendingPathComponent("data.deflate")
            try Data(data).write(to: raw)
            let python = try Subprocess.capture("/usr/bin/env", ["python3", script.path, raw.path, packed.path, String(repeats)], environment: ProcessInfo.processInfo.environment)
            guard python.status == 0, let zlibSeconds = Double(python.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                throw BenchUsageError("python3 with zlib failed: \(python.stderr)")
            }
            let compressed = Array(try Data(contentsOf: packed))
            let (ours, output) = try Stopwatch.measure(repeats) { try Inflate.inflate(compressed, maximumOutput: data.count) }
            guard output == data else { throw BenchUsageError("inflate gave different bytes from zlib's input for \(name)") }
            let (deflate, _) = Stopwatch.measure(repeats) { Deflate.compress(data) }
            results.append(Result(name: name, size: data.count, compressed: compressed.count, ours: ours, zlib: zlibSeconds, deflate: deflate))
        }
        return results
    }

    /// The results as a table.
    static func text(_ results: [Result]) -> String {
        var out = "DEFLATE inflate (output MB/s, median), against Python's zlib on the same zlib level-6 data\n"
        for r in results {
            let mb = Double(r.size) / 1e6
            out += "  \(r.name): \(String(format: "%.1f", mb)) MB → \(String(format: "%.1f", Double(r.compressed) / 1e6)) MB compressed; "
            out += "ours \(String(format: "%.0f", mb / r.ours.median)) MB/s, zlib \(String(format: "%.0f", mb / r.zlib)) MB/s "
            out += "(\(String(format: "%.1f", r.ours.median / r.zlib))× zlib's time); our fixed-Huffman deflate \(String(format: "%.0f", mb / r.deflate.median)) MB/s\n"
        }
        return out
    }
}

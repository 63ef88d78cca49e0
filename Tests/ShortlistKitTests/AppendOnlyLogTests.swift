import Dispatch
import Foundation
import ShortlistKit
import Testing

@Suite struct AppendOnlyLogTests {
    /// A fresh empty directory for one test, removed when the suite value goes away.
    private let scratch: LogScratchDirectory
    private var path: String { scratch.path + "/pilot.jsonl" }

    init() throws {
        scratch = try LogScratchDirectory()
    }

    private struct Rejection: Error, Equatable {
        var reason: String
    }

    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    private func fileText() throws -> String {
        String(decoding: try FileReading.readBytes(path), as: UTF8.self)
    }

    // MARK: - Appending and reading

    @Test func appendsAndReadsBack() throws {
        let log = AppendOnlyLog(path: path)
        var seen = [Int]()
        for value in [3.0, 2.5, 1.0] {
            let line = try log.append { (contents: LogContents) throws(Rejection) -> [UInt8] in
                seen.append(contents.lines.count)
                return bytes(#"{"id":\#(contents.lines.count + 1),"value":\#(value)}"#)
            }
            #expect(line.number == seen.count)
        }
        #expect(seen == [0, 1, 2])
        #expect(try fileText() == """
            {"id":1,"value":3.0}
            {"id":2,"value":2.5}
            {"id":3,"value":1.0}

            """)
        let contents = try log.read()
        #expect(contents == LogContents(lines: [
            .init(number: 1, bytes: bytes(#"{"id":1,"value":3.0}"#)),
            .init(number: 2, bytes: bytes(#"{"id":2,"value":2.5}"#)),
            .init(number: 3, bytes: bytes(#"{"id":3,"value":1.0}"#)),
        ]))
        #expect(contents.lines.map(\.text) == [#"{"id":1,"value":3.0}"#, #"{"id":2,"value":2.5}"#, #"{"id":3,"value":1.0}"#])
        #expect(contents.lineCount == 3)
    }

    @Test func theClosureSeesWhatReadReturns() throws {
        try AtomicFile.write(bytes("a\n\nb\n"), to: path)
        let log = AppendOnlyLog(path: path)
        let before = try log.read()
        let line = try log.append { (contents: LogContents) throws(Rejection) -> [UInt8] in
            #expect(contents == before)
            return bytes("c")
        }
        #expect(line == LogContents.Line(number: 4, bytes: bytes("c")))
        #expect(try fileText() == "a\n\nb\nc\n")
    }

    @Test func aMissingFileIsAnEmptyLogAndIsNotCreatedByReading() throws {
        let contents = try AppendOnlyLog(path: path).read()
        #expect(contents == LogContents())
        #expect(contents.lineCount == 0)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func blankAndInvalidLinesAreSkippedButCounted() throws {
        // Line 2 is empty, line 3 only whitespace, line 4 holds a stray 0xFF byte.
        try AtomicFile.write(bytes("a\n\n \t\r\n") + [0xFF, 0x78, 0x0A] + bytes("é\n"), to: path)
        let contents = try AppendOnlyLog(path: path).read()
        #expect(contents.lines == [.init(number: 1, bytes: bytes("a")), .init(number: 5, bytes: bytes("é"))])
        #expect(contents.tornLine == nil)
        #expect(contents.problems == ["line 4 is not valid UTF-8; it is kept in the file and ignored"])
        #expect(contents.lineCount == 5)
    }

    @Test func newLogsAreReadableAndWritableByTheOwnerOnly() throws {
        _ = try AppendOnlyLog(path: path).append { (_: LogContents) throws(Rejection) -> [UInt8] in bytes("x") }
        let permissions = try #require(
            try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        #expect(permissions & 0o600 == 0o600)
        #expect(permissions & 0o111 == 0)
        #expect(permissions & 0o022 == 0)
    }

    // MARK: - Nothing written on rejection

    @Test func rejectionWritesNothing() throws {
        try AtomicFile.write(bytes("{\"id\":1}\n"), to: path)
        let log = AppendOnlyLog(path: path)
        let error = try #require(throws: AppendError<Rejection>.self) {
            try log.append { (_: LogContents) throws(Rejection) -> [UInt8] in
                throw Rejection(reason: "unknown metric 'uptime'")
            }
        }
        #expect(error == .rejected(Rejection(reason: "unknown metric 'uptime'")))
        #expect(try fileText() == "{\"id\":1}\n")
    }

    @Test(arguments: [
        ("a\nb", "the new line contains a line break"),
        ("", "the new line is blank"),
        (" \r", "the new line is blank"),
    ])
    func linesThatWouldNotReadBackAreRefused(line: String, reason: String) throws {
        try AtomicFile.write(bytes("x\n"), to: path)
        let error = try #require(throws: AppendError<Rejection>.self) {
            try AppendOnlyLog(path: path).append { (_: LogContents) throws(Rejection) -> [UInt8] in bytes(line) }
        }
        #expect(error == .invalidLine(path: path, reason: reason))
        #expect(error.description == "cannot append to '\(path)': \(reason)")
        #expect(try fileText() == "x\n")
    }

    @Test func invalidUTF8IsRefused() throws {
        try AtomicFile.write(bytes("x\n"), to: path)
        let error = try #require(throws: AppendError<Rejection>.self) {
            try AppendOnlyLog(path: path).append { (_: LogContents) throws(Rejection) -> [UInt8] in [0x61, 0xC3] }
        }
        #expect(error == .invalidLine(path: path, reason: "the new line is not valid UTF-8"))
        #expect(try fileText() == "x\n")
    }

    // MARK: - Torn lines

    @Test func aTornLastLineIsReportedAndTheCompleteLinesKept() throws {
        try AtomicFile.write(bytes("{\"id\":1}\n{\"id\":2}\n{\"id\":3,\"val"), to: path)
        let contents = try AppendOnlyLog(path: path).read()
        #expect(contents.lines.map(\.number) == [1, 2])
        #expect(contents.lines.map(\.text) == ["{\"id\":1}", "{\"id\":2}"])
        #expect(contents.tornLine == LogContents.Line(number: 3, bytes: bytes("{\"id\":3,\"val")))
        #expect(contents.problems
            == ["line 3 is incomplete (the write was interrupted); it is kept in the file and ignored"])
        #expect(contents.lineCount == 3)
    }

    @Test func aTornLineCutInsideACharacterIsStillReported() throws {
        try AtomicFile.write(bytes("ok\n") + [0x22, 0xC3], to: path)
        let contents = try AppendOnlyLog(path: path).read()
        #expect(contents.lines.map(\.text) == ["ok"])
        #expect(contents.tornLine?.number == 2)
        #expect(contents.tornLine?.bytes == [0x22, 0xC3])
        #expect(contents.tornLine?.text == "\"\u{FFFD}")
    }

    /// After a torn line the next entry starts on a fresh line. The torn bytes stay in the file
    /// and, now followed by a line break, read back as an ordinary line under their old number:
    /// the log only guarantees whole lines, so telling that this line is not valid JSON is the
    /// caller's job (report it with its number and skip it).
    @Test func theNextAppendStartsOnAFreshLine() throws {
        try AtomicFile.write(bytes("{\"id\":1}\n{\"id\":2,\"val"), to: path)
        let log = AppendOnlyLog(path: path)
        let line = try log.append { (contents: LogContents) throws(Rejection) -> [UInt8] in
            #expect(contents.tornLine?.number == 2)
            return bytes("{\"id\":2}")
        }
        #expect(line == LogContents.Line(number: 3, bytes: bytes("{\"id\":2}")))
        #expect(try fileText() == "{\"id\":1}\n{\"id\":2,\"val\n{\"id\":2}\n")

        let contents = try log.read()
        #expect(contents.lines.map(\.number) == [1, 2, 3])
        #expect(contents.lines.map(\.text) == ["{\"id\":1}", "{\"id\":2,\"val", "{\"id\":2}"])
        #expect(contents.tornLine == nil)
        #expect(contents.problems == [])

        // Later appends do not add another line break.
        _ = try log.append { (_: LogContents) throws(Rejection) -> [UInt8] in bytes("{\"id\":3}") }
        #expect(try fileText() == "{\"id\":1}\n{\"id\":2,\"val\n{\"id\":2}\n{\"id\":3}\n")
    }

    // MARK: - Errors

    @Test func aMissingFolderIsAnIOError() throws {
        let path = scratch.path + "/no/such/folder/log.jsonl"
        let error = try #require(throws: AppendError<Rejection>.self) {
            try AppendOnlyLog(path: path).append { (_: LogContents) throws(Rejection) -> [UInt8] in bytes("x") }
        }
        let expected = FileWriteError(path: path, reason: "cannot open the log: No such file or directory")
        #expect(error == .io(expected))
        #expect(error.description == "cannot write '\(path)': cannot open the log: No such file or directory")
    }

    @Test func aFolderIsNotALog() throws {
        let error = try #require(throws: AppendError<Rejection>.self) {
            try AppendOnlyLog(path: scratch.path).append { (_: LogContents) throws(Rejection) -> [UInt8] in bytes("x") }
        }
        guard case .io(let failure) = error else {
            Issue.record("expected an I/O error, got \(error)")
            return
        }
        #expect(failure.path == scratch.path)
        #expect(failure.reason.hasPrefix("cannot open the log: "))
        #expect(throws: FileReadError(path: scratch.path, reason: "is a directory")) {
            try AppendOnlyLog(path: scratch.path).read()
        }
    }

    // MARK: - Concurrency

    /// 8 threads × 200 appends, each through its own `AppendOnlyLog` and so its own open file
    /// description: `flock` locks conflict between descriptions, so this exercises the same
    /// locking as separate processes. Every entry records how many lines it saw, which proves
    /// that reading, validating and writing happened as one step.
    @Test func concurrentWritersLoseAndInterleaveNothing() throws {
        let workers = 8, perWorker = 200
        let failures = LockedList<String>()
        let numbers = LockedList<Int>()
        let path = self.path
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for sequence in 0..<perWorker {
                do {
                    let line = try AppendOnlyLog(path: path).append {
                        (contents: LogContents) throws(Rejection) -> [UInt8] in
                        let padding = String(repeating: "x", count: (worker * 37 + sequence * 11) % 100)
                        return Array(#"{"worker":\#(worker),"seq":\#(sequence),"seen":\#(contents.lineCount),"pad":"\#(padding)"}"#.utf8)
                    }
                    numbers.append(line.number)
                } catch {
                    failures.append("worker \(worker), entry \(sequence): \(error)")
                }
            }
        }
        #expect(failures.items == [])
        #expect(numbers.items.sorted() == Array(1...workers * perWorker))

        let contents = try AppendOnlyLog(path: path).read()
        #expect(contents.tornLine == nil)
        #expect(contents.problems == [])
        #expect(contents.lineCount == workers * perWorker)
        #expect(contents.lines.map(\.number) == Array(1...workers * perWorker))

        var entries = Set<[Int]>()
        for line in contents.lines {
            let object = try #require(try? JSONDecoder().decode(WorkerLine.self, from: Data(line.bytes)), "line \(line.number)")
            let worker = object.worker, sequence = object.seq, seen = object.seen, padding = object.pad
            #expect(seen == line.number - 1, "line \(line.number) saw \(seen) lines before it")
            #expect(padding.count == (worker * 37 + sequence * 11) % 100)
            entries.insert([worker, sequence])
        }
        #expect(entries.count == workers * perWorker)
        #expect(entries == Set((0..<workers).flatMap { w in (0..<perWorker).map { [w, $0] } }))
    }
}

/// A line the concurrent writers of `AppendOnlyLogTests` append: who wrote it, its number in that
/// writer's sequence, how many lines the writer saw before it, and padding of a varying length.
private struct WorkerLine: Decodable {
    var worker: Int
    var seq: Int
    var seen: Int
    var pad: String
}

/// A list that several threads append to.
private final class LockedList<Element: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Element] = []

    func append(_ element: Element) {
        lock.lock()
        defer { lock.unlock() }
        storage.append(element)
    }

    var items: [Element] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}

/// A temporary directory that deletes itself with its last reference.
private final class LogScratchDirectory: Sendable {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("AppendOnlyLogTests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

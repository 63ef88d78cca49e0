import Foundation
import ShortlistKit
import Testing

@Suite struct AtomicFileTests {
    /// A fresh empty directory for one test, removed when the suite value goes away.
    private let scratch: ScratchDirectory
    private var directory: String { scratch.path }

    init() throws {
        scratch = try ScratchDirectory()
    }

    private func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }

    @Test func writesANewFile() throws {
        let path = directory + "/report.csv"
        try AtomicFile.write(Array("a,b\r\n".utf8), to: path)
        #expect(try FileReading.readBytes(path) == Array("a,b\r\n".utf8))
        #expect(try contents() == ["report.csv"])
    }

    @Test func overwritesWithShorterContents() throws {
        let path = directory + "/ratings.json"
        try AtomicFile.write(Array(repeating: UInt8(ascii: "x"), count: 10_000), to: path)
        try AtomicFile.write(Array("{}".utf8), to: path)
        #expect(try FileReading.readBytes(path) == Array("{}".utf8))
        #expect(try contents() == ["ratings.json"])
    }

    @Test func writesEmptyAndLargeFiles() throws {
        let empty = directory + "/empty"
        try AtomicFile.write([], to: empty)
        #expect(try FileReading.readBytes(empty) == [])

        let large = directory + "/large"
        let bytes = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try AtomicFile.write(bytes, to: large)
        #expect(try FileReading.readBytes(large) == bytes)
    }

    @Test func newFilesAreReadableAndWritableByTheOwner() throws {
        let path = directory + "/mode"
        try AtomicFile.write([1], to: path)
        let permissions = try #require(
            try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        #expect(permissions & 0o600 == 0o600)
        #expect(permissions & 0o111 == 0)
    }

    @Test func concurrentWritersLeaveOneCompleteFileAndNoTemporaries() async throws {
        let path = directory + "/shared"
        let payloads = (0..<16).map { i in Array(String(repeating: "\(i % 10)", count: 50_000).utf8) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for payload in payloads {
                group.addTask { try AtomicFile.write(payload, to: path) }
            }
            try await group.waitForAll()
        }
        #expect(payloads.contains(try FileReading.readBytes(path)))
        #expect(try contents() == ["shared"])
    }

    @Test func missingDirectoryIsAnError() throws {
        let path = directory + "/no/such/dir/out.csv"
        let error = try #require(throws: FileWriteError.self) {
            try AtomicFile.write([1, 2, 3], to: path)
        }
        #expect(error.path == path)
        #expect(error.reason == "cannot create a temporary file: No such file or directory")
        #expect(error.description
            == "cannot write '\(path)': cannot create a temporary file: No such file or directory")
    }

    @Test func aDirectoryIsNeverReplacedAndNoTemporaryFileIsLeft() throws {
        let target = directory + "/taken"
        try FileManager.default.createDirectory(atPath: target + "/inside", withIntermediateDirectories: true)
        let error = try #require(throws: FileWriteError.self) {
            try AtomicFile.write([1, 2, 3], to: target)
        }
        #expect(error.path == target)
        // Refused before a temporary file is made (issue 11: a rename never replaces anything but a regular file).
        #expect(error.reason == "it is a directory; only a regular file is ever replaced")
        #expect(try contents() == ["taken"])
    }

    @Test func aDeviceAFIFOAndASymbolicLinkAreNeverReplaced() throws {
        #expect(mkfifo(directory + "/fifo", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: directory + "/link", withDestinationPath: "/dev/null")
        for (path, kind) in [("/dev/null", "a character device"), (directory + "/fifo", "a FIFO (named pipe)"), (directory + "/link", "a symbolic link")] {
            let error = try #require(throws: FileWriteError.self) { try AtomicFile.write([1], to: path) }
            #expect(error.reason == "it is \(kind); only a regular file is ever replaced")
        }
        #expect(try contents() == ["fifo", "link"])
    }
}

/// A temporary directory that deletes itself with its last reference.
private final class ScratchDirectory: Sendable {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("AtomicFileTests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

@Suite struct FileReadingTests {
    @Test func missingFile() {
        #expect(throws: FileReadError(path: "/no/such/file.csv", reason: "no such file")) {
            try FileReading.readBytes("/no/such/file.csv")
        }
    }

    @Test func directoryIsAnError() {
        let path = FileManager.default.temporaryDirectory.path
        #expect(throws: FileReadError(path: path, reason: "is a directory")) {
            try FileReading.readBytes(path)
        }
    }

    @Test func descriptionNamesTheFile() {
        #expect(FileReadError(path: "a.csv", reason: "no such file").description == "cannot read 'a.csv': no such file")
    }

    #if os(Linux)
    @Test func readsFilesWithoutAReportedSize() throws {
        // /proc files report size 0 but have contents.
        let bytes = try FileReading.readBytes("/proc/self/status")
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("Name:"))
    }
    #endif
}

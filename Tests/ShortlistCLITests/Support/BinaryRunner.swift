import Foundation

/// Runs the built `shortlist` binary as a user would, capturing its output and exit status.
enum BinaryRunner {
    /// The repository root, found from this file's path (`Tests/ShortlistCLITests/Support/BinaryRunner.swift`).
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `shortlist` binary built beside the test bundle.
    static let binary: URL = {
        var candidates: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("shortlist"))
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("shortlist"))
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("shortlist"))
        candidates.append(repositoryRoot.appendingPathComponent(".build/debug/shortlist"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// Runs the binary with `arguments` in `directory` (default: the repository root).
    /// Another `executable` (e.g. a shell that sets limits first) may run instead of the binary.
    static func run(_ arguments: [String], in directory: URL = repositoryRoot, environment: [String: String] = [:], executable: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes concurrently-safe: stdout first to EOF, then stderr (outputs here are small or stdout-heavy).
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: stdoutData, stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// A copy of the repository folder `sample` (e.g. `samples/retail-10-stores`) as `name` in a new
    /// temporary directory; returns both.
    static func copyOfSample(_ sample: String, as name: String = "ws") throws -> (directory: URL, workspace: URL) {
        let directory = try temporaryDirectory()
        let workspace = directory.appendingPathComponent(name)
        try copyContents(of: repositoryRoot.appendingPathComponent(sample).path, to: workspace.path)
        return (directory, workspace)
    }

    /// Copies a folder's files by their contents only; `copyItem` also copies the owner, which fails for
    /// an ordinary user copying a checkout that root owns.
    static func copyContents(of source: String, to destination: String) throws {
        let files = FileManager.default
        try files.createDirectory(atPath: destination, withIntermediateDirectories: true)
        for entry in try files.contentsOfDirectory(atPath: source) {
            var isDirectory: ObjCBool = false
            _ = files.fileExists(atPath: source + "/" + entry, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                try copyContents(of: source + "/" + entry, to: destination + "/" + entry)
            } else {
                try Data(contentsOf: URL(fileURLWithPath: source + "/" + entry)).write(to: URL(fileURLWithPath: destination + "/" + entry))
            }
        }
    }

    /// A new empty temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("shortlist-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

import Foundation
import Testing

/// What an app that embeds ShortlistKit sees: the DocC articles' code compiles **outside the package**.
///
/// The tests in this target share the package, so they also see `package` declarations and cannot
/// tell whether the articles use only the public API. This test type-checks each article's ```swift
/// blocks with `swiftc` against the built `ShortlistKit` module without the package's name, as an
/// app would import it; a declaration the articles need that is not `public` fails it.
@Suite struct PublicAPITests {
    /// The built modules folder of the debug build `swift test` uses.
    static let modules: URL? = {
        let build = DocSnippetTests.root.appendingPathComponent(".build")
        let candidates = [build.appendingPathComponent("debug/Modules")]
            + ((try? FileManager.default.contentsOfDirectory(atPath: build.path)) ?? []).sorted().map {
                build.appendingPathComponent("\($0)/debug/Modules")
            }
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("ShortlistKit.swiftmodule").path) }
    }()

    /// `swiftc` on the PATH, beside the toolchain that runs the tests.
    static let compiler: String? = {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(directory)/swiftc"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()

    static let available = modules != nil && compiler != nil

    @Test(.enabled(if: available, "needs swiftc on the PATH and the debug build's ShortlistKit.swiftmodule under .build"),
          arguments: ["GettingStarted", "Embedding"])
    func theArticlesCompileAsAnAppWouldImportTheLibrary(_ article: String) throws {
        let blocks = try DocSnippetTests.articleBlocks(article)
        #expect(!blocks.isEmpty)
        // The embedding article reads bytes prepared before its first block (see DocSnippetTests.embedding).
        let prelude = """
            let catalogBytes: [UInt8] = [], saasBytes: [UInt8] = [], selectionBytes: [UInt8] = [], uploadBytes: [UInt8] = []
            _ = (catalogBytes, saasBytes, selectionBytes, uploadBytes)
            """
        let source = "import Foundation\nimport ShortlistKit\n\nfunc snippet() throws {\n" + prelude + "\n"
            + blocks.joined(separator: "\n") + "\n}\n"
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shortlist-api-\(article)-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("App.swift")
        try Data(source.utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.compiler!)
        process.arguments = ["-typecheck", "-swift-version", "6", "-I", Self.modules!.path, file.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let diagnostics = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(article).md does not compile against the public API:\n\(diagnostics)")
    }
}

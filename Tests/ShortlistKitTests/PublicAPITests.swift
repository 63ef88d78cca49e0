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

    /// A tool of the toolchain on the PATH (`swiftc`, `swift-symbolgraph-extract`, `docc`), or nil.
    static func tool(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// `swiftc` on the PATH, beside the toolchain that runs the tests.
    static let compiler = tool("swiftc")
    /// The tool that writes a module's public symbols as a symbol graph (JSON).
    static let symbolGraphExtractor = tool("swift-symbolgraph-extract")
    /// The documentation compiler, which reports unresolved links and undocumented parameters.
    static let docc = tool("docc")

    /// `SHORTLIST_TOOLCHAIN_TESTS=required` (set by `.ci/run`) makes a missing tool a failure
    /// instead of a skip: the Swift toolchain ships all three, so CI must never skip these tests.
    static let required = ProcessInfo.processInfo.environment["SHORTLIST_TOOLCHAIN_TESTS"] == "required"

    static let available = required || (modules != nil && compiler != nil)
    static let graphAvailable = required || (modules != nil && symbolGraphExtractor != nil)
    static let doccAvailable = required || (modules != nil && symbolGraphExtractor != nil && docc != nil)

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
        let compiler = try #require(Self.compiler, "swiftc is not on the PATH")
        let modules = try #require(Self.modules, "no ShortlistKit.swiftmodule under .build")
        let (status, diagnostics) = try Self.run(compiler, ["-typecheck", "-swift-version", "6", "-I", modules.path, file.path])
        #expect(status == 0, "\(article).md does not compile against the public API:\n\(diagnostics)")
    }

    /// The public types of the built module, as dotted paths (`Decision.Flip`), read from the
    /// symbol graph `swift-symbolgraph-extract` writes at `public` access: what an app can name.
    static func publicTypes() throws -> [String] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shortlist-symbols-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0 ... .max))")
        defer { try? FileManager.default.removeItem(at: directory) }
        try extractSymbolGraph(into: directory)
        let graph = try JSONDecoder().decode(SymbolGraph.self, from: Data(contentsOf: directory.appendingPathComponent("ShortlistKit.symbols.json")))
        let typeKinds: Set = ["swift.struct", "swift.enum", "swift.class", "swift.protocol", "swift.typealias", "swift.actor"]
        return graph.symbols.filter { typeKinds.contains($0.kind.identifier) }.map { $0.pathComponents.joined(separator: ".") }.sorted()
    }

    /// Writes the module's public symbol graph (`ShortlistKit.symbols.json`) into `directory`.
    static func extractSymbolGraph(into directory: URL) throws {
        let extractor = try #require(symbolGraphExtractor, "swift-symbolgraph-extract is not on the PATH")
        let modules = try #require(modules, "no ShortlistKit.swiftmodule under .build")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        #if arch(arm64)
        let architecture = "aarch64"
        #else
        let architecture = "x86_64"
        #endif
        #if os(macOS)
        let target = "\(architecture == "aarch64" ? "arm64" : architecture)-apple-macosx13.0"
        #else
        let target = "\(architecture)-unknown-linux-gnu"
        #endif
        let (status, errors) = try run(extractor, ["-module-name", "ShortlistKit", "-I", modules.path, "-target", target,
                                                   "-minimum-access-level", "public", "-output-dir", directory.path])
        #expect(status == 0, "swift-symbolgraph-extract failed:\n\(errors)")
    }

    /// The part of a symbol graph these tests read.
    struct SymbolGraph: Decodable {
        struct Symbol: Decodable {
            struct Kind: Decodable { var identifier: String }
            var kind: Kind
            var pathComponents: [String]
        }
        var symbols: [Symbol]
    }

    /// Runs `executable` with `arguments`; its exit status and its output (standard output and
    /// standard error through one pipe, in the order written: docc prints its warnings on standard output).
    static func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = errors
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    /// The DocC catalog page names every public top-level type once under "Topics", and nothing
    /// else: a type made public by accident, or demoted without the page knowing, fails here. The
    /// README's "What is public and why" states the count, which must be the measured one.
    @Test(.enabled(if: graphAvailable, "needs swift-symbolgraph-extract on the PATH and the debug build's ShortlistKit.swiftmodule under .build"))
    func theCatalogPageListsExactlyThePublicTypes() throws {
        let types = try Self.publicTypes()
        let topLevel = types.filter { !$0.contains(".") }  // a dotted path is a nested type, listed on its parent's page
        let page = try String(contentsOf: DocSnippetTests.root.appendingPathComponent("Sources/ShortlistKit/ShortlistKit.docc/ShortlistKit.md"), encoding: .utf8)
        let listed = page.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("- ``"), line.hasSuffix("``") else { return nil }
            return String(line.dropFirst(4).dropLast(2))
        }
        #expect(Set(listed).count == listed.count, "a type is listed twice: \(listed)")
        #expect(Set(listed).subtracting(topLevel).sorted() == [], "listed under Topics but not public")
        #expect(Set(topLevel).subtracting(listed).sorted() == [], "public but not listed under Topics")
        let readme = try String(contentsOf: DocSnippetTests.root.appendingPathComponent("README.md"), encoding: .utf8)
        let statement = "ShortlistKit has \(types.count) public types (\(topLevel.count) top-level, the rest nested in them)"
        #expect(readme.contains(statement), "README.md should say: \(statement)")  // the sentence is free prose around the two counts
    }

    /// `docc` builds the catalog with no warning: every ``symbol`` link resolves to a public
    /// declaration, and every public function documents its parameters.
    @Test(.enabled(if: doccAvailable, "needs docc and swift-symbolgraph-extract on the PATH and the debug build's ShortlistKit.swiftmodule under .build"))
    func theDocumentationBuildsWithoutWarnings() throws {
        let docc = try #require(Self.docc, "docc is not on the PATH")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shortlist-docc-\(ProcessInfo.processInfo.processIdentifier)")
        let graphs = directory.appendingPathComponent("graphs"), output = directory.appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.extractSymbolGraph(into: graphs)
        let catalog = DocSnippetTests.root.appendingPathComponent("Sources/ShortlistKit/ShortlistKit.docc").path
        let (status, log) = try Self.run(docc, ["convert", catalog, "--additional-symbol-graph-dir", graphs.path,
                                                "--fallback-display-name", "ShortlistKit", "--fallback-bundle-identifier", "shortlist.kit",
                                                "--output-path", output.path, "--analyze"])
        #expect(status == 0)
        let warnings = log.split(separator: "\n").filter { $0.hasPrefix("warning:") || $0.hasPrefix("error:") }
        #expect(warnings == [], "docc:\n\(log)")
    }
}

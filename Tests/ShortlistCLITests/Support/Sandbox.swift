import Foundation
import Testing
@testable import ShortlistCLI
import ShortlistKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension BadInputTests {
    /// A fresh copy of the fixture workspace `Fixtures/retail` in its own temporary folder.
    struct Sandbox {
        /// The repository's root.
        static let repositoryRoot: String = BinaryRunner.repositoryRoot.path
        /// The frozen inputs: `retail/` (a workspace) and `criteria/` (the catalogs it may name).
        static let fixtures: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().path + "/Fixtures"

        /// Whether `chmod 000` makes a file unreadable here; not when running as root.
        static var canMakeFilesUnreadable: Bool {
            let path = NSTemporaryDirectory() + "shortlist-access-\(UUID().uuidString)"
            guard FileManager.default.createFile(atPath: path, contents: Data("{}".utf8)) else { return false }
            defer { try? FileManager.default.removeItem(atPath: path) }
            guard chmod(path, 0) == 0 else { return false }
            return access(path, R_OK) != 0
        }

        /// The temporary folder holding the workspace (`<tmp>`).
        let root: String
        /// The workspace (`<ws>`).
        let workspace: String

        init() throws {
            root = NSTemporaryDirectory() + "shortlist-bad-input-" + UUID().uuidString
            workspace = root + "/workspace"
            do {
                try BinaryRunner.copyContents(of: Self.fixtures + "/retail", to: workspace)
            } catch {
                remove()
                throw error
            }
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }

        /// Replaces the `<ws>` and `<tmp>` placeholders.
        func substitute(_ text: String) -> String {
            text.replacingOccurrences(of: "<ws>", with: workspace).replacingOccurrences(of: "<tmp>", with: root)
        }

        /// Runs the tool in-process from the temporary folder, with the fixture catalogs.
        func run(_ arguments: [String]) -> CommandResult {
            CommandLineTool.execute(Invocation(
                arguments: arguments.map(substitute),
                environment: ["SHORTLIST_CATALOGS": Self.fixtures + "/criteria"],
                currentDirectory: root))
        }

        /// Every file in the workspace with its bytes, to check that a failing command changed nothing.
        func snapshot() throws -> [String: Data] {
            var files: [String: Data] = [:]
            let enumerator = FileManager.default.enumerator(atPath: workspace)
            while let relative = enumerator?.nextObject() as? String {
                var isDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: workspace + "/" + relative, isDirectory: &isDirectory)
                files[relative] = isDirectory.boolValue ? Data() : try Data(contentsOf: URL(fileURLWithPath: workspace + "/" + relative))
            }
            return files
        }

        /// A mutation's path: relative to the workspace, or to `<tmp>` when it starts with `<tmp>/`.
        private func path(_ file: String) -> String {
            file.hasPrefix("<tmp>/") ? substitute(file) : workspace + "/" + file
        }

        func apply(_ mutation: Mutation) throws {
            let files = FileManager.default
            switch mutation {
            case .replace(let file, let old, let new):
                let text = try read(file)
                let parts = text.components(separatedBy: old)
                try #require(parts.count == 2, "\(file) must contain \(old) exactly once")
                try write(file, parts.joined(separator: new))
            case .write(let file, let text):
                try write(file, text)
            case .transform(let file, let change):
                try write(file, change(try read(file)))
            case .bytes(let file, let change):
                let data = try Data(contentsOf: URL(fileURLWithPath: path(file)))
                try Data(change(Array(data))).write(to: URL(fileURLWithPath: path(file)))
            case .remove(let file):
                try files.removeItem(atPath: path(file))
            case .rename(let file, let newFile):
                try files.moveItem(atPath: path(file), toPath: path(newFile))
            case .makeFolder(let file):
                try files.createDirectory(atPath: path(file), withIntermediateDirectories: true)
            case .copyCatalog:
                try Data(contentsOf: URL(fileURLWithPath: Self.fixtures + "/criteria/hris.json")).write(to: URL(fileURLWithPath: workspace + "/hris.json"))
                try apply(.selection(#""catalog": "hris""#, #""catalog": "hris.json""#))
            case .command(let arguments):
                let result = run(arguments)
                try #require(result.exitCode == .success, "shortlist \(arguments.joined(separator: " ")): \(result.stderr)")
            }
        }

        private func read(_ file: String) throws -> String {
            try String(contentsOfFile: path(file), encoding: .utf8)
        }

        private func write(_ file: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path(file)))
        }
    }
}

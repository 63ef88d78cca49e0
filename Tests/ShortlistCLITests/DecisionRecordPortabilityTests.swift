import Foundation
import Testing

/// A decision record holds on any machine and from any folder: no absolute path in it, and
/// `verify` resolves the catalog again exactly as `rank` would.
///
/// The workspaces here are copies of the retail sample without a `criteria/` folder of their own, so
/// their catalog `hris` is found outside them (beside the built tool, in the repository's `criteria/`),
/// as it is for the shipped samples.
@Suite struct DecisionRecordPortabilityTests {
    static let now = ["SHORTLIST_NOW": "2026-07-01T09:00:00Z"]

    /// A copy of the retail sample as `<temp>/ws`, decided from `<temp>` with the relative path `ws`.
    static func decided() throws -> (directory: URL, workspace: URL) {
        let copy = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        let result = try BinaryRunner.run(["decide", "ws"], in: copy.directory, environment: now)
        try #require(result.status == 0, "decide: \(result.stderr)")
        return copy
    }

    /// The last line of `verify` when one input differs from the retail sample's decision.
    static let differs = "error: 1 input file differs from the decision of 2026-07-01T09:00:00Z; run `shortlist decide` again if the change is intended\n"

    static func record(_ workspace: URL) throws -> String {
        try String(contentsOf: workspace.appendingPathComponent("decision.json"), encoding: .utf8)
    }

    /// The repository's HRIS catalog with one point of weight moved from cost (20) to functional fit (24),
    /// so that the ranking changes and the top level keeps its stated total.
    static func editedCatalog() throws -> Data {
        var text = try String(contentsOf: BinaryRunner.repositoryRoot.appendingPathComponent("criteria/hris.json"), encoding: .utf8)
        for (from, to) in [("\"functional-fit\": 24,", "\"functional-fit\": 25,"), ("\"cost\": 20,", "\"cost\": 19,")] {
            let range = try #require(text.range(of: from), "the catalog has \(from)")
            text.replaceSubrange(range, with: to)
        }
        return Data(text.utf8)
    }

    @Test func theRecordHoldsNoAbsolutePathAndVerifiesFromAnyFolder() throws {
        let (directory, workspace) = try Self.decided()
        defer { try? FileManager.default.removeItem(at: directory) }
        let record = try Self.record(workspace)
        // Negative checks: no absolute path anywhere in the record.
        #expect(!record.contains(directory.path), "no temporary path")
        #expect(!record.contains(BinaryRunner.repositoryRoot.path), "no path of the tool's checkout")
        let inputs = try decodeJSON(DecisionRecordJSON.self, from: Data(record.utf8)).inputs
        #expect(inputs.compactMap(\.catalog) == ["hris"], "the outside catalog is named by its reference")
        #expect(inputs.compactMap(\.file).filter { $0.hasPrefix("/") } == [], "every file relative to the workspace")

        // From the workspace itself, from its parent and from an unrelated folder.
        let elsewhere = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        for (cwd, path) in [(workspace, "."), (directory, "ws"), (elsewhere, workspace.path), (elsewhere, "../" + directory.lastPathComponent + "/ws")] {
            let result = try BinaryRunner.run(["verify", path], in: cwd)
            #expect(result.status == 0, "verify \(path) from \(cwd.path): \(result.stderr)")
            #expect(result.text.hasPrefix("ok: all 12 inputs"), "\(result.text)")
        }
    }

    @Test func aCopiedOrMovedWorkspaceStillVerifies() throws {
        let (directory, workspace) = try Self.decided()
        defer { try? FileManager.default.removeItem(at: directory) }
        let other = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: other) }
        let moved = other.appendingPathComponent("archive/2026/retail")
        try BinaryRunner.copyContents(of: workspace.path, to: moved.path)
        let result = try BinaryRunner.run(["verify", "archive/2026/retail"], in: other)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "no note: \(result.stderr)")
    }

    @Test func aCatalogThatNowShadowsTheRecordedOneFailsVerify() throws {
        let (directory, workspace) = try Self.decided()
        defer { try? FileManager.default.removeItem(at: directory) }
        // A new criteria/ above the workspace is searched before the tool's own: it shadows the recorded catalog.
        let before = try BinaryRunner.run(["rank", workspace.path, "--format", "json"]).stdout
        let shadow = directory.appendingPathComponent("criteria/hris.json")
        try FileManager.default.createDirectory(at: shadow.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Self.editedCatalog().write(to: shadow)
        let result = try BinaryRunner.run(["verify", workspace.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "changed: catalog \"hris\": selection.json's catalog \"hris\" now resolves to \(shadow.path), whose content differs from the recorded catalog\nerror: 1 input file differs from the decision of 2026-07-01T09:00:00Z; run `shortlist decide` again if the change is intended\n")
        // The ranking did change: rank reads the shadowing catalog too.
        #expect(try BinaryRunner.run(["rank", workspace.path, "--format", "json"]).stdout != before)

        // The same through $SHORTLIST_CATALOGS, from a workspace with no criteria/ above it.
        try FileManager.default.removeItem(at: shadow)
        #expect(try BinaryRunner.run(["verify", workspace.path]).status == 0)
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.editedCatalog().write(to: folder.appendingPathComponent("hris.json"))
        let viaEnvironment = try BinaryRunner.run(["verify", workspace.path], environment: ["SHORTLIST_CATALOGS": folder.path])
        #expect(viaEnvironment.status == 1)
        #expect(viaEnvironment.stderr == "changed: catalog \"hris\": selection.json's catalog \"hris\" now resolves to \(folder.path)/hris.json, whose content differs from the recorded catalog\nerror: 1 input file differs from the decision of 2026-07-01T09:00:00Z; run `shortlist decide` again if the change is intended\n")

        // A shadowing catalog with the recorded content changes nothing: the check is on content.
        try Data(contentsOf: BinaryRunner.repositoryRoot.appendingPathComponent("criteria/hris.json")).write(to: folder.appendingPathComponent("hris.json"))
        let same = try BinaryRunner.run(["verify", workspace.path], environment: ["SHORTLIST_CATALOGS": folder.path])
        #expect(same.status == 0, "\(same.stderr)")
    }

    @Test func anEditedCatalogFailsVerifyNamingIt() throws {
        // The catalog frozen into the workspace by `init`: an edit names the file.
        let parent = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        #expect(try BinaryRunner.run(["init", "ws", "--sample", "retail-10-stores"], in: parent).status == 0)
        #expect(try BinaryRunner.run(["decide", "ws"], in: parent, environment: Self.now).status == 0)
        let frozen = parent.appendingPathComponent("ws/criteria/hris.json")
        let inputs = try decodeJSON(DecisionRecordJSON.self, from: Data(contentsOf: parent.appendingPathComponent("ws/decision.json"))).inputs
        #expect(inputs.compactMap(\.file).contains("criteria/hris.json"), "the frozen catalog is an input file") // set membership
        #expect(inputs.compactMap(\.catalog) == [])
        try Self.editedCatalog().write(to: frozen)
        let result = try BinaryRunner.run(["verify", "ws"], in: parent)
        #expect(result.status == 1)
        #expect(result.stderr == "changed: criteria/hris.json\n" + Self.differs)

        // A catalog found outside ($SHORTLIST_CATALOGS), edited after the decision.
        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = try BinaryRunner.copyOfSample("samples/retail-10-stores")
        defer { try? FileManager.default.removeItem(at: copy.directory) }
        let catalog = folder.appendingPathComponent("hris.json")
        try Data(contentsOf: BinaryRunner.repositoryRoot.appendingPathComponent("criteria/hris.json")).write(to: catalog)
        let environment = Self.now.merging(["SHORTLIST_CATALOGS": folder.path]) { a, _ in a }
        #expect(try BinaryRunner.run(["decide", copy.workspace.path], environment: environment).status == 0)
        #expect(try BinaryRunner.run(["verify", copy.workspace.path], environment: environment).status == 0)
        try Self.editedCatalog().write(to: catalog)
        let outside = try BinaryRunner.run(["verify", copy.workspace.path], environment: environment)
        #expect(outside.status == 1)
        #expect(outside.stderr == "changed: catalog \"hris\": selection.json's catalog \"hris\" now resolves to \(catalog.path), whose content differs from the recorded catalog\n" + Self.differs)
    }

    @Test func anOlderRecordThatNamedItsCatalogByAbsolutePathStillVerifiesOrSaysWhy() throws {
        let (directory, workspace) = try Self.decided()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Records written before this change named an outside catalog by the path where it was found.
        let file = workspace.appendingPathComponent("decision.json")
        let old = try Self.record(workspace).replacingOccurrences(of: "\"catalog\": \"hris\"", with: "\"file\": \"/home/someone-else/shortlist/criteria/hris.json\"")
        try #require(old != (try Self.record(workspace)), "the record named its catalog by reference, now replaced")
        try Data(old.utf8).write(to: file)
        let same = try BinaryRunner.run(["verify", workspace.path])
        #expect(same.status == 0, "\(same.stderr)")
        #expect(same.stderr == "note: the record names its catalog by the absolute path /home/someone-else/shortlist/criteria/hris.json, as older records did; the catalog found now, \(BinaryRunner.repositoryRoot.path)/criteria/hris.json, has the recorded content. Run `shortlist decide` again to record it by reference\n")

        let folder = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.editedCatalog().write(to: folder.appendingPathComponent("hris.json"))
        let differs = try BinaryRunner.run(["verify", workspace.path], environment: ["SHORTLIST_CATALOGS": folder.path])
        #expect(differs.status == 1)
        #expect(differs.stderr == "changed: /home/someone-else/shortlist/criteria/hris.json: selection.json's catalog \"hris\" now resolves to \(folder.path)/hris.json, whose content differs from the recorded catalog\n" + Self.differs)
    }
}

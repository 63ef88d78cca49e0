import Foundation
import Testing

/// Counts read as English: "1 vendor", never "1 vendors", in `validate` and the rank table of a fresh workspace.
@Suite struct CountWordingTests {
    @Test func aFreshWorkspaceHasOneVendorNotOneVendors() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try BinaryRunner.run(["init", "ws"], in: directory).status == 0)
        let validate = try BinaryRunner.run(["validate", "ws"], in: directory)
        #expect(validate.text.hasPrefix("ok: ws is valid — 1 vendor, catalog hris ("), "\(validate.text)")
        let rank = try BinaryRunner.run(["rank", "ws", "--allow-incomplete"], in: directory)
        #expect(rank.text.contains("catalog hris · 1 vendor · "), "\(rank.text)")
        let zh = try BinaryRunner.run(["rank", "ws", "--allow-incomplete", "--lang", "zh"], in: directory)
        #expect(zh.text.contains(" · 1 家供应商 · "), "\(zh.text)")
    }
}

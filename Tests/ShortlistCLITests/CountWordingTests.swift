import Foundation
import Testing

/// Counts read as English: "1 vendor", never "1 vendors", in `validate` and the rank table of a fresh workspace.
@Suite struct CountWordingTests {
    @Test func aFreshWorkspaceHasOneVendorNotOneVendors() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try BinaryRunner.run(["init", "ws"], in: directory).status == 0)
        let validate = try BinaryRunner.run(["validate", "ws"], in: directory)
        #expect(validate.text == "ok: ws is valid — 1 vendor, catalog hris (101 criteria, 7 gates)\n")
        let rank = try BinaryRunner.run(["rank", "ws", "--allow-incomplete"], in: directory)
        #expect(rank.lines[1] == "catalog hris · 1 vendor · 1 ranked · 0 knocked out")
        let zh = try BinaryRunner.run(["rank", "ws", "--allow-incomplete", "--lang", "zh"], in: directory)
        #expect(zh.lines[1] == "指标库 hris · 1 家供应商 · 1 家参与排名 · 0 家被淘汰")
    }
}

import Testing
import ShortlistKit

/// The id rule shared by the JSON decoders and the command line.
@Suite struct IdentifierTests {
    @Test(arguments: ["lingxi", "chen-jing", "gate.budget", "v2_x", "9a", "灵犀"])
    func valid(_ id: String) { #expect(Identifier.isValid(id)) }

    @Test(arguments: ["", "_x", "-x", ".hidden", "a b", "a/b", "../x", "a\u{1B}"])
    func invalid(_ id: String) { #expect(!Identifier.isValid(id)) }
}

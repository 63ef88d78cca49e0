import Foundation
import ShortlistKit
import Testing

/// SHA-256 against the FIPS 180-4 example vectors and Python's `hashlib`.
@Suite struct SHA256Tests {
    private func hexDigest(_ text: String) -> String {
        SHA256.hex(SHA256.hash(Array(text.utf8)))
    }

    // MARK: - NIST examples for FIPS 180-4 (csrc.nist.gov, "Examples with Intermediate Values")

    @Test func emptyMessage() {
        #expect(hexDigest("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func oneBlockMessage() {
        // FIPS 180-4 example: "abc" (24 bits).
        #expect(hexDigest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func twoBlockMessage() {
        // FIPS 180-4 example: the 448-bit message, whose padding needs a second block.
        #expect(hexDigest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func message896Bits() {
        let message = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
            + "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        #expect(message.utf8.count == 112)
        #expect(hexDigest(message) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test func oneMillionA() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(SHA256.hash(message))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    // MARK: - Padding edge cases (FIPS 180-4 §5.1.1)

    /// Expected values from Python 3: `hashlib.sha256(bytes(i % 256 for i in range(n))).hexdigest()`.
    @Test(arguments: [
        (55, "463eb28e72f82e0a96c0a4cc53690c571281131f672aa229e0d45ae59b598b59"),  // 0x80 + length fit in one block
        (56, "da2ae4d6b36748f2a318f23e7ab1dfdf45acdc9d049bd80e59de82a60895f562"),  // length no longer fits: two blocks
        (63, "29af2686fd53374a36b0846694cc342177e428d1647515f078784d69cdb9e488"),
        (64, "fdeab9acf3710362bd2658cdc9a29e8f9c757fcf9811603a8c447cd1d9151108"),  // exactly one block of data
        (65, "4bfd2c8b6f1eec7a2afeb48b934ee4b2694182027e6d0fc075074f2fabb31781"),
        (119, "da18797ed7c3a777f0847f429724a2d8cd5138e6ed2895c3fa1a6d39d18f7ec6"),
        (120, "f52b23db1fbb6ded89ef42a23ce0c8922c45f25c50b568a93bf1c075420bbb7c"),
        (128, "471fb943aa23c511f6f72f8d1652d9c880cfa392ad80503120547703e56a2be5"),
    ])
    func paddingBoundaries(length: Int, expected: String) {
        let message = (0..<length).map { UInt8(truncatingIfNeeded: $0) }
        #expect(SHA256.hex(SHA256.hash(message)) == expected)
    }

    // MARK: - Incremental hashing

    @Test func splittingAtEveryOffsetGivesTheSameDigest() {
        let message = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let expected = SHA256.hash(message)
        for split in 0...message.count {
            var hasher = SHA256()
            hasher.update(Array(message[..<split]))
            hasher.update(Array(message[split...]))
            #expect(hasher.finalize() == expected, "split at \(split)")
        }
    }

    @Test func feedingInChunksOfEverySizeGivesTheSameDigest() {
        let message = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 13) }
        let expected = SHA256.hash(message)
        for size in 1...130 {
            var hasher = SHA256()
            var start = 0
            while start < message.count {
                let end = min(start + size, message.count)
                message[start..<end].withUnsafeBytes { hasher.update($0) }
                start = end
            }
            #expect(hasher.finalize() == expected, "chunks of \(size)")
        }
    }

    @Test func finalizeResetsTheHasher() {
        var hasher = SHA256()
        hasher.update(Array("abc".utf8))
        #expect(SHA256.hex(hasher.finalize()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(hasher.finalize()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        hasher.update([])
        hasher.update(Array("abc".utf8))
        #expect(SHA256.hex(hasher.finalize()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func hexIsLowercaseTwoDigitsPerByte() {
        #expect(SHA256.hex([]) == "")
        #expect(SHA256.hex([0x00, 0x0f, 0xa0, 0xff]) == "000fa0ff")
        #expect(SHA256.hash([]).count == 32)
    }

    // MARK: - Files

    @Test(arguments: [0, 1, 65_535, 65_536, 200_003])
    func hashFileEqualsHashOfTheBytes(size: Int) throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("SHA256Tests-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 9) }
        try AtomicFile.write(bytes, to: path)
        #expect(try SHA256.hashFile(path) == SHA256.hex(SHA256.hash(bytes)))
    }

    @Test func hashFileOfAMissingFile() {
        #expect(throws: FileReadError(path: "/no/such/file.json", reason: "no such file")) {
            try SHA256.hashFile("/no/such/file.json")
        }
    }

    @Test func hashFileOfADirectory() {
        let path = FileManager.default.temporaryDirectory.path
        #expect(throws: FileReadError(path: path, reason: "is a directory")) {
            try SHA256.hashFile(path)
        }
    }
}

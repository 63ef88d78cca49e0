import Testing
@testable import ShortlistKit

/// DEFLATE (RFC 1951) decoding against streams built by hand or by zlib, and round trips through our encoders.
@Suite struct InflateTests {
    static func hex(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        var i = text.startIndex
        while i < text.endIndex {
            let j = text.index(i, offsetBy: 2)
            out.append(UInt8(text[i..<j], radix: 16)!)
            i = j
        }
        return out
    }

    /// Packs bits least significant first, independently of the library's encoder; `code` packs a Huffman code most significant bit first.
    struct Bits {
        var bytes: [UInt8] = []
        var used = 0
        mutating func put(_ value: Int, _ count: Int) {
            for k in 0..<count {
                if used % 8 == 0 { bytes.append(0) }
                if value & (1 << k) != 0 { bytes[bytes.count - 1] |= UInt8(1 << (used % 8)) }
                used += 1
            }
        }
        mutating func code(_ value: Int, _ count: Int) {
            for k in stride(from: count - 1, through: 0, by: -1) { put((value >> k) & 1, 1) }
        }
    }

    @Test func storedBlock() throws {
        // BFINAL=1, BTYPE=00 in the first byte, then LEN=5 (05 00), NLEN=~5 (FA FF) and the five bytes (RFC 1951 §3.2.4).
        let stream: [UInt8] = [0x01, 0x05, 0x00, 0xFA, 0xFF] + Array("hello".utf8)
        #expect(try Inflate.inflate(stream, maximumOutput: 100) == Array("hello".utf8))
    }

    @Test func fixedHuffmanBlock() throws {
        // zlib's raw deflate of "a": 4B 04 00 = BFINAL 1, BTYPE 01, literal 'a' (0x61 → 8-bit code 0x30+0x61 = 0x91), end of block (7 zero bits).
        #expect(try Inflate.inflate(Self.hex("4b0400"), maximumOutput: 10) == Array("a".utf8))
    }

    @Test func dynamicHuffmanBlock() throws {
        // zlib level 9 chose a dynamic block (BTYPE = (0x8d >> 1) & 3 = 2) for these 163 bytes.
        let text = "Deflate late: a dynamic block needs enough text, repeated text, repeated text, with letters abcdefghijklmnopqrstuvwxyz and more letters abcdefghijklmnopqrstuvwxyz."
        let stream = Self.hex("8dcac10dc2301044d156a60044019c6964e39dc426f63ad81b92507de0ce81cb97bef4ee1cb338f1cd0d023d4c4a0a18720d338cd40e5a5da708e7ee17342efc58fdbd5bf2884c77b60e1982729c627accb9585d9eadfbfadaf6e30d3145a98d7fd8eb09")
        #expect((stream[0] >> 1) & 3 == 2)
        #expect(try Inflate.inflate(stream, maximumOutput: 1000) == Array(text.utf8))
    }

    @Test func backReferenceAcrossBlocks() throws {
        // zlib: the sentence, a sync flush (an empty stored block, 00 00 FF FF), then a final fixed block that copies the sentence from the first block.
        let sentence = "across blocks: the same sentence twice. "
        let stream = Self.hex("4a4c2eca2f2e5648cac94fce2eb65228c94855284ecc0512a97925a979c9a90a25e599c9a97a0a00000000ffff4b24521d00")
        #expect(try Inflate.inflate(stream, maximumOutput: 1000) == Array((sentence + sentence).utf8))
    }

    @Test func maximumDistance() throws {
        // A stored block of 32,768 bytes (two blocks of 65,535 do not fit: one block, LEN 0x8000), then a fixed block copying
        // 258 bytes from 32,768 back: length symbol 285 (8-bit code 0xC0 + 5 = 0xC5, no extra bits), distance symbol 29
        // (5-bit code 29, base 24,577, 13 extra bits = 32,768 − 24,577 = 8,191), end of block (7-bit code 0).
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let block = (0..<32_768).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        var bits = Bits()
        bits.put(0, 1); bits.put(0, 2); bits.put(0, 5) // not final, stored, up to the byte boundary
        bits.put(0x8000, 16); bits.put(0x7FFF, 16)  // LEN, NLEN
        var stream = bits.bytes + block
        bits = Bits()
        bits.put(1, 1); bits.put(1, 2)              // final, fixed Huffman
        bits.code(0xC5, 8)                          // length 258
        bits.code(29, 5); bits.put(8_191, 13)       // distance 32,768
        bits.code(0, 7)                             // end of block
        stream += bits.bytes
        let output = try Inflate.inflate(stream, maximumOutput: 40_000)
        #expect(output.count == 32_768 + 258)
        #expect(Array(output[32_768...]) == Array(block[0..<258]))
        // After one literal, a distance of 2 (symbol 1) reaches before the start of the data.
        bits = Bits()
        bits.put(1, 1); bits.put(1, 2); bits.code(0x30 + 0x61, 8); bits.code(0xC5, 8); bits.code(1, 5); bits.code(0, 7)
        #expect(throws: WorkbookError.self) { try Inflate.inflate(bits.bytes, maximumOutput: 1000) }
    }

    @Test func damagedStreamsAreErrors() {
        // Reserved block type 3: BFINAL 1, BTYPE 11 → 0b111 = 0x07.
        #expect(throws: WorkbookError("the compressed data is damaged: a block of the reserved type 3")) { try Inflate.inflate([0x07], maximumOutput: 10) }
        // NLEN that is not the complement of LEN.
        #expect(throws: WorkbookError.self) { try Inflate.inflate([0x01, 0x05, 0x00, 0x00, 0x00], maximumOutput: 10) }
        // Truncated: a stored block announcing 5 bytes that holds 2; a fixed block cut before its end-of-block code.
        #expect(throws: WorkbookError.self) { try Inflate.inflate([0x01, 0x05, 0x00, 0xFA, 0xFF, 0x61, 0x62], maximumOutput: 10) }
        #expect(throws: WorkbookError.self) { try Inflate.inflate([0x4B], maximumOutput: 10) }
        #expect(throws: WorkbookError.self) { try Inflate.inflate([], maximumOutput: 10) }
    }

    @Test func outputCap() {
        // 1,000 zero bytes deflate to a handful of bytes; a cap of 999 stops the decoder.
        let stream = Deflate.compress([UInt8](repeating: 0, count: 1_000))
        #expect(stream.count < 20)
        #expect(throws: WorkbookError.self) { try Inflate.inflate(stream, maximumOutput: 999) }
        #expect((try? Inflate.inflate(stream, maximumOutput: 1_000))?.count == 1_000)
    }

    @Test func randomRoundTrips() throws {
        var state: UInt64 = 42
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        for size in [0, 1, 2, 3, 100, 65_535, 65_536, 200_000] {
            let random = (0..<size).map { _ in UInt8(truncatingIfNeeded: next()) }
            // Few distinct bytes, so that matches of every length and distance occur.
            let repetitive = (0..<size).map { _ in UInt8(next() % 4) }
            for data in [random, repetitive] {
                #expect(try Inflate.inflate(Deflate.stored(data), maximumOutput: size) == data)
                #expect(try Inflate.inflate(Deflate.compress(data), maximumOutput: size) == data)
            }
        }
    }

    @Test func crc32() {
        // The check value of the CRC-32 used by ZIP (Williams, "A painless guide to CRC error detection", the "123456789" test).
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }
}

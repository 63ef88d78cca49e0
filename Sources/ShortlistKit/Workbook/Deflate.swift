/// DEFLATE compression (RFC 1951) for the parts of the workbooks we write: LZ77 matches found
/// through a hash of the next three bytes, coded with the fixed Huffman code (§3.2.6) — no
/// dynamic tables, which keeps the writer short while XML still shrinks several times.
package enum Deflate {
    /// Compresses `bytes` into one or more fixed-Huffman blocks; the last block is marked final.
    package static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var writer = BitWriter()
        let count = bytes.count
        // One block for the whole input: the fixed code needs no table, so blocks need not be split.
        writer.write(1, bits: 1)
        writer.write(1, bits: 2)
        let window = 32_768, hashSize = 1 << 15, maxChain = 32
        var head = [Int](repeating: -1, count: hashSize)
        var previous = [Int](repeating: -1, count: window)
        func hash(_ i: Int) -> Int {
            (Int(bytes[i]) << 10 ^ Int(bytes[i + 1]) << 5 ^ Int(bytes[i + 2])) & (hashSize - 1)
        }
        func insert(_ i: Int) {
            guard i + 2 < count else { return }
            let h = hash(i)
            previous[i & (window - 1)] = head[h]
            head[h] = i
        }
        var i = 0
        while i < count {
            var bestLength = 0, bestDistance = 0
            if i + 2 < count {
                var candidate = head[hash(i)]
                var chain = 0
                let limit = min(258, count - i)
                while candidate >= 0 && i - candidate <= window && chain < maxChain {
                    var length = 0
                    while length < limit && bytes[candidate + length] == bytes[i + length] { length += 1 }
                    if length > bestLength {
                        bestLength = length
                        bestDistance = i - candidate
                        if length == limit { break }
                    }
                    let next = previous[candidate & (window - 1)]
                    guard next < candidate else { break }
                    candidate = next
                    chain += 1
                }
            }
            if bestLength >= 3 {
                writer.writeLength(bestLength)
                writer.writeDistance(bestDistance)
                for k in 0..<bestLength { insert(i + k) }
                i += bestLength
            } else {
                writer.writeLiteral(Int(bytes[i]))
                insert(i)
                i += 1
            }
        }
        writer.writeLiteral(256)
        return writer.finish()
    }

    /// Wraps `bytes` in stored blocks (RFC 1951 §3.2.4) of at most 65,535 bytes: DEFLATE that does not compress.
    package static func stored(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var start = 0
        repeat {
            let length = min(65_535, bytes.count - start)
            let last = start + length == bytes.count
            out.append(last ? 1 : 0)
            out += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            out += bytes[start..<start + length]
            start += length
        } while start < bytes.count
        return out
    }

    /// Bits packed least significant first, as DEFLATE stores them (RFC 1951 §3.1.1).
    struct BitWriter {
        var bytes: [UInt8] = []
        var buffer: UInt64 = 0
        var count = 0

        mutating func write(_ value: Int, bits: Int) {
            buffer |= UInt64(value) << UInt64(count)
            count += bits
            while count >= 8 {
                bytes.append(UInt8(truncatingIfNeeded: buffer))
                buffer >>= 8
                count -= 8
            }
        }

        /// A Huffman code, which DEFLATE packs starting with its most significant bit.
        mutating func writeCode(_ code: Int, length: Int) {
            var reversed = 0
            for k in 0..<length where code & (1 << k) != 0 { reversed |= 1 << (length - 1 - k) }
            write(reversed, bits: length)
        }

        /// A literal byte or a length symbol in the fixed code.
        mutating func writeLiteral(_ symbol: Int) {
            switch symbol {
            case 0...143: writeCode(0x30 + symbol, length: 8)
            case 144...255: writeCode(0x190 + symbol - 144, length: 9)
            case 256...279: writeCode(symbol - 256, length: 7)
            default: writeCode(0xC0 + symbol - 280, length: 8)
            }
        }

        mutating func writeLength(_ length: Int) {
            var index = Inflate.lengthBase.count - 1
            while Inflate.lengthBase[index] > length { index -= 1 }
            // 258 has its own symbol (285); 227 + 31 would also reach it, but RFC 1951 reserves that for 285.
            if length == 258 { index = 28 } else if index == 28 { index = 27 }
            writeLiteral(257 + index)
            write(length - Inflate.lengthBase[index], bits: Inflate.lengthExtra[index])
        }

        mutating func writeDistance(_ distance: Int) {
            var index = Inflate.distanceBase.count - 1
            while Inflate.distanceBase[index] > distance { index -= 1 }
            writeCode(index, length: 5)
            write(distance - Inflate.distanceBase[index], bits: Inflate.distanceExtra[index])
        }

        mutating func finish() -> [UInt8] {
            if count > 0 { bytes.append(UInt8(truncatingIfNeeded: buffer)) }
            return bytes
        }
    }
}

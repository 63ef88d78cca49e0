/// DEFLATE decompression (RFC 1951), written out by hand: stored, fixed-Huffman and
/// dynamic-Huffman blocks, with a cap on the output so that a "zip bomb" stops early.
///
/// Huffman codes are decoded through a lookup table indexed by the next bits of the input
/// (codes are at most 15 bits, RFC 1951 §3.2.2); a code the table does not hold, a length or
/// distance symbol outside the alphabet, a distance reaching before the start of the output
/// and input that ends inside a block are all errors, never a crash.
package enum Inflate {
    /// Decompresses a raw DEFLATE stream (no zlib or gzip header).
    ///
    /// - Parameters:
    ///   - input: The compressed bytes.
    ///   - maximumOutput: The most bytes the output may hold; more is an error.
    /// - Returns: The decompressed bytes.
    package static func inflate(_ input: [UInt8], maximumOutput: Int) throws(WorkbookError) -> [UInt8] {
        var state = State(input: input, limit: maximumOutput)
        try state.run()
        return state.output
    }

    // RFC 1951 §3.2.5: base lengths and extra bits of length symbols 257…285, and of distance symbols 0…29.
    static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    /// RFC 1951 §3.2.7: the order in which code-length code lengths are sent.
    static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// A canonical Huffman code as a table: the entry at the next `bits` input bits (least
    /// significant first) is `symbol << 4 | length`, or 0 where no code starts with those bits.
    struct Table {
        var entries: [UInt32]
        var bits: Int

        /// Builds the table of the canonical code with these code lengths (RFC 1951 §3.2.2).
        init(lengths: [Int]) throws(WorkbookError) {
            var counts = [Int](repeating: 0, count: 16)
            for length in lengths { counts[length] += 1 }
            counts[0] = 0
            // An over-subscribed code cannot be decoded; an incomplete one is allowed (a single distance code).
            var left = 1
            for length in 1...15 {
                left = left << 1 - counts[length]
                if left < 0 { throw WorkbookError("the compressed data is damaged: a Huffman code has too many codes of \(length) bits") }
            }
            let maxLength = max(1, lengths.max() ?? 0)
            bits = maxLength
            entries = [UInt32](repeating: 0, count: 1 << maxLength)
            var next = [Int](repeating: 0, count: 16)
            var code = 0
            for length in 1...15 {
                code = (code + counts[length - 1]) << 1
                next[length] = code
            }
            for (symbol, length) in lengths.enumerated() where length > 0 {
                let code = next[length]
                next[length] += 1
                var reversed = 0
                for k in 0..<length where code & (1 << (length - 1 - k)) != 0 { reversed |= 1 << k }
                let entry = UInt32(symbol) << 4 | UInt32(length)
                var index = reversed
                while index < entries.count {
                    entries[index] = entry
                    index += 1 << length
                }
            }
        }
    }

    /// The decoder's position in the input and the output so far.
    struct State {
        let input: [UInt8]
        let limit: Int
        var output: [UInt8] = []
        var position = 0
        var bitBuffer: UInt64 = 0
        var bitCount = 0

        init(input: [UInt8], limit: Int) {
            self.input = input
            self.limit = limit
            output.reserveCapacity(min(limit, max(1024, input.count * 4)))
        }

        mutating func refill() {
            while bitCount <= 56 && position < input.count {
                bitBuffer |= UInt64(input[position]) << UInt64(bitCount)
                position += 1
                bitCount += 8
            }
        }

        static let truncated = WorkbookError("the compressed data ends in the middle of a block (the file is truncated or damaged)")

        mutating func bits(_ n: Int) throws(WorkbookError) -> Int {
            if n == 0 { return 0 }
            if bitCount < n { refill() }
            guard bitCount >= n else { throw Self.truncated }
            let value = Int(bitBuffer & ((1 << UInt64(n)) - 1))
            bitBuffer >>= UInt64(n)
            bitCount -= n
            return value
        }

        mutating func decode(_ table: Table) throws(WorkbookError) -> Int {
            if bitCount < table.bits { refill() }
            let entry = table.entries[Int(bitBuffer & ((1 << UInt64(table.bits)) - 1))]
            let length = Int(entry & 15)
            guard length > 0 else {
                if bitCount < table.bits { throw Self.truncated }
                throw WorkbookError("the compressed data is damaged: a Huffman code that the block does not define")
            }
            guard length <= bitCount else { throw Self.truncated }
            bitBuffer >>= UInt64(length)
            bitCount -= length
            return Int(entry >> 4)
        }

        mutating func run() throws(WorkbookError) {
            var last = false
            while !last {
                last = try bits(1) == 1
                switch try bits(2) {
                case 0: try stored()
                case 1: try huffman(Inflate.fixedLiterals, Inflate.fixedDistances)
                case 2:
                    let (literals, distances) = try dynamicTables()
                    try huffman(literals, distances)
                default: throw WorkbookError("the compressed data is damaged: a block of the reserved type 3")
                }
            }
        }

        /// A stored block (RFC 1951 §3.2.4): LEN, its complement NLEN, then LEN bytes.
        mutating func stored() throws(WorkbookError) {
            // Drop to the byte boundary; whole bytes still in the buffer are read back from it.
            let drop = bitCount % 8
            bitBuffer >>= UInt64(drop)
            bitCount -= drop
            let length = try bits(16), complement = try bits(16)
            guard length == ~complement & 0xFFFF else { throw WorkbookError("the compressed data is damaged: a stored block whose length does not match its complement") }
            guard output.count + length <= limit else { throw Inflate.tooLarge(limit) }
            var remaining = length
            while remaining > 0 && bitCount >= 8 {
                output.append(UInt8(truncatingIfNeeded: bitBuffer))
                bitBuffer >>= 8
                bitCount -= 8
                remaining -= 1
            }
            guard position + remaining <= input.count else { throw Self.truncated }
            output.append(contentsOf: input[position..<position + remaining])
            position += remaining
        }

        /// The code tables of a dynamic block (RFC 1951 §3.2.7).
        mutating func dynamicTables() throws(WorkbookError) -> (Table, Table) {
            let literalCount = try bits(5) + 257, distanceCount = try bits(5) + 1, codeLengthCount = try bits(4) + 4
            guard literalCount <= 286, distanceCount <= 30 else { throw WorkbookError("the compressed data is damaged: a dynamic block declares \(literalCount) literal/length or \(distanceCount) distance codes (at most 286 and 30)") }
            var codeLengths = [Int](repeating: 0, count: 19)
            for k in 0..<codeLengthCount { codeLengths[Inflate.codeLengthOrder[k]] = try bits(3) }
            let codeLengthTable = try Table(lengths: codeLengths)
            var lengths: [Int] = []
            lengths.reserveCapacity(literalCount + distanceCount)
            while lengths.count < literalCount + distanceCount {
                let symbol = try decode(codeLengthTable)
                switch symbol {
                case 0...15: lengths.append(symbol)
                case 16:
                    guard let previous = lengths.last else { throw WorkbookError("the compressed data is damaged: a repeat of the previous code length at the start") }
                    lengths.append(contentsOf: repeatElement(previous, count: 3 + (try bits(2))))
                case 17: lengths.append(contentsOf: repeatElement(0, count: 3 + (try bits(3))))
                default: lengths.append(contentsOf: repeatElement(0, count: 11 + (try bits(7))))
                }
            }
            guard lengths.count == literalCount + distanceCount else { throw WorkbookError("the compressed data is damaged: code lengths repeat past the end of the table") }
            guard lengths[256] > 0 else { throw WorkbookError("the compressed data is damaged: a dynamic block without an end-of-block code") }
            return (try Table(lengths: Array(lengths[0..<literalCount])), try Table(lengths: Array(lengths[literalCount...])))
        }

        /// The literals and back-references of a Huffman block, up to its end-of-block code.
        mutating func huffman(_ literals: Table, _ distances: Table) throws(WorkbookError) {
            while true {
                let symbol = try decode(literals)
                if symbol < 256 {
                    guard output.count < limit else { throw Inflate.tooLarge(limit) }
                    output.append(UInt8(symbol))
                    continue
                }
                if symbol == 256 { return }
                let index = symbol - 257
                guard index < 29 else { throw WorkbookError("the compressed data is damaged: the length code \(symbol) is outside the alphabet") }
                let length = Inflate.lengthBase[index] + (try bits(Inflate.lengthExtra[index]))
                let distanceSymbol = try decode(distances)
                guard distanceSymbol < 30 else { throw WorkbookError("the compressed data is damaged: the distance code \(distanceSymbol) is outside the alphabet") }
                let distance = Inflate.distanceBase[distanceSymbol] + (try bits(Inflate.distanceExtra[distanceSymbol]))
                guard distance <= output.count else { throw WorkbookError("the compressed data is damaged: a back-reference \(distance) bytes back, before the start of the data") }
                guard output.count + length <= limit else { throw Inflate.tooLarge(limit) }
                var from = output.count - distance
                for _ in 0..<length {
                    output.append(output[from])
                    from += 1
                }
            }
        }
    }

    static func tooLarge(_ limit: Int) -> WorkbookError {
        WorkbookError("the compressed data expands to more than \(limit) bytes, more than a spreadsheet part may hold (a \"zip bomb\"?)")
    }

    /// The fixed literal/length code of RFC 1951 §3.2.6.
    static let fixedLiterals: Table = try! Table(lengths: [Int](repeating: 8, count: 144) + [Int](repeating: 9, count: 112) + [Int](repeating: 7, count: 24) + [Int](repeating: 8, count: 8))
    /// The fixed distance code: 5 bits for each of the 30 symbols (and the two unused ones).
    static let fixedDistances: Table = try! Table(lengths: [Int](repeating: 5, count: 32))
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The SHA-256 hash function of FIPS 180-4, written out by hand.
///
/// Source: NIST FIPS PUB 180-4, *Secure Hash Standard* (August 2015), §4.1.2 (functions),
/// §4.2.2 (constants), §5.1.1 (padding), §5.3.3 (initial hash value) and §6.2.2 (computation).
/// Linux has no CryptoKit, and the package takes no dependencies, so the digest of the
/// decision record's inputs is computed here.
///
/// Feed bytes with `update(_:)` as often as needed, then call
/// ``finalize()``; or use ``hash(_:)`` and ``hashFile(_:)`` for whole inputs.
///
/// ```swift
/// SHA256.hex(SHA256.hash(Array("abc".utf8)))
/// // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
///
/// Blocks of 64 bytes are compressed straight from the caller's memory; only the tail of
/// an update that does not fill a block is copied into a 64-byte buffer held inline in the
/// value, and the message schedule lives in stack memory, so hashing allocates nothing.
package struct SHA256: Sendable {
    /// The size of one message block in bytes (FIPS 180-4 §1: 512 bits).
    private static let blockSize = 64

    /// The working hash value H0…H7 (FIPS 180-4 §6.2.2, step 4).
    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)
    /// Bytes of a block not yet compressed; only the first `buffered` are meaningful.
    private var buffer: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)
    /// How many bytes of `buffer` hold message bytes (0..<64).
    private var buffered: Int
    /// The length of the message so far, in bytes.
    private var length: UInt64

    /// Creates a hasher in the initial state of FIPS 180-4 §5.3.3.
    package init() {
        // FIPS 180-4 §5.3.3: the first 32 bits of the fractional parts of the square roots
        // of the first eight primes.
        state = (
            0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a,
            0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
        )
        buffer = (0, 0, 0, 0, 0, 0, 0, 0)
        buffered = 0
        length = 0
    }

    /// Adds the bytes in `bytes` to the message.
    ///
    /// - Parameter bytes: The next part of the message; may be empty.
    package mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard var pointer = bytes.baseAddress, !bytes.isEmpty else { return }
        var remaining = bytes.count
        length &+= UInt64(remaining)

        if buffered > 0 {
            let take = min(Self.blockSize - buffered, remaining)
            let offset = buffered
            withUnsafeMutableBytes(of: &buffer) { block in
                (block.baseAddress! + offset).copyMemory(from: pointer, byteCount: take)
            }
            buffered += take
            pointer += take
            remaining -= take
            guard buffered == Self.blockSize else { return }
            let block = buffer
            withUnsafeBytes(of: block) { Self.compress(&state, blocks: $0.baseAddress!, count: 1) }
            buffered = 0
        }

        let wholeBlocks = remaining / Self.blockSize
        if wholeBlocks > 0 {
            Self.compress(&state, blocks: pointer, count: wholeBlocks)
            pointer += wholeBlocks * Self.blockSize
            remaining -= wholeBlocks * Self.blockSize
        }

        if remaining > 0 {
            let take = remaining
            withUnsafeMutableBytes(of: &buffer) { block in
                block.baseAddress!.copyMemory(from: pointer, byteCount: take)
            }
            buffered = take
        }
    }

    /// Adds `bytes` to the message.
    ///
    /// - Parameter bytes: The next part of the message; may be empty.
    package mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Pads the message, returns its 32-byte digest and resets the hasher.
    ///
    /// Padding follows FIPS 180-4 §5.1.1: a single 1 bit, then zero bits up to 448 mod 512,
    /// then the message length in bits as a 64-bit big-endian number. The digest is
    /// H0…H7 written big-endian (§6.2.2). Afterwards the hasher is back in its initial
    /// state, ready for a new message.
    ///
    /// - Returns: The 32 bytes of the digest.
    package mutating func finalize() -> [UInt8] {
        let bitLength = length &* 8
        // 0x80, then zeros so that the length field ends the last block: 1…64 bytes.
        let padding = buffered < 56 ? 56 - buffered : 120 - buffered
        withUnsafeTemporaryAllocation(byteCount: 72, alignment: 8) { tail in
            tail.initializeMemory(as: UInt8.self, repeating: 0)
            tail[0] = 0x80
            tail.storeBytes(of: bitLength.bigEndian, toByteOffset: padding, as: UInt64.self)
            update(UnsafeRawBufferPointer(rebasing: tail[0..<(padding + 8)]))
        }
        precondition(buffered == 0, "SHA-256 padding must end on a block boundary")

        let words = [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
        var digest = [UInt8]()
        digest.reserveCapacity(32)
        for word in words {
            digest.append(UInt8(truncatingIfNeeded: word >> 24))
            digest.append(UInt8(truncatingIfNeeded: word >> 16))
            digest.append(UInt8(truncatingIfNeeded: word >> 8))
            digest.append(UInt8(truncatingIfNeeded: word))
        }
        self = SHA256()
        return digest
    }

    /// The 32-byte SHA-256 digest of `bytes`.
    ///
    /// - Parameter bytes: The whole message.
    /// - Returns: The digest (FIPS 180-4 §6.2).
    package static func hash(_ bytes: [UInt8]) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The lowercase hexadecimal text of `bytes`, two digits per byte.
    ///
    /// - Parameter bytes: Usually a digest from ``hash(_:)`` or ``finalize()``.
    /// - Returns: For example "e3b0c442…b855" for the digest of the empty message.
    package static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The lowercase hexadecimal SHA-256 digest of the file at `path`.
    ///
    /// The file is read with read(2) in chunks of 64 KiB, so files of any size hash
    /// in constant memory.
    ///
    /// - Parameter path: The file to hash.
    /// - Returns: 64 lowercase hexadecimal digits, as printed by `sha256sum`.
    /// - Throws: ``FileReadError`` with reason "no such file" when nothing exists at
    ///   `path`, "is a directory" for a directory, and the system's message otherwise.
    package static func hashFile(_ path: String) throws(FileReadError) -> String {
        let (fd, _) = try SystemFile.openForReading(path)
        defer { _ = close(fd) }

        let chunkSize = 64 * 1024
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { chunk.deallocate() }
        var hasher = SHA256()
        while true {
            let (count, code) = SystemFile.read(fd, chunk.baseAddress!, chunkSize)
            if count < 0 {
                if code == EINTR { continue }
                throw SystemFile.readError(path, code: code)
            }
            if count == 0 { break }
            hasher.update(UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
        }
        return hex(hasher.finalize())
    }

    // MARK: - Compression (FIPS 180-4 §6.2.2)

    /// The 64 round constants K0…K63 (FIPS 180-4 §4.2.2): the first 32 bits of the
    /// fractional parts of the cube roots of the first 64 primes.
    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    /// Runs the SHA-256 compression function over `count` consecutive 64-byte blocks.
    ///
    /// The message schedule W0…W63 (§6.2.2 step 1) is a stack allocation reused for
    /// every block; words are read big-endian without alignment requirements.
    private static func compress(
        _ state: inout (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32),
        blocks: UnsafeRawPointer,
        count: Int
    ) {
        var (h0, h1, h2, h3, h4, h5, h6, h7) = state
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            roundConstants.withUnsafeBufferPointer { k in
                for index in 0..<count {
                    let block = blocks + index &* 64

                    // Step 1: prepare the message schedule.
                    for t in 0..<16 {
                        w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: t &* 4, as: UInt32.self))
                    }
                    for t in 16..<64 {
                        let x = w[t &- 15], y = w[t &- 2]
                        let sigma0 = rotateRight(x, 7) ^ rotateRight(x, 18) ^ (x &>> 3)   // σ0, §4.1.2 (4.6)
                        let sigma1 = rotateRight(y, 17) ^ rotateRight(y, 19) ^ (y &>> 10) // σ1, §4.1.2 (4.7)
                        w[t] = sigma1 &+ w[t &- 7] &+ sigma0 &+ w[t &- 16]
                    }

                    // Step 2: initialise the working variables.
                    var a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7

                    // Step 3: 64 rounds.
                    for t in 0..<64 {
                        let bigSigma1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25) // Σ1 (4.5)
                        let choose = (e & f) ^ (~e & g)                                          // Ch (4.2)
                        let t1 = h &+ bigSigma1 &+ choose &+ k[t] &+ w[t]
                        let bigSigma0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22) // Σ0 (4.4)
                        let majority = (a & b) ^ (a & c) ^ (b & c)                               // Maj (4.3)
                        let t2 = bigSigma0 &+ majority
                        h = g
                        g = f
                        f = e
                        e = d &+ t1
                        d = c
                        c = b
                        b = a
                        a = t1 &+ t2
                    }

                    // Step 4: the intermediate hash value.
                    h0 &+= a
                    h1 &+= b
                    h2 &+= c
                    h3 &+= d
                    h4 &+= e
                    h5 &+= f
                    h6 &+= g
                    h7 &+= h
                }
            }
        }
        state = (h0, h1, h2, h3, h4, h5, h6, h7)
    }

    /// ROTR^n(x) of FIPS 180-4 §3.2: a right rotation of a 32-bit word.
    @inline(__always)
    private static func rotateRight(_ x: UInt32, _ n: UInt32) -> UInt32 {
        (x &>> n) | (x &<< (32 &- n))
    }
}

/// The CRC-32 of ZIP entries (ISO 3309 / ITU-T V.42 polynomial 0xEDB88320, reflected),
/// as in the PKWARE APPNOTE, section 4.4.7.
package enum CRC32 {
    /// The 256 remainders of the byte-at-a-time algorithm.
    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// The checksum of `bytes`; `checksum(Array("123456789".utf8)) == 0xCBF43926`.
    package static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        }
        return crc ^ 0xFFFF_FFFF
    }
}

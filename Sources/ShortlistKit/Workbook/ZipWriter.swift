/// A ZIP archive (PKWARE APPNOTE 6.3) built in memory: each entry stored or deflated, whichever
/// is smaller, with its CRC-32, a fixed timestamp (1980-01-01 00:00) so that the same input gives
/// the same bytes, UTF-8 names (general-purpose flag bit 11), and the central directory at the end.
package struct ZipWriter {
    private var body: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    /// An empty archive.
    package init() {}

    /// Appends an entry named `name` (a relative path with `/` separators) holding `data`.
    package mutating func add(_ name: String, _ data: [UInt8]) {
        let deflated = Deflate.compress(data)
        let useDeflate = deflated.count < data.count
        let payload = useDeflate ? deflated : data
        let crc = CRC32.checksum(data)
        let nameBytes = Array(name.utf8)
        let offset = body.count
        // Local file header (APPNOTE §4.3.7).
        var header: [UInt8] = []
        header.le32(0x0403_4B50)
        header.le16(20)                      // version needed: 2.0 (deflate)
        header.le16(0x0800)                  // flags: names in UTF-8
        header.le16(useDeflate ? 8 : 0)      // method
        header.le16(0)                       // time 00:00
        header.le16(0x0021)                  // date 1980-01-01
        header.le32(crc)
        header.le32(UInt32(payload.count))
        header.le32(UInt32(data.count))
        header.le16(UInt16(nameBytes.count))
        header.le16(0)                       // no extra field
        body += header
        body += nameBytes
        body += payload
        // Central directory header (APPNOTE §4.3.12).
        directory.le32(0x0201_4B50)
        directory.le16(20)                   // made by: MS-DOS, 2.0
        directory.le16(20)
        directory.le16(0x0800)
        directory.le16(useDeflate ? 8 : 0)
        directory.le16(0)
        directory.le16(0x0021)
        directory.le32(crc)
        directory.le32(UInt32(payload.count))
        directory.le32(UInt32(data.count))
        directory.le16(UInt16(nameBytes.count))
        directory.le16(0)                    // extra
        directory.le16(0)                    // comment
        directory.le16(0)                    // disk
        directory.le16(0)                    // internal attributes
        directory.le32(0)                    // external attributes
        directory.le32(UInt32(offset))
        directory += nameBytes
        count += 1
    }

    /// The whole archive: entries, central directory and its end record (APPNOTE §4.3.16).
    package var bytes: [UInt8] {
        var out = body + directory
        out.le32(0x0605_4B50)
        out.le16(0)
        out.le16(0)
        out.le16(UInt16(count))
        out.le16(UInt16(count))
        out.le32(UInt32(directory.count))
        out.le32(UInt32(body.count))
        out.le16(0)
        return out
    }
}

extension [UInt8] {
    /// Appends a 16-bit little-endian integer.
    mutating func le16(_ value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    /// Appends a 32-bit little-endian integer.
    mutating func le32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}

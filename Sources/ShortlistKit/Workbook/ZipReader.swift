/// The entries of a ZIP archive, found through its central directory (PKWARE APPNOTE 6.3), with
/// the checks that make a hostile archive an error instead of a crash, a hang or a huge allocation:
/// names that climb out of the archive (`..`, absolute paths, drive letters), entries that overlap
/// or reach outside the file, duplicate names, encryption, ZIP64, declared sizes over a cap, a
/// compression ratio no spreadsheet has (a "zip bomb"), and a CRC-32 that does not match.
package struct ZipReader {
    /// The limits a reader enforces.
    package struct Limits: Sendable {
        /// The most entries an archive may have.
        package var entries = 10_000
        /// The most bytes one entry may expand to.
        package var entrySize = 256 << 20
        /// The most bytes all entries together may expand to.
        package var totalSize = 1 << 30
        /// The largest ratio of expanded to compressed size, checked for entries over 1 MiB.
        package var ratio = 1_000

        /// The default limits: 10,000 entries, 256 MiB an entry, 1 GiB in all, ratio 1000:1.
        package init() {}
    }

    /// One entry of the central directory.
    package struct Entry: Sendable {
        /// The name as stored (a relative path with `/`).
        package var name: String
        var method: Int
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var dataStart: Int
    }

    private let bytes: [UInt8]
    /// The entries in central-directory order.
    package private(set) var entries: [Entry] = []
    private var index: [String: Int] = [:]

    /// Reads the central directory of `bytes` and checks every entry's place and size.
    package init(_ bytes: [UInt8], limits: Limits = Limits()) throws(WorkbookError) {
        self.bytes = bytes
        guard bytes.count >= 22 else { throw WorkbookError("the file is not an .xlsx workbook: it is too short to be a ZIP archive (\(bytes.count) bytes)") }
        // The end-of-central-directory record is in the last 22 + 65,535 bytes (its comment is at most 65,535).
        var end = -1
        var i = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while i >= lowest {
            if bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 5 && bytes[i + 3] == 6 { end = i; break }
            i -= 1
        }
        guard end >= 0 else {
            let zipStart = bytes.starts(with: [0x50, 0x4B, 3, 4])
            if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
                throw WorkbookError("the file is an Excel 97–2003 workbook (.xls), not .xlsx; save it as \"Excel Workbook (.xlsx)\"")
            }
            throw WorkbookError(zipStart ? "the ZIP archive is truncated: its central directory is missing (was the file copied completely?)" : "the file is not an .xlsx workbook: it is not a ZIP archive")
        }
        let count = Int(bytes.u16(end + 10)), directorySize = Int(bytes.u32(end + 12)), directoryOffset = Int(bytes.u32(end + 16))
        if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF { throw WorkbookError("the workbook is a ZIP64 archive, which is not supported (save it again from the spreadsheet program)") }
        guard count <= limits.entries else { throw WorkbookError("the archive has \(count) entries, more than the \(limits.entries) a workbook may have") }
        guard directoryOffset + directorySize <= end else { throw WorkbookError("the ZIP archive is truncated or damaged: its central directory reaches past the end of the file") }
        var p = directoryOffset
        var total = 0
        var ranges: [(start: Int, end: Int, name: String)] = []
        for _ in 0..<count {
            guard p + 46 <= end, bytes.u32(p) == 0x0201_4B50 else { throw WorkbookError("the ZIP archive is damaged: entry \(entries.count + 1) of its central directory is not where the directory says") }
            let flags = Int(bytes.u16(p + 8)), method = Int(bytes.u16(p + 10)), crc = bytes.u32(p + 16)
            let compressed = Int(bytes.u32(p + 20)), size = Int(bytes.u32(p + 24))
            let nameLength = Int(bytes.u16(p + 28)), extraLength = Int(bytes.u16(p + 30)), commentLength = Int(bytes.u16(p + 32))
            let localOffset = Int(bytes.u32(p + 42))
            guard p + 46 + nameLength <= end else { throw WorkbookError("the ZIP archive is damaged: a name in its central directory runs past the directory") }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            p += 46 + nameLength + extraLength + commentLength
            try Self.checkName(name)
            guard flags & 1 == 0 else { throw WorkbookError("the entry \"\(name)\" is encrypted; save the workbook without a password") }
            guard method == 0 || method == 8 else { throw WorkbookError("the entry \"\(name)\" uses compression method \(method); only stored (0) and deflated (8) entries are read") }
            guard compressed != 0xFFFF_FFFF, size != 0xFFFF_FFFF, localOffset != 0xFFFF_FFFF else { throw WorkbookError("the entry \"\(name)\" needs ZIP64, which is not supported") }
            guard size <= limits.entrySize else { throw WorkbookError("the entry \"\(name)\" expands to \(size) bytes, more than the \(limits.entrySize) a workbook part may have") }
            total += size
            guard total <= limits.totalSize else { throw WorkbookError("the archive expands to more than \(limits.totalSize) bytes in all, more than a workbook may") }
            guard size <= 1 << 20 || size <= compressed * limits.ratio else { throw WorkbookError("the entry \"\(name)\" expands \(size / max(1, compressed)) times (\(compressed) to \(size) bytes), more than the \(limits.ratio):1 a workbook part reaches: refusing a likely \"zip bomb\"") }
            guard method == 8 || compressed == size else { throw WorkbookError("the stored entry \"\(name)\" declares \(compressed) bytes stored but \(size) bytes of data") }
            guard localOffset + 30 <= directoryOffset, bytes.u32(localOffset) == 0x0403_4B50 else { throw WorkbookError("the ZIP archive is damaged: the entry \"\(name)\" is not where the central directory says") }
            let dataStart = localOffset + 30 + Int(bytes.u16(localOffset + 26)) + Int(bytes.u16(localOffset + 28))
            guard dataStart + compressed <= directoryOffset else { throw WorkbookError("the ZIP archive is truncated or damaged: the entry \"\(name)\" reaches past the end of the data") }
            let key = Self.key(name)
            guard index[key] == nil else { throw WorkbookError("the archive holds two entries named \"\(name)\"") }
            index[key] = entries.count
            entries.append(Entry(name: name, method: method, crc: crc, compressedSize: compressed, size: size, dataStart: dataStart))
            ranges.append((localOffset, dataStart + compressed, name))
        }
        ranges.sort { $0.start < $1.start }
        for k in ranges.indices.dropFirst() where ranges[k].start < ranges[k - 1].end {
            throw WorkbookError("the entries \"\(ranges[k - 1].name)\" and \"\(ranges[k].name)\" overlap in the archive, which no spreadsheet program writes")
        }
    }

    /// Rejects names that would leave the folder they were extracted into, or that are not text.
    static func checkName(_ name: String) throws(WorkbookError) {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        if name.hasPrefix("/") || name.hasPrefix("\\") || name.contains("\\") || parts.contains("..") || name.unicodeScalars.contains(where: { $0.value < 0x20 })
            || (name.count >= 2 && name.dropFirst().first == ":") || name.isEmpty {
            throw WorkbookError("the archive holds an entry with an unsafe name \"\(name.unicodeScalars.map { $0.value < 0x20 ? "?" : String($0) }.joined())\" (absolute, with '..', '\\' or control characters)")
        }
    }

    /// How a part name is looked up: without a leading `/`, case-insensitively (OPC part names, ECMA-376 Part 2 §9.1.1).
    static func key(_ name: String) -> String {
        (name.hasPrefix("/") ? String(name.dropFirst()) : name).lowercased()
    }

    /// Whether the archive has an entry with this part name.
    package func contains(_ name: String) -> Bool { index[Self.key(name)] != nil }

    /// The expanded bytes of the entry with this part name (with or without a leading `/`), or nil when there is none.
    package func data(_ name: String) throws(WorkbookError) -> [UInt8]? {
        guard let k = index[Self.key(name)] else { return nil }
        let entry = entries[k]
        let raw = Array(bytes[entry.dataStart..<(entry.dataStart + entry.compressedSize)])
        let data: [UInt8]
        if entry.method == 0 {
            data = raw
        } else {
            do { data = try Inflate.inflate(raw, maximumOutput: entry.size) } catch { throw WorkbookError("\(entry.name): \(error.message)") }
        }
        guard data.count == entry.size else { throw WorkbookError("\(entry.name): the entry expands to \(data.count) bytes but the archive declares \(entry.size)") }
        guard CRC32.checksum(data) == entry.crc else { throw WorkbookError("\(entry.name): the entry's CRC-32 does not match its data (the file is damaged)") }
        return data
    }
}

extension [UInt8] {
    /// The 16-bit little-endian integer at `offset` (the caller checks the bounds).
    func u16(_ offset: Int) -> UInt16 { UInt16(self[offset]) | UInt16(self[offset + 1]) << 8 }

    /// The 32-bit little-endian integer at `offset` (the caller checks the bounds).
    func u32(_ offset: Int) -> UInt32 {
        UInt32(self[offset]) | UInt32(self[offset + 1]) << 8 | UInt32(self[offset + 2]) << 16 | UInt32(self[offset + 3]) << 24
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The system calls that file reading, hashing, atomic writes and the append-only log share:
/// one place for opening to read, writing everything, and wording errors.
enum SystemFile {
    /// The read error for a system error code: "no such file", "is a directory", or `strerror`.
    static func readError(_ path: String, code: Int32) -> FileReadError {
        switch code {
        case ENOENT: FileReadError(path: path, reason: "no such file")
        case EISDIR: FileReadError(path: path, reason: "is a directory")
        default: FileReadError(path: path, reason: AtomicFile.message(for: code))
        }
    }

    /// An `errno` value from a failing call.
    struct Failure: Error {
        let code: Int32
    }

    /// Opens `path` read-only (retrying interrupted calls), refusing a directory; returns the
    /// descriptor and the file's size as `fstat` reports it. The caller closes the descriptor.
    static func openForReading(_ path: String) throws(FileReadError) -> (fd: Int32, size: Int) {
        guard let opened = try openForReadingIfPresent(path) else { throw readError(path, code: ENOENT) }
        return opened
    }

    /// Like ``openForReading(_:)``, but `nil` when nothing exists at `path`.
    ///
    /// Opens non-blocking, so that a FIFO without a writer cannot hang `open(2)`, and refuses
    /// anything that is not a regular file (a FIFO, a device such as `/dev/zero`, a socket)
    /// before reading a byte of it.
    static func openForReadingIfPresent(_ path: String) throws(FileReadError) -> (fd: Int32, size: Int)? {
        var fd: Int32
        repeat {
            fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        } while fd < 0 && errno == EINTR
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { return nil }
            throw readError(path, code: code)
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            _ = close(fd)
            throw readError(path, code: code)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            _ = close(fd)
            throw readError(path, code: EISDIR)
        }
        if let kind = irregularKind(info.st_mode) {
            _ = close(fd)
            throw FileReadError(path: path, reason: "is \(kind), not a regular file; Shortlist reads only regular files")
        }
        return (fd, Int(info.st_size))
    }

    /// What a file of mode `mode` is, when it is neither a regular file nor a directory.
    static func irregularKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG, S_IFDIR: nil
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "a special file"
        }
    }

    /// Reads from `fd` until end of file (retrying interrupted calls), into a buffer sized for
    /// `size` bytes: one spare byte beyond it tells end of file from growth in one pass, and the
    /// buffer doubles for files that grow or report no size (pipes, `/proc`).
    ///
    /// With a `limit`, a file whose size or contents exceed it throws `EFBIG` before the buffer
    /// grows past `limit + 1` bytes.
    static func readAll(_ fd: Int32, size: Int, limit: Int = .max) throws(Failure) -> [UInt8] {
        if size > limit { throw Failure(code: EFBIG) }
        var bytes = [UInt8](repeating: 0, count: max(size + 1, 4096))
        var count = 0
        while true {
            if count == bytes.count {
                if count > limit { throw Failure(code: EFBIG) }
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit - bytes.count + 1)))
            }
            let (n, code) = bytes.withUnsafeMutableBytes { buffer in
                read(fd, buffer.baseAddress! + count, buffer.count - count)
            }
            if n < 0 {
                if code == EINTR { continue }
                throw Failure(code: code)
            }
            if n == 0 { break }
            count += n
        }
        if count > limit { throw Failure(code: EFBIG) }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// `read(2)`, returning the count and the `errno` of a failure (0 on success).
    static func read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> (count: Int, code: Int32) {
        #if canImport(Glibc)
        let n = Glibc.read(fd, buffer, count)
        #elseif canImport(Musl)
        let n = Musl.read(fd, buffer, count)
        #else
        let n = Darwin.read(fd, buffer, count)
        #endif
        return (n, n < 0 ? errno : 0)
    }

    /// Writes every byte of `bytes`, retrying after partial writes and interrupted calls.
    ///
    /// - Returns: `nil` on success, else the `errno` of the failing call.
    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                #if canImport(Glibc)
                let written = Glibc.write(fd, base + offset, buffer.count - offset)
                #elseif canImport(Musl)
                let written = Musl.write(fd, base + offset, buffer.count - offset)
                #else
                let written = Darwin.write(fd, base + offset, buffer.count - offset)
                #endif
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }
}

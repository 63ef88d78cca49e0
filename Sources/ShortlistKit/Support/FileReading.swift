#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file that could not be read.
public struct FileReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file that was to be read.
    public var path: String
    /// Why reading failed: "no such file", "is a directory", or the system's `strerror` text.
    public var reason: String

    /// Creates an error for a path.
    ///
    /// - Parameters:
    ///   - path: The file that was to be read.
    ///   - reason: Why reading failed.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// A sentence naming the file and the reason.
    public var description: String {
        "cannot read '\(path)': \(reason)"
    }
}

/// Reads whole files with plain system calls.
public enum FileReading {
    /// Whether something exists at `path`.
    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// Reads the whole file at `path`.
    ///
    /// Sizes the buffer with fstat(2) and reads until end of file, so files that
    /// grow while being read and files that report no size (pipes, `/proc`) are
    /// read completely.
    ///
    /// - Parameter path: The file to read.
    /// - Returns: The contents of the file.
    /// - Throws: ``FileReadError`` with reason "no such file" when nothing exists
    ///   at `path`, "is a directory" for a directory, and the system's message otherwise.
    public static func readBytes(_ path: String) throws(FileReadError) -> [UInt8] {
        var fd: Int32
        repeat {
            fd = open(path, O_RDONLY | O_CLOEXEC)
        } while fd < 0 && errno == EINTR
        guard fd >= 0 else { throw error(path, code: errno) }
        defer { _ = close(fd) }

        var info = stat()
        guard fstat(fd, &info) == 0 else { throw error(path, code: errno) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw error(path, code: EISDIR) }

        // One spare byte beyond the reported size tells end of file from growth in one pass.
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size) + 1, 4096))
        var count = 0
        while true {
            if count == bytes.count {
                bytes.append(contentsOf: repeatElement(0, count: bytes.count))
            }
            let (n, code) = bytes.withUnsafeMutableBytes { buffer -> (Int, Int32) in
                let n = systemRead(fd, buffer.baseAddress! + count, buffer.count - count)
                return (n, n < 0 ? errno : 0)
            }
            if n < 0 {
                if code == EINTR { continue }
                throw error(path, code: code)
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// The error for a system error code, with friendly wording for the common cases.
    private static func error(_ path: String, code: Int32) -> FileReadError {
        switch code {
        case ENOENT: FileReadError(path: path, reason: "no such file")
        case EISDIR: FileReadError(path: path, reason: "is a directory")
        default: FileReadError(path: path, reason: AtomicFile.message(for: code))
        }
    }
}

/// `read(2)` under an unambiguous name.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(fd, buffer, count)
    #elseif canImport(Musl)
    return Musl.read(fd, buffer, count)
    #else
    return Darwin.read(fd, buffer, count)
    #endif
}

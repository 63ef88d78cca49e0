#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file that could not be read.
package struct FileReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file that was to be read.
    package var path: String
    /// Why reading failed: "no such file", "is a directory", or the system's `strerror` text.
    package var reason: String

    /// Creates an error for a path.
    ///
    /// - Parameters:
    ///   - path: The file that was to be read.
    ///   - reason: Why reading failed.
    package init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// A sentence naming the file and the reason.
    package var description: String {
        "cannot read '\(path)': \(reason)"
    }
}

/// Reads whole files with plain system calls.
package enum FileReading {
    /// Whether something exists at `path`.
    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// Reads the whole file at `path`.
    ///
    /// Sizes the buffer with fstat(2) and reads until end of file, so files that
    /// grow while being read and files that report no size (pipes, `/proc`) are
    /// read completely.
    ///
    /// Opens non-blocking and refuses anything but a regular file (a FIFO would hang, a device
    /// such as `/dev/zero` never ends), and refuses a file larger than the limit for its kind
    /// before allocating for it.
    ///
    /// - Parameters:
    ///   - path: The file to read.
    ///   - kind: What the file holds, for its size limit.
    ///   - limits: The size limits (see ``InputLimits``).
    /// - Returns: The contents of the file.
    /// - Throws: ``FileReadError`` with reason "no such file" when nothing exists
    ///   at `path`, "is a directory" for a directory, "is a FIFO …, not a regular file",
    ///   "the file is … ; the limit … is …", and the system's message otherwise.
    public static func readBytes(_ path: String, kind: InputLimits.Kind = .json, limits: InputLimits = InputLimits()) throws(FileReadError) -> [UInt8] {
        let (fd, size) = try SystemFile.openForReading(path)
        defer { _ = close(fd) }
        do {
            return try SystemFile.readAll(fd, size: size, limit: limits[kind])
        } catch where error.code == EFBIG {
            throw FileReadError(path: path, reason: limits.tooLarge(size > limits[kind] ? size : nil, kind: kind))
        } catch {
            throw SystemFile.readError(path, code: error.code)
        }
    }
}

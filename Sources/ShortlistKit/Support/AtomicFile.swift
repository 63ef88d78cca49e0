#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file that could not be written.
package struct FileWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file that was to be written.
    package var path: String
    /// Why writing failed, from the operating system (`strerror`).
    package var reason: String

    /// Creates an error for a path.
    ///
    /// - Parameters:
    ///   - path: The file that was to be written.
    ///   - reason: Why writing failed.
    package init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// A sentence naming the file and the reason.
    package var description: String {
        "cannot write '\(path)': \(reason)"
    }
}

/// Replaces files so that readers see either the old or the new contents, never a mix.
///
/// The bytes go to a new temporary file in the target's directory, which is
/// flushed to disk and then renamed over the target; rename(2) within one file
/// system is atomic (POSIX.1-2017, rename). The directory is flushed as well,
/// so the rename survives a crash.
package enum AtomicFile {
    /// Atomically replaces the file at `path` with `bytes`.
    ///
    /// Creates the file with mode 0644 (less the umask) when it does not exist.
    /// On failure the temporary file is removed and the target is left as it was. Refuses to
    /// replace anything but a regular file: a directory, a symbolic link, a device, a FIFO or a socket.
    ///
    /// - Parameters:
    ///   - bytes: The complete new contents.
    ///   - path: The file to create or replace.
    /// - Throws: ``FileWriteError`` with the reason reported by the system.
    package static func write(_ bytes: [UInt8], to path: String) throws(FileWriteError) {
        if let kind = irregularKind(path) {
            throw FileWriteError(path: path, reason: "it is \(kind); only a regular file is ever replaced")
        }
        let directory = directoryName(of: path)
        let (fd, temporaryPath) = try createTemporaryFile(for: path, in: directory)

        do throws(FileWriteError) {
            try writeAll(bytes, to: fd, path: path)
            guard fsync(fd) == 0 else { throw systemError(path, "cannot flush the file to disk") }
        } catch {
            _ = close(fd)
            _ = unlink(temporaryPath)
            throw error
        }
        guard close(fd) == 0 else {
            let failure = systemError(path, "cannot close the file")
            _ = unlink(temporaryPath)
            throw failure
        }
        guard rename(temporaryPath, path) == 0 else {
            let failure = systemError(path, "cannot replace the file")
            _ = unlink(temporaryPath)
            throw failure
        }
        try syncDirectory(directory, path: path)
    }

    /// The directory part of `path`: "." for a bare file name, "/" for a file at the root.
    /// What is at `path` when it is something a rename must never replace: a directory, a
    /// symbolic link, a device, a FIFO or a socket (renaming over `/dev/null` would replace the
    /// device node with a file). Nil for a regular file or nothing.
    ///
    /// - Parameter path: The path to look at, without following a symbolic link.
    /// - Returns: "a directory", "a symbolic link", "a FIFO (named pipe)", "a character device", …, or nil.
    package static func irregularKind(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a directory"
        case S_IFLNK: return "a symbolic link"
        default: return SystemFile.irregularKind(info.st_mode)
        }
    }

    static func directoryName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = path[..<slash]
        return directory.isEmpty ? "/" : String(directory)
    }

    /// Creates `.<name>.<pid>.<counter>.tmp` next to the target with O_CREAT|O_EXCL.
    ///
    /// The counter goes up until a name is free, so concurrent writers in one
    /// process (and stale files of an earlier process with the same pid) never
    /// share a temporary file.
    private static func createTemporaryFile(
        for path: String, in directory: String
    ) throws(FileWriteError) -> (fd: Int32, path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let pid = getpid()
        var counter = 0
        while true {
            let candidate = "\(directory)/.\(name).\(pid).\(counter).tmp"
            let fd = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if fd >= 0 { return (fd, candidate) }
            let code = errno
            if code == EINTR { continue }
            if code == EEXIST && counter < 10_000 {
                counter += 1
                continue
            }
            throw FileWriteError(path: path, reason: "cannot create a temporary file: \(message(for: code))")
        }
    }

    /// Writes every byte, retrying after partial writes and interrupted calls.
    private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(FileWriteError) {
        if let code = SystemFile.writeAll(bytes, to: fd) {
            throw FileWriteError(path: path, reason: "cannot write the file: \(message(for: code))")
        }
    }

    /// Flushes the directory entry after the rename.
    ///
    /// File systems that cannot sync a directory (EINVAL) are accepted.
    private static func syncDirectory(_ directory: String, path: String) throws(FileWriteError) {
        var fd: Int32
        repeat {
            fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        } while fd < 0 && errno == EINTR
        guard fd >= 0 else { throw systemError(path, "cannot open the directory to flush it") }
        defer { _ = close(fd) }
        if fsync(fd) != 0 && errno != EINVAL {
            throw systemError(path, "cannot flush the directory to disk")
        }
    }

    /// The error for the current `errno`.
    private static func systemError(_ path: String, _ action: String) -> FileWriteError {
        FileWriteError(path: path, reason: "\(action): \(message(for: errno))")
    }

    /// The text of `strerror(code)`.
    static func message(for code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A log file of one entry per line (JSON Lines) that is only ever appended to and loses nothing.
///
/// The log guarantees *line integrity*, not a format: every entry accepted by
/// ``append(_:)`` is written whole, with one `write(2)` under an exclusive `flock(2)`
/// lock, and flushed with `fsync(2)` before `append` returns; ``read()`` hands back every
/// complete line with its 1-based line number. What a line means (JSON, its schema, ids,
/// amendments) is the caller's business.
///
/// Concurrency: writers in any number of processes or threads serialize on the lock, and
/// each sees the contents written before it, so it can validate against them and choose
/// the next id without races (the usual pattern for `flock`-protected files; see flock(2)
/// and the JSON Lines format, jsonlines.org).
///
/// Crashes: a write cut short leaves at worst one incomplete last line. ``read()`` reports
/// it in ``LogContents/tornLine`` and ``LogContents/problems`` and keeps every complete
/// line; the next ``append(_:)`` first ends the torn line with a line break, so the new
/// entry starts on a line of its own. The torn bytes stay in the file as history and,
/// being followed by a line break from then on, are returned by ``read()`` as an ordinary
/// line under their old number. Recognising such a line as garbage (for a JSON log: it does
/// not parse) is the caller's job, since the log does not know the format; it should be
/// reported with its line number and skipped, never be fatal.
package struct AppendOnlyLog: Sendable {
    /// The log file.
    package let path: String
    /// The largest log read, in bytes (a larger one is refused before it is read).
    package let limit: Int

    /// Creates a log at `path`; nothing is opened or created until it is used.
    ///
    /// - Parameters:
    ///   - path: The log file; its folder must exist before ``append(_:)``.
    ///   - limit: The largest log read, in bytes (default: ``InputLimits/log``).
    package init(path: String, limit: Int = InputLimits().log) {
        self.path = path
        self.limit = limit
    }

    /// Reads every complete line of the log; a missing file is an empty log.
    ///
    /// Takes a shared lock (`flock(LOCK_SH)`) while reading, so an entry that another
    /// process is appending at that moment is seen whole or not at all, never as a torn line.
    /// A torn last line (no trailing line break, e.g. after a crash mid-write) and lines that
    /// are not valid UTF-8 are reported in ``LogContents/problems``, never fatal.
    ///
    /// - Returns: The lines with their 1-based numbers, the torn line if any, and the problems.
    /// - Throws: ``FileReadError`` when the file exists but cannot be read, e.g.
    ///   "is a directory".
    package func read() throws(FileReadError) -> LogContents {
        guard let (fd, _) = try SystemFile.openForReadingIfPresent(path) else { return LogContents() }
        defer { _ = close(fd) }
        var locked: Int32
        repeat {
            locked = lockFile(fd, LOCK_SH)
        } while locked != 0 && errno == EINTR
        guard locked == 0 else {
            throw FileReadError(path: path, reason: "cannot lock the log: \(AtomicFile.message(for: errno))")
        }
        // Closing the descriptor releases the lock.
        do {
            return LogContents(parsing: try readWholeFile(fd, limit: limit))
        } catch where error.code == EFBIG {
            var limits = InputLimits()
            limits.log = limit
            throw FileReadError(path: path, reason: limits.tooLarge(nil, kind: .log))
        } catch {
            throw readError(code: error.code)
        }
    }

    /// Appends one line, built from the current contents, under an exclusive lock.
    ///
    /// The steps, all while holding `flock(LOCK_EX)` on the log opened with
    /// `O_RDWR | O_APPEND | O_CREAT` (mode 0644 less the umask):
    /// 1. read the current contents (as ``read()`` reports them);
    /// 2. call `makeLine(contents)`, which validates against them (e.g. unknown ids) and
    ///    returns the bytes of one line without the line break, or throws to abort:
    ///    then nothing is written and the error comes back as ``AppendError/rejected(_:)``;
    /// 3. write the line and its `"\n"` with a single `write(2)`, preceded by a `"\n"` in
    ///    the same write when the file ends with a torn line, so the new entry starts on its
    ///    own line (the torn bytes stay in the file as history);
    /// 4. `fsync(2)`, unlock, close.
    ///
    /// With `O_APPEND` every write goes to the current end of the file atomically with
    /// respect to the file offset, and on a local file system a write of a regular file
    /// this size is not split; the code still loops on a partial write (each further piece
    /// also goes to the end, and the lock keeps other writers out), so a short write never
    /// loses bytes. If writing fails half-way (a full disk, a file size limit), the file is
    /// truncated back to its length before the append, under the same lock, so no fragment
    /// stays; only if that truncation fails does a torn line remain, which ``read()`` reports
    /// and the next `append` closes off.
    ///
    /// The descriptor is opened read-write rather than write-only so that step 1 reads the
    /// very file that is locked and written to. After locking, the path is checked to still
    /// name that file (same device and inode); if the log was replaced or removed meanwhile,
    /// the lock is taken again on the file the path names now.
    ///
    /// `makeLine` runs while the lock is held: it must not call ``read()`` or `append` on the
    /// same log (through any value), which would wait for the lock forever.
    ///
    /// - Parameter makeLine: Builds the new entry from the current contents. The bytes must
    ///   be valid UTF-8, contain no line break and not be blank, so that ``read()`` returns
    ///   them as the same line; otherwise ``AppendError/invalidLine(path:reason:)`` is thrown
    ///   and nothing is written.
    /// - Returns: The written line with its 1-based line number.
    /// - Throws: ``AppendError/rejected(_:)`` with the error of `makeLine`,
    ///   ``AppendError/invalidLine(path:reason:)``, or ``AppendError/io(_:)`` when the
    ///   system fails (after a failed `fsync` the entry may be in the file nonetheless).
    package func append<E: Error>(
        _ makeLine: (LogContents) throws(E) -> [UInt8]
    ) throws(AppendError<E>) -> LogContents.Line {
        let lines = try appendLines { (contents: LogContents) throws(E) -> [[UInt8]] in [try makeLine(contents)] }
        return lines[0]
    }

    /// Appends several entries at once, as ``append(_:)`` appends one: under the same lock,
    /// validated against the current contents by `makeLines`, written with one `write(2)` and
    /// flushed with `fsync(2)` — all of them or, when any is rejected or invalid, none.
    ///
    /// - Parameter makeLines: Builds the new entries from the current contents; each must be
    ///   a valid line as for ``append(_:)``. An empty list writes nothing.
    /// - Returns: The written lines with their 1-based line numbers, in order.
    /// - Throws: As ``append(_:)``.
    package func appendLines<E: Error>(
        _ makeLines: (LogContents) throws(E) -> [[UInt8]]
    ) throws(AppendError<E>) -> [LogContents.Line] {
        let fd: Int32
        do {
            fd = try openLocked()
        } catch {
            throw .io(error)
        }
        defer {
            _ = lockFile(fd, LOCK_UN)
            // Once fsync has succeeded the entry is on disk; a failing close cannot undo that,
            // and reporting it would invite a duplicate entry, so its result is ignored.
            _ = close(fd)
        }

        let existing: [UInt8]
        do {
            existing = try readWholeFile(fd, limit: limit)
        } catch where error.code == EFBIG {
            var limits = InputLimits()
            limits.log = limit
            throw .io(FileWriteError(path: path, reason: "cannot read the log: " + limits.tooLarge(nil, kind: .log)))
        } catch {
            throw .io(FileWriteError(path: path, reason: "cannot read the log: \(AtomicFile.message(for: error.code))"))
        }
        let contents = LogContents(parsing: existing)

        let lines: [[UInt8]]
        do {
            lines = try makeLines(contents)
        } catch {
            throw .rejected(error)
        }
        for line in lines {
            if let reason = LogContents.Line.defect(of: line) {
                throw .invalidLine(path: path, reason: reason)
            }
        }
        guard !lines.isEmpty else { return [] }

        var record = [UInt8]()
        record.reserveCapacity(lines.reduce(2) { $0 + $1.count + 1 })
        if let last = existing.last, last != newline { record.append(newline) }
        for line in lines {
            record.append(contentsOf: line)
            record.append(newline)
        }

        if let code = SystemFile.writeAll(record, to: fd) {
            // A short or failed write (a full disk, a file size limit) may have left part of the
            // entry: cut the log back to what it was, still under the lock, so that no fragment
            // stays behind for every later read to report.
            var reason = "cannot append to the log: \(AtomicFile.message(for: code))"
            if ftruncate(fd, off_t(existing.count)) == 0 {
                _ = fsync(fd)
                reason += "; nothing was added (the log is back to its \(existing.count) bytes)"
            } else {
                reason += "; the log could not be cut back to its \(existing.count) bytes (\(AtomicFile.message(for: errno))), so it may end with part of the entry"
            }
            throw .io(FileWriteError(path: path, reason: reason))
        }
        guard fsync(fd) == 0 else {
            throw .io(FileWriteError(
                path: path,
                reason: "cannot flush the log to disk (the entry may be in the file): \(AtomicFile.message(for: errno))"))
        }
        return lines.enumerated().map { LogContents.Line(number: contents.lineCount + 1 + $0.offset, bytes: $0.element) }
    }

    /// Opens (creating if needed) and exclusively locks the log, making sure the lock is on
    /// the file that `path` names once the lock is held.
    private func openLocked() throws(FileWriteError) -> Int32 {
        for _ in 0..<100 {
            var fd: Int32
            repeat {
                fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
            } while fd < 0 && errno == EINTR
            guard fd >= 0 else { throw writeError("cannot open the log") }

            var result: Int32
            repeat {
                result = lockFile(fd, LOCK_EX)
            } while result != 0 && errno == EINTR
            guard result == 0 else {
                let failure = writeError("cannot lock the log")
                _ = close(fd)
                throw failure
            }

            var opened = stat(), current = stat()
            guard fstat(fd, &opened) == 0 else {
                let failure = writeError("cannot inspect the log")
                _ = close(fd)
                throw failure
            }
            if (opened.st_mode & S_IFMT) != S_IFREG {
                _ = close(fd)
                throw FileWriteError(path: path, reason: "the log is not a regular file")
            }
            if stat(path, &current) == 0 && current.st_dev == opened.st_dev && current.st_ino == opened.st_ino {
                return fd
            }
            // The file was renamed over or removed between open and lock: lock the new one.
            _ = close(fd)
        }
        throw FileWriteError(path: path, reason: "cannot lock the log: it keeps being replaced")
    }

    /// The error for the current `errno`.
    private func writeError(_ action: String) -> FileWriteError {
        FileWriteError(path: path, reason: "\(action): \(AtomicFile.message(for: errno))")
    }

    /// The read error for a system error code, worded like ``FileReading/readBytes(_:)``'s.
    private func readError(code: Int32) -> FileReadError { SystemFile.readError(path, code: code) }
}

/// The contents of an ``AppendOnlyLog``: its complete lines, a torn last line and the problems found.
package struct LogContents: Sendable, Equatable {
    /// One line of the log, without its line break.
    package struct Line: Sendable, Equatable {
        /// The 1-based line number in the file; blank lines count.
        package var number: Int
        /// The bytes of the line, without the `"\n"`.
        package var bytes: [UInt8]
        /// The line as text; for a torn line that is not valid UTF-8, invalid bytes read as U+FFFD.
        package var text: String

        /// Creates a line, decoding `bytes` as UTF-8 for ``text``.
        ///
        /// - Parameters:
        ///   - number: The 1-based line number.
        ///   - bytes: The bytes of the line, without the line break.
        package init(number: Int, bytes: [UInt8]) {
            self.init(number: number, bytes: bytes, text: String(decoding: bytes, as: UTF8.self))
        }

        /// Creates a line whose text has already been decoded.
        init(number: Int, bytes: [UInt8], text: String) {
            self.number = number
            self.bytes = bytes
            self.text = text
        }

        /// Why `bytes` cannot be appended as one line, or `nil` when it can.
        static func defect(of bytes: [UInt8]) -> String? {
            if bytes.contains(newline) { return "the new line contains a line break" }
            if isBlank(bytes[...]) { return "the new line is blank" }
            if validUTF8(bytes) == nil { return "the new line is not valid UTF-8" }
            return nil
        }
    }

    /// The complete lines in file order; blank lines (empty, or only spaces, tabs and a
    /// carriage return) and lines that are not valid UTF-8 are left out but counted.
    package var lines: [Line]
    /// The incomplete last line (no `"\n"` after it), if any.
    package var tornLine: Line?
    /// Sentences describing lines that were left out, e.g. "line 7 is incomplete (the write
    /// was interrupted); it is kept in the file and ignored". Callers prefix them with the path.
    package var problems: [String]
    /// How many lines the file has, counting blank, invalid and torn lines; the next entry
    /// gets number `lineCount + 1`.
    package var lineCount: Int

    /// Creates contents from their parts.
    ///
    /// - Parameters:
    ///   - lines: The complete lines.
    ///   - tornLine: The incomplete last line, if any.
    ///   - problems: Descriptions of the lines left out.
    ///   - lineCount: The number of lines in the file; by default the highest line number given.
    package init(lines: [Line] = [], tornLine: Line? = nil, problems: [String] = [], lineCount: Int? = nil) {
        self.lines = lines
        self.tornLine = tornLine
        self.problems = problems
        self.lineCount = lineCount ?? max(lines.last?.number ?? 0, tornLine?.number ?? 0)
    }

    /// Splits the bytes of a log file into lines.
    init(parsing bytes: [UInt8]) {
        var lines = [Line]()
        var tornLine: Line?
        var problems = [String]()
        var number = 0
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var start = 0
            while start < buffer.count {
                number += 1
                let rest = buffer.count - start
                guard let found = memchr(base + start, Int32(newline), rest) else {
                    let torn = Line(number: number, bytes: Array(buffer[start...]))
                    tornLine = torn
                    problems.append(
                        "line \(number) is incomplete (the write was interrupted); it is kept in the file and ignored")
                    break
                }
                let end = start + (UnsafeRawPointer(found) - UnsafeRawPointer(base + start))
                let slice = buffer[start..<end]
                start = end + 1
                if isBlank(slice) { continue }
                let lineBytes = Array(slice)
                guard let text = validUTF8(lineBytes) else {
                    problems.append("line \(number) is not valid UTF-8; it is kept in the file and ignored")
                    continue
                }
                lines.append(Line(number: number, bytes: lineBytes, text: text))
            }
        }
        self.init(lines: lines, tornLine: tornLine, problems: problems, lineCount: number)
    }
}

/// Why ``AppendOnlyLog/append(_:)`` wrote nothing, or failed while writing.
package enum AppendError<E: Error>: Error {
    /// The system failed: opening, locking, reading, writing or flushing the log.
    case io(FileWriteError)
    /// The `makeLine` closure threw; nothing was written.
    case rejected(E)
    /// The line built by `makeLine` cannot be stored as one line; nothing was written.
    case invalidLine(path: String, reason: String)
}

extension AppendError: Equatable where E: Equatable {}

extension AppendError: CustomStringConvertible {
    /// A sentence naming the file and what went wrong, or the rejection's own description.
    package var description: String {
        switch self {
        case .io(let error): error.description
        case .rejected(let error): String(describing: error)
        case .invalidLine(let path, let reason): "cannot append to '\(path)': \(reason)"
        }
    }
}

/// The line feed that ends every line of a log.
private let newline = UInt8(ascii: "\n")

/// Whether a line holds nothing but spaces, tabs and carriage returns.
private func isBlank(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    // Almost every line starts with a visible character: decide on the first byte.
    guard let first = bytes.first, isSpace(first) else { return bytes.isEmpty }
    return bytes.allSatisfy(isSpace)
}

/// Whether a line holds nothing but spaces, tabs and carriage returns.
private func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool {
    guard let first = bytes.first, isSpace(first) else { return bytes.isEmpty }
    return bytes.allSatisfy(isSpace)
}

/// Space, tab or carriage return.
private func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D
}

/// The text of `bytes` if they are well-formed UTF-8, else `nil`.
private func validUTF8(_ bytes: [UInt8]) -> String? {
    if #available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *) {
        // The standard library's validator (Swift 6.0).
        return String(validating: bytes, as: UTF8.self)
    } else {
        // Decoding repairs ill-formed sequences, so well-formed input is exactly what comes back.
        let text = String(decoding: bytes, as: UTF8.self)
        return text.utf8.elementsEqual(bytes) ? text : nil
    }
}

/// Reads the whole file of a descriptor just opened (its offset is still 0), sized by fstat(2).
private func readWholeFile(_ fd: Int32, limit: Int) throws(SystemFile.Failure) -> [UInt8] {
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw SystemFile.Failure(code: errno) }
    return try SystemFile.readAll(fd, size: Int(info.st_size), limit: limit)
}

/// `flock(2)` under a name that does not clash with the `flock` structure of `fcntl(2)`.
private func lockFile(_ fd: Int32, _ operation: Int32) -> Int32 {
    // The type annotation picks the function rather than the structure's initializer.
    let systemFlock: (Int32, Int32) -> Int32 = flock
    return systemFlock(fd, operation)
}

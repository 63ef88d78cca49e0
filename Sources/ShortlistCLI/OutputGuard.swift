import ShortlistKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `--output` refuses, checked before a byte is written:
/// - anything but a regular file at the path (a directory, a symbolic link, a device such as
///   `/dev/null`, a FIFO, a socket): a rename would replace it (``AtomicFile`` refuses it too);
/// - any input file of the workspace (its `selection.json`, `weights.lock.json`, and any file in
///   `vendors/`, `ratings/`, `pilots/` or `criteria/`, where a new file becomes an input), even with `--force`;
/// - an existing file that holds a different kind of content than what is written (a dossier
///   where a ranking goes, HTML where JSON goes) unless `--force` is given.
enum OutputGuard {
    /// Throws a ``CommandFailure`` naming the refusal, or returns when `path` may be replaced by `bytes`.
    ///
    /// - Parameters:
    ///   - path: The resolved output path.
    ///   - display: The path as the user typed it.
    ///   - bytes: What is about to be written.
    ///   - force: Whether `--force` was given.
    ///   - workspace: The workspace folder whose inputs are protected, if the command has one.
    static func check(_ path: String, display: String, bytes: [UInt8], force: Bool, workspace: String?) throws {
        if let kind = AtomicFile.irregularKind(path) {
            throw CommandFailure("refusing to write '\(display)': it is \(kind), and --output only creates or replaces regular files; leave out --output to print to standard output")
        }
        if let workspace, let input = protectedInput(path, workspace: workspace) {
            throw CommandFailure("refusing to write '\(display)': it is (or would become) the workspace's input \(input); choose a file outside the workspace's inputs (selection.json, weights.lock.json, vendors/, ratings/, pilots/, criteria/)")
        }
        guard !force, FileReading.exists(path) else { return }
        let existing: [UInt8]
        do { existing = try FileReading.readBytes(path, kind: .csv) } catch {
            throw CommandFailure("refusing to replace '\(display)': cannot read it to tell what it holds (\(error.reason)); give --force to replace it anyway")
        }
        let old = Kind(existing), new = Kind(bytes)
        if old != .empty && old != new {
            throw CommandFailure("refusing to replace '\(display)': it holds \(old.description), not \(new.description) as written here; give --force to replace it anyway")
        }
    }

    /// The workspace-relative name of the input file at `path`, if it is one.
    static func protectedInput(_ path: String, workspace: String) -> String? {
        guard let target = canonical(path) else { return nil }
        for name in WorkspaceLoader.inputFiles(workspace, catalogPath: "") + ["selection.json", "weights.lock.json"] {
            if canonical(name.hasPrefix("/") ? name : workspace + "/" + name) == target { return name }
        }
        // Any file in an input folder is read as an input (a new vendors/x.json is a dossier), and
        // the workspace's own catalogs in criteria/ are inputs too.
        for folder in ["vendors", "ratings", "pilots", "criteria"] {
            if let resolved = canonical(workspace + "/" + folder + "/x"), target.hasPrefix(String(resolved.dropLast())) {
                return folder + "/" + target.dropFirst(resolved.count - 1)
            }
        }
        return nil
    }

    /// The path with its folder's symbolic links and `..` resolved (the file itself may not exist yet).
    static func canonical(_ path: String) -> String? {
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) }.map { $0.isEmpty ? "/" : $0 } ?? "."
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let resolved = realpath(folder, nil) else { return nil }
        defer { free(resolved) }
        let base = String(cString: resolved)
        return (base == "/" ? "" : base) + "/" + name
    }

    /// The kind of content of a file, for "is this the same kind of file?".
    enum Kind: Equatable, CustomStringConvertible {
        case empty
        /// A JSON object with these top-level keys (a ranking, a decision record, a dossier …).
        case json(keys: [String])
        case html
        /// Other UTF-8 text (a table, Markdown, CSV).
        case text
        /// Anything else (not UTF-8, or with NUL bytes).
        case binary

        init(_ bytes: [UInt8]) {
            var body = bytes[...]
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            let trimmed = body.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
            guard let first = trimmed.first else { self = .empty; return }
            if first == UInt8(ascii: "{"), let node = try? JSONParser.parse(Array(body)), case .object(let members) = node.value {
                self = .json(keys: members.map(\.key).sorted())
            } else if trimmed.prefix(14).map({ $0 | 0x20 }) == Array("<!doctype html".utf8) {
                self = .html
            } else if body.contains(0) || String(validating: body, as: UTF8.self) == nil {
                self = .binary
            } else if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") || first == UInt8(ascii: "<") {
                self = .binary  // JSON or markup that is not ours: never taken for plain text
            } else {
                self = .text
            }
        }

        var description: String {
            switch self {
            case .empty: "nothing"
            case .json(let keys):
                if keys.contains("pricing") || keys.contains("modules") && keys.contains("id") { "a vendor dossier (JSON)" }
                else if keys.contains("inputs") { "a decision record (JSON)" }
                else if keys.contains("ranking") { "a ranking (JSON)" }
                else { "JSON with the keys \(keys.prefix(5).joined(separator: ", "))\(keys.count > 5 ? ", …" : "")" }
            case .html: "an HTML page"
            case .text: "text"
            case .binary: "other content (not plain text, or JSON/markup of another kind)"
            }
        }
    }
}

import Foundation
import ShortlistKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `shortlist init <dir> [--sample NAME]`: starts a new evaluation.
enum InitCommand: Command {
    static let spec = CommandSpec(
        name: "init",
        summary: "Start a new workspace: a template showing every field, or a copy of a shipped sample.",
        positionals: [PositionalSpec(name: "directory", help: "The folder to create (must not exist or be empty).")],
        options: [
            OptionSpec(name: "sample", valueName: "name", help: "Copy this shipped sample instead of the template (retail-10-stores, manufacturing-2000, internet-300, ats-startup-120, hris-points-tender)."),
            .language("Language of the confirmation (errors stay English; the template's files are English)."),
        ],
        discussion: "The catalog the workspace uses is copied into its criteria/ folder, so that later changes to the shipped catalog do not change this evaluation's results."
    )

    /// Folders searched for shipped samples: `$SHORTLIST_SAMPLES`, then `samples/` in and above the current folder and the executable.
    static func sampleDirectories(_ invocation: Invocation) -> [String] {
        var result: [String] = invocation.environment["SHORTLIST_SAMPLES"].map { $0.split(separator: ":").map(String.init) } ?? []
        for start in [invocation.currentDirectory, invocation.executablePath.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path }].compactMap({ $0 }) {
            var url = URL(fileURLWithPath: start).standardizedFileURL
            for _ in 0..<8 {
                result.append(url.appendingPathComponent("samples").path)
                let parent = url.deletingLastPathComponent()
                if parent.path == url.path { break }
                url = parent
            }
        }
        return result
    }

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        let target = invocation.resolve(arguments.positionals[0])
        let files = FileManager.default
        if let existing = try? files.contentsOfDirectory(atPath: target), !existing.isEmpty {
            throw CommandFailure("\(arguments.positionals[0]) exists and is not empty; choose a new folder")
        }
        if files.fileExists(atPath: target), (try? files.contentsOfDirectory(atPath: target)) == nil {
            throw CommandFailure("\(arguments.positionals[0]) exists and is not a folder")
        }
        // Built in a hidden folder beside the target and renamed into place when complete, so that
        // a failure half-way (a full disk) leaves nothing behind to block the retry.
        let name = target.split(separator: "/").last.map(String.init) ?? "workspace"
        let building = String(target.dropLast(name.count)) + ".\(name).init-\(ProcessInfo.processInfo.processIdentifier).tmp"
        try? files.removeItem(atPath: building)
        do {
            try files.createDirectory(atPath: building + "/vendors", withIntermediateDirectories: true)
            if let sample = arguments.value("sample") {
                let available = sampleDirectories(invocation).flatMap { dir in
                    ((try? files.contentsOfDirectory(atPath: dir)) ?? []).filter { files.fileExists(atPath: dir + "/" + $0 + "/selection.json") }.map { ($0, dir + "/" + $0) }
                }
                guard let source = available.first(where: { $0.0 == sample })?.1 else {
                    var message = "no shipped sample \"\(sample)\""
                    let names = Array(Set(available.map(\.0))).sorted()
                    message += NearestMatch.didYouMean(sample, among: names, otherwise: names.isEmpty ? "" : "; samples: \(names.joined(separator: ", "))")
                    throw CommandFailure(message)
                }
                try copyFile(source + "/selection.json", to: building + "/selection.json")
                // Every folder of the sample: dossiers, ratings, pilots.
                for folder in try files.contentsOfDirectory(atPath: source).sorted() where !folder.hasPrefix(".") {
                    guard let entries = try? files.contentsOfDirectory(atPath: source + "/" + folder) else { continue }
                    try files.createDirectory(atPath: building + "/" + folder, withIntermediateDirectories: true)
                    for entry in entries.sorted() where !entry.hasPrefix(".") {
                        try copyFile(source + "/" + folder + "/" + entry, to: building + "/" + folder + "/" + entry)
                    }
                }
            } else {
                try AtomicFile.write(Array(WorkspaceTemplate.selection.utf8), to: building + "/selection.json")
                try AtomicFile.write(Array(WorkspaceTemplate.vendor.utf8), to: building + "/vendors/example-vendor.json")
                try files.createDirectory(atPath: building + "/ratings", withIntermediateDirectories: true)
                try AtomicFile.write(Array(WorkspaceTemplate.ratings.utf8), to: building + "/ratings/example-evaluator.json")
                try files.createDirectory(atPath: building + "/pilots", withIntermediateDirectories: true)
                try AtomicFile.write(Array(WorkspaceTemplate.pilot.utf8), to: building + "/pilots/example-vendor.json")
            }
            // Freeze the catalog the workspace names by copying it in.
            let loader = invocation.loader(workspace: building)
            if let data = try? FileReading.readBytes(building + "/selection.json"), let node = try? JSONParser.parse(data),
               case .object(let members) = node.value, case .string(let name)? = members.first(where: { $0.key == "catalog" })?.value.value,
               !name.contains("/"), let path = loader.catalogPath(for: name, workspace: building), !path.hasPrefix(building) {
                try files.createDirectory(atPath: building + "/criteria", withIntermediateDirectories: true)
                try copyFile(path, to: building + "/criteria/\(name).json")
                // A catalog composed on others ("extends") is frozen with its bases, which are read from beside it.
                var current = path
                var copied = [name]
                while copied.count <= 8, let base = extendedName(current), !copied.contains(base),
                      let basePath = [URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(base + ".json").path].first(where: files.fileExists(atPath:)) ?? loader.catalogPath(for: base, workspace: building),
                      !basePath.hasPrefix(building) {
                    try copyFile(basePath, to: building + "/criteria/\(base).json")
                    copied.append(base)
                    current = basePath
                }
            }
            // rename(2) replaces an empty folder, and fails on anything else made meanwhile.
            guard rename(building, target) == 0 else {
                throw CommandFailure("cannot create \(arguments.positionals[0]): \(String(cString: strerror(errno)))")
            }
        } catch let error as CommandFailure {
            try? files.removeItem(atPath: building)
            throw error
        } catch let error as FileWriteError {
            try? files.removeItem(atPath: building)
            throw FileWriteError(path: arguments.positionals[0], reason: error.reason + "; nothing was created")
        } catch {
            try? files.removeItem(atPath: building)
            throw CommandFailure("cannot create \(arguments.positionals[0]): \(error.localizedDescription); nothing was created")
        }
        output.print(InitWording.created(arguments.positionals[0], sample: arguments.value("sample")).text(in: arguments.language))
        return .success
    }

    /// The catalog name a catalog file `extends`, when it names one without a path.
    private static func extendedName(_ path: String) -> String? {
        guard let data = try? FileReading.readBytes(path), let node = try? JSONParser.parse(data), case .object(let members) = node.value,
              case .string(let name)? = members.first(where: { $0.key == "extends" })?.value.value, !name.contains("/"), !name.hasSuffix(".json") else { return nil }
        return name
    }

    private static func copyFile(_ source: String, to destination: String) throws {
        try AtomicFile.write(try FileReading.readBytes(source), to: destination)
    }
}

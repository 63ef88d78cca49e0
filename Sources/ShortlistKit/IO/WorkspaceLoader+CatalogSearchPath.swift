import Foundation

/// The catalog search path: where a catalog named without a path (`"hris"`) is looked for, and
/// which catalogs are found there.
extension WorkspaceLoader {
    /// Where shipped catalogs are looked for: the workspace's own `criteria/`, then `$SHORTLIST_CATALOGS`
    /// (colon-separated), then `criteria/` in each folder above the workspace, in the current folder, and beside or above the executable.
    public static func defaultCatalogDirectories(workspace: String, environment: [String: String], executablePath: String?, currentDirectory: String) -> [String] {
        // The workspace's own copy first (frozen by `init`), then $SHORTLIST_CATALOGS, then the folders above.
        var result: [String] = [URL(fileURLWithPath: workspace, relativeTo: URL(fileURLWithPath: currentDirectory, isDirectory: true)).standardizedFileURL.appendingPathComponent("criteria").path]
        if let list = environment["SHORTLIST_CATALOGS"] { result += list.split(separator: ":").map(String.init) }
        func ancestors(of path: String) -> [String] {
            var dirs: [String] = []
            var url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: currentDirectory, isDirectory: true)).standardizedFileURL
            for _ in 0..<8 {
                dirs.append(url.appendingPathComponent("criteria").path)
                let parent = url.deletingLastPathComponent()
                if parent.path == url.path { break }
                url = parent
            }
            return dirs
        }
        result += ancestors(of: workspace)
        result.append(URL(fileURLWithPath: currentDirectory).appendingPathComponent("criteria").path)
        if let executablePath { result += ancestors(of: URL(fileURLWithPath: executablePath).deletingLastPathComponent().path) }
        var seen = Set<String>()
        return result.filter { seen.insert($0).inserted }
    }

    /// The catalogs found in the catalog directories: name → path, first found wins.
    public func shippedCatalogs() -> [(name: String, path: String)] {
        var found: [(name: String, path: String)] = []
        for directory in catalogDirectories {
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { continue }
            for entry in entries.sorted() where entry.hasSuffix(".json") && !entry.hasPrefix(".") {
                let name = String(entry.dropLast(5))
                if !found.contains(where: { $0.name == name }) { found.append((name, directory + "/" + entry)) }
            }
        }
        return found
    }

    /// The path of the catalog a profile names, or nil when it cannot be found.
    public func catalogPath(for reference: String, workspace: String) -> String? {
        if reference.contains("/") || reference.hasSuffix(".json") {
            let path = reference.hasPrefix("/") ? reference : workspace + "/" + reference
            return FileManager.default.fileExists(atPath: path) ? path : nil
        }
        return shippedCatalogs().first { $0.name == reference }?.path
    }
}

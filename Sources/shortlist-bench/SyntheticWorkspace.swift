import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A failure of the benchmark itself (exit 1), with a message for stderr.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

/// A generated workspace folder: `selection.json`, `catalog.json` and `vendors/*.json`.
struct SyntheticWorkspace {
    /// The workspace folder.
    let directory: String
    /// Number of dossiers.
    let vendors: Int
    /// Number of criteria (leaves) in the catalog.
    let criteria: Int
    /// Number of top-level groups.
    let groups: Int
    /// Size of all dossiers together, in bytes.
    let dossierBytes: Int
    /// Size of the catalog file, in bytes.
    let catalogBytes: Int
    /// Whether the files were kept from an earlier run rather than written now.
    var reused = false

    /// The dossier paths in file-name order.
    var vendorFiles: [String] { (0..<vendors).map { Self.dossierPath(directory, $0) } }

    /// The path of vendor `index`'s dossier in the workspace `directory`.
    static func dossierPath(_ directory: String, _ index: Int) -> String { directory + "/vendors/" + DossierGenerator.id(index) + ".json" }

    /// Writes a workspace with `vendors` dossiers and `criteria` criteria into `directory`, replacing what is there.
    ///
    /// A folder kept from an earlier run (`--keep`) whose stamp names the same sizes, seed and generator
    /// version is reused as it is.
    /// `groups` asks for that many top-level groups (see ``CatalogDesign/init(criteria:seed:groups:)``).
    static func generate(at directory: String, vendors: Int, criteria: Int, seed: UInt64, groups: Int? = nil) throws -> SyntheticWorkspace {
        let design = CatalogDesign(criteria: criteria, seed: seed, groups: groups)
        let stamp = "shortlist-bench generator \(generatorVersion): vendors \(vendors), criteria \(criteria), seed \(seed)\(groups.map { ", groups \($0)" } ?? "")\n"
        let stampPath = directory + "/.shortlist-bench"
        if (try? String(contentsOfFile: stampPath, encoding: .utf8)) == stamp {
            let sizes = (0..<vendors).map { fileSize(dossierPath(directory, $0)) }
            if !sizes.contains(nil) {
                return SyntheticWorkspace(directory: directory, vendors: vendors, criteria: criteria, groups: design.groups.count,
                                          dossierBytes: sizes.reduce(0) { $0 + $1! }, catalogBytes: fileSize(directory + "/catalog.json") ?? 0, reused: true)
            }
        }
        try prepare(directory)
        let catalogBytes = try write(design.catalog.formatted(), to: directory + "/catalog.json")
        _ = try write(design.selection.formatted(), to: directory + "/selection.json")
        let generator = DossierGenerator(design: design, seed: seed)
        var total = 0
        for index in 0..<vendors {
            total += try write(generator.dossier(index).formatted(), to: dossierPath(directory, index))
        }
        _ = try write(stamp, to: stampPath)
        return SyntheticWorkspace(directory: directory, vendors: vendors, criteria: criteria, groups: design.groups.count, dossierBytes: total, catalogBytes: catalogBytes)
    }

    /// Changes whenever the generator writes different files for the same options.
    static let generatorVersion = 1

    /// A workspace in `directory` with the same catalog and profile and the first `count` dossiers, as hard links.
    func subset(at directory: String, vendors count: Int) throws -> SyntheticWorkspace {
        try Self.prepare(directory)
        var total = 0
        for name in ["catalog.json", "selection.json"] { try Self.hardLink(self.directory + "/" + name, directory + "/" + name) }
        for index in 0..<count {
            let path = Self.dossierPath(directory, index)
            try Self.hardLink(Self.dossierPath(self.directory, index), path)
            total += Self.fileSize(path) ?? 0
        }
        return SyntheticWorkspace(directory: directory, vendors: count, criteria: criteria, groups: groups, dossierBytes: total, catalogBytes: catalogBytes)
    }

    private static func fileSize(_ path: String) -> Int? {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : nil
    }

    private static func prepare(_ directory: String) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: directory) { try manager.removeItem(atPath: directory) }
        try manager.createDirectory(atPath: directory + "/vendors", withIntermediateDirectories: true)
    }

    private static func write(_ text: String, to path: String) throws -> Int {
        let data = Data(text.utf8)
        guard FileManager.default.createFile(atPath: path, contents: data) else { throw BenchError("cannot write \(path)") }
        return data.count
    }

    private static func hardLink(_ source: String, _ destination: String) throws {
        guard link(source, destination) == 0 else { throw BenchError("cannot link \(source) to \(destination): \(String(cString: strerror(errno)))") }
    }
}

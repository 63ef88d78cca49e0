import Foundation

/// Reads a workspace folder, reporting every problem in every file.
public struct WorkspaceLoader: Sendable {
    /// Folders searched, in order, for a catalog named without a path (`"hris"` → `hris.json`).
    public var catalogDirectories: [String]
    /// The largest files read, by kind (see ``InputLimits``).
    public var limits: InputLimits

    /// Creates a loader that looks for shipped catalogs in `catalogDirectories`.
    public init(catalogDirectories: [String], limits: InputLimits = InputLimits()) {
        self.catalogDirectories = catalogDirectories
        self.limits = limits
    }

    /// Loads the workspace at `directory`; throws every error found (warnings are kept in the result).
    public func load(_ directory: String) throws(InputErrors) -> Workspace {
        let context = DecodingContext()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputErrors([Diagnostic(file: directory, message: "no workspace folder here; expected a folder with selection.json and vendors/ (create one with `shortlist init`)")])
        }
        let selectionNode = readDocument(directory + "/selection.json", display: "selection.json", context: context)

        // The catalog first: the profile's and the dossiers' ids are checked against it.
        let basePaths = PathList()
        var catalog: Catalog?
        var catalogPath = ""
        if let selectionNode, case .object(let members) = selectionNode.value, let member = members.first(where: { $0.key == "catalog" }) {
            let reader = JSONReader(node: member.value, path: JSONPath.root.appending(key: "catalog"), file: "selection.json", context: context)
            if let reference = reader.string() {
                if let path = self.catalogPath(for: reference, workspace: directory) {
                    catalogPath = path
                    // A catalog named by a relative path is shown as written, relative to the workspace like the other files.
                    let display = path == directory + "/" + reference ? reference : path
                    catalog = readDocument(path, display: display, context: context).flatMap {
                        CatalogDecoder(context: context, bases: baseResolver(for: path, workspace: directory, found: { basePaths.paths.append($0) })).decode(JSONReader(node: $0, path: .root, file: display, context: context))
                    }
                } else {
                    var message = "no catalog \"\(reference)\" found"
                    let names = shippedCatalogs().map(\.name)
                    message += NearestMatch.didYouMean(reference, among: names, otherwise: !names.isEmpty ? "; shipped catalogs: \(names.joined(separator: ", "))"
                        : " (looked in \(catalogDirectories.joined(separator: ", ")); set SHORTLIST_CATALOGS to the folder holding it)")
                    reader.fail(message)
                }
            }
        }
        // The selection's own tailoring of the catalog (`"criteria"`), before the profile's ids are checked against it.
        var tailoring: [CatalogChange] = []
        var removals = TailoringRemovals()
        if let base = catalog, let selectionNode, case .object(let members) = selectionNode.value, let member = members.first(where: { $0.key == "criteria" }) {
            var tailored = base
            let reader = JSONReader(node: member.value, path: JSONPath.root.appending(key: "criteria"), file: "selection.json", context: context)
            let before = context.errorCount
            tailoring = CatalogTailor(context: context).apply(reader, to: &tailored, origin: "the catalog \"\(tailored.id)\"")
            catalog = context.errorCount == before ? tailored : nil
            removals = TailoringRemovals(base: base, tailored: tailored, changes: tailoring)
        }
        let profile = selectionNode.flatMap {
            ProfileDecoder(context: context, catalog: catalog, removed: removals).decode(JSONReader(node: $0, path: .root, file: "selection.json", context: context))
        }

        // Each folder is listed once, for loading and for the list of input files.
        let listings = Dictionary(uniqueKeysWithValues: Self.inputFolders.map { ($0, Self.entries(of: $0, in: directory)) })
        let hasLock = FileManager.default.fileExists(atPath: directory + "/weights.lock.json")

        var vendors: [VendorDossier] = []
        var unreadableVendors: [String] = []
        let vendorDirectory = directory + "/vendors"
        if let files = listings["vendors"] ?? nil {
            let lookup = VendorLookup(catalog: catalog, profile: profile)
            // Read, parse and decode the dossiers on all cores, each with its own diagnostics.
            let decoded = Parallel.map(files.count) { i -> (vendor: VendorDossier?, idLocation: SourceLocation?, diagnostics: [Diagnostic]) in
                let entry = files[i], display = "vendors/" + entry
                guard entry.hasSuffix(".json") else {
                    return (nil, nil, [Diagnostic(.warning, file: display, message: "ignored: only .json files in vendors/ are dossiers")])
                }
                let local = DecodingContext()
                guard let node = readDocument(vendorDirectory + "/" + entry, display: display, context: local) else { return (nil, nil, local.diagnostics) }
                let reader = JSONReader(node: node, path: .root, file: display, context: local)
                let vendor = VendorDecoder(context: local, lookup: lookup).decode(reader, file: display)
                var idLocation = node.location
                if case .object(let members) = node.value, let member = members.first(where: { $0.key == "id" }) { idLocation = member.value.location }
                return (vendor, idLocation, local.diagnostics)
            }
            var owners: [String: String] = [:]
            for (i, result) in decoded.enumerated() {
                context.report(contentsOf: result.diagnostics)
                guard let vendor = result.vendor else {
                    if files[i].hasSuffix(".json") { unreadableVendors.append(String(files[i].dropLast(5))) }
                    continue
                }
                let display = "vendors/" + files[i]
                if let owner = owners[vendor.id] {
                    context.report(Diagnostic(file: display, location: result.idLocation, path: "id", message: "duplicate vendor id \"\(vendor.id)\": \(owner) uses it already"))
                    unreadableVendors.append(vendor.id)
                    unreadableVendors.append(String(files[i].dropLast(5)))
                    continue
                }
                owners[vendor.id] = display
                vendors.append(vendor)
            }
            if files.filter({ $0.hasSuffix(".json") }).isEmpty {
                // The warnings about ignored files are dropped when loading fails, so name them here.
                let ignored = files.isEmpty ? "" : " (ignored, as their names do not end in .json: \(files.joined(separator: ", ")))"
                context.report(Diagnostic(file: "vendors/", message: "the workspace has no vendor dossiers\(ignored); add one JSON file per vendor to vendors/"))
            }
        } else {
            context.report(Diagnostic(file: "vendors/", message: Self.unlistable(vendorDirectory) ?? "missing folder: a workspace keeps one dossier per vendor in vendors/"))
        }

        let sheets = catalog.map { loadRatings(directory, entries: listings["ratings"] ?? nil, catalog: $0, removals: removals, profile: profile, vendors: vendors, unreadable: unreadableVendors, context: context) } ?? []
        let pilots = loadPilots(directory, entries: listings["pilots"] ?? nil, vendors: vendors, unreadable: unreadableVendors, context: context)
        var lock: WeightLock?
        if hasLock,
           let node = readDocument(directory + "/weights.lock.json", display: "weights.lock.json", context: context) {
            lock = JSONReader(node: node, path: .root, file: "weights.lock.json", context: context).weightLock()
        }

        guard !context.hasErrors, let profile, let catalog else {
            throw InputErrors(context.diagnostics.filter { $0.severity == .error })
        }
        var workspace = Workspace(directory: directory, profile: profile, catalog: catalog, catalogPath: catalogPath, vendors: vendors, warnings: context.diagnostics.filter { $0.severity == .warning })
        workspace.ratings = sheets
        workspace.pilots = pilots
        workspace.weightLock = lock
        workspace.tailoring = tailoring
        workspace.inputFiles = Self.inputFiles(directory, catalogPath: catalogPath, listing: { listings[$0] ?? nil }, hasLock: hasLock)
        // The catalogs the catalog extends are inputs too, right after it (a decision's `verify` re-hashes every recorded input).
        let prefix = URL(fileURLWithPath: directory).standardizedFileURL.path + "/"
        let bases = basePaths.paths.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }.filter { !workspace.inputFiles.contains($0) }
        workspace.inputFiles.insert(contentsOf: bases, at: min(2, workspace.inputFiles.count))
        workspace.catalogBasePaths = basePaths.paths
        return workspace
    }

    /// The files a decision depends on: selection.json, the catalog, and everything in vendors/,
    /// ratings/ and pilots/, plus weights.lock.json; paths relative to the workspace, sorted
    /// within each folder. A catalog outside the workspace is named by its full path here (a decision
    /// record names it by its reference instead, see `DecisionRecord.hashInputs(_:)`).
    public static func inputFiles(_ directory: String, catalogPath: String) -> [String] {
        inputFiles(directory, catalogPath: catalogPath, listing: { entries(of: $0, in: directory) },
                   hasLock: FileManager.default.fileExists(atPath: directory + "/weights.lock.json"))
    }

    /// The folders whose files are inputs.
    private static let inputFolders = ["vendors", "ratings", "pilots"]

    /// The input files, from listings of ``inputFolders`` made by ``entries(of:in:)``.
    private static func inputFiles(_ directory: String, catalogPath: String, listing: (String) -> [String]?, hasLock: Bool) -> [String] {
        var files = ["selection.json"]
        files.append(workspaceRelative(catalogPath, in: directory) ?? catalogPath)
        for folder in inputFolders {
            files += (listing(folder) ?? []).filter { $0.hasSuffix(".json") || $0.hasSuffix(".jsonl") }.map { folder + "/" + $0 }
        }
        if hasLock { files.append("weights.lock.json") }
        var seen = Set<String>()
        return files.filter { seen.insert($0).inserted }
    }

    /// Why an existing `folder` cannot be listed ("is a file, not a folder", "cannot read the
    /// folder: Permission denied"), or nil when nothing is there.
    private static func unlistable(_ folder: String) -> String? {
        var info = stat()
        guard stat(folder, &info) == 0 else {
            return errno == ENOENT ? nil : "cannot read the folder: \(String(cString: strerror(errno)))"
        }
        if (info.st_mode & S_IFMT) != S_IFDIR { return "is a file, not a folder; a workspace keeps one dossier per vendor in the folder vendors/" }
        guard let dir = opendir(folder) else { return "cannot read the folder: \(String(cString: strerror(errno)))" }
        closedir(dir)
        return "cannot read the folder"
    }

    /// The entries of `folder` in the workspace, hidden ones left out, sorted; nil when it cannot be listed.
    static func entries(of folder: String, in directory: String) -> [String]? {
        (try? FileManager.default.contentsOfDirectory(atPath: directory + "/" + folder))?.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// ``readDocument(_:display:context:)`` for re-resolving a record's catalogs.
    func readDocumentForResolution(_ path: String, context: DecodingContext) -> JSONNode? {
        readDocument(path, display: path, context: context)
    }

    /// Reads and parses one JSON file, reporting unreadable, empty and malformed files.
    func readDocument(_ path: String, display: String, context: DecodingContext) -> JSONNode? {
        let bytes: [UInt8]
        do {
            bytes = try FileReading.readBytes(path, kind: .json, limits: limits)
        } catch {
            context.report(Diagnostic(file: display, message: "cannot read the file: \(error.reason)"))
            return nil
        }
        return DocumentDecoding.parse(bytes, display: display, context: context)
    }
}

/// The paths found while composing a catalog, collected by a closure during one load.
private final class PathList {
    var paths: [String] = []
}

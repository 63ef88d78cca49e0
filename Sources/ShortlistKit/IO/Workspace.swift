import Foundation

/// A loaded, validated evaluation workspace: the profile, the catalog and the vendor dossiers.
public struct Workspace: Sendable, Equatable {
    /// The workspace folder as the user named it.
    public var directory: String
    /// The requirement profile from `selection.json`.
    public var profile: RequirementProfile
    /// The criteria catalog the profile names.
    public var catalog: Catalog
    /// Where the catalog was read from.
    public var catalogPath: String
    /// Where the catalogs it extends were read from, nearest first (full paths).
    public var catalogBasePaths: [String] = []
    /// The dossiers, in file-name order.
    public var vendors: [VendorDossier]
    /// The evaluators' ratings (`ratings/*.json`), in file-name order.
    public var ratings: [EvaluatorSheet] = []
    /// The pilots (`pilots/<vendor>.json` and their logs), in file-name order.
    public var pilots: [Pilot] = []
    /// The weights frozen by `shortlist lock`, if any.
    public var weightLock: WeightLock?
    /// Every input file read, relative to the workspace (the catalog as found), in reading order.
    public var inputFiles: [String] = []
    /// Warnings found while loading (the load itself succeeded).
    public var warnings: [Diagnostic]
    /// The changes `selection.json`'s `"criteria"` made to the catalog, in the order applied (empty without one).
    public var tailoring: [CatalogChange] = []

    /// Creates a workspace from values already in memory.
    public init(directory: String = ".", profile: RequirementProfile, catalog: Catalog, catalogPath: String = "", vendors: [VendorDossier], warnings: [Diagnostic] = []) {
        self.directory = directory
        self.profile = profile
        self.catalog = catalog
        self.catalogPath = catalogPath
        self.vendors = vendors
        self.warnings = warnings
    }
}

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

    /// Loads and checks a catalog file on its own.
    public func loadCatalog(at path: String, displayName: String? = nil) throws(InputErrors) -> Catalog {
        let context = DecodingContext()
        let display = displayName ?? path
        let catalog = readDocument(path, display: display, context: context).flatMap {
            CatalogDecoder(context: context, bases: baseResolver(for: path)).decode(JSONReader(node: $0, path: .root, file: display, context: context))
        }
        guard let catalog, !context.hasErrors else { throw InputErrors(context.diagnostics.filter { $0.severity == .error }) }
        return catalog
    }

    /// Finds the bases of the catalog at `path` (see ``CatalogBaseResolver``); files inside `workspace` are named relative to it.
    func baseResolver(for path: String, workspace: String? = nil, found: @escaping (String) -> Void = { _ in }) -> CatalogBaseResolver {
        let standard = URL(fileURLWithPath: path).standardizedFileURL
        let prefix = workspace.map { URL(fileURLWithPath: $0).standardizedFileURL.path + "/" }
        return CatalogBaseResolver(
            directory: standard.deletingLastPathComponent().path, chain: [standard.path],
            shipped: { self.shippedCatalogs() },
            read: { path, display, context in self.readDocument(path, display: display, context: context) },
            display: { path in
                let full = URL(fileURLWithPath: path).standardizedFileURL.path
                if let prefix, full.hasPrefix(prefix) { return String(full.dropFirst(prefix.count)) }
                return full
            }, found: found)
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
                    if let near = NearestMatch.suggestion(for: reference, among: names) { message += "; did you mean \"\(near)\"?" }
                    else if !names.isEmpty { message += "; shipped catalogs: \(names.joined(separator: ", "))" }
                    else { message += " (looked in \(catalogDirectories.joined(separator: ", ")); set SHORTLIST_CATALOGS to the folder holding it)" }
                    reader.fail(message)
                }
            }
        }
        // The selection's own tailoring of the catalog (`"criteria"`), before the profile's ids are checked against it.
        var tailoring: [CatalogChange] = []
        if var tailored = catalog, let selectionNode, case .object(let members) = selectionNode.value, let member = members.first(where: { $0.key == "criteria" }) {
            let reader = JSONReader(node: member.value, path: JSONPath.root.appending(key: "criteria"), file: "selection.json", context: context)
            let before = context.errorCount
            tailoring = CatalogTailor(context: context).apply(reader, to: &tailored, origin: "the catalog \"\(tailored.id)\"")
            catalog = context.errorCount == before ? tailored : nil
        }
        let profile = selectionNode.flatMap {
            ProfileDecoder(context: context, catalog: catalog).decode(JSONReader(node: $0, path: .root, file: "selection.json", context: context))
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

        let sheets = catalog.map { loadRatings(directory, entries: listings["ratings"] ?? nil, catalog: $0, profile: profile, vendors: vendors, unreadable: unreadableVendors, context: context) } ?? []
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

    /// Reads `pilots/*.json` plans and their append-only logs; problems in a log are warnings
    /// (every complete entry is kept), problems in a plan are errors.
    /// - Parameter entries: the folder's listing (see ``entries(of:in:)``); nil without the folder.
    private func loadPilots(_ directory: String, entries: [String]?, vendors: [VendorDossier], unreadable: [String], context: DecodingContext) -> [Pilot] {
        guard let entries else { return [] }
        let decoder = PilotDecoder(context: context, vendorIDs: vendors.map(\.id) + unreadable)
        var pilots: [Pilot] = []
        for entry in entries {
            let display = "pilots/" + entry
            if entry.hasSuffix(".log.jsonl") {
                let vendor = String(entry.dropLast(".log.jsonl".count))
                if !entries.contains(vendor + ".json") {
                    context.report(Diagnostic(.warning, file: display, message: "a pilot log without a plan (pilots/\(vendor).json); it is not read"))
                }
                continue
            }
            guard entry.hasSuffix(".json") else {
                context.report(Diagnostic(.warning, file: display, message: "ignored: pilots/ holds plans (<vendor>.json) and logs (<vendor>.log.jsonl)"))
                continue
            }
            guard let node = readDocument(directory + "/pilots/" + entry, display: display, context: context),
                  let plan = decoder.decodePlan(JSONReader(node: node, path: .root, file: display, context: context), file: display) else { continue }
            if unreadable.contains(plan.vendor) { continue }
            let logFile = "pilots/\(plan.vendor).log.jsonl"
            var pilot = Pilot(plan: plan, logFile: logFile)
            do {
                let contents = try AppendOnlyLog(path: directory + "/" + logFile, limit: limits.log).read()
                for line in contents.lines {
                    switch PilotDecoder.observation(line: line.text, number: line.number, plan: plan, earlier: pilot.observations) {
                    case .success(let observation): pilot.observations.append(observation)
                    case .failure(let problem): pilot.logProblems.append(problem.message + "; it is kept in the log and ignored")
                    }
                }
                pilot.logProblems += contents.problems
            } catch {
                context.report(Diagnostic(file: logFile, message: "cannot read the pilot log: \(error.reason)"))
            }
            for problem in pilot.logProblems { context.report(Diagnostic(.warning, file: logFile, message: problem)) }
            pilots.append(pilot)
        }
        return pilots
    }

    /// The files a decision depends on: selection.json, the catalog, and everything in vendors/,
    /// ratings/ and pilots/, plus weights.lock.json; paths relative to the workspace, sorted
    /// within each folder. A catalog outside the workspace is named by its full path here (a decision
    /// record names it by its reference instead, see ``DecisionRecord/hashInputs(_:)``).
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
    private static func entries(of folder: String, in directory: String) -> [String]? {
        (try? FileManager.default.contentsOfDirectory(atPath: directory + "/" + folder))?.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Every criterion id with its rule kind.
    static func ruleKinds(_ catalog: Catalog) -> [String: String] {
        var kinds: [String: String] = [:]
        for node in catalog.allNodes {
            if case .criterion(let rule, _) = node.content { kinds[node.id] = rule.kind }
        }
        return kinds
    }

    /// The rated criteria of a catalog (rule kind `rating`) with their scales, in catalog order.
    public static func ratedCriteria(_ catalog: Catalog) -> [PanelConsensus.RatedCriterion] {
        catalog.allNodes.compactMap { node in
            if case .criterion(.rating(_, let scale), _) = node.content { return .init(id: node.id, scale: scale) }
            return nil
        }
    }

    /// Reads `ratings/*.json` (the folder is optional) and checks the panel's overrides in `selection.json`.
    /// - Parameter unreadable: the file stems of dossiers that failed to load: ratings of those vendors are not reported again.
    /// - Parameter entries: the folder's listing (see ``entries(of:in:)``); nil without the folder.
    private func loadRatings(_ directory: String, entries: [String]?, catalog: Catalog, profile: RequirementProfile?, vendors: [VendorDossier], unreadable: [String], context: DecodingContext) -> [EvaluatorSheet] {
        let rated = Self.ratedCriteria(catalog)
        let scales = Dictionary(rated.map { ($0.id, $0.scale) }, uniquingKeysWith: { a, _ in a })
        let ruleKinds = Self.ruleKinds(catalog)
        let vendorIDs = vendors.map(\.id)
        var sheets: [EvaluatorSheet] = []
        if let entries {
            let decoder = RatingsDecoder(context: context, scales: scales, criterionIDs: rated.map(\.id), vendorIDs: vendorIDs, ruleKinds: ruleKinds, unreadableVendors: unreadable)
            var owners: [String: String] = [:]
            for entry in entries {
                let display = "ratings/" + entry
                guard entry.hasSuffix(".json") else {
                    context.report(Diagnostic(.warning, file: display, message: "ignored: only .json files in ratings/ hold ratings (import CSV sheets with `shortlist sheet import`)"))
                    continue
                }
                guard let node = readDocument(directory + "/ratings/" + entry, display: display, context: context),
                      let sheet = decoder.decode(JSONReader(node: node, path: .root, file: display, context: context), file: display) else { continue }
                if let owner = owners[sheet.evaluator] {
                    var location = node.location
                    if case .object(let members) = node.value, let member = members.first(where: { $0.key == "evaluator" }) { location = member.value.location }
                    context.report(Diagnostic(file: display, location: location, path: "evaluator", message: "evaluator \"\(sheet.evaluator)\" already has a ratings file: \(owner)"))
                    continue
                }
                owners[sheet.evaluator] = display
                sheets.append(sheet)
            }
        }
        for (i, override) in (profile?.panel.overrides ?? []).enumerated() {
            func fail(_ field: String, _ location: SourceLocation?, _ message: String) {
                context.report(Diagnostic(file: "selection.json", location: location, path: "panel.overrides[\(i)].\(field)", message: message))
            }
            if unreadable.contains(override.vendor) || vendorIDs.isEmpty { continue }
            if !vendorIDs.contains(override.vendor) {
                fail("vendor", override.vendorLocation, unknownIDMessage(override.vendor, known: vendorIDs, kind: "vendor"))
            } else if let scale = scales[override.criterion] {
                if override.value < scale.min || override.value > scale.max {
                    fail("value", override.location, "the override \(NumberFormatting.short(override.value)) for \(override.vendor)/\(override.criterion) lies outside the scale \(NumberFormatting.short(scale.min))–\(NumberFormatting.short(scale.max))")
                }
            } else if let kind = ruleKinds[override.criterion] {
                fail("criterion", override.criterionLocation, "\"\(override.criterion)\" is scored by its rule (\"\(kind)\"), not rated by evaluators; rated criteria: \(NearestMatch.listed(rated.map(\.id)))")
            } else {
                fail("criterion", override.criterionLocation, rated.isEmpty ? "the catalog has no rated criteria to override" : unknownIDMessage(override.criterion, known: rated.map(\.id), kind: "rated criterion"))
            }
        }
        return sheets
    }

    /// ``readDocument(_:display:context:)`` for re-resolving a record's catalogs.
    func readDocumentForResolution(_ path: String, context: DecodingContext) -> JSONNode? {
        readDocument(path, display: path, context: context)
    }

    /// Reads and parses one JSON file, reporting unreadable, empty and malformed files.
    private func readDocument(_ path: String, display: String, context: DecodingContext) -> JSONNode? {
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

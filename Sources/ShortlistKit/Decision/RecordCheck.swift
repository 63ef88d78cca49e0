/// Whether the inputs of a recorded decision (`decision.json`) are still the files in the
/// workspace: each recorded file re-hashed with SHA-256, and any input file added since.
///
/// `shortlist verify` prints it; the decision board shows it, so that a forwarded report says
/// whether it still describes the decision that was recorded.
public struct RecordCheck: Sendable, Equatable {
    /// When the decision was recorded (ISO 8601, as in the record).
    public var date: String
    /// How many input files the record lists.
    public var recorded: Int
    /// Recorded files whose SHA-256 differs now.
    public var changed: [String]
    /// Recorded files that are gone, or unreadable (with the reason).
    public var removed: [String]
    /// Input files of the workspace that the record does not list.
    public var added: [String]
    /// Things the reader should know that are not differences, e.g. an older record that named its catalog by an absolute path.
    public var notes: [String] = []

    /// Whether every recorded input is unchanged and none was added.
    public var isIntact: Bool { changed.isEmpty && removed.isEmpty && added.isEmpty }

    /// How many files differ in any way.
    public var differing: Int { changed.count + removed.count + added.count }

    /// Checks the record `bytes` (the contents of `decision.json`) against the workspace in `directory`,
    /// resolving its catalog again with `loader` exactly as loading the workspace would.
    ///
    /// Every recorded file is re-hashed. The catalog passes when the file the workspace resolves to
    /// now has the recorded content, wherever it was found: a catalog that now shadows the recorded one
    /// (a new `criteria/` above the workspace, `$SHORTLIST_CATALOGS`) with other content is a change,
    /// named with the file found.
    ///
    /// - Throws: ``DecisionRecordReader/Problem`` when the record is not a decision record.
    public init(record bytes: [UInt8], workspaceDirectory directory: String, loader: WorkspaceLoader) throws(DecisionRecordReader.Problem) {
        let (inputs, date) = try DecisionRecordReader.inputs(bytes)
        self.date = date
        recorded = inputs.count
        // The catalog: named by reference (it was found outside the workspace), else — as every record
        // names selection.json first and the catalog second — the second input.
        let catalogIndex = inputs.firstIndex(where: \.isCatalogReference) ?? (inputs.count > 1 ? 1 : nil)
        var changed: [String] = [], removed: [String] = [], notes: [String] = []
        for (i, input) in inputs.enumerated() where i != catalogIndex && !input.isBaseReference {
            let path = input.file.hasPrefix("/") ? input.file : directory + "/" + input.file
            guard FileReading.exists(path) else { removed.append(input.file); continue }
            let hash: String
            do { hash = try SHA256.hashFile(path) } catch { removed.append(input.file + " (unreadable: \(error.reason))"); continue }
            if hash != input.sha256 { changed.append(input.file) }
        }
        let resolution = loader.resolveCatalog(workspace: directory)
        if let catalogIndex {
            let input = inputs[catalogIndex]
            let label = input.isCatalogReference ? "catalog \"\(input.file)\"" : input.file
            if let resolution, let path = resolution.path {
                let found = WorkspaceLoader.workspaceRelative(path, in: directory) ?? path
                let moved = input.isCatalogReference ? false : found != input.file
                do {
                    if try SHA256.hashFile(path) != input.sha256 {
                        changed.append(moved || input.isCatalogReference
                            ? "\(label): selection.json's catalog \"\(resolution.reference)\" now resolves to \(found), whose content differs from the recorded catalog"
                            : label)
                    } else if input.file.hasPrefix("/") {
                        notes.append("the record names its catalog by the absolute path \(input.file), as older records did; the catalog found now, \(found), has the recorded content. Run `shortlist decide` again to record it by reference")
                    } else if moved {
                        notes.append("the catalog \"\(resolution.reference)\" now resolves to \(found) instead of \(input.file), with the recorded content")
                    }
                } catch {
                    removed.append("\(label) (\(found) is unreadable: \(error.reason))")
                }
            } else {
                removed.append("\(label) (selection.json's catalog\(resolution.map { " \"\($0.reference)\"" } ?? "") is no longer found)")
            }
        }
        // Bases outside the workspace, by reference: the chain the catalog extends now, resolved again.
        let bases = inputs.filter(\.isBaseReference)
        if !bases.isEmpty {
            let current = resolution?.path.map { loader.resolveCatalogBases(of: $0) } ?? []
            for input in bases {
                let label = "base catalog \"\(input.file)\""
                guard let path = current.first(where: { RecordedInput.baseReference($0) == input.file }) else {
                    removed.append("\(label) (the catalog no longer extends it, or it is no longer found)")
                    continue
                }
                let found = WorkspaceLoader.workspaceRelative(path, in: directory) ?? path
                do {
                    if try SHA256.hashFile(path) != input.sha256 {
                        changed.append("\(label): it now resolves to \(found), whose content differs from the recorded one")
                    }
                } catch {
                    removed.append("\(label) (\(found) is unreadable: \(error.reason))")
                }
            }
        }
        self.changed = changed
        self.removed = removed
        self.notes = notes
        let current = WorkspaceLoader.inputFiles(directory, catalogPath: resolution?.path ?? "")
        let listed = Set(inputs.enumerated().filter { $0.offset != catalogIndex }.map(\.element.file))
        // The current inputs but the catalog (always second), which is checked above.
        added = current.enumerated().filter { $0.offset != 1 && !listed.contains($0.element) }.map(\.element)
    }
}

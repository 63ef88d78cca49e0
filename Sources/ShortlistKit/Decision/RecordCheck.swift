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

    /// Whether every recorded input is unchanged and none was added.
    public var isIntact: Bool { changed.isEmpty && removed.isEmpty && added.isEmpty }

    /// How many files differ in any way.
    public var differing: Int { changed.count + removed.count + added.count }

    /// Checks the record `bytes` (the contents of `decision.json`) against the workspace in `directory`.
    ///
    /// - Throws: ``DecisionRecordReader/Problem`` when the record is not a decision record.
    public init(record bytes: [UInt8], workspaceDirectory directory: String) throws(DecisionRecordReader.Problem) {
        let (inputs, date) = try DecisionRecordReader.inputs(bytes)
        self.date = date
        recorded = inputs.count
        var changed: [String] = [], removed: [String] = []
        for input in inputs {
            let path = input.file.hasPrefix("/") ? input.file : directory + "/" + input.file
            guard FileReading.exists(path) else { removed.append(input.file); continue }
            let hash: String
            do { hash = try SHA256.hashFile(path) } catch { removed.append(input.file + " (unreadable: \(error.reason))"); continue }
            if hash != input.sha256 { changed.append(input.file) }
        }
        self.changed = changed
        self.removed = removed
        let catalogEntry = inputs.count > 1 ? inputs[1].file : ""
        let current = WorkspaceLoader.inputFiles(directory, catalogPath: catalogEntry.hasPrefix("/") ? catalogEntry : directory + "/" + catalogEntry)
        let listed = Set(inputs.map(\.file))
        added = current.filter { !listed.contains($0) }
    }
}

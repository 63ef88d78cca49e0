/// One input of a recorded decision and its SHA-256.
///
/// A file of the workspace is named relative to the workspace. A catalog found outside the
/// workspace (a shipped catalog beside the tool, in `$SHORTLIST_CATALOGS` or in a folder above) is
/// named by its reference as `selection.json` writes it (`"hris"`), never by a path of the machine
/// where the decision was taken: `verify` resolves the reference again as `rank` would and compares
/// the content of the file it finds.
public struct RecordedInput: Sendable, Equatable {
    /// The file relative to the workspace, or the catalog's reference when ``isCatalogReference``.
    public var file: String
    /// Its SHA-256 as 64 lowercase hex digits.
    public var sha256: String
    /// Whether this is the catalog, named by its reference because it was found outside the workspace.
    public var isCatalogReference: Bool
    /// Whether this is a catalog that the catalog extends (`"extends"`), found outside the workspace and
    /// named by its reference (`"saas"`); `verify` resolves the chain of bases again as loading would.
    public var isBaseReference: Bool

    /// Creates one.
    public init(file: String, sha256: String, isCatalogReference: Bool = false, isBaseReference: Bool = false) {
        self.file = file
        self.sha256 = sha256
        self.isCatalogReference = isCatalogReference
        self.isBaseReference = isBaseReference
    }

    /// The reference a base catalog found at `path` is recorded by: its file name without `.json`,
    /// which is how an `"extends"` names a shipped catalog or one beside the extending file.
    static func baseReference(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".json") ? String(name.dropLast(5)) : name
    }
}

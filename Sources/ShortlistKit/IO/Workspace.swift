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
    package var tailoring: [CatalogChange] = []

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

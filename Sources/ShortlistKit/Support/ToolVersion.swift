/// The version of Shortlist, written into JSON output and decision records.
public enum ToolVersion {
    /// Semantic version of this build.
    public static let current = "0.1.0"
}

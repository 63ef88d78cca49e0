/// The version of Shortlist, written into JSON output and decision records.
package enum ToolVersion {
    /// Semantic version of this build.
    package static let current = "0.1.0"
}

import Foundation

/// The checkout this test target runs in.
enum Repository {
    /// The repository root, found from this file's path (`Tests/ShortlistKitTests/Support/Repository.swift`).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

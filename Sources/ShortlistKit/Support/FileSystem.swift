import Foundation

/// Small file-system helpers.
package enum FileSystem {
    /// Creates a directory (and its parents) when it does not exist.
    package static func makeDirectory(_ path: String) throws(FileWriteError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw FileWriteError(path: path, reason: "cannot create the folder: \(error.localizedDescription)")
        }
    }
}

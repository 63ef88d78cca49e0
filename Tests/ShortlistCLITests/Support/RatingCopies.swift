import Foundation

/// Test workspaces that add copies of a sample's vendors give each copy the original's panel
/// ratings, so that the copy is scored on the same share of the weight (its coverage) and is
/// ranked with the others rather than listed as incomplete.
enum RatingCopies {
    /// Adds to every `ratings/*.json` of `workspace` a copy of each rating of `original` for `copy`.
    static func copy(in workspace: URL, from original: String, to copy: String) throws {
        let folder = workspace.appendingPathComponent("ratings")
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        // Untyped JSON on purpose: a rating is copied with every key it has (comment, date, whatever
        // the format gains), which a mirror struct naming some keys would drop.
        for name in files.sorted() where name.hasSuffix(".json") {
            let url = folder.appendingPathComponent(name)
            guard var sheet = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any],
                  let ratings = sheet["ratings"] as? [[String: Any]] else { continue }
            let copies = ratings.filter { $0["vendor"] as? String == original }.map { rating -> [String: Any] in
                var r = rating
                r["vendor"] = copy
                return r
            }
            guard !copies.isEmpty else { continue }
            sheet["ratings"] = ratings + copies
            try JSONSerialization.data(withJSONObject: sheet, options: [.prettyPrinted, .sortedKeys]).write(to: url)
        }
    }
}

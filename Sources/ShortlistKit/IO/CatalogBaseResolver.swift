import Foundation

/// Finds and decodes the catalog that an `"extends"` names, refusing cycles.
///
/// A base named without a path (`"saas"`) is looked for first beside the extending catalog's
/// file (so a workspace's frozen copies in `criteria/` stay together), then wherever shipped
/// catalogs are looked for; a path (`"../base.json"`) is taken relative to the extending file.
struct CatalogBaseResolver {
    /// The folder of the extending catalog's file.
    let directory: String
    /// The files being composed, outermost first, as full paths (to name a cycle).
    let chain: [String]
    /// The shipped catalogs' paths by name, searched after `directory`.
    let shipped: () -> [(name: String, path: String)]
    /// Reads and parses a file, reporting problems under the display name.
    let read: (_ path: String, _ display: String, _ context: DecodingContext) -> JSONNode?
    /// How a file is named in diagnostics.
    let display: (_ path: String) -> String
    /// Told the full path of every base found, nearest first, so that a workspace can count it among its inputs.
    var found: (_ path: String) -> Void = { _ in }

    /// The deepest chain of `extends` followed; deeper is reported as a likely mistake.
    static let maximumDepth = 8

    /// The base catalog named by `reader` (a string), decoded and composed itself; nil after reporting.
    func resolve(_ reader: JSONReader, context: DecodingContext) -> Catalog? {
        guard let reference = reader.string() else { return nil }
        guard let path = locate(reference) else {
            let names = shipped().map(\.name)
            var message = "no catalog \"\(reference)\" to extend"
            message += NearestMatch.didYouMean(reference, among: names, otherwise: names.isEmpty ? "" : "; known catalogs: \(names.joined(separator: ", "))")
            reader.fail(message)
            return nil
        }
        let standard = URL(fileURLWithPath: path).standardizedFileURL.path
        if let first = chain.firstIndex(of: standard) {
            let names = (chain[first...] + [standard]).map { URL(fileURLWithPath: $0).lastPathComponent }
            reader.fail("\"extends\" makes a cycle: \(names.joined(separator: " → ")); a catalog cannot be its own base")
            return nil
        }
        guard chain.count < Self.maximumDepth else {
            reader.fail("\"extends\" goes more than \(Self.maximumDepth) catalogs deep; compose on fewer levels")
            return nil
        }
        let shown = display(path)
        found(standard)
        guard let node = read(path, shown, context) else { return nil }
        let nested = CatalogBaseResolver(directory: URL(fileURLWithPath: standard).deletingLastPathComponent().path, chain: chain + [standard], shipped: shipped, read: read, display: display, found: found)
        let before = context.errorCount
        let catalog = CatalogDecoder(context: context, bases: nested).decode(JSONReader(node: node, path: .root, file: shown, context: context))
        if catalog == nil, context.errorCount == before {
            reader.fail("the base catalog \"\(reference)\" (\(shown)) could not be read")
        }
        return catalog
    }

    /// The path of the catalog `reference` names, or nil.
    private func locate(_ reference: String) -> String? {
        if reference.contains("/") || reference.hasSuffix(".json") {
            let path = reference.hasPrefix("/") ? reference : directory + "/" + reference
            return FileManager.default.fileExists(atPath: path) ? path : nil
        }
        let beside = directory + "/" + reference + ".json"
        if FileManager.default.fileExists(atPath: beside) { return beside }
        return shipped().first { $0.name == reference }?.path
    }
}

import Foundation

extension WorkspaceLoader {
    /// `path` relative to the workspace `directory` when it lies inside it, else nil. Both are
    /// standardised and their symbolic links resolved first, so `ws/./criteria/x.json` named from
    /// another folder (`../other/ws`) is still `criteria/x.json`.
    public static func workspaceRelative(_ path: String, in directory: String) -> String? {
        guard !path.isEmpty else { return nil }
        func canonical(_ p: String) -> String { URL(fileURLWithPath: p).standardizedFileURL.resolvingSymlinksInPath().path }
        let file = canonical(path), root = canonical(directory)
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : nil
    }

    /// The catalog that `selection.json` in `directory` names, resolved now exactly as loading the
    /// workspace would: the reference as written and the file found (nil when none is found). Nil when
    /// `selection.json` cannot be read or names no catalog.
    public func resolveCatalog(workspace directory: String) -> (reference: String, path: String?)? {
        guard let bytes = try? FileReading.readBytes(directory + "/selection.json"),
              let node = try? JSONParser.parse(bytes),
              case .object(let members) = node.value,
              case .string(let reference)? = members.first(where: { $0.key == "catalog" })?.value.value else { return nil }
        return (reference, catalogPath(for: reference, workspace: directory))
    }

    /// The catalogs that the catalog at `path` extends, resolved now as loading would: full paths,
    /// nearest first (empty when it extends none or cannot be read).
    public func resolveCatalogBases(of path: String) -> [String] {
        final class Found: @unchecked Sendable { var paths: [String] = [] }
        let found = Found(), context = DecodingContext()
        if let node = readDocumentForResolution(path, context: context) {
            _ = CatalogDecoder(context: context, bases: baseResolver(for: path, found: { found.paths.append($0) })).decode(JSONReader(node: node, path: .root, file: path, context: context))
        }
        return found.paths
    }

    /// Loads and checks a catalog file on its own.
    public func loadCatalog(at path: String, displayName: String? = nil) throws(InputErrors) -> Catalog {
        let context = DecodingContext()
        let display = displayName ?? path
        let catalog = readDocument(path, display: display, context: context).flatMap {
            CatalogDecoder(context: context, bases: baseResolver(for: path)).decode(JSONReader(node: $0, path: .root, file: display, context: context))
        }
        guard let catalog, !context.hasErrors else { throw InputErrors(context.diagnostics.filter { $0.severity == .error }) }
        return catalog
    }

    /// Finds the bases of the catalog at `path` (see ``CatalogBaseResolver``); files inside `workspace` are named relative to it.
    func baseResolver(for path: String, workspace: String? = nil, found: @escaping (String) -> Void = { _ in }) -> CatalogBaseResolver {
        let standard = URL(fileURLWithPath: path).standardizedFileURL
        let prefix = workspace.map { URL(fileURLWithPath: $0).standardizedFileURL.path + "/" }
        return CatalogBaseResolver(
            directory: standard.deletingLastPathComponent().path, chain: [standard.path],
            shipped: { self.shippedCatalogs() },
            read: { path, display, context in self.readDocument(path, display: display, context: context) },
            display: { path in
                let full = URL(fileURLWithPath: path).standardizedFileURL.path
                if let prefix, full.hasPrefix(prefix) { return String(full.dropFirst(prefix.count)) }
                return full
            }, found: found)
    }
}

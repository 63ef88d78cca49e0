/// Decoding single documents from bytes held in memory, with the same checks and diagnostics as
/// loading a workspace from disk: a web service or an app can validate an upload without writing
/// it to a file. `file` is the name diagnostics give the document, such as `vendors/acme.json`.
///
/// ```swift
/// let catalog = try Catalog(json: catalogBytes, file: "hris.json")
/// let profile = try RequirementProfile(json: selectionBytes, catalog: catalog)
/// let dossier = try VendorDossier(json: uploadBytes, file: "vendors/acme.json", catalog: catalog, profile: profile)
/// ```
enum DocumentDecoding {
    /// Parses `bytes` as one JSON document named `display`, reporting an empty file, UTF-16 text and
    /// syntax errors (with line:column) to `context`; nil when it cannot be parsed.
    static func parse(_ bytes: [UInt8], display: String, context: DecodingContext) -> JSONNode? {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if bytes.dropFirst(hasBOM ? 3 : 0).allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            context.report(Diagnostic(file: display, message: "the file is empty; expected a JSON object"))
            return nil
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            context.report(Diagnostic(file: display, message: "the file is saved as UTF-16; save it as UTF-8"))
            return nil
        }
        do {
            return try JSONParser.parse(bytes)
        } catch {
            context.report(Diagnostic(file: display, location: error.location, message: error.message))
            return nil
        }
    }

    /// Parses and decodes one document with `decode`, throwing every error found.
    static func decode<Value>(_ bytes: [UInt8], file: String, _ decode: (JSONReader, DecodingContext) -> Value?) throws(InputErrors) -> Value {
        let context = DecodingContext()
        let value = parse(bytes, display: file, context: context).flatMap { decode(JSONReader(node: $0, path: .root, file: file, context: context), context) }
        guard let value, !context.hasErrors else { throw InputErrors(context.diagnostics.filter { $0.severity == .error }) }
        return value
    }
}

extension Catalog {
    /// Decodes and validates a criteria catalog from JSON bytes in memory.
    ///
    /// A catalog that `"extends"` another (as the shipped `hris` extends `saas`) finds its bases in
    /// `bases`, by the name the `"extends"` gives (`["saas": bytes]`), bases of bases included.
    ///
    /// - Parameters:
    ///   - json: The UTF-8 bytes of the catalog document.
    ///   - file: The name diagnostics give the document.
    ///   - bases: The catalogs it may extend, by name, as UTF-8 JSON bytes.
    /// - Throws: ``InputErrors`` with every problem, as `file:line:column: error: path: message`.
    public init(json: [UInt8], file: String = "catalog.json", bases: [String: [UInt8]] = [:]) throws(InputErrors) {
        // The bases live under a folder that is not on disk, so only `bases` can supply them.
        let folder = "/shortlist-catalogs-in-memory"
        let resolver = CatalogBaseResolver(
            directory: folder, chain: [folder + "/" + file],
            shipped: { bases.keys.sorted().map { ($0, folder + "/" + $0 + ".json") } },
            read: { path, display, context in
                let name = RecordedInput.baseReference(path)
                return bases[name].flatMap { DocumentDecoding.parse($0, display: display, context: context) }
            },
            display: { RecordedInput.baseReference($0) + ".json" })
        self = try DocumentDecoding.decode(json, file: file) { reader, context in CatalogDecoder(context: context, bases: resolver).decode(reader) }
    }
}

extension RequirementProfile {
    /// Decodes and validates a requirement profile (`selection.json`) from JSON bytes in memory.
    ///
    /// - Parameters:
    ///   - json: The UTF-8 bytes of the document.
    ///   - file: The name diagnostics give the document.
    ///   - catalog: The catalog whose ids the profile is checked against.
    /// - Throws: ``InputErrors`` with every problem found.
    public init(json: [UInt8], file: String = "selection.json", catalog: Catalog) throws(InputErrors) {
        self = try DocumentDecoding.decode(json, file: file) { reader, context in ProfileDecoder(context: context, catalog: catalog).decode(reader) }
    }
}

extension VendorDossier {
    /// Decodes and validates a vendor dossier from JSON bytes in memory, checking its facts, ids and
    /// units against the catalog and the profile as the workspace loader does.
    ///
    /// - Parameters:
    ///   - json: The UTF-8 bytes of the dossier.
    ///   - file: The name diagnostics give the document, such as `vendors/acme.json`.
    ///   - catalog: The catalog whose facts and vocabulary the dossier uses.
    ///   - profile: The requirement profile, when there is one.
    /// - Throws: ``InputErrors`` with every problem found.
    public init(json: [UInt8], file: String, catalog: Catalog, profile: RequirementProfile? = nil) throws(InputErrors) {
        let lookup = VendorLookup(catalog: catalog, profile: profile)
        self = try DocumentDecoding.decode(json, file: file) { reader, context in VendorDecoder(context: context, lookup: lookup).decode(reader, file: file) }
    }
}

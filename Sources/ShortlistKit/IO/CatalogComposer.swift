/// Decodes a catalog written as `"extends"` of another plus a `"tailoring"` overlay.
///
/// The result is a whole ``Catalog``: the base's tree, vocabulary, facts and gates with the
/// overlay applied by ``CatalogTailor``, under the extending catalog's id, name and description.
struct CatalogComposer {
    let context: DecodingContext
    let bases: CatalogBaseResolver?

    /// The keys of an extending catalog; the whole-catalog sections go under `tailoring`.
    private static let keys = ["version", "id", "extends", "name", "description", "missingFacts", "tailoring"]
    /// Sections of a whole catalog and where they go in an extending one.
    private static let moved = ["criteria": "\"tailoring\": {\"add\": [{\"under\": \"root\", \"nodes\": […]}]}", "vocabulary": "\"tailoring\": {\"vocabulary\": …}",
                                "facts": "\"tailoring\": {\"facts\": …}", "gates": "\"tailoring\": {\"gates\": […]}", "weighting": "the base catalog"]

    func decode(_ reader: JSONReader) -> Catalog? {
        let before = context.errorCount
        if case .object(let members) = reader.node.value {
            for member in members {
                guard let target = Self.moved[member.key] else { continue }
                context.report(Diagnostic(file: reader.file, location: member.keyLocation, path: reader.path.appending(key: member.key).description,
                                          message: "a catalog that extends another does not repeat \"\(member.key)\"; write it as \(target)"))
            }
        }
        let filtered: JSONReader
        if case .object(let members) = reader.node.value {
            filtered = JSONReader(node: JSONNode(.object(members.filter { Self.moved[$0.key] == nil }), at: reader.node.location), path: reader.path, file: reader.file, context: context)
        } else {
            filtered = reader
        }
        guard let object = filtered.object(keys: Self.keys) else { return nil }
        object.version()
        let id = object.required("id", "the catalog's id")?.identifier()
        let name = object.required("name", "the catalog's name")?.localizedText()
        let description = object.optional("description")?.localizedText()
        let missing = object.optional("missingFacts")?.missingFactPolicy()
        guard let extendsReader = object.optional("extends") else { return nil }
        guard let bases else {
            extendsReader.fail("a catalog that extends another can only be read from a file, beside its base")
            return nil
        }
        guard let base = bases.resolve(extendsReader, context: context) else { return nil }
        var catalog = base
        if let id { catalog.id = id }
        if let name { catalog.name = name }
        catalog.description = description ?? base.description
        catalog.missingFacts = missing ?? base.missingFacts
        catalog.bases = [base.id] + base.bases
        if let tailoring = object.optional("tailoring") {
            CatalogTailor(context: context).apply(tailoring, to: &catalog, origin: "the base catalog \"\(base.id)\"")
        }
        guard context.errorCount == before, id != nil, name != nil else { return nil }
        return catalog
    }
}

import ShortlistKit

/// `shortlist criteria [<catalog>]`: lists the shipped catalogs or prints one as a tree.
enum CriteriaCommand: Command {
    static let spec = CommandSpec(
        name: "criteria",
        summary: "List the shipped criteria catalogs, or print one as a tree with weights and rules.",
        positionals: [PositionalSpec(name: "catalog", help: "A shipped catalog's name (e.g. hris) or a path to a catalog file.", optional: true)],
        options: [OptionSpec(name: "lang", valueName: "language", help: "Language of names.", allowedValues: Language.allCases.map(\.rawValue))]
    )

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        let loader = invocation.loader(workspace: invocation.currentDirectory)
        let language = arguments.language
        guard let reference = arguments.positionals.first else {
            let shipped = loader.shippedCatalogs()
            guard !shipped.isEmpty else { throw CommandFailure("no catalogs found (looked in \(loader.catalogDirectories.joined(separator: ", "))); set SHORTLIST_CATALOGS") }
            for (name, path) in shipped {
                if let catalog = try? loader.loadCatalog(at: path) {
                    let tree = WeightTree(catalog: catalog)
                    output.print("\(name)  \(catalog.name.text(in: language)) — \(tree.leaves.count) criteria in \(tree.topLevel.count) groups, \(catalog.gates.count) gates  (\(path))")
                } else {
                    output.print("\(name)  (invalid: run `shortlist criteria \(name)` for the problems)  (\(path))")
                }
            }
            return .success
        }
        let path: String
        if reference.contains("/") || reference.hasSuffix(".json") {
            path = invocation.resolve(reference)
        } else if let found = loader.shippedCatalogs().first(where: { $0.name == reference }) {
            path = found.path
        } else {
            var message = "no catalog \"\(reference)\""
            if let near = NearestMatch.suggestion(for: reference, among: loader.shippedCatalogs().map(\.name)) { message += "; did you mean \"\(near)\"?" }
            throw CommandFailure(message)
        }
        let catalog = try loader.loadCatalog(at: path, displayName: reference.contains("/") ? reference : path)
        output.print(CatalogPrinter(catalog: catalog, language: language).text)
        return .success
    }
}

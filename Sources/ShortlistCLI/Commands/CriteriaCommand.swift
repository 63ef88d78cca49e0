import Foundation
import ShortlistKit

/// `shortlist criteria [<catalog>]`: lists the shipped catalogs or prints one as a tree.
enum CriteriaCommand: Command {
    static let spec = CommandSpec(
        name: "criteria",
        summary: "List the shipped criteria catalogs, print one (or a workspace's, as its selection.json tailors it) as a tree with weights and rules, or check them all.",
        positionals: [PositionalSpec(name: "catalog", help: "A shipped catalog's name (e.g. hris), a path to a catalog file, or a workspace folder: its effective catalog, each change of selection.json's \"criteria\" marked.", optional: true)],
        options: [.language("Language of names."),
                  OptionSpec(name: "questions", help: "Print the catalog's questions for the vendors, group by group, each with the fact its answer fills in."),
                  OptionSpec(name: "check", help: "Check every shipped catalog (or the one named) as a shipped catalog must be: loads and composes, ids unique, each group's weights sum to 100, every declared fact used, every vocabulary id named declared, names, descriptions, questions and rationales in English and Chinese, a source on every criterion.")]
    )

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        let loader = invocation.loader(workspace: invocation.currentDirectory)
        let language = arguments.language
        if arguments.flag("check") { return try check(arguments.positionals.first, loader, invocation, language, &output) }
        if arguments.flag("questions") && arguments.positionals.isEmpty {
            throw UsageError("--questions lists one catalog's questions; name it, e.g. `shortlist criteria hris --questions`", command: "criteria")
        }
        guard let reference = arguments.positionals.first else {
            let shipped = loader.shippedCatalogs()
            guard !shipped.isEmpty else { throw CommandFailure("no catalogs found (looked in \(loader.catalogDirectories.joined(separator: ", "))); set SHORTLIST_CATALOGS") }
            for (name, path) in shipped {
                if let catalog = try? loader.loadCatalog(at: path) {
                    let tree = WeightTree(catalog: catalog)
                    let size = CriteriaWording.size(criteria: tree.leaves.count, groups: tree.topLevel.count, gates: catalog.gates.count)
                    output.print(CriteriaWording.listed(name, name: catalog.name.text(in: language), size: size, path: path).text(in: language))
                } else {
                    output.print(CriteriaWording.invalid(name, path: path).text(in: language))
                }
            }
            return .success
        }
        let folder = invocation.resolve(reference)
        if !reference.hasSuffix(".json"), FileManager.default.fileExists(atPath: folder + "/selection.json") {
            let workspace = try invocation.loader(workspace: folder).load(folder)
            output.print(arguments.flag("questions") ? CatalogQuestions(catalog: workspace.catalog, language: language).text
                         : CatalogPrinter(catalog: workspace.catalog, language: language, changes: workspace.tailoring).text)
            return .success
        }
        let path: String
        if reference.contains("/") || reference.hasSuffix(".json") {
            path = invocation.resolve(reference)
        } else if let found = loader.shippedCatalogs().first(where: { $0.name == reference }) {
            path = found.path
        } else {
            var message = "no catalog \"\(reference)\""
            message += NearestMatch.didYouMean(reference, among: loader.shippedCatalogs().map(\.name))
            throw CommandFailure(message)
        }
        let catalog = try loader.loadCatalog(at: path, displayName: reference.contains("/") ? reference : path)
        output.print(arguments.flag("questions") ? CatalogQuestions(catalog: catalog, language: language).text : CatalogPrinter(catalog: catalog, language: language).text)
        return .success
    }

    /// `criteria --check [<catalog>]`: one line per catalog that passes, every problem of those that do not; exit 1 if any.
    private static func check(_ reference: String?, _ loader: WorkspaceLoader, _ invocation: Invocation, _ language: Language, _ output: inout Output) throws -> ExitCode {
        var targets = loader.shippedCatalogs()
        if let reference {
            if reference.contains("/") || reference.hasSuffix(".json") {
                targets = [(name: reference, path: invocation.resolve(reference))]
            } else {
                targets = targets.filter { $0.name == reference }
                if targets.isEmpty { throw CommandFailure(unknownCatalogMessage(reference, loader)) }
            }
        }
        guard !targets.isEmpty else { throw CommandFailure("no catalogs found (looked in \(loader.catalogDirectories.joined(separator: ", "))); set SHORTLIST_CATALOGS") }
        var problems: [Diagnostic] = []
        for (name, path) in targets {
            do {
                let catalog = try loader.loadCatalog(at: path)
                let found = CatalogCheck.problems(in: catalog, file: path)
                problems += found
                if found.isEmpty {
                    let tree = WeightTree(catalog: catalog)
                    let size = CriteriaWording.size(criteria: tree.leaves.count, groups: tree.topLevel.count, gates: catalog.gates.count)
                    output.print(CriteriaWording.checked(name, bases: catalog.bases, size: size, facts: catalog.facts.count, path: path).text(in: language))
                }
            } catch {
                problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { throw InputErrors(problems) }
        return .success
    }

    private static func unknownCatalogMessage(_ reference: String, _ loader: WorkspaceLoader) -> String {
        "no catalog \"\(reference)\"" + NearestMatch.didYouMean(reference, among: loader.shippedCatalogs().map(\.name))
    }
}

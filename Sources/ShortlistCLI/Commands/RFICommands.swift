import ShortlistKit

/// `shortlist rfi export <workspace> [--vendor ID] [--lang en|zh] [--output FILE.csv|.md|.html] [--format csv|markdown|html]`.
enum RFIExportCommand: Command {
    /// The questionnaire's output formats.
    enum Format: String, CaseIterable {
        case csv, markdown, html, xlsx
    }

    static let spec = CommandSpec(
        name: "rfi export",
        summary: "Write the RFI/RFP questionnaire: one row per fact the evaluation uses, with the price sheet, for the vendors to fill in.",
        positionals: [PositionalSpec(name: "workspace", help: "The workspace folder.")],
        options: [
            OptionSpec(name: "vendor", valueName: "id", help: "Pre-fill the answers from this vendor's dossier, for the vendor to confirm or correct."),
            .language("Language of the questions and headings."),
            OptionSpec(name: "format", valueName: "format", help: "Output format (default: from the --output extension, else csv).", allowedValues: Format.allCases.map(\.rawValue)),
            OptionSpec(name: "output", valueName: "file", help: "Write to this file: .csv (for Excel), .xlsx (a workbook with drop-downs), .md or .html (printable, for sending)."),
            OptionSpec(name: "force", help: "Replace an existing --output file that holds another kind of content."),
        ],
        discussion: "Columns: section, id, question, answer type, allowed values, must-have (knock-out questions say what passes), evidence requested, answer, evidence, comment. The questions come from the workspace's catalog after tailoring, its gates in effect, the profile's modules, integrations and certifications, and the price sheet. The CSV is RFC 4180 with CRLF and formula neutralisation; with --output it starts with a UTF-8 byte-order mark so Excel shows Chinese text. The HTML page is self-contained and runs no script. An .xlsx workbook has only answer, evidence and comment editable, a drop-down on yes/no and one-of answers and a frozen header. Fill in answer, evidence and comment, then `shortlist rfi import`."
    )

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        let workspace = try loadWorkspace(arguments, invocation)
        let language = arguments.language
        var vendor: VendorDossier?
        if let id = arguments.id("vendor") {
            guard let found = workspace.vendors.first(where: { $0.id == id }) else { throw RFIImportCommand.unknownVendor(id, workspace) }
            vendor = found
        }
        let format = try outputFormat(arguments, default: Format.csv, extensions: ".csv, .md, .html or .xlsx") { path in
            let lower = path.lowercased()
            if lower.hasSuffix(".csv") { return .csv }
            if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
            if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return .html }
            if lower.hasSuffix(".xlsx") { return .xlsx }
            return nil
        }
        var questionnaire = Questionnaire(workspace: workspace, vendor: vendor)
        questionnaire.vendor = vendor
        let bytes: [UInt8]
        switch format {
        case .csv: bytes = questionnaire.csv(language: language, byteOrderMark: arguments.value("output") != nil)
        case .markdown: bytes = Array(questionnaire.markdown(language: language).utf8)
        case .html: bytes = Array(questionnaire.html(language: language).utf8)
        case .xlsx:
            guard arguments.value("output") != nil else { throw UsageError("an .xlsx workbook is a binary file; write it with --output FILE.xlsx", command: spec.name) }
            bytes = questionnaire.workbookBytes(language: language)
        }
        let mustHaves = questionnaire.questions.filter(\.isMustHave).count
        try deliver([bytes], arguments, invocation, &output, summary: NoteWording.questionnaire(questions: questionnaire.questions.count, mustHaves: mustHaves, prefilledFor: vendor?.id))
        return .success
    }
}

/// `shortlist rfi import <workspace> FILE.csv|FILE.xlsx --vendor ID [--name NAME] [--source TEXT] [--dry-run]`.
enum RFIImportCommand: Command {
    static let spec = CommandSpec(
        name: "rfi import",
        summary: "Validate a vendor's filled-in questionnaire and merge it into vendors/<id>.json, printing what changes.",
        positionals: [
            PositionalSpec(name: "workspace", help: "The workspace folder."),
            PositionalSpec(name: "file", help: "The response: CSV as Excel saves it (',' or ';', decimal commas, BOM or not, CRLF or LF, columns in any order) or an .xlsx workbook."),
        ],
        options: [
            OptionSpec(name: "vendor", valueName: "id", help: "The vendor whose answers the file holds (a new vendor gets a new dossier).", required: true),
            OptionSpec(name: "name", valueName: "name", help: "The vendor's name (for a new vendor; default: the id)."),
            OptionSpec(name: "source", valueName: "text", help: "The source every imported fact gets (default: \"RFI response <file>, row N\")."),
            OptionSpec(name: "dry-run", help: "Print the changes only; write nothing."),
            .language("Language of the summary, changes, gaps and row warnings (errors stay English)."),
        ],
        discussion: "Every answer is checked against its type, unit and allowed values, and every problem is reported at once with its cell (response.csv:14:H); an unanswered must-have is an error, other unanswered questions are listed as gaps, and rows whose id matches no question are reported. Answers replace facts; facts the questionnaire does not cover stay. Each fact gets the source and the vendor's comment as its note; evidence is kept in the source. The changes (fact: old → new) are printed before anything is written, and nothing is written on any error; the dossier is written atomically."
    )

    static func unknownVendor(_ id: String, _ workspace: Workspace) -> CommandFailure {
        let ids = workspace.vendors.map(\.id)
        var message = "no vendor \"\(id)\" in the workspace"
        message += NearestMatch.didYouMean(id, among: ids, otherwise: ids.isEmpty ? "" : "; vendors: \(NearestMatch.listed(ids))")
        return CommandFailure(message)
    }

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        let vendorID = try arguments.requiredID("vendor")
        guard Identifier.isValid(vendorID) else {
            throw UsageError("'--vendor' expects an id of letters, digits, '-', '_' or '.', starting with a letter or digit, got '\(vendorID)'")
        }
        let directory = invocation.resolve(arguments.positionals[0])
        let loader = invocation.loader(workspace: directory)
        let workspace = try loader.load(directory)
        let file = arguments.positionals[1]
        let bytes: [UInt8]
        do { bytes = try invocation.readInput(file, kind: .csv) } catch { throw CommandFailure("cannot read \(file): \(error.reason)") }
        let isWorkbook = bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) || file.lowercased().hasSuffix(".xlsx")
        let name = arguments.value("name"), source = arguments.value("source")
        let response = isWorkbook
            ? try QuestionnaireImport.readWorkbook(bytes, file: file, workspace: workspace, vendorID: vendorID, name: name, source: source)
            : try QuestionnaireImport.read(bytes, file: file, workspace: workspace, vendorID: vendorID, name: name, source: source)
        let target = response.dossier.file.isEmpty ? "vendors/\(vendorID).json" : response.dossier.file
        // Encode, then decode exactly as the loader will: what is written is known to load.
        let json = DossierJSON.bytes(response.dossier)
        let decoded = DossierJSON.decode(json, display: target, workspace: workspace)
        guard decoded.dossier != nil else { throw InputErrors(decoded.diagnostics.filter { $0.severity == .error }) }
        let language = arguments.language
        CommandLineTool.report(response.warnings(in: language), invocation, &output)

        output.print(RFIImportWording.summary(target: target, isNew: response.isNew, answers: response.answered, file: file, changes: response.changes.count).text(in: language))
        for change in response.changes {
            output.print(RFIImportWording.change(id: change.id, old: change.old.map(TextWidth.printable), new: TextWidth.printable(change.new), row: change.row, unit: change.unit).text(in: language))
        }
        if !response.gaps.isEmpty {
            output.print(RFIImportWording.gaps(response.gaps.count, ids: NearestMatch.listed(response.gaps.map(\.id), in: language)).text(in: language))
        }
        if arguments.flag("dry-run") {
            output.print(RFIImportWording.dryRun.text(in: language))
            return .success
        }
        try FileSystem.makeDirectory(directory + "/vendors")
        try AtomicFile.write(json, to: directory + "/" + target)
        // Re-read the workspace with the new file, so that what was stored is known to load.
        do {
            _ = try loader.load(directory)
        } catch {
            output.note(NoteWording.storedWithProblems(target).text(in: language))
            CommandLineTool.report(error.diagnostics, invocation, &output)
            return .failure
        }
        output.print(RFIImportWording.wrote(target).text(in: language))
        return .success
    }
}

/// `shortlist rfi status <workspace> [--format table|json] [--lang en|zh]`.
enum RFIStatusCommand: Command {
    static let spec = CommandSpec(
        name: "rfi status",
        summary: "Per vendor: questions answered, unanswered and must-haves failed, by section, and whether the vendor is complete enough to rank.",
        positionals: [PositionalSpec(name: "workspace", help: "The workspace folder.")],
        options: [
            OptionSpec(name: "format", valueName: "format", help: "Output format.", allowedValues: ["table", "json"]),
            .language("Language of headings and section names."),
        ],
        discussion: "A question is answered when the dossier states the fact it asks for. A must-have is failed when it is answered and its gate knocks the vendor out. 'ranks' is yes when the vendor passes every gate and is scored on at least selection.json's minimumCoverage of the weight. JSON has questions and vendors (vendor, name, questions, answered, unanswered, mustHaveUnanswered, mustHaveFailed, coverage, standing, ranks, knockOuts, sections)."
    )

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        let evaluation = try evaluate(arguments, invocation)
        let status = RFIStatus(evaluation: evaluation)
        if arguments.value("format") == "json" {
            output.write(status.json(language: arguments.language))
        } else {
            output.write(Array(status.text(language: arguments.language).utf8))
        }
        return .success
    }
}

import ShortlistKit

/// `shortlist sheet export <workspace> --evaluator NAME [--output FILE.csv|FILE.xlsx]`: a scoring sheet for Excel.
enum SheetExportCommand: Command {
    static let spec = CommandSpec(
        name: "sheet export",
        summary: "Write an evaluator's scoring sheet as CSV or .xlsx: one row per vendor × rated criterion, with scale and anchors.",
        positionals: [PositionalSpec(name: "workspace", help: "The workspace folder.")],
        options: [
            OptionSpec(name: "evaluator", valueName: "name", help: "The evaluator's id (letters, digits, '-', '_'); existing ratings are filled in.", required: true),
            OptionSpec(name: "output", valueName: "file", help: "Write to this file (default: CSV on standard output); a name ending in .xlsx gets an Excel workbook."),
            OptionSpec(name: "include-knocked-out", help: "Give knocked-out vendors rows too (left off by default: they cannot be chosen, so rating them is wasted effort)."),
            .language("Language of the notes on standard error (the sheet keeps its English columns, which `sheet import` reads)."),
        ],
        discussion: "The CSV is RFC 4180 with CRLF line ends; a file written with --output starts with a UTF-8 byte-order mark, so Excel shows Chinese text. An .xlsx sheet has a drop-down of the scale's levels in each value cell (the anchors show when the cell is selected), only value, comment and date editable (the sheet is protected without a password), a frozen header and a hidden sheet naming the evaluator. Fill in value and comment (a comment is required at the lowest and highest level), then `shortlist sheet import`. Knocked-out vendors (a gate failed) get no rows unless --include-knocked-out; standard error says which were left off."
    )

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        let evaluator = try arguments.requiredID("evaluator")
        try SheetImportCommand.checkEvaluator(evaluator)
        let workspace = try loadWorkspace(arguments, invocation)
        guard !WorkspaceLoader.ratedCriteria(workspace.catalog).isEmpty else {
            throw CommandFailure("the catalog \(workspace.catalog.id) has no rated criteria (rule kind \"rating\"), so there is nothing to rate")
        }
        // Knock-outs are decided by gates on facts, before any rating; a vendor that fails one gets no rows.
        let knockedOut = arguments.flag("include-knocked-out") ? [] : try Evaluation(workspace: workspace).ranking.eliminated.map(\.vendorID)
        let leavingOff = Set(knockedOut)
        let bytes = arguments.value("output")?.lowercased().hasSuffix(".xlsx") == true
            ? RatingSheet.exportWorkbook(workspace: workspace, evaluator: evaluator, leavingOff: leavingOff)
            : RatingSheet.export(workspace: workspace, evaluator: evaluator, byteOrderMark: arguments.value("output") != nil, leavingOff: leavingOff)
        try deliver([bytes], arguments, invocation, &output, summary: SheetCommandWording.exported(evaluator: evaluator))
        if !knockedOut.isEmpty { output.note(KnockedOutWording.sheetRowsLeftOff(knockedOut).text(in: arguments.language)) }
        return .success
    }
}

/// `shortlist sheet import <workspace> FILE.csv --evaluator NAME`: validates a filled-in sheet and stores it.
enum SheetImportCommand: Command {
    static let spec = CommandSpec(
        name: "sheet import",
        summary: "Validate a filled-in scoring sheet and store it as ratings/<evaluator>.json.",
        positionals: [
            PositionalSpec(name: "workspace", help: "The workspace folder."),
            PositionalSpec(name: "file", help: "The sheet: CSV (as Excel saves it: BOM or not, CRLF or LF, ',' or ';') or an .xlsx workbook (Excel, WPS Office, LibreOffice)."),
        ],
        options: [
            OptionSpec(name: "evaluator", valueName: "name", help: "The evaluator whose ratings the sheet holds.", required: true),
            .language("Language of the confirmation and notes (errors stay English)."),
        ],
        discussion: "Every row is checked (vendor, criterion, value on the scale, comment at the extremes) and every problem reported with its row and column (for .xlsx, its cell: sheet.xlsx:Ratings!G14); nothing is stored unless the whole sheet is valid. The sheet replaces the evaluator's ratings of the vendors it has rows for; a vendor with no row at all (a knocked-out vendor, left off by `sheet export`) keeps its ratings; the name and conflict declarations in the existing file are kept."
    )

    static func checkEvaluator(_ evaluator: String) throws {
        // The library's rule, so that a sheet is never stored under a name its loader then rejects.
        guard Identifier.isValid(evaluator) else {
            throw UsageError("'--evaluator' expects an id of letters, digits, '-', '_' or '.', starting with a letter or digit, got '\(evaluator)'")
        }
    }

    static func run(_ arguments: ParsedArguments, _ invocation: Invocation, _ output: inout Output) throws -> ExitCode {
        let evaluator = try arguments.requiredID("evaluator")
        try checkEvaluator(evaluator)
        let directory = invocation.resolve(arguments.positionals[0])
        let loader = invocation.loader(workspace: directory)
        let workspace = try loader.load(directory)
        let file = arguments.positionals[1]
        let bytes: [UInt8]
        do { bytes = try invocation.readInput(file, kind: .csv) } catch { throw CommandFailure("cannot read \(file): \(error.reason)") }
        // A workbook is a ZIP archive, whatever its name says.
        let sheet = bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) || file.lowercased().hasSuffix(".xlsx")
            ? try RatingSheet.readWorkbook(bytes, file: file, evaluator: evaluator, workspace: workspace)
            : try RatingSheet.read(bytes, file: file, evaluator: evaluator, workspace: workspace)
        let target = directory + "/ratings/" + evaluator + ".json"
        try FileSystem.makeDirectory(directory + "/ratings")
        try AtomicFile.write(RatingSheet.json(sheet), to: target)
        // Re-read the workspace with the new file, so that what was stored is known to load.
        do {
            _ = try loader.load(directory)
        } catch {
            output.note(NoteWording.storedWithProblems("ratings/\(evaluator).json").text(in: arguments.language))
            CommandLineTool.report(error.diagnostics, invocation, &output)
            return .failure
        }
        output.print(SheetCommandWording.stored(evaluator: evaluator, ratings: sheet.ratings.count, file: file).text(in: arguments.language))
        return .success
    }
}

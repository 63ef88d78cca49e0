import Foundation
import ShortlistKit

/// Times `rfi import` on a response of about 300 questions: a synthetic workspace whose catalog asks
/// that many, the questionnaire exported pre-filled for one vendor and read back, merged, encoded and
/// decoded as the loader reads it (everything `shortlist rfi import` does before writing), and the
/// whole command as the built binary with `--dry-run`.
enum RFIBench {
    struct Result {
        var questions: Int
        var responseBytes: Int
        var inProcess: Timing
        var subprocess: Timing?
    }

    static func run(repeats: Int, seed: UInt64, root: String, binary: String?, progress: (String) -> Void) throws -> Result {
        // About 286 criteria give about 300 questions (their facts, the modules, the price sheet).
        progress("generating a workspace whose questionnaire has about 300 questions …")
        let workspace = try SyntheticWorkspace.generate(at: root + "/rfi", vendors: 4, criteria: 286, seed: seed)
        let loaded = try WorkspaceLoader(catalogDirectories: []).load(workspace.directory)
        let vendor = loaded.vendors[0]
        let questionnaire = Questionnaire(workspace: loaded, vendor: vendor)
        let response = questionnaire.csv(language: .english, byteOrderMark: true)
        let file = root + "/rfi-response.csv"
        try Data(response).write(to: URL(fileURLWithPath: file))
        progress("rfi import of \(questionnaire.questions.count) answers in process …")
        let (timing, _) = try Stopwatch.measure(max(repeats, 5)) { () throws -> Int in
            let result = try QuestionnaireImport.read(response, file: "response.csv", workspace: loaded, vendorID: vendor.id)
            let json = DossierJSON.bytes(result.dossier)
            return DossierJSON.decode(json, display: vendor.file, workspace: loaded).diagnostics.count + result.changes.count
        }
        var subprocess: Timing?
        if let binary {
            progress("rfi import --dry-run as a subprocess …")
            subprocess = try Subprocess.measure(repeats, binary, ["rfi", "import", workspace.directory, file, "--vendor", vendor.id, "--dry-run"], stderrPath: root + "/rfi-stderr.txt")
        }
        return Result(questions: questionnaire.questions.count, responseBytes: response.count, inProcess: timing, subprocess: subprocess)
    }

    static func text(_ result: Result) -> String {
        func ms(_ t: Timing) -> String { NumberFormatting.fixed(t.median * 1000, 1) + " ms (min " + NumberFormatting.fixed(t.min * 1000, 1) + ", max " + NumberFormatting.fixed(t.max * 1000, 1) + ")" }
        var out = "rfi import of a \(result.questions)-question response (\(result.responseBytes) bytes of CSV), median of runs:\n"
        out += "  read, validate, merge, encode and decode the dossier, in process: \(ms(result.inProcess))   target < 50 ms\n"
        if let subprocess = result.subprocess { out += "  shortlist rfi import --dry-run, subprocess (loads the workspace too): \(ms(subprocess))\n" }
        return out
    }
}

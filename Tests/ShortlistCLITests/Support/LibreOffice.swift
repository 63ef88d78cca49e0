import Foundation

/// LibreOffice run headless, to check that the workbooks we write open in a real spreadsheet program.
///
/// The tests that need it run when `soffice` is found (Debian: `libreoffice-calc-nogui`) and are
/// skipped visibly otherwise; `.ci/run` installs it and sets `SHORTLIST_LIBREOFFICE_TESTS=required`,
/// under which a missing `soffice` fails the tests instead.
enum LibreOffice {
    /// The `soffice` executable on the PATH, or nil.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { $0 + "/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Whether CI demands these tests.
    static var required: Bool { ProcessInfo.processInfo.environment["SHORTLIST_LIBREOFFICE_TESTS"] == "required" }

    /// Whether the LibreOffice tests run: when `soffice` is present, or when they are required (and then fail without it).
    static var testsEnabled: Bool {
        if executable == nil && !required {
            FileHandle.standardError.write(Data("\n*** LIBREOFFICE TESTS SKIPPED: no soffice on this machine (apt-get install libreoffice-calc-nogui). Our .xlsx files were NOT opened in LibreOffice. ***\n\n".utf8))
            return false
        }
        return true
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Converts `file` with LibreOffice to `filter` (e.g. `xlsx`, or `csv:Text - txt - csv (StarCalc):44,34,76,1` for UTF-8 CSV)
    /// in `directory`, with a profile of its own so that parallel runs do not share one; returns the new file.
    static func convert(_ file: URL, to filter: String, extension ext: String, in directory: URL, expecting expected: String? = nil) throws -> URL {
        guard let executable else { throw Failure(description: "soffice is not installed: apt-get install libreoffice-calc-nogui (SHORTLIST_LIBREOFFICE_TESTS=required demands it)") }
        let profile = directory.appendingPathComponent("lo-profile-\(UUID().uuidString)")
        let output = directory.appendingPathComponent("lo-out-\(UUID().uuidString)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--headless", "-env:UserInstallation=file://" + profile.path, "--convert-to", filter, "--outdir", output.path, file.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let result = output.appendingPathComponent(expected ?? file.deletingPathExtension().lastPathComponent + "." + ext)
        guard FileManager.default.fileExists(atPath: result.path) else {
            throw Failure(description: "LibreOffice did not convert \(file.lastPathComponent) to \(ext) (status \(process.terminationStatus))")
        }
        return result
    }
}

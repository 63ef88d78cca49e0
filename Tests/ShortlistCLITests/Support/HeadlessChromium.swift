import Foundation
import Testing

/// Drives a headless Chromium or Chrome for the browser tests of the HTML report: loads a page,
/// lets its scripts run, and returns the DOM as serialised after the scripts, with the browser's
/// console log; or writes a screenshot or a PDF.
///
/// The browser is found the way users have one (``executable``). With none, the browser tests are
/// skipped and Swift Testing prints why and how to install one, so `swift test` stays green on a
/// machine without a browser. `SHORTLIST_BROWSER_TESTS=required` (set by `.ci/run`) turns a missing
/// browser into a failure, so CI never skips them; `SHORTLIST_BROWSER_TESTS=skip` skips them even
/// when a browser exists.
enum HeadlessChromium {
    /// What `SHORTLIST_BROWSER_TESTS` asks for.
    enum Policy: Equatable {
        /// Run when a browser is found, skip visibly otherwise (the default).
        case whenAvailable
        /// A missing browser is a failure (CI).
        case required
        /// Skip even when a browser is found.
        case skip

        /// The policy named by `value` (the variable's text); unknown values fall back to the default.
        init(_ value: String?) {
            switch value?.lowercased() {
            case "required", "require", "1", "yes": self = .required
            case "skip", "0", "no": self = .skip
            default: self = .whenAvailable
            }
        }
    }

    /// The candidate browsers in the order they are tried: `SHORTLIST_CHROMIUM`, then chromium,
    /// chromium-browser, google-chrome and google-chrome-stable on the `PATH`, then the macOS app
    /// bundles of Google Chrome and Chromium in `/Applications` and `~/Applications`.
    static func candidates(environment: [String: String]) -> [String] {
        var paths: [String] = []
        if let path = environment["SHORTLIST_CHROMIUM"], !path.isEmpty { paths.append(path) }
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for directory in directories { paths.append(directory + "/" + name) }
        }
        let bundles = ["Google Chrome.app/Contents/MacOS/Google Chrome", "Chromium.app/Contents/MacOS/Chromium"]
        var applicationFolders = ["/Applications"]
        if let home = environment["HOME"], !home.isEmpty { applicationFolders.append(home + "/Applications") }
        for folder in applicationFolders {
            for bundle in bundles { paths.append(folder + "/" + bundle) }
        }
        return paths
    }

    /// The first candidate that is an executable file, or nil.
    static func find(environment: [String: String], isExecutable: (String) -> Bool = FileManager.default.isExecutableFile(atPath:)) -> String? {
        candidates(environment: environment).first(where: isExecutable)
    }

    /// The browser the tests use, found once.
    static let executable: String? = find(environment: ProcessInfo.processInfo.environment)

    /// The policy in force for this run.
    static var policy: Policy { Policy(ProcessInfo.processInfo.environment["SHORTLIST_BROWSER_TESTS"]) }

    /// Whether the browser tests run: when a browser is found, or when one is required (and then they
    /// fail, saying how to install one); never under `SHORTLIST_BROWSER_TESTS=skip`.
    static var testsEnabled: Bool {
        switch policy {
        case .skip: return false
        case .required: return true
        case .whenAvailable: return executable != nil
        }
    }

    /// How to get a browser, for the skip reason and the failure.
    static let installHint = "install one (Debian/Ubuntu: apt-get install chromium; macOS: Google Chrome) or set SHORTLIST_CHROMIUM to its path"

    /// Why the browser tests were skipped, as Swift Testing prints it.
    static let skipReason: Comment = Comment(rawValue: "no Chromium or Chrome found (SHORTLIST_CHROMIUM, chromium, chromium-browser, google-chrome, google-chrome-stable, macOS app bundles) or SHORTLIST_BROWSER_TESTS=skip: the HTML report was NOT checked in a browser; to run these tests, " + installHint)

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The page at `url` after its scripts ran: the serialised DOM and the console messages.
    static func dumpDOM(_ url: URL, fragment: String? = nil) throws -> (dom: String, console: [String]) {
        let address = url.absoluteString + (fragment.map { "#" + $0 } ?? "")
        let result = try run(["--dump-dom", address])
        let console = result.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        return (result.stdout, console)
    }

    /// Writes a PNG of the page at `url` at `width`×`height` CSS pixels.
    static func screenshot(_ url: URL, to file: URL, width: Int = 1280, height: Int = 2400) throws {
        _ = try run(["--hide-scrollbars", "--window-size=\(width),\(height)", "--screenshot=\(file.path)", url.absoluteString])
    }

    /// Prints the page at `url` to a PDF (the print style sheet applies).
    static func printToPDF(_ url: URL, to file: URL) throws {
        _ = try run(["--no-pdf-header-footer", "--print-to-pdf=\(file.path)", url.absoluteString])
    }

    private static func run(_ arguments: [String]) throws -> (stdout: String, stderr: String) {
        guard let executable else { throw Failure(description: "no Chromium or Chrome found, and SHORTLIST_BROWSER_TESTS=required makes the browser tests mandatory: " + installHint) }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("shortlist-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                             "--user-data-dir=\(profile.path)", "--enable-logging=stderr", "--v=0",
                             "--virtual-time-budget=5000", "--timeout=20000"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read stderr on another thread so that neither pipe fills up and blocks the browser.
        let errorData = LockedData()
        let reader = Thread { errorData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.done { usleep(1_000) }
        let stderr = String(decoding: errorData.get(), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw Failure(description: "chromium exited with \(process.terminationStatus): \(stderr.suffix(2000))")
        }
        return (String(decoding: stdoutData, as: UTF8.self), stderr)
    }

    private final class LockedData: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        private var finished = false
        func set(_ value: Data) { lock.lock(); data = value; finished = true; lock.unlock() }
        func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
        var done: Bool { lock.lock(); defer { lock.unlock() }; return finished }
    }
}

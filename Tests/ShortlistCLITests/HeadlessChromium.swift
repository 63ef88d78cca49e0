import Foundation

/// Drives Debian's headless Chromium for the browser tests of the HTML report: loads a page,
/// lets its scripts run, and returns the DOM as serialised after the scripts, with the browser's
/// console log; or writes a screenshot or a PDF.
///
/// The browser tests need Chromium. When it is missing they fail, unless
/// `SHORTLIST_BROWSER_TESTS=skip` says that it could not be installed (`.ci/run` sets it only then,
/// and prints so in capitals).
enum HeadlessChromium {
    /// The browser: `SHORTLIST_CHROMIUM`, or the first of chromium, chromium-browser,
    /// google-chrome and google-chrome-stable on the PATH.
    static let executable: String? = {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["SHORTLIST_CHROMIUM"], FileManager.default.isExecutableFile(atPath: path) { return path }
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for directory in directories where FileManager.default.isExecutableFile(atPath: directory + "/" + name) {
                return directory + "/" + name
            }
        }
        return nil
    }()

    /// Whether the browser tests were explicitly allowed to skip (the browser could not be installed).
    static var skipAllowed: Bool { ProcessInfo.processInfo.environment["SHORTLIST_BROWSER_TESTS"] == "skip" }

    /// Whether the browser tests run: always, except when there is no browser and skipping was allowed.
    static var testsEnabled: Bool {
        if executable == nil && skipAllowed {
            FileHandle.standardError.write(Data("\n*** BROWSER TESTS SKIPPED: no Chromium on this machine (SHORTLIST_BROWSER_TESTS=skip). The HTML report was NOT checked in a browser. ***\n\n".utf8))
            return false
        }
        return true
    }

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
        guard let executable else { throw Failure(description: "Chromium is not installed: apt-get install chromium (or set SHORTLIST_CHROMIUM); set SHORTLIST_BROWSER_TESTS=skip only where it cannot be installed") }
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

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`:
/// the browser reads commands on fd 3 and writes replies on fd 4, each a JSON text ended by NUL),
/// so that a test can press, drag and release the mouse as a person would.
final class DevToolsPipe {
    struct Failure: Error, CustomStringConvertible { var description: String }

    private let pid: pid_t
    private let toBrowser: Int32
    private let fromBrowser: Int32
    private var buffer: [UInt8] = []
    private var nextID = 1
    private let profile: URL
    /// The session of the page opened by ``open(_:)``.
    private var session: String?

    /// Starts the browser.
    init(executable: String) throws {
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("shortlist-devtools-\(UUID().uuidString)")
        var commands: [Int32] = [0, 0], replies: [Int32] = [0, 0]
        guard pipe(&commands) == 0, pipe(&replies) == 0 else { throw Failure(description: "pipe: \(errno)") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, commands[0], 3)
        posix_spawn_file_actions_adddup2(&actions, replies[1], 4)
        let devNull = Glibc.open("/dev/null", O_WRONLY)
        posix_spawn_file_actions_adddup2(&actions, devNull, 1)
        posix_spawn_file_actions_adddup2(&actions, devNull, 2)
        let arguments = [executable, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                         "--remote-debugging-pipe", "--user-data-dir=\(profile.path)", "--window-size=1280,1400", "about:blank"]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable, &actions, nil, &argv, environ)
        close(devNull)
        close(commands[0])
        close(replies[1])
        guard status == 0 else { throw Failure(description: "posix_spawn \(executable): \(status)") }
        pid = child
        toBrowser = commands[1]
        fromBrowser = replies[0]
    }

    deinit {
        close(toBrowser)
        close(fromBrowser)
        kill(pid, SIGTERM)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        try? FileManager.default.removeItem(at: profile)
    }

    /// Sends `method` with `params` (to the page's session once one is open) and returns the reply's result.
    @discardableResult
    func send(_ method: String, _ params: [String: Any] = [:], toPage: Bool = true) throws -> [String: Any] {
        let id = nextID
        nextID += 1
        var message: [String: Any] = ["id": id, "method": method, "params": params]
        if toPage, let session { message["sessionId"] = session }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(toBrowser, $0.baseAddress, $0.count) }
            guard n > 0 else { throw Failure(description: "write to the browser failed: \(errno)") }
            written += n
        }
        while true {
            let reply = try readMessage()
            guard reply["id"] as? Int == id else { continue }   // events and other replies
            if let error = reply["error"] { throw Failure(description: "\(method): \(error)") }
            return reply["result"] as? [String: Any] ?? [:]
        }
    }

    /// Opens `url` in a new page and waits until `ready` (a JavaScript expression) is true.
    func open(_ url: URL, until ready: String) throws {
        let target = try send("Target.createTarget", ["url": url.absoluteString], toPage: false)
        guard let targetID = target["targetId"] as? String else { throw Failure(description: "no target") }
        let attached = try send("Target.attachToTarget", ["targetId": targetID, "flatten": true], toPage: false)
        session = attached["sessionId"] as? String
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if try evaluate(ready) as? Bool == true { return }
            usleep(50_000)
        }
        throw Failure(description: "the page did not become ready: \(ready)")
    }

    /// The value of the JavaScript `expression` in the page.
    func evaluate(_ expression: String) throws -> Any? {
        let result = try send("Runtime.evaluate", ["expression": expression, "returnByValue": true])
        if let exception = result["exceptionDetails"] { throw Failure(description: "\(expression): \(exception)") }
        return (result["result"] as? [String: Any])?["value"]
    }

    /// Presses the left button at `from`, moves to `to` in steps, and releases it there.
    func drag(from: (x: Double, y: Double), to: (x: Double, y: Double), steps: Int = 8) throws {
        try send("Input.dispatchMouseEvent", ["type": "mouseMoved", "x": from.x, "y": from.y])
        try send("Input.dispatchMouseEvent", ["type": "mousePressed", "x": from.x, "y": from.y, "button": "left", "buttons": 1, "clickCount": 1])
        for step in 1...steps {
            let f = Double(step) / Double(steps)
            try send("Input.dispatchMouseEvent", ["type": "mouseMoved", "x": from.x + (to.x - from.x) * f, "y": from.y + (to.y - from.y) * f, "button": "left", "buttons": 1])
        }
        try send("Input.dispatchMouseEvent", ["type": "mouseReleased", "x": to.x, "y": to.y, "button": "left", "buttons": 0, "clickCount": 1])
    }

    /// Clicks the left button at `point`.
    func click(_ point: (x: Double, y: Double)) throws {
        try send("Input.dispatchMouseEvent", ["type": "mousePressed", "x": point.x, "y": point.y, "button": "left", "buttons": 1, "clickCount": 1])
        try send("Input.dispatchMouseEvent", ["type": "mouseReleased", "x": point.x, "y": point.y, "button": "left", "buttons": 0, "clickCount": 1])
    }

    private func readMessage() throws -> [String: Any] {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let message = Array(buffer[..<end])
                buffer.removeSubrange(...end)
                return (try JSONSerialization.jsonObject(with: Data(message))) as? [String: Any] ?? [:]
            }
            var pollSet = pollfd(fd: fromBrowser, events: Int16(POLLIN), revents: 0)
            guard poll(&pollSet, 1, 20_000) > 0 else { throw Failure(description: "the browser did not answer within 20 s") }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let n = chunk.withUnsafeMutableBytes { read(fromBrowser, $0.baseAddress, $0.count) }
            guard n > 0 else { throw Failure(description: "the browser closed the pipe") }
            buffer.append(contentsOf: chunk[..<n])
        }
    }
}

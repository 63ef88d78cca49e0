import Foundation

/// Runs an executable with Foundation's `Process`, standard output to /dev/null.
enum Subprocess {
    /// Runs `executable` with `arguments` and returns its exit status; standard error goes to `stderrPath`.
    static func run(_ executable: String, _ arguments: [String], stderrPath: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        guard let null = FileHandle(forWritingAtPath: "/dev/null") else { throw BenchError("cannot open /dev/null") }
        _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
        guard let errors = FileHandle(forWritingAtPath: stderrPath) else { throw BenchError("cannot write \(stderrPath)") }
        defer {
            try? null.close()
            try? errors.close()
        }
        process.standardInput = nil
        process.standardOutput = null
        process.standardError = errors
        // Not `waitUntilExit()`: on Linux it polls the run loop every 50 ms, which would round every
        // run up to a multiple of 50 ms. The termination handler fires as soon as the child is reaped.
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        exited.wait()
        return process.terminationStatus
    }

    /// Times `repeats` runs; fails when a run exits with a status other than 0.
    static func measure(_ repeats: Int, _ executable: String, _ arguments: [String], stderrPath: String) throws -> Timing {
        let (timing, _) = try Stopwatch.measure(repeats) { () throws -> Int32 in
            let status = try run(executable, arguments, stderrPath: stderrPath)
            guard status == 0 else {
                let message = (try? String(contentsOfFile: stderrPath, encoding: .utf8)).map { String($0.prefix(2000)) } ?? ""
                throw BenchError("\(executable) \(arguments.joined(separator: " ")) exited with status \(status):\n\(message)")
            }
            return status
        }
        return timing
    }

    /// Runs `executable` with `arguments` and `environment` and returns its exit status, standard output and standard error.
    static func capture(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardInput = nil
        process.standardOutput = output
        process.standardError = errors
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        // Read standard error on another thread so that neither pipe can fill up and block the child.
        let errorText = ErrorText(), errorsRead = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errorText.set(errors.fileHandleForReading.readDataToEndOfFile())
            errorsRead.signal()
        }
        let out = output.fileHandleForReading.readDataToEndOfFile()
        exited.wait()
        errorsRead.wait()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: errorText.data, as: UTF8.self))
    }
}

/// Standard error of a captured child, filled in by the reader.
private final class ErrorText: @unchecked Sendable {  // guarded by `lock`
    private let lock = NSLock()
    private var stored = Data()
    func set(_ data: Data) { lock.lock(); stored = data; lock.unlock() }
    var data: Data { lock.lock(); defer { lock.unlock() }; return stored }
}

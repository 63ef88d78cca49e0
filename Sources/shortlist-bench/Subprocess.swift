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
}

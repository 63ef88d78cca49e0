@testable import ShortlistCLI
import Testing

extension BadInputTests.Case {
    /// Runs the case on a fresh copy of the fixture workspace: the exit code and the whole of standard
    /// error are as expected, nothing is printed on standard output and the workspace is left as it was.
    func expectRefusedWithoutChange() throws {
        let sandbox = try BadInputTests.Sandbox()
        defer { sandbox.remove() }
        for mutation in mutations { try sandbox.apply(mutation) }
        let before = try sandbox.snapshot()

        let result = sandbox.run(arguments)

        #expect(result.exitCode == exitCode)
        #expect(result.stderr == sandbox.substitute(expectedStderr))
        #expect(try sandbox.snapshot() == before, "a failing command leaves the workspace as it was")
        #expect(result.stdout.isEmpty, "a failing command prints nothing partial on standard output")
    }
}

extension BinaryRunner.Result {
    /// Standard output split into lines (without their line breaks), so that a test can expect a whole line.
    var lines: [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// Standard error split into lines (without their line breaks).
    var stderrLines: [String] { stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}

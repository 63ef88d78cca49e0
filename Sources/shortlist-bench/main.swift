// shortlist-bench: generates a synthetic workspace and times loading, scoring, rendering and the
// whole `shortlist rank`, with baselines. Run `swift build -c release && .build/release/shortlist-bench`.
import Foundation
#if canImport(Glibc)
import Glibc
#endif

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

let options: BenchOptions
do {
    options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    printError("error: \(error)\nRun `shortlist-bench --help` for usage.")
    exit(64)
}
if options.help {
    print(BenchOptions.usage, terminator: "")
    exit(0)
}
#if DEBUG
printError("warning: this is a debug build; time a release build (`swift build -c release`)")
#endif

if options.inflateOnly {
    do {
        let results = try InflateBench.run(repeats: options.repeats, seed: options.seed, progress: { printError("shortlist-bench: " + $0) })
        print(InflateBench.text(results), terminator: "")
        exit(0)
    } catch {
        printError("error: \(error)")
        exit(1)
    }
}

if options.rfiOnly {
    do {
        let root = NSTemporaryDirectory() + "/shortlist-bench-rfi-\(getpid())"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let cwd = FileManager.default.currentDirectoryPath
        let result = try RFIBench.run(repeats: options.repeats, seed: options.seed, root: root, binary: BenchSuite.shortlistBinary(root: BenchSuite.repositoryRoot(cwd: cwd)),
                                      progress: { printError("shortlist-bench: " + $0) })
        print(RFIBench.text(result), terminator: "")
        exit(0)
    } catch {
        printError("error: \(error)")
        exit(1)
    }
}

do {
    let suite = BenchSuite(options: options, progress: { printError("shortlist-bench: " + $0) })
    let main = options.smaaOnly ? nil : try suite.run()
    let smaa = options.skipSMAA ? nil : try suite.runSMAA()
    if let main {
        let report = BenchReport(results: main, smaa: smaa)
        if options.json { FileHandle.standardOutput.write(Data(report.json)) } else { print(report.text, terminator: "") }
    } else if let smaa {
        let report = SMAABenchReport(results: smaa)
        if options.json { FileHandle.standardOutput.write(Data(report.json)) } else { print(report.text, terminator: "") }
    }
} catch {
    printError("error: \(error)")
    exit(1)
}

import Foundation
import ShortlistKit

/// The report of a run: plain text for people, JSON (`--json`) for tools.
struct BenchReport {
    let results: BenchResults
    /// The SMAA-2 benchmark, when it ran.
    var smaa: SMAABenchResults? = nil

    // MARK: Text

    var text: String {
        let r = results, w = r.workspace
        var out = "shortlist-bench: \(count(w.vendors)) vendors × \(w.criteria) criteria (\(w.groups) group\(w.groups == 1 ? "" : "s"), 5 gates), seed \(r.options.seed), median of \(r.options.repeats) run\(r.options.repeats == 1 ? "" : "s"), \(ProcessInfo.processInfo.activeProcessorCount) cores\n"
        out += "workspace  \(w.directory): \(count(w.vendors)) dossiers, \(size(w.dossierBytes)) (mean \(size(w.dossierBytes / max(1, w.vendors)))), catalog \(size(w.catalogBytes)); \(w.reused ? "reused from an earlier --keep run" : "generated in " + seconds(r.generationSeconds))\n"
        out += "result     \(count(r.ranked)) ranked, \(count(r.eliminated)) knocked out, \(count(r.gaps)) data gaps; JSON output \(size(r.jsonBytes)), table output \(size(r.tableBytes))\n"
        out += "binary     \(r.shortlistBinary ?? "(not found)")\n"
        if !r.atReferenceSize { out += "note       the targets are for 10,000 × 100; scoring and rank targets below are scaled linearly to this size\n" }

        out += "\n" + row(["STAGE", "MEDIAN", "MIN", "MAX", "TARGET", "VERDICT"]) + "\n"
        for stage in r.stages {
            var cells = [stage.label, seconds(stage.timing.median), seconds(stage.timing.min), seconds(stage.timing.max)]
            if let target = stage.target {
                let met = stage.timing.median < target
                cells += ["< " + seconds(target), met ? "ok" : "MISSED ×\(NumberFormatting.fixed(stage.timing.median / target, 1))"]
            } else {
                cells += ["", ""]
            }
            out += row(cells) + (stage.note.map { "  (\($0))" } ?? "") + "\n"
        }
        if let peak = r.rankPeakKiB { out += "peak memory: rank subprocess \(size(peak * 1024)) RSS; benchmark process \(size(r.selfPeakKiB * 1024)) RSS\n" }

        if let p = r.parse {
            out += "\nBASELINE: parsing every dossier from memory (\(count(p.files)) files, \(size(p.bytes)))\n"
            out += "  Foundation JSONSerialization.jsonObject  \(seconds(p.foundation.median).leftPadded(to: 9, with: " "))  \(rate(p.bytesPerSecond(p.foundation)))\n"
            out += "  ShortlistKit JSONParser.parse            \(seconds(p.parser.median).leftPadded(to: 9, with: " "))  \(rate(p.bytesPerSecond(p.parser)))"
            out += "  → \(NumberFormatting.fixed(p.speedup, 2))× the speed of JSONSerialization\n"
        }

        out += "\nGROWTH: median time and time per vendor × criterion (linear growth keeps ns/pair flat)\n"
        out += growthHeader + "\n"
        for line in r.growthByVendors { out += growthRow(line) + "\n" }
        out += growthVerdict(r.growthByVendors, "vendors", \.vendors)
        for line in r.growthByCriteria { out += growthRow(line) + "\n" }
        out += growthVerdict(r.growthByCriteria, "criteria", \.criteria)
        for note in r.notes { out += "note: \(note)\n" }
        if let smaa { out += "\n" + SMAABenchReport(results: smaa).text }
        return out
    }

    private let widths = [48, 10, 10, 10, 10, 10]
    private func row(_ cells: [String]) -> String {
        var line = ""
        for (i, cell) in cells.enumerated() {
            line += i == 0 ? cell.padding(toLength: widths[0], withPad: " ", startingAt: 0) : "  " + (i < 5 ? cell.leftPadded(to: widths[i], with: " ") : cell)
        }
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }

    private var growthHeader: String {
        "  " + "vendors × criteria".padding(toLength: 20, withPad: " ", startingAt: 0) + "pairs".leftPadded(to: 11, with: " ")
            + "scoring".leftPadded(to: 12, with: " ") + "ns/pair".leftPadded(to: 9, with: " ")
            + "rank json (in process)".leftPadded(to: 26, with: " ") + "ns/pair".leftPadded(to: 9, with: " ")
    }

    private func growthRow(_ g: BenchResults.GrowthRow) -> String {
        "  " + "\(count(g.vendors)) × \(g.criteria)".padding(toLength: 20, withPad: " ", startingAt: 0) + count(g.pairs).leftPadded(to: 11, with: " ")
            + seconds(g.scoring.median).leftPadded(to: 12, with: " ") + NumberFormatting.fixed(g.nanosecondsPerPair(g.scoring), 1).leftPadded(to: 9, with: " ")
            + seconds(g.rank.median).leftPadded(to: 26, with: " ") + NumberFormatting.fixed(g.nanosecondsPerPair(g.rank), 1).leftPadded(to: 9, with: " ")
    }

    /// "per pair from 2,500 to 10,000 vendors: scoring ×1.02, rank ×1.10 (linear)".
    private func growthVerdict(_ rows: [BenchResults.GrowthRow], _ what: String, _ size: KeyPath<BenchResults.GrowthRow, Int>) -> String {
        guard let first = rows.first, let last = rows.last, rows.count > 1 else { return "" }
        func ratio(_ t: KeyPath<BenchResults.GrowthRow, Timing>) -> Double { last.nanosecondsPerPair(last[keyPath: t]) / first.nanosecondsPerPair(first[keyPath: t]) }
        let s = ratio(\.scoring), k = ratio(\.rank)
        func word(_ x: Double) -> String { x <= 1.25 ? "linear" : "FASTER THAN LINEAR" }
        return "  per pair from \(count(first[keyPath: size])) to \(count(last[keyPath: size])) \(what): scoring ×\(NumberFormatting.fixed(s, 2)) (\(word(s))), rank ×\(NumberFormatting.fixed(k, 2)) (\(word(k)))\n"
    }

    // MARK: JSON

    var json: [UInt8] {
        let r = results, w = r.workspace
        let stages: [(String, JSONValue)] = r.stages.map { s in
            var members = [("label", JSONValue.string(s.label.trimmingCharacters(in: .whitespaces)))] + s.timing.jsonMembers
            if let target = s.target { members += [("target", .number(target)), ("met", .bool(s.timing.median < target))] }
            if let note = s.note { members.append(("note", .string(note))) }
            return (s.key, .object(members))
        }
        func growth(_ rows: [BenchResults.GrowthRow]) -> JSONValue {
            .array(rows.map { g in .object([("vendors", .number(Double(g.vendors))), ("criteria", .number(Double(g.criteria))),
                                             ("scoring", g.scoring.json), ("rank", g.rank.json),
                                             ("scoringNanosecondsPerPair", .number(g.nanosecondsPerPair(g.scoring))),
                                             ("rankNanosecondsPerPair", .number(g.nanosecondsPerPair(g.rank)))]) })
        }
        var document: [(String, JSONValue)] = [
            ("config", .object([("vendors", .number(Double(w.vendors))), ("criteria", .number(Double(w.criteria))), ("groups", .number(Double(w.groups))),
                                ("gates", .number(5)), ("cores", .number(Double(ProcessInfo.processInfo.activeProcessorCount))), ("repeat", .number(Double(r.options.repeats))), ("seed", .number(Double(r.options.seed))),
                                ("referenceSize", .bool(r.atReferenceSize))])),
            ("workspace", .object([("directory", .string(w.directory)), ("dossierBytes", .number(Double(w.dossierBytes))),
                                   ("catalogBytes", .number(Double(w.catalogBytes))), ("generationSeconds", .number(r.generationSeconds)), ("reused", .bool(w.reused))])),
            ("result", .object([("ranked", .number(Double(r.ranked))), ("eliminated", .number(Double(r.eliminated))), ("gaps", .number(Double(r.gaps))),
                                ("jsonBytes", .number(Double(r.jsonBytes))), ("tableBytes", .number(Double(r.tableBytes)))])),
            ("stages", .object(stages)),
            ("growth", .object([("byVendors", growth(r.growthByVendors)), ("byCriteria", growth(r.growthByCriteria))])),
            ("memory", .object([("benchPeakKiB", .number(Double(r.selfPeakKiB)))] + (r.rankPeakKiB.map { [("rankSubprocessPeakKiB", JSONValue.number(Double($0)))] } ?? []))),
            ("notes", .array(r.notes.map(JSONValue.string))),
            ("shortlistBinary", r.shortlistBinary.map(JSONValue.string) ?? .null),
        ]
        if let p = r.parse {
            document.append(("parseBaseline", .object([("files", .number(Double(p.files))), ("bytes", .number(Double(p.bytes))),
                                                       ("jsonSerialization", .object(p.foundation.jsonMembers + [("bytesPerSecond", .number(p.bytesPerSecond(p.foundation)))])),
                                                       ("jsonParser", .object(p.parser.jsonMembers + [("bytesPerSecond", .number(p.bytesPerSecond(p.parser)))])),
                                                       ("speedup", .number(p.speedup))])))
        }
        if let smaa { document.append(("smaa", SMAABenchReport(results: smaa).jsonValue)) }
        var writer = JSONWriter()
        JSONValue.object(document).write(to: &writer)
        return writer.bytes
    }

    // MARK: Formatting

    private func seconds(_ s: Double) -> String { BenchFormat.seconds(s) }

    private func size(_ bytes: Int) -> String {
        let b = Double(bytes)
        if b >= Double(1 << 30) { return NumberFormatting.fixed(b / Double(1 << 30), 2) + " GiB" }
        if b >= Double(1 << 20) { return NumberFormatting.fixed(b / Double(1 << 20), 1) + " MiB" }
        if b >= Double(1 << 10) { return NumberFormatting.fixed(b / Double(1 << 10), 1) + " KiB" }
        return "\(bytes) B"
    }

    private func rate(_ bytesPerSecond: Double) -> String { NumberFormatting.fixed(bytesPerSecond / 1_000_000, 1).leftPadded(to: 7, with: " ") + " MB/s" }

    private func count(_ n: Int) -> String { BenchFormat.count(n) }
}

/// Number and time formatting shared by the reports.
enum BenchFormat {
    /// "850 µs", "12.3 ms", "1.234 s".
    static func seconds(_ s: Double) -> String {
        if s < 0.001 { return NumberFormatting.fixed(s * 1e6, 0) + " µs" }
        return s < 1 ? NumberFormatting.fixed(s * 1000, 1) + " ms" : NumberFormatting.fixed(s, 3) + " s"
    }

    /// "1,000,000".
    static func count(_ n: Int) -> String { NumberFormatting.amount(Double(n)) }
}

extension Timing {
    /// median, min, max and samples, for the JSON reports.
    var jsonMembers: [(String, JSONValue)] {
        [("median", .number(median)), ("min", .number(min)), ("max", .number(max)), ("samples", .array(samples.map(JSONValue.number)))]
    }

    /// ``jsonMembers`` as an object.
    var json: JSONValue { .object(jsonMembers) }
}

/// The SMAA-2 part of the report: Swift against numpy, growth, interactive sizes.
struct SMAABenchReport {
    let results: SMAABenchResults

    var text: String {
        let r = results, m = r.main
        let seconds = BenchFormat.seconds, count = BenchFormat.count
        var out = "SMAA-2: missing weight information, exact values; SMAA.run on \(r.threads) threads in chunks of \(count(SMAA.chunkSize)) samples, seed \(r.seed)\n"
        func verdict(_ met: Bool, _ factor: Double) -> String { met ? "ok" : "MISSED ×" + NumberFormatting.fixed(factor, 2) }
        out += "  \(count(m.samples)) samples × \(m.alternatives) alternatives × \(m.criteria) criteria\n"
        out += "    Swift  median \(seconds(m.swift.median)) (min \(seconds(m.swift.min)), max \(seconds(m.swift.max)))   target < \(seconds(SMAABenchResults.mainTarget)): \(verdict(m.swift.median < SMAABenchResults.mainTarget, m.swift.median / SMAABenchResults.mainTarget))\n"
        if let numpy = m.numpy, let speedup = m.speedup {
            out += "    numpy  median \(seconds(numpy.median)) (numpy \(r.numpyVersion ?? "?"); the script's own timing, start-up excluded)\n"
            if let d = r.numpyDefaultThreads, let o = r.numpyOneThread {
                out += "           default BLAS threads \(seconds(d.median)), OPENBLAS_NUM_THREADS=1 \(seconds(o.median)): the faster is the baseline\n"
            }
            out += "    Swift is \(NumberFormatting.fixed(speedup, 2))× faster than numpy   target ≥ \(NumberFormatting.fixed(SMAABenchResults.speedupTarget, 0))×: \(verdict(speedup >= SMAABenchResults.speedupTarget, SMAABenchResults.speedupTarget / speedup))\n"
            if let a = r.acceptabilityDifference, let w = r.centralWeightDifference {
                out += "    same algorithm: largest |Swift − numpy| \(NumberFormatting.fixed(a, 4)) in acceptability, \(NumberFormatting.fixed(w, 4)) in central weights of alternatives first in ≥ 1 % of samples (different random streams: Monte Carlo error)\n"
            }
        }
        out += "\n  GROWTH: median time, ns per sample, numpy (the faster BLAS configuration) and the ratio\n"
        out += "  " + "samples × alternatives × criteria".padding(toLength: 36, withPad: " ", startingAt: 0) + "Swift".leftPadded(to: 10, with: " ")
            + "ns/sample".leftPadded(to: 11, with: " ") + "numpy".leftPadded(to: 10, with: " ") + "ratio".leftPadded(to: 8, with: " ") + "\n"
        func line(_ c: SMAABenchResults.Case) -> String {
            "  " + "\(count(c.samples)) × \(c.alternatives) × \(c.criteria)".padding(toLength: 36, withPad: " ", startingAt: 0)
                + seconds(c.swift.median).leftPadded(to: 10, with: " ") + NumberFormatting.fixed(c.nanosecondsPerSample, 1).leftPadded(to: 11, with: " ")
                + (c.numpy.map { seconds($0.median) } ?? "–").leftPadded(to: 10, with: " ")
                + (c.speedup.map { NumberFormatting.fixed($0, 2) + "×" } ?? "–").leftPadded(to: 8, with: " ") + "\n"
        }
        func growth(_ rows: [SMAABenchResults.Case], _ what: String, _ size: (SMAABenchResults.Case) -> Int, _ note: String) -> String {
            guard let first = rows.first, let last = rows.last, rows.count > 1 else { return "" }
            let ratio = last.nanosecondsPerSample / first.nanosecondsPerSample, scale = Double(size(last)) / Double(size(first))
            return "    per sample from \(count(size(first))) to \(count(size(last))) \(what) (×\(NumberFormatting.fixed(scale, 2)); \(note)): ×\(NumberFormatting.fixed(ratio, 2))\n"
        }
        let samples = r.bySamples + [m], alternatives = r.byAlternatives + [m], criteria = r.byCriteria + [m]
        for c in samples { out += line(c) }
        out += growth(samples, "samples", \.samples, "constant means linear")
        for c in r.byAlternatives { out += line(c) }
        out += growth(alternatives, "alternatives", \.alternatives, "n·m values, n² comparisons")
        for c in r.byCriteria { out += line(c) }
        out += growth(criteria, "criteria", \.criteria, "n·m values, m weights")
        out += "\n  INTERACTIVE: 100,000 samples × 3 alternatives × 11 criteria (the retail sample's shape)\n"
        for i in r.interactive {
            let met = i.timing.median < SMAABenchResults.interactiveTarget
            out += "    " + i.label.padding(toLength: 44, withPad: " ", startingAt: 0) + seconds(i.timing.median).leftPadded(to: 10, with: " ")
                + "   target < \(seconds(SMAABenchResults.interactiveTarget)): \(verdict(met, i.timing.median / SMAABenchResults.interactiveTarget))\n"
        }
        for note in r.notes { out += "  note: \(note)\n" }
        return out
    }

    var jsonValue: JSONValue {
        let r = results
        func entry(_ c: SMAABenchResults.Case) -> JSONValue {
            var members: [(String, JSONValue)] = [("samples", .number(Double(c.samples))), ("alternatives", .number(Double(c.alternatives))),
                                                  ("criteria", .number(Double(c.criteria))), ("swift", c.swift.json),
                                                  ("nanosecondsPerSample", .number(c.nanosecondsPerSample))]
            if let numpy = c.numpy { members.append(("numpy", numpy.json)) }
            if let speedup = c.speedup { members.append(("speedup", .number(speedup))) }
            return .object(members)
        }
        func cases(_ rows: [SMAABenchResults.Case]) -> JSONValue { .array(rows.map(entry)) }
        var members: [(String, JSONValue)] = [
            ("seed", .number(Double(r.seed))), ("threads", .number(Double(r.threads))), ("chunkSize", .number(Double(SMAA.chunkSize))),
            ("main", entry(r.main)),
            ("targets", .object([("mainSeconds", .number(SMAABenchResults.mainTarget)), ("speedup", .number(SMAABenchResults.speedupTarget)),
                                 ("interactiveSeconds", .number(SMAABenchResults.interactiveTarget))])),
            ("growth", .object([("bySamples", cases(r.bySamples + [r.main])), ("byAlternatives", cases(r.byAlternatives + [r.main])),
                                ("byCriteria", cases(r.byCriteria + [r.main]))])),
            ("interactive", .array(r.interactive.map { .object([("label", .string($0.label)), ("samples", .number(Double($0.samples))), ("timing", $0.timing.json)]) })),
            ("notes", .array(r.notes.map(JSONValue.string))),
        ]
        if let v = r.numpyVersion { members.append(("numpyVersion", .string(v))) }
        if let d = r.numpyDefaultThreads { members.append(("numpyDefaultThreads", d.json)) }
        if let o = r.numpyOneThread { members.append(("numpyOneBLASThread", o.json)) }
        if let a = r.acceptabilityDifference { members.append(("maxAcceptabilityDifference", .number(a))) }
        if let w = r.centralWeightDifference { members.append(("maxCentralWeightDifference", .number(w))) }
        return .object(members)
    }

    var json: [UInt8] {
        var writer = JSONWriter()
        jsonValue.write(to: &writer)
        return writer.bytes
    }
}

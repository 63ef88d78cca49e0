import Foundation
import Testing

/// `sensitivity`, `compare` and `rank --scenario` on the shipped samples, through the real binary.
@Suite(.serialized) struct RobustnessEndToEndTests {
    @Test func sensitivityJSONHasTheDocumentedShapeAndIdentities() throws {
        let result = try BinaryRunner.run(["sensitivity", "samples/internet-300", "--samples", "20000", "--seed", "7", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let sensitivity = try result.json(SensitivityJSON.self)
        let acceptability = sensitivity.acceptability
        #expect(Set(acceptability.keys) == ["xinyue", "yunqi", "qingteng"])
        for (_, row) in acceptability { #expect(abs(row.reduce(0, +) - 1) < 1e-9, "each row sums to 1") }
        for rank in 0..<3 { #expect(abs(acceptability.values.reduce(0) { $0 + $1[rank] } - 1) < 1e-9, "each column sums to 1") }
        #expect(sensitivity.samples == 20000)
        #expect(sensitivity.seed == "7")
        #expect(sensitivity.stability.count == 11, "one interval per top-level group of internet-300")
        for (_, interval) in sensitivity.stability {
            #expect(interval.lower <= interval.weight + 1e-9 && interval.weight <= interval.upper + 1e-9)
        }
        #expect(Set(sensitivity.centralWeights.keys) == ["xinyue", "yunqi", "qingteng"])
        // qingteng never ranks first in the sample, so it has no confidence factor (null).
        #expect(sensitivity.confidence == ["xinyue": 1, "yunqi": 1, "qingteng": nil])
        #expect(sensitivity.winProbability["xinyue"] == acceptability["xinyue"]?.first, "the win probability is the rank-1 acceptability")
        // The same seed gives the same bytes.
        let again = try BinaryRunner.run(["sensitivity", "samples/internet-300", "--samples", "20000", "--seed", "7", "--format", "json"])
        #expect(again.stdout == result.stdout)
    }

    @Test func rankShowsAVerdict() throws {
        let result = try BinaryRunner.run(["rank", "samples/retail-10-stores"])
        #expect(result.lines.contains("Robustness: robust: lingxi keeps rank 1 in 100% of 10,000 weightings of the groups keeping the order of importance of the given weights; no transfer of weight between two groups changes the winner"))
        let json = try BinaryRunner.run(["rank", "samples/internet-300", "--format", "json"])
        let robustness = try #require(try json.json(RankJSON.self).robustness)
        #expect(!robustness.robust)
        #expect(robustness.winnerAcceptability == 0.8257)
        #expect(robustness.verdict == "fragile: xinyue keeps rank 1 in 83% of 10,000 weightings of the groups keeping the order of importance of the given weights; a 2.6-point shift of weight from service to self-service makes yunqi overtake xinyue")
        let shift = try #require(robustness.smallestShift)
        #expect(shift.overtaker == "yunqi" && shift.overtaken == "xinyue" && shift.from == "service" && shift.to == "self-service")
        #expect(shift.points == 2.572873)
    }

    @Test func scenariosAreComparedSideBySide() throws {
        let result = try BinaryRunner.run(["compare", "samples/internet-300", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let comparison = try result.json(CompareJSON.self)
        #expect(comparison.views.map(\.name) == ["base", "People view", "Finance view"])
        #expect(comparison.views.map(\.winner) == ["xinyue", "xinyue", "yunqi"])
        #expect(comparison.winnersDiffer)
        let finance = try BinaryRunner.run(["rank", "samples/internet-300", "--scenario", "Finance view", "--format", "json"])
        #expect(try finance.json(RankJSON.self).ranking.first?.vendor == "yunqi")
        #expect(comparison.views[2].ranking.first?.vendor == "yunqi", "compare and rank --scenario agree")
        let typo = try BinaryRunner.run(["rank", "samples/internet-300", "--scenario", "Finance veiw"])
        #expect(typo.status == 1)
        #expect(typo.stderr == "error: no scenario \"Finance veiw\" in selection.json; did you mean \"Finance view\"?\n")
        let none = try BinaryRunner.run(["compare", "samples/retail-10-stores"])
        #expect(none.status == 1)
    }
}

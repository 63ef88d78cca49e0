import Foundation
import Testing

/// `sensitivity`, `compare` and `rank --scenario` on the shipped samples, through the real binary.
@Suite(.serialized) struct RobustnessEndToEndTests {
    @Test func sensitivityJSONHasTheDocumentedShapeAndIdentities() throws {
        let result = try BinaryRunner.run(["sensitivity", "samples/internet-300", "--samples", "20000", "--seed", "7", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let acceptability = try #require(object["acceptability"] as? [String: [Double]])
        #expect(Set(acceptability.keys) == ["xinyue", "yunqi", "qingteng"])
        for (_, row) in acceptability { #expect(abs(row.reduce(0, +) - 1) < 1e-9, "each row sums to 1") }
        for rank in 0..<3 { #expect(abs(acceptability.values.reduce(0) { $0 + $1[rank] } - 1) < 1e-9, "each column sums to 1") }
        #expect(object["samples"] as? Int == 20000)
        #expect(object["seed"] as? String == "7")
        let stability = try #require(object["stability"] as? [String: [String: Double]])
        for (_, interval) in stability {
            let weight = try #require(interval["weight"]), lower = try #require(interval["lower"]), upper = try #require(interval["upper"])
            #expect(lower <= weight + 1e-9 && weight <= upper + 1e-9)
        }
        #expect(object["centralWeights"] is [String: Any])
        #expect(object["confidence"] is [String: Any])
        // The same seed gives the same bytes.
        let again = try BinaryRunner.run(["sensitivity", "samples/internet-300", "--samples", "20000", "--seed", "7", "--format", "json"])
        #expect(again.stdout == result.stdout)
    }

    @Test func rankShowsAVerdict() throws {
        let result = try BinaryRunner.run(["rank", "samples/retail-10-stores"])
        #expect(result.text.contains("Robustness: robust: lingxi keeps rank 1 in 100% of 10,000 weightings"))
        let json = try BinaryRunner.run(["rank", "samples/internet-300", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        let robustness = try #require(object["robustness"] as? [String: Any])
        #expect(robustness["verdict"] is String)
        let shift = try #require(robustness["smallestShift"] as? [String: Any])
        #expect(shift["overtaker"] as? String == "yunqi")
    }

    @Test func scenariosAreComparedSideBySide() throws {
        let result = try BinaryRunner.run(["compare", "samples/internet-300", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let views = try #require(object["views"] as? [[String: Any]])
        #expect(views.map { $0["name"] as? String } == ["base", "People view", "Finance view"])
        #expect(views.map { $0["winner"] as? String } == ["xinyue", "xinyue", "yunqi"])
        #expect(object["winnersDiffer"] as? Bool == true)
        let finance = try BinaryRunner.run(["rank", "samples/internet-300", "--scenario", "Finance view", "--format", "json"])
        let ranking = try #require((try JSONSerialization.jsonObject(with: finance.stdout) as? [String: Any])?["ranking"] as? [[String: Any]])
        #expect(ranking.first?["vendor"] as? String == "yunqi")
        let typo = try BinaryRunner.run(["rank", "samples/internet-300", "--scenario", "Finance veiw"])
        #expect(typo.status == 1)
        #expect(typo.stderr.contains("did you mean \"Finance view\"?"))
        let none = try BinaryRunner.run(["compare", "samples/retail-10-stores"])
        #expect(none.status == 1)
    }
}

import Testing
@testable import ShortlistKit

/// Pilot arithmetic for each direction and combination rule, amendments, and log parsing.
@Suite struct PilotStatusTests {
    static func plan(_ metrics: [PilotMetric]) -> PilotPlan {
        PilotPlan(vendor: "v", department: "Sales", start: "2026-04-01", end: "2026-04-30", metrics: metrics)
    }

    static func entry(_ id: String, _ metric: String, _ value: Double, _ date: String, line: Int, amends: String? = nil) -> PilotObservation {
        PilotObservation(id: id, metric: metric, value: value, date: date, by: "t", recorded: date + "T18:00:00Z", amends: amends, line: line)
    }

    static let today = CalendarDate("2026-04-20")!

    @Test(arguments: [
        (PilotMetric.Combination.latest, 2.0), (.mean, 2.5), (.min, 2.0), (.max, 3.0), (.sum, 7.5),
    ])
    func combinationRules(rule: PilotMetric.Combination, expected: Double) {
        // Entries out of date order: latest is the one with the latest date (2.0 on 04-15), not the last line.
        let metric = PilotMetric(id: "m", name: "m", baseline: 3, target: 1, direction: .lower, combine: rule)
        let pilot = Pilot(plan: Self.plan([metric]), observations: [
            Self.entry("o1", "m", 3, "2026-04-05", line: 1), Self.entry("o2", "m", 2, "2026-04-15", line: 2), Self.entry("o3", "m", 2.5, "2026-04-10", line: 3),
        ])
        let status = PilotStatus(pilot: pilot, today: Self.today)
        #expect(status.metrics[0].current == expected)
        #expect(status.metrics[0].trend == [3, 2.5, 2])          // date order
        #expect(status.daysLeft == 10)
    }

    @Test func progressForLowerAndHigherIsBetter() {
        // lower: 3 → 1, current 2 → 50 %; higher: 55 → 75, current 80 → 125 % (capped to 100 in the score).
        let lower = PilotMetric(id: "days", name: "days", baseline: 3, target: 1, direction: .lower, weight: 3, mustPass: true)
        let higher = PilotMetric(id: "sat", name: "sat", baseline: 55, target: 75, direction: .higher, weight: 1, mustPass: true)
        let pilot = Pilot(plan: Self.plan([lower, higher]), observations: [Self.entry("o1", "days", 2, "2026-04-05", line: 1), Self.entry("o2", "sat", 80, "2026-04-06", line: 2)])
        let status = PilotStatus(pilot: pilot, today: Self.today)
        #expect(status.metrics[0].progress == 50)
        #expect(!status.metrics[0].met)
        #expect(status.metrics[1].progress == 125)
        #expect(status.metrics[1].met)
        #expect(status.score == 62.5)          // (3 × 50 + 1 × 100) / 4
        #expect(!status.passed)
        #expect(status.failedMustPass.map(\.metric.id) == ["days"])
    }

    @Test func progressBeyondTheBaselineIsNegativeAndScoresZero() {
        let metric = PilotMetric(id: "m", name: "m", baseline: 3, target: 1, direction: .lower)
        let status = PilotStatus(pilot: Pilot(plan: Self.plan([metric]), observations: [Self.entry("o1", "m", 4, "2026-04-05", line: 1)]), today: Self.today)
        #expect(status.metrics[0].progress == -50)
        #expect(status.metrics[0].cappedProgress == 0)
        #expect(status.score == 0)
    }

    @Test func aCorrectionReplacesTheEntryItAmends() {
        let metric = PilotMetric(id: "sat", name: "sat", baseline: 55, target: 75, direction: .higher, mustPass: true)
        let pilot = Pilot(plan: Self.plan([metric]), observations: [
            Self.entry("o1", "sat", 70, "2026-04-05", line: 1),
            Self.entry("o2", "sat", 8, "2026-04-28", line: 2),
            Self.entry("o3", "sat", 80, "2026-04-28", line: 3, amends: "o2"),
        ])
        let status = PilotStatus(pilot: pilot, today: Self.today)
        #expect(status.metrics[0].current == 80)
        #expect(status.metrics[0].observations == 2)
        #expect(status.passed)
        #expect(status.corrections.map(\.original) == ["o2"])
    }

    @Test func noObservationsYet() {
        let metric = PilotMetric(id: "m", name: "m", baseline: 3, target: 1, direction: .lower, mustPass: true)
        let status = PilotStatus(pilot: Pilot(plan: Self.plan([metric])), today: Self.today)
        #expect(status.metrics[0].current == nil)
        #expect(status.score == 0)
        #expect(!status.passed)
    }

    @Test func logLinesRoundTripAndBadLinesAreExplained() {
        let metric = PilotMetric(id: "m", name: "m", baseline: 3, target: 1, direction: .lower)
        let plan = Self.plan([metric])
        let entry = PilotObservation(id: "o0001", metric: "m", value: 2.5, date: "2026-04-05", by: "wang-lei", note: "first \"weekly\" report", recorded: "2026-04-05T18:00:00Z")
        let text = String(decoding: PilotLogFormat.line(entry), as: UTF8.self)
        #expect(text == #"{"by":"wang-lei","date":"2026-04-05","id":"o0001","metric":"m","note":"first \"weekly\" report","recorded":"2026-04-05T18:00:00Z","value":2.5}"#)
        guard case .success(let parsed) = PilotLogFormat.parse(line: text, number: 1, plan: plan, earlier: []) else {
            Issue.record("the line does not parse back")
            return
        }
        #expect(parsed.value == 2.5)
        #expect(parsed.note == entry.note)
        #expect(parsed.line == 1)
        if case .failure(let error) = PilotLogFormat.parse(line: text, number: 2, plan: plan, earlier: [parsed]) {
            #expect(error.message == "line 2 repeats the entry id \"o0001\"")
        } else { Issue.record("a repeated id was accepted") }
        if case .failure(let error) = PilotLogFormat.parse(line: #"{"by":"x","date":"2026-04-1"#, number: 3, plan: plan, earlier: []) {
            #expect(error.message.hasPrefix("line 3 is not valid JSON"))
        } else { Issue.record("a torn line was accepted") }
        if case .failure(let error) = PilotLogFormat.parse(line: #"{"by":"x","date":"2026-04-10","id":"o9","metric":"other","recorded":"r","value":1}"#, number: 4, plan: plan, earlier: []) {
            #expect(error.message == "line 4 records the metric \"other\", which the plan does not have")
        } else { Issue.record("an unknown metric was accepted") }
    }

    @Test func calendarDates() {
        #expect(CalendarDate("2026-02-29") == nil)
        #expect(CalendarDate("2024-02-29") != nil)
        #expect(CalendarDate("2026-04-01")!.days(to: CalendarDate("2026-04-30")!) == 29)
        #expect(CalendarDate("1970-01-01")!.dayNumber == 0)
        #expect(CalendarDate(dayNumber: 20_000).description == "2024-10-04")
        #expect(CalendarDate("2026-12-31")!.days(to: CalendarDate("2027-01-01")!) == 1)
    }
}

/// The trend line of `pilot status`, by hand: each value's share of the range × 7, rounded, picks one of ▁▂▃▄▅▆▇█.
@Suite struct SparklineTests {
    @Test func valuesAreScaledBetweenTheirMinimumAndMaximum() {
        // low 1, high 3: 3 → (3−1)/2 × 7 = 7 █; 2.5 → 0.75 × 7 = 5.25 → 5 ▆; 1 → 0 ▁
        #expect(Sparkline.text([3, 2.5, 1]) == "█▆▁")
        #expect(Sparkline.text([0, 1, 2, 3, 4, 5, 6, 7]) == "▁▂▃▄▅▆▇█")
    }

    @Test func aFlatSeriesSitsInTheMiddleAndNoValuesDrawNothing() {
        #expect(Sparkline.text([2, 2, 2]) == "▄▄▄")
        #expect(Sparkline.text([]) == "")
    }
}

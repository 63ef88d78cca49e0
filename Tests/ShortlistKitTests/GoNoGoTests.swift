import Testing
@testable import ShortlistKit

/// Threshold metrics (met or not met, no progress) and go/no-go rules, computed by hand.
@Suite struct GoNoGoTests {
    static let today = CalendarDate("2026-04-20")!

    static func entry(_ id: String, _ metric: String, _ value: Double, line: Int) -> PilotObservation {
        PilotObservation(id: id, metric: metric, value: value, date: "2026-04-10", by: "t", recorded: "2026-04-10T18:00:00Z", line: line)
    }

    /// Availability ≥ 99.5 % without a baseline, P1 incidents ≤ 0 with baseline 0 = target, and a
    /// progress metric 3 → 1 days, weights 1, 1, 2.
    static func plan(_ rule: GoNoGoRule?) -> PilotPlan {
        PilotPlan(vendor: "v", department: "IT", start: "2026-04-01", end: "2026-04-30", metrics: [
            PilotMetric(id: "availability", name: "Availability", unit: "%", baseline: nil, target: 99.5, direction: .higher, weight: 1),
            PilotMetric(id: "p1", name: "P1 incidents", unit: "count", baseline: 0, target: 0, direction: .lower, weight: 1),
            PilotMetric(id: "days", name: "Days to compile statistics", unit: "days", baseline: 3, target: 1, direction: .lower, weight: 2),
            PilotMetric(id: "sso", name: "SSO failures", unit: "per 1,000", baseline: 3, target: 2, direction: .lower, weight: 0, mustPass: true),
        ], goNoGo: rule)
    }

    @Test func thresholdMetricsAreMetOrNotWithoutProgress() {
        // availability 99.7 ≥ 99.5: met, counts 100; p1 = 1 > 0: not met, counts 0; days 2: (2 − 3) ÷ (1 − 3) = 50 %.
        let pilot = Pilot(plan: Self.plan(nil), observations: [
            Self.entry("o1", "availability", 99.7, line: 1), Self.entry("o2", "p1", 1, line: 2), Self.entry("o3", "days", 2, line: 3), Self.entry("o4", "sso", 1.5, line: 4),
        ])
        let status = PilotStatus(pilot: pilot, today: Self.today)
        #expect(status.metrics.map(\.met) == [true, false, false, true])
        #expect(status.metrics[0].progress == nil)       // no baseline: no division, no NaN
        #expect(status.metrics[1].progress == nil)       // baseline = target: no division by zero
        #expect(status.metrics[2].progress == 50)
        #expect(status.metrics.map(\.cappedProgress) == [100, 0, 50, 100])
        // score = (1 × 100 + 1 × 0 + 2 × 50 + 0 × 100) ÷ (1 + 1 + 2 + 0) = 200 ÷ 4 = 50
        #expect(status.score == 50)
        #expect(!status.score.isNaN)
        #expect(status.goNoGo == nil)
    }

    @Test func aThresholdMetricBeforeItsFirstObservationCountsZero() {
        let status = PilotStatus(pilot: Pilot(plan: Self.plan(nil)), today: Self.today)
        #expect(status.metrics[0].current == nil)
        #expect(status.metrics[0].cappedProgress == 0)
        #expect(status.score == 0)
    }

    @Test(arguments: [
        // Targets (every metric not must-pass): availability met, p1 not met, days met (0.8 ≤ 1) → 2 of 3 hit.
        (GoNoGoRule(requirement: .all), 3, false),
        (GoNoGoRule(requirement: .any), 1, true),
        (GoNoGoRule(requirement: .atLeast(2)), 2, true),
        (GoNoGoRule(requirement: .atLeast(3)), 3, false),
        // Only the two named targets: availability met, p1 not → 1 of 2.
        (GoNoGoRule(requirement: .all, targets: ["availability", "p1"]), 2, false),
        (GoNoGoRule(requirement: .atLeast(1), targets: ["availability", "p1"]), 1, true),
    ])
    func goNoGoCountsTheTargetsHit(rule: GoNoGoRule, needed: Int, go: Bool) throws {
        let pilot = Pilot(plan: Self.plan(rule), observations: [
            Self.entry("o1", "availability", 99.7, line: 1), Self.entry("o2", "p1", 1, line: 2), Self.entry("o3", "days", 0.8, line: 3), Self.entry("o4", "sso", 1.5, line: 4),
        ])
        let verdict = try #require(PilotStatus(pilot: pilot, today: Self.today).goNoGo)
        #expect(verdict.needed == needed)
        #expect(verdict.mustPassMet)
        #expect(verdict.go == go)
        #expect(verdict.hit == verdict.targets.filter { $0 != "p1" })
        #expect(verdict.missed == (verdict.targets.contains("p1") ? ["p1"] : []))  // array membership: kept
    }

    @Test func aFailedMustPassMakesItNoGoWhateverTheTargets() throws {
        // sso 2.5 > 2: the must-pass fails; every target is hit (3 of 3), still no-go.
        let pilot = Pilot(plan: Self.plan(GoNoGoRule(requirement: .any)), observations: [
            Self.entry("o1", "availability", 99.9, line: 1), Self.entry("o2", "p1", 0, line: 2), Self.entry("o3", "days", 1, line: 3), Self.entry("o4", "sso", 2.5, line: 4),
        ])
        let verdict = try #require(PilotStatus(pilot: pilot, today: Self.today).goNoGo)
        #expect(verdict.hit.count == 3)
        #expect(!verdict.go)
        #expect(verdict.failedMustPass == ["sso"])
        #expect(verdict.text.en == "NO-GO: must-pass not met (sso); 3 of 3 targets hit (availability, p1, days; missed –), 1 needed")
        #expect(verdict.text.text(in: .chinese) == "不通过（NO-GO）：必须达标的指标未达标（sso）；3 个目标中达成 3 个（达成：availability、p1、days；未达成：–），需达成 1 个")
    }
}

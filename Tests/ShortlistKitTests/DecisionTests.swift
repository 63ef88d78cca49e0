import Testing
@testable import ShortlistKit

/// Stage blending, blocks, exclusions, the margin and what flips it, worked by hand.
@Suite struct DecisionTests {
    /// Desk criterion "hours" and demo criterion "ux" (a rating), equal weights.
    static let catalog = Fixtures.catalog([
        Fixtures.criterion("hours", 1, .scale(fact: "support.responseHours", curve: PiecewiseLinear([(0, 100), (100, 0)]))),
        Fixtures.criterion("ux", 1, .rating(fact: "ratings.ux", scale: RatingScale(min: 0, max: 100)), missing: .exclude),
    ])

    static func vendor(_ id: String, hours: Double, ux: Double?) -> VendorDossier {
        var facts = ["support.responseHours": Fixtures.number(hours)]
        if let ux { facts["ratings.ux"] = Fixtures.number(ux) }
        return Fixtures.vendor(id, facts: facts)
    }

    static func pilot(_ vendor: String, value: Double, mustPass: Bool = false) -> Pilot {
        let metric = PilotMetric(id: "m", name: "m", baseline: 0, target: 100, direction: .higher, mustPass: mustPass)
        let plan = PilotPlan(vendor: vendor, department: "d", start: "2026-04-01", end: "2026-04-30", metrics: [metric])
        return Pilot(plan: plan, observations: [PilotObservation(id: "o1", metric: "m", value: value, date: "2026-04-10", by: "t", recorded: "r", line: 1)])
    }

    static func decide(_ vendors: [VendorDossier], pilots: [Pilot], settings: DecisionSettings) throws -> Decision {
        var profile = Fixtures.profile()
        profile.decision = settings
        var workspace = Workspace(profile: profile, catalog: catalog, vendors: vendors)
        workspace.pilots = pilots
        return Decision(evaluation: try Evaluation(workspace: workspace), today: CalendarDate("2026-05-01")!)
    }

    @Test func stagesCombineWithTheirWeights() throws {
        // a: desk 80 (hours 20), demo 60, pilot 90 → 0.4·80 + 0.3·60 + 0.3·90 = 77.
        // b: desk 70, demo 90, pilot 50 → 28 + 27 + 15 = 70.
        let decision = try Self.decide([Self.vendor("a", hours: 20, ux: 60), Self.vendor("b", hours: 30, ux: 90)],
                                       pilots: [Self.pilot("a", value: 90), Self.pilot("b", value: 50)], settings: DecisionSettings())
        #expect(decision.entries.map(\.vendorID) == ["a", "b"])
        #expect(close(decision.entries[0].combined, 77))
        #expect(close(decision.entries[1].combined, 70))
        #expect(decision.winner == "a")
        #expect(close(decision.margin, 7))
        #expect(close(decision.marginShare, 7.0 / 77))
        #expect(!decision.clearWinner)                       // 9.1 % < 10 %
        let flip = try #require(decision.flip)
        #expect(flip.contender == "b")
        // b needs +7 combined points: +23.33 on demo (weight 0.3) or +17.5 on desk (0.4) — the smallest is desk.
        #expect(flip.scoreRise?.stage == .desk)
        #expect(close(flip.scoreRise?.points, 17.5, 1e-9))
        // Moving weight from pilot (a leads by 40) to demo (b leads by 30): a's lead 7 − 0.7·δ% → δ = 10 points.
        #expect(flip.weightShift?.from == .pilot && flip.weightShift?.to == .demo)
        #expect(close(flip.weightShift?.points, 10, 1e-6))
    }

    /// When two stages need the same rise, the first in the settings' order is named — the same on every run.
    @Test func equalRisesNameTheFirstStageEveryTime() throws {
        // Desk 50, demo 50: a = 0.5·80 + 0.5·60 = 70, b = 0.5·70 + 0.5·60 = 65; b needs +10 on desk or on demo.
        let settings = DecisionSettings(stages: [(.desk, 50), (.demo, 50), (.pilot, 0)], excludeNotPiloted: false)
        for _ in 0..<20 {
            let decision = try Self.decide([Self.vendor("a", hours: 20, ux: 60), Self.vendor("b", hours: 30, ux: 60)], pilots: [], settings: settings)
            let rise = try #require(decision.flip?.scoreRise)
            #expect(rise.stage == .desk)
            #expect(close(rise.points, 10, 1e-9))
        }
    }

    @Test func failedMustPassBlocksAndNotPilotedIsExcludedOrRescaled() throws {
        let vendors = [Self.vendor("a", hours: 20, ux: 60), Self.vendor("b", hours: 30, ux: 90), Self.vendor("c", hours: 10, ux: 80)]
        let pilots = [Self.pilot("a", value: 40, mustPass: true), Self.pilot("b", value: 100, mustPass: true)]
        let excluded = try Self.decide(vendors, pilots: pilots, settings: DecisionSettings())
        #expect(excluded.winner == "b")
        #expect(excluded.entries.first { $0.vendorID == "a" }?.status == .blocked)
        #expect(excluded.entries.first { $0.vendorID == "a" }?.reasons.first?.contains("must-pass pilot metric m is 40") == true)
        #expect(excluded.entries.first { $0.vendorID == "c" }?.status == .notPiloted)
        // With rescale, c is scored on desk and demo only: (0.4·90 + 0.3·80) / 0.7 = 85.714 — above b's 0.4·70 + 0.3·90 + 0.3·100 = 85.
        let rescaled = try Self.decide(vendors, pilots: pilots, settings: DecisionSettings(excludeNotPiloted: false))
        #expect(rescaled.winner == "c")
        #expect(close(rescaled.entries[0].combined, 60.0 / 0.7))
        #expect(close(rescaled.entries[0].stageWeights[.desk], 4.0 / 7))
    }

    @Test func lockedWeightsThatMoveAreReported() throws {
        let tree = WeightTree(catalog: Self.catalog)
        let lock = WeightLock(tree: tree, locked: "2026-03-01T09:00:00Z", by: "li")
        #expect(lock.changes(in: tree).isEmpty)
        let moved = WeightTree(catalog: Self.catalog, overrides: [WeightOverride(id: "ux", weight: 3)])
        // Only the node whose own weight moved is named, with its raw and global weight.
        #expect(lock.changes(in: moved) == [
            "the weight of ux was locked at 1 (50.00% of the total) on 2026-03-01T09:00:00Z; it is now 3 (75.00%)",
        ])
    }
}

import Foundation
@testable import ShortlistKit
import Testing

/// A catalog written as `"extends"` of another plus a `"tailoring"` overlay.
@Suite struct CatalogCompositionTests {
    private let scratch: CatalogScratch
    private var directory: String { scratch.path }

    init() throws {
        scratch = try CatalogScratch()
        // The base: two groups (weights 60 + 40 = 100), one gate.
        try write("base.json", """
        {
          "version": 1, "id": "base", "name": {"en": "Base", "zh": "基础"},
          "facts": {"sla.availability": {"type": "number", "name": "Availability %"}},
          "gates": [{"id": "gate-deployment", "kind": "deployment"}],
          "criteria": [
            {"id": "service", "name": "Service", "weight": 60, "children": [
              {"id": "response-time", "name": "Response", "weight": 70, "rule": {"kind": "scale", "fact": "support.responseHours", "points": [[4, 100], [72, 0]]}},
              {"id": "availability", "name": "Availability", "weight": 30, "rule": {"kind": "scale", "fact": "sla.availability", "points": [[99, 0], [99.9, 100]]}}
            ]},
            {"id": "cost", "name": "Cost", "weight": 40, "children": [
              {"id": "total-cost", "name": "TCO", "weight": 100, "rule": {"kind": "cost", "basis": "tco", "method": "budgetRange", "best": 0.6, "worst": 1.1}}
            ]}
          ]
        }
        """)
    }

    private func write(_ name: String, _ text: String) throws {
        try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
    }

    private func load(_ name: String) throws(InputErrors) -> Catalog {
        try WorkspaceLoader(catalogDirectories: [directory]).loadCatalog(at: directory + "/" + name, displayName: name)
    }

    /// The diagnostics of loading `tailoring` on the base, one a line.
    private func errors(tailoring: String) throws -> String {
        try write("child.json", """
        {"version": 1, "id": "child", "name": "Child", "extends": "base",
         "tailoring": \(tailoring)}
        """)
        do {
            _ = try load("child.json")
            return ""
        } catch {
            return error.description
        }
    }

    @Test func composesTheDocumentedTree() throws {
        try write("child.json", """
        {"version": 1, "id": "child", "name": "Child", "extends": "base",
         "tailoring": {
           "vocabulary": {"integrations": {"feishu": {"en": "Feishu", "zh": "飞书"}}},
           "facts": {"payroll.cities": {"type": "number", "name": "Cities", "question": {"en": "How many cities?", "zh": "支持多少个城市?"}}},
           "gates": [{"id": "gate-cities", "kind": "fact", "fact": "payroll.cities", "operator": ">=", "value": 1}],
           "add": [{"under": "root", "after": "service", "nodes": [
             {"id": "payroll", "name": "Payroll", "weight": 20, "children": [
               {"id": "cities", "name": "Cities", "weight": 100, "rule": {"kind": "scale", "fact": "payroll.cities", "points": [[0, 0], [10, 100]]},
                "question": {"en": "In how many cities do you run social insurance?", "zh": "支持多少个城市的社保核算?"}, "rationale": "multi-site firms", "source": "example.org"}
             ]}
           ]}],
           "move": [{"node": "availability", "under": "payroll"}],
           "rename": {"service": {"en": "Support", "zh": "支持"}},
           "weights": {"service": 45, "cost": 35, "response-time": 100, "cities": 70, "availability": 30}
         }}
        """)
        let catalog = try load("child.json")
        #expect(catalog.id == "child")
        #expect(catalog.bases == ["base"])
        // Top level 45 + 35 + 20 = 100 as in the base (60 + 40); service keeps 100 (response-time alone);
        // the new payroll group holds cities 70 + availability 30.
        let tree = catalog.criteria.map { "\($0.id) \(NumberFormatting.short($0.weight)): " + $0.children.map { "\($0.id) \(NumberFormatting.short($0.weight))" }.joined(separator: ", ") }
        #expect(tree == ["service 45: response-time 100", "payroll 20: cities 70, availability 30", "cost 35: total-cost 100"])
        #expect(catalog.criteria[0].name == LocalizedText(en: "Support", zh: "支持"))
        #expect(catalog.gates.map(\.id) == ["gate-deployment", "gate-cities"])
        #expect(catalog.vocabulary.integrations.map(\.id) == ["feishu"])
        #expect(catalog.facts.map(\.id) == ["sla.availability", "payroll.cities"])
        #expect(catalog.facts[1].question?.zh == "支持多少个城市?")
        let cities = try #require(catalog.allNodes.first { $0.id == "cities" })
        #expect(cities.question?.en == "In how many cities do you run social insurance?")
        #expect(cities.source == "example.org")
        #expect(cities.rationale == LocalizedText(en: "multi-site firms"))
    }

    @Test func dropsNodesAndGates() throws {
        try write("child.json", """
        {"version": 1, "id": "child", "name": "Child", "extends": "base",
         "tailoring": {"drop": ["availability", "gate-deployment"], "weights": {"response-time": 100}}}
        """)
        let catalog = try load("child.json")
        #expect(catalog.allNodes.map(\.id) == ["service", "response-time", "cost", "total-cost"])
        #expect(catalog.gates.isEmpty)
    }

    @Test func unknownNodeGetsDidYouMean() throws {
        #expect(try errors(tailoring: #"{"drop": ["availabilty"]}"#) == #"child.json:2:25: error: tailoring.drop[0]: unknown node or gate "availabilty"; did you mean "availability"?"#)
        #expect(try errors(tailoring: #"{"rename": {"servce": "S"}}"#) == #"child.json:2:27: error: tailoring.rename.servce: unknown node or gate "servce"; did you mean "service"?"#)
    }

    @Test func movingANodeUnderItselfIsAnError() throws {
        #expect(try errors(tailoring: #"{"move": [{"node": "service", "under": "service"}]}"#) == #"child.json:2:54: error: tailoring.move[0].under: cannot move "service" under itself"#)
        #expect(try errors(tailoring: #"{"move": [{"node": "service", "under": "response-time"}]}"#) == #"child.json:2:54: error: tailoring.move[0].under: cannot move "service" under "response-time", which is inside it"#)
        #expect(try errors(tailoring: #"{"move": [{"node": "cost", "under": "service", "after": "cost"}]}"#) == #"child.json:2:71: error: tailoring.move[0].after: "after" names a child of "service": unknown child "cost"; known: response-time, availability"#)
        #expect(try errors(tailoring: #"{"move": [{"node": "cost", "under": "availability"}]}"#) == #"child.json:2:51: error: tailoring.move[0].under: "availability" is a criterion, not a group; nodes go under a group or "root""#)
    }

    @Test func duplicateIDsAreErrors() throws {
        let added = #"{"add": [{"under": "cost", "nodes": [{"id": "availability", "name": "A", "weight": 0, "rule": {"kind": "boolean", "fact": "support.twentyFourSeven"}}]}]}"#
        #expect(try errors(tailoring: added) == #"child.json:2:59: error: tailoring.add[0].nodes[0].id: the base catalog "base" has a node or gate "availability" already; choose another id, or drop it first"#)
        let gate = #"{"gates": [{"id": "cost", "kind": "deployment"}]}"#
        #expect(try errors(tailoring: gate) == #"child.json:2:33: error: tailoring.gates[0].id: the base catalog "base" has a node or gate "cost" already; choose another id, or drop it first"#)
    }

    @Test func weightsThatNoLongerSumAreErrors() throws {
        // Base top level: 60 + 40 = 100; adding payroll 20 makes 120.
        let added = #"{"add": [{"under": "root", "nodes": [{"id": "payroll", "name": "P", "weight": 20, "children": [{"id": "p", "name": "p", "weight": 1, "rule": {"kind": "boolean", "fact": "support.twentyFourSeven"}}]}]}]}"#
        #expect(try errors(tailoring: added) == #"child.json:2:34: error: tailoring.add[0].under: the weights under "root" now sum to 120 (service 60, cost 40, payroll 20), but in the base catalog "base" they sum to 100; set "weights" so that they sum to 100 again, or state the new total in "totals": {"root": 120}"#)
        // A stated total is kept exactly: 60 + 40 + 20 = 120.
        #expect(try errors(tailoring: String(added.dropLast()) + #", "totals": {"root": 120}}"#) == "")
        #expect(try errors(tailoring: String(added.dropLast()) + #", "totals": {"root": 125}}"#).hasSuffix(#"error: tailoring.totals.root: the weights under "root" sum to 120 (service 60, cost 40, payroll 20), not to the stated total 125"#))
        // 70 → 50 under service: 50 + 30 = 80.
        #expect(try errors(tailoring: #"{"weights": {"response-time": 50}}"#) == #"child.json:2:45: error: tailoring.weights.response-time: the weights under "service" now sum to 80 (response-time 50, availability 30), but in the base catalog "base" they sum to 100; set "weights" so that they sum to 100 again, or state the new total in "totals": {"service": 80}"#)
    }

    @Test func cyclesInExtendsAreErrors() throws {
        try write("a.json", #"{"version": 1, "id": "a", "name": "A", "extends": "b"}"#)
        try write("b.json", #"{"version": 1, "id": "b", "name": "B", "extends": "a"}"#)
        #expect(throws: InputErrors.self) { try load("a.json") }
        do { _ = try load("a.json") } catch {
            #expect(error.description == #"\#(directory)/b.json:1:51: error: extends: "extends" makes a cycle: a.json → b.json → a.json; a catalog cannot be its own base"#)
        }
    }

    @Test func unknownBaseAndMisplacedSections() throws {
        try write("child.json", #"{"version": 1, "id": "child", "name": "C", "extends": "bas", "criteria": []}"#)
        do { _ = try load("child.json"); Issue.record("loaded") } catch {
            #expect(error.description == """
            child.json:1:62: error: criteria: a catalog that extends another does not repeat "criteria"; write it as "tailoring": {"add": [{"under": "root", "nodes": […]}]}
            child.json:1:55: error: extends: no catalog "bas" to extend; did you mean "base"?
            """)
        }
    }
}

/// A temporary directory for catalog files that deletes itself with its last reference.
final class CatalogScratch: Sendable {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("CatalogTests-\(UUID().uuidString)").standardizedFileURL.path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

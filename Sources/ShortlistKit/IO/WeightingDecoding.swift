import Foundation

extension JSONReader {
    /// A group's `weighting`: `{"method": "points"}`, `{"method": "rankOrder", "order": [...], "formula": "roc"}`
    /// or `{"method": "ahp", "judgments": [["a", "b", 3], …], "randomIndex": "saaty", "acceptInconsistent": false}`.
    func weightingSpec() -> WeightingSpec? {
        guard case .object(let members) = node.value else {
            expected("a weighting object")
            return nil
        }
        guard let methodMember = members.first(where: { $0.key == "method" }) else {
            fail("missing key \"method\" (points, rankOrder or ahp)")
            return nil
        }
        let methodReader = JSONReader(node: methodMember.value, path: path.appending(key: "method"), file: file, context: context)
        guard let method = methodReader.oneOf(["points", "rankOrder", "ahp"]) else { return nil }
        let fields: [String: [String]] = ["points": [], "rankOrder": ["order", "formula"], "ahp": ["judgments", "randomIndex", "acceptInconsistent"]]
        guard let object = object(keys: ["method"] + fields[method]!) else { return nil }
        switch method {
        case "rankOrder":
            let formula = object.optional("formula")?.oneOf(RankOrderMethod.allCases.map(\.rawValue)).flatMap(RankOrderMethod.init(rawValue:)) ?? .centroid
            guard let list = object.required("order", "the children, most important first; a list inside the list is a tie")?.array() else { return nil }
            var order: [[String]] = []
            for element in list {
                if case .array = element.node.value {
                    guard let tied = element.stringList(), !tied.isEmpty else {
                        if case .array(let a) = element.node.value, a.isEmpty { element.fail("an empty tie") }
                        return nil
                    }
                    order.append(tied)
                } else if let name = element.string() {
                    order.append([name])
                } else {
                    return nil
                }
            }
            return .rankOrder(order: order, formula: formula)
        case "ahp":
            let table = object.optional("randomIndex")?.oneOf(RandomIndexTable.allCases.map(\.rawValue)).flatMap(RandomIndexTable.init(rawValue:)) ?? .saaty
            let accept = object.optional("acceptInconsistent")?.bool() ?? false
            guard let list = object.required("judgments", "[[\"a\", \"b\", 3], …]: a is 3 times as important as b")?.array() else { return nil }
            var judgments: [AHPJudgment] = []
            for element in list {
                guard let triple = element.array() else { return nil }
                guard triple.count == 3, let a = triple[0].string(), let b = triple[1].string(), let value = triple[2].ratio() else {
                    if triple.count != 3 { element.fail("expected [\"a\", \"b\", value]: a is value times as important as b") }
                    return nil
                }
                judgments.append(AHPJudgment(a, b, value))
            }
            return .ahp(judgments: judgments, randomIndex: table, acceptInconsistent: accept)
        default:
            return .points
        }
    }

    /// The element of `judgments` or `order` at `index` inside this weighting object, or the object itself.
    func weightingEntry(_ index: Int?, part: Int? = nil) -> JSONReader {
        guard let index, case .object(let members) = node.value,
              let member = members.first(where: { $0.key == "judgments" || $0.key == "order" }),
              case .array(let elements) = member.value.value, index < elements.count else { return self }
        let entry = JSONReader(node: elements[index], path: path.appending(key: member.key).appending(index: index), file: file, context: context)
        guard let part, case .array(let parts) = elements[index].value, part < parts.count else { return entry }
        return JSONReader(node: parts[part], path: entry.path.appending(index: part), file: file, context: context)
    }

    /// A positive ratio written as a number (3, 0.2) or a fraction string ("1/3").
    func ratio() -> Double? {
        if case .string(let text) = node.value {
            let parts = text.split(separator: "/")
            var value: Double?
            if parts.count == 2, let n = Double(parts[0].trimmingCharacters(in: .whitespaces)), let d = Double(parts[1].trimmingCharacters(in: .whitespaces)), n > 0, d > 0 { value = n / d }
            if parts.count == 1, let x = Double(text), x > 0 { value = x }
            if let value {
                if NumberRange.ratio.contains(value) { return value }
                fail("expected a ratio \(NumberRange.ratio), found \"\(text)\"")
                return nil
            }
            fail("expected a positive number or a fraction such as \"1/3\", found \"\(text)\"")
            return nil
        }
        return number(.ratio)
    }
}

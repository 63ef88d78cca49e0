/// The weights in effect: every node's local and global weight, each group's method, and the AHP figures.
package struct WeightsReport: Sendable {
    /// The tree with the profile's overrides and weightings applied.
    package let tree: WeightTree
    /// The language of names.
    package let language: Language

    /// Creates a report.
    package init(tree: WeightTree, language: Language = .english) {
        self.tree = tree
        self.language = language
    }

    private func method(of group: String) -> String { tree.weightings[group]?.method ?? "points" }

    /// The report as text.
    package var text: String {
        var out = "top level: \(method(of: "root"))\n\n"
        out += TextWidth.pad("criterion", to: 52) + "    local   global  method\n"
        for node in tree.nodes {
            let name = String(repeating: "  ", count: node.depth) + "\(node.id) · \(node.name.text(in: language))"
            out += TextWidth.pad(TextWidth.truncate(name, to: 52), to: 52)
            out += "  " + TextWidth.pad(NumberFormatting.fixed(node.localWeight * 100, 2) + "%", to: 7, alignRight: true)
            out += "  " + TextWidth.pad(NumberFormatting.fixed(node.globalWeight * 100, 2) + "%", to: 7, alignRight: true)
            out += node.rule == nil ? "  \(method(of: node.id))\n" : "\n"
        }
        for (group, resolved) in tree.weightings.sorted(by: { $0.key < $1.key }) {
            guard let ahp = resolved.ahp else { continue }
            let s = { (x: Double) in NumberFormatting.fixed(x, 4) }
            out += "\nAHP \(group): λmax \(s(ahp.lambdaMax)), CI \(s(ahp.consistencyIndex)), CR \(s(ahp.consistencyRatio)) with the \(ahp.randomIndexTable.displayName) random index \(NumberFormatting.short(ahp.randomIndex, 2)) — \(ahp.isConsistent ? "consistent (CR ≤ \(NumberFormatting.short(ahp.threshold)))" : "INCONSISTENT, accepted explicitly")\n"
            for judgment in ahp.inconsistentJudgments(limit: 3) where judgment.logRatio > 1e-9 {
                out += "  \(judgment.cell.rowName) vs \(judgment.cell.columnName): judged \(NumberFormatting.short(judgment.judgment, 3)), consistent value \(NumberFormatting.short(judgment.consistentValue, 3))\n"
            }
        }
        return out
    }

    /// The report as JSON: `nodes` (each `id`, `parent`, `local`, `global`, and `method` for groups) and `ahp` (group → figures).
    package var json: [UInt8] {
        var w = JSONWriter()
        w.beginObject()
        w.key("ahp")
        w.beginObject()
        for (group, resolved) in tree.weightings.sorted(by: { $0.key < $1.key }) {
            guard let ahp = resolved.ahp else { continue }
            w.key(group)
            w.beginObject()
            w.key("ci"); w.number(ahp.consistencyIndex)
            w.key("consistent"); w.bool(ahp.isConsistent)
            w.key("cr"); w.number(ahp.consistencyRatio)
            w.key("lambdaMax"); w.number(ahp.lambdaMax)
            w.key("randomIndex")
            w.beginObject()
            w.key("table"); w.string(ahp.randomIndexTable.rawValue)
            w.key("value"); w.number(ahp.randomIndex)
            w.endObject()
            w.key("weights")
            w.beginObject()
            for (name, weight) in zip(ahp.matrix.names, ahp.weights).sorted(by: { $0.0 < $1.0 }) { w.key(name); w.number(weight) }
            w.endObject()
            w.endObject()
        }
        w.endObject()
        w.key("nodes")
        w.beginArray()
        for node in tree.nodes {
            w.beginObject()
            w.key("global"); w.number(node.globalWeight)
            w.key("id"); w.string(node.id)
            w.key("local"); w.number(node.localWeight)
            if node.rule == nil { w.key("method"); w.string(method(of: node.id)) }
            w.key("parent"); if let parent = node.parent { w.string(tree.nodes[parent].id) } else { w.null() }
            w.endObject()
        }
        w.endArray()
        w.key("root"); w.string(method(of: "root"))
        w.endObject()
        return w.bytes
    }
}

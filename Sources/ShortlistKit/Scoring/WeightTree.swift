/// The catalog's tree with weights normalised: local weights sum to 1 within each group, and a
/// node's global weight is the product of the local weights on its path from the root.
package struct WeightTree: Sendable, Equatable {
    /// One node of the tree, in pre-order.
    package struct Node: Sendable, Equatable {
        /// The node's id.
        package var id: String
        /// Its name.
        package var name: LocalizedText
        /// The raw weight in effect (the catalog's, or the profile's override).
        package var rawWeight: Double
        /// The catalog's raw weight, before any override.
        package var catalogWeight: Double
        /// The raw weight divided by the sum of its siblings' raw weights.
        package var localWeight: Double
        /// The product of local weights from the root to this node.
        package var globalWeight: Double
        /// The parent's index in ``nodes``, nil for top-level nodes.
        package var parent: Int?
        /// Children's indices in ``nodes``.
        package var children: [Int]
        /// Depth, 0 for top-level nodes.
        package var depth: Int
        /// The rule, for criteria; nil for groups.
        package var rule: Rule?
        /// The criterion's own missing-facts policy.
        package var missingPolicy: MissingFactPolicy?
        /// The node's description.
        package var description: LocalizedText?
    }

    /// Every node in pre-order.
    package private(set) var nodes: [Node]
    /// The indices (in ``nodes``) of the top-level nodes.
    package private(set) var topLevel: [Int]
    /// The indices of the criteria (leaves), in pre-order.
    package private(set) var leaves: [Int]
    /// For each leaf (by position in ``leaves``), the position of its top-level ancestor in ``topLevel``.
    package private(set) var leafTopGroup: [Int]
    /// Groups weighted by a rank order or AHP: group id ("root" for the top level) → the weights and figures.
    package private(set) var weightings: [String: ResolvedWeighting]

    /// Builds the tree of `catalog`, replacing raw weights by `overrides` (id → weight) and the
    /// catalog's group weightings by `weighting` (group id or "root" → method).
    package init(catalog: Catalog, overrides: [WeightOverride] = [], weighting: [WeightingOverride] = []) {
        nodes = []
        topLevel = []
        leaves = []
        leafTopGroup = []
        weightings = [:]
        let overrideMap = Dictionary(overrides.map { ($0.id, $0.weight) }, uniquingKeysWith: { _, last in last })
        let specMap = Dictionary(weighting.map { ($0.group, $0.spec) }, uniquingKeysWith: { _, last in last })
        func add(_ list: [CriterionNode], parent: Int?, parentGlobal: Double, depth: Int, top: Int?, spec: WeightingSpec?, groupID: String) -> [Int] {
            var raws = list.map { overrideMap[$0.id] ?? $0.weight }
            if let spec = specMap[groupID] ?? spec, spec != .points,
               let resolved = try? spec.resolve(children: list.map(\.id), points: raws) {
                raws = resolved.weights
                weightings[groupID] = resolved
            }
            let sum = raws.reduce(0, +)
            var indices: [Int] = []
            for (node, raw) in zip(list, raws) {
                let local = sum > 0 ? raw / sum : 0
                let index = nodes.count
                indices.append(index)
                var rule: Rule?
                var policy: MissingFactPolicy?
                if case .criterion(let r, let p) = node.content { (rule, policy) = (r, p) }
                nodes.append(Node(id: node.id, name: node.name, rawWeight: raw, catalogWeight: node.weight, localWeight: local, globalWeight: parentGlobal * local, parent: parent, children: [], depth: depth, rule: rule, missingPolicy: policy, description: node.description))
                let topPosition = top ?? topLevel.count
                if parent == nil { topLevel.append(index) }
                if rule != nil {
                    leaves.append(index)
                    leafTopGroup.append(topPosition)
                } else {
                    nodes[index].children = add(node.children, parent: index, parentGlobal: parentGlobal * local, depth: depth + 1, top: topPosition, spec: node.weighting, groupID: node.id)
                }
            }
            return indices
        }
        _ = add(catalog.criteria, parent: nil, parentGlobal: 1, depth: 0, top: nil, spec: catalog.weighting, groupID: "root")
    }

    /// The index of the node with `id`.
    package func index(of id: String) -> Int? { nodes.firstIndex { $0.id == id } }

    /// Problems with the weights in effect: groups whose weights sum to zero after overrides.
    package func problems() -> [String] {
        var result: [String] = []
        let topSum = topLevel.reduce(0) { $0 + nodes[$1].rawWeight }
        if topSum <= 0 { result.append("the top-level weights sum to zero after the profile's overrides") }
        for node in nodes where node.rule == nil {
            if node.children.reduce(0, { $0 + nodes[$1].rawWeight }) <= 0 {
                result.append("the weights inside group \"\(node.id)\" sum to zero after the profile's overrides")
            }
        }
        return result
    }

    /// Effective global weights of the leaves when some leaves are dropped for one vendor: a
    /// dropped leaf's weight is shared among its siblings in proportion to their raw weights,
    /// and a group with nothing left is dropped in turn.
    ///
    /// - Parameter present: for each leaf (by position in ``leaves``), whether it counts.
    /// - Returns: the effective weight of each leaf (0 for dropped ones); all zero when nothing counts.
    package func effectiveWeights(present: [Bool]) -> [Double] {
        var alive = [Bool](repeating: false, count: nodes.count)
        for (position, index) in leaves.enumerated() where present[position] { alive[index] = true }
        for index in nodes.indices.reversed() where nodes[index].rule == nil {
            alive[index] = nodes[index].children.contains { alive[$0] }
        }
        var effective = [Double](repeating: 0, count: nodes.count)
        func share(_ children: [Int], parentWeight: Double) {
            let sum = children.reduce(0) { $0 + (alive[$1] ? nodes[$1].rawWeight : 0) }
            guard sum > 0 else { return }
            for child in children where alive[child] {
                effective[child] = parentWeight * nodes[child].rawWeight / sum
                if nodes[child].rule == nil { share(nodes[child].children, parentWeight: effective[child]) }
            }
        }
        share(topLevel, parentWeight: 1)
        return leaves.map { effective[$0] }
    }
}

/// Edits of a criteria tree by node id, used by catalog tailoring. `"root"` names the top level.
enum CriterionTree {
    /// The id that names the top level of a tree.
    static let root = "root"

    /// The node `id` and the id of its parent (`"root"` at the top level), or nil.
    static func find(_ id: String, in nodes: [CriterionNode], parent: String = root) -> (node: CriterionNode, parent: String)? {
        for node in nodes {
            if node.id == id { return (node, parent) }
            if let found = find(id, in: node.children, parent: node.id) { return found }
        }
        return nil
    }

    /// Removes the node `id` (with its subtree) and returns it, or nil when there is none.
    static func remove(_ id: String, from nodes: inout [CriterionNode]) -> CriterionNode? {
        if let index = nodes.firstIndex(where: { $0.id == id }) { return nodes.remove(at: index) }
        for index in nodes.indices {
            guard case .group(var children) = nodes[index].content else { continue }
            if let removed = remove(id, from: &children) {
                nodes[index].content = .group(children)
                return removed
            }
        }
        return nil
    }

    /// Adds `new` to the children of the group `parent` (or the top level), after the child `after` or
    /// else at the end; false when there is no such group.
    static func append(_ new: [CriterionNode], under parent: String, after: String? = nil, in nodes: inout [CriterionNode]) -> Bool {
        func insert(into children: [CriterionNode]) -> [CriterionNode] {
            var result = children
            let index = after.flatMap { id in children.firstIndex { $0.id == id } }.map { $0 + 1 } ?? children.count
            result.insert(contentsOf: new, at: index)
            return result
        }
        if parent == root {
            nodes = insert(into: nodes)
            return true
        }
        return update(parent, in: &nodes) { node in
            if case .group(let children) = node.content { node.content = .group(insert(into: children)) }
        }
    }

    /// Applies `change` to the node `id`; false when there is no such node.
    @discardableResult
    static func update(_ id: String, in nodes: inout [CriterionNode], _ change: (inout CriterionNode) -> Void) -> Bool {
        for index in nodes.indices {
            if nodes[index].id == id {
                change(&nodes[index])
                return true
            }
            guard case .group(var children) = nodes[index].content else { continue }
            if update(id, in: &children, change) {
                nodes[index].content = .group(children)
                return true
            }
        }
        return false
    }

    /// The ids of `node` and every node below it.
    static func ids(_ node: CriterionNode) -> [String] {
        [node.id] + node.children.flatMap(ids)
    }

    /// The children of the group `id` (the top level for `"root"`), or nil when it is not a group.
    static func children(of id: String, in nodes: [CriterionNode]) -> [CriterionNode]? {
        if id == root { return nodes }
        guard let found = find(id, in: nodes), case .group(let children) = found.node.content else { return nil }
        return children
    }
}

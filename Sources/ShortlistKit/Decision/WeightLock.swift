/// The weights frozen before the ratings start: `weights.lock.json`.
///
/// Buyers are often accused of moving weights after the demos to favour a vendor; a lock
/// records every node's global weight with the time, and any later change is shown.
public struct WeightLock: Sendable, Equatable {
    /// When the weights were locked (ISO 8601, UTC).
    public var locked: String
    /// Who locked them.
    public var by: String?
    /// Global weight by node id.
    public var weights: [String: Double]
    /// Raw weight in effect (points, or the weight a rank order or AHP gave) by node id.
    public var raw: [String: Double]

    /// Creates a lock.
    public init(locked: String, by: String? = nil, weights: [String: Double], raw: [String: Double] = [:]) {
        self.locked = locked
        self.by = by
        self.weights = weights
        self.raw = raw
    }

    /// A lock of the weights in effect in `tree`.
    package init(tree: WeightTree, locked: String, by: String?) {
        self.init(locked: locked, by: by,
                  weights: Dictionary(tree.nodes.map { ($0.id, $0.globalWeight) }, uniquingKeysWith: { a, _ in a }),
                  raw: Dictionary(tree.nodes.map { ($0.id, $0.rawWeight) }, uniquingKeysWith: { a, _ in a }))
    }

    /// Every difference between the locked weights and `tree`, in English words (empty when nothing moved).
    package func changes(in tree: WeightTree) -> [String] {
        changeList(in: tree).map(\.text.en)
    }

    /// Every difference between the locked weights and `tree`, as values (empty when nothing moved).
    package func changeList(in tree: WeightTree) -> [WeightLockChange] {
        var changes: [WeightLockChange] = []
        for node in tree.nodes {
            if let lockedWeight = weights[node.id] {
                // Only nodes whose own weight moved are named: a sibling's change shifts every global weight.
                if let lockedRaw = raw[node.id] {
                    if abs(lockedRaw - node.rawWeight) > 5e-7 * max(1, abs(lockedRaw)) {
                        changes.append(.rawMoved(node: node.id, lockedRaw: lockedRaw, lockedShare: lockedWeight, nowRaw: node.rawWeight, nowShare: node.globalWeight, locked: locked))
                    }
                } else if abs(lockedWeight - node.globalWeight) > 5e-7 {
                    changes.append(.shareMoved(node: node.id, lockedShare: lockedWeight, nowShare: node.globalWeight, locked: locked))
                }
            } else {
                changes.append(.added(node: node.id, share: node.globalWeight, locked: locked))
            }
        }
        for id in weights.keys.sorted() where tree.index(of: id) == nil {
            changes.append(.removed(node: id, lockedShare: weights[id]!, locked: locked))
        }
        return changes
    }

    /// The lock as the JSON of `weights.lock.json`.
    public var json: [UInt8] {
        var w = JSONWriter()
        w.beginObject()
        if let by { w.key("by"); w.string(by) }
        w.key("locked"); w.string(locked)
        w.key("raw")
        w.beginObject()
        for id in raw.keys.sorted() { w.key(id); w.number(raw[id]!) }
        w.endObject()
        w.key("version"); w.integer(1)
        w.key("weights")
        w.beginObject()
        for id in weights.keys.sorted() { w.key(id); w.number(weights[id]!) }
        w.endObject()
        w.endObject()
        return w.bytes
    }
}

extension JSONReader {
    /// Reads `weights.lock.json`.
    func weightLock() -> WeightLock? {
        guard let object = object(keys: ["version", "locked", "by", "weights", "raw"]) else { return nil }
        object.version()
        let locked = object.required("locked", "when the weights were locked")?.string()
        let by = object.optional("by")?.string()
        var weights: [String: Double] = [:]
        if let map = object.required("weights", "global weight by node id")?.map() {
            for (id, value) in map { if let w = value.number(.between(0, 1)) { weights[id] = w } }
        }
        var raw: [String: Double] = [:]
        if let map = object.optional("raw")?.map() {
            for (id, value) in map { if let w = value.number(.nonNegative) { raw[id] = w } }
        }
        guard let locked else { return nil }
        return WeightLock(locked: locked, by: by, weights: weights, raw: raw)
    }
}

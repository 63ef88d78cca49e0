/// One difference between the weights of `weights.lock.json` and the weights in effect, as a value.
///
/// Weights are global shares (0–1); raw weights are the points, rank-order or AHP weights in effect.
public enum WeightLockChange: Sendable, Equatable {
    /// A node's own raw weight moved: locked raw weight and share, now raw weight and share.
    case rawMoved(node: String, lockedRaw: Double, lockedShare: Double, nowRaw: Double, nowShare: Double, locked: String)
    /// A node's share moved (a lock written without raw weights).
    case shareMoved(node: String, lockedShare: Double, nowShare: Double, locked: String)
    /// A node added after the lock, with its share.
    case added(node: String, share: Double, locked: String)
    /// A node removed after the lock, with its locked share.
    case removed(node: String, lockedShare: Double, locked: String)

    /// The node's id.
    public var node: String {
        switch self {
        case .rawMoved(let node, _, _, _, _, _), .shareMoved(let node, _, _, _), .added(let node, _, _), .removed(let node, _, _): return node
        }
    }

    /// The case's name in JSON output: `rawMoved`, `shareMoved`, `added`, `removed`.
    public var kind: String {
        switch self {
        case .rawMoved: return "rawMoved"
        case .shareMoved: return "shareMoved"
        case .added: return "added"
        case .removed: return "removed"
        }
    }

    /// The change in English and Chinese, side by side (`MessageWording`).
    public var text: LocalizedText { MessageWording.lockChange(self) }
}

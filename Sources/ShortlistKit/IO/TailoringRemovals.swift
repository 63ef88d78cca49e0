/// The catalog nodes `selection.json`'s `criteria` took out (`drop`, or left out by `keep`), so that a
/// rating, weight or override naming one says why the id is unknown instead of only listing the known ones.
struct TailoringRemovals: Sendable {
    private var kinds: [String: CatalogChange.Kind] = [:]

    /// No removals.
    init() {}

    /// The nodes of `base` that the tailoring (`changes`) left out of `tailored`, each with the removal
    /// that took it out: its own, or that of the nearest group above it that was dropped or not kept.
    init(base: Catalog, tailored: Catalog, changes: [CatalogChange]) {
        var own: [String: CatalogChange.Kind] = [:]
        for change in changes where change.kind == .dropped || change.kind == .pruned { own[change.id] = change.kind }
        let kept = Set(tailored.allNodes.map(\.id))
        func walk(_ nodes: [CriterionNode], inherited: CatalogChange.Kind?) {
            for node in nodes {
                let kind = own[node.id] ?? inherited
                if !kept.contains(node.id), let kind { kinds[node.id] = kind }
                walk(node.children, inherited: kind)
            }
        }
        walk(base.criteria, inherited: nil)
    }

    /// Why `id` is not in the catalog any more, when the tailoring took it out; `consequence` says
    /// what that means for the reference ("its ratings cannot count").
    func message(_ id: String, consequence: String) -> String? {
        switch kinds[id] {
        case .dropped?:
            return "\"\(id)\" was dropped from the catalog by selection.json (criteria.drop), so \(consequence); remove the reference, or take \"\(id)\" out of criteria.drop"
        case .pruned?:
            return "\"\(id)\" was left out of the catalog by selection.json (criteria.keep lists neither it nor a group holding it), so \(consequence); remove the reference, or keep it"
        default:
            return nil
        }
    }
}

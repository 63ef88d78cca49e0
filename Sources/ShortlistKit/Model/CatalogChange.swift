/// One change a tailoring overlay made to a catalog, as `criteria <workspace>` marks it.
package struct CatalogChange: Sendable, Equatable {
    /// What was done.
    package enum Kind: String, Sendable, Equatable, CaseIterable {
        /// A node or gate added by `add` or `gates`.
        case added
        /// A node or gate removed by `drop`.
        case dropped
        /// A node removed because `keep` did not list it (nor anything inside it).
        case pruned
        /// A node moved by `move` (``CatalogChange/detail`` holds the group it left).
        case moved
        /// A node's or gate's label replaced by `rename` (``CatalogChange/detail`` holds the old English label).
        case renamed
        /// A node's raw weight set by `weights` (``CatalogChange/before`` and ``CatalogChange/after``).
        case reweighted
        /// A rated criterion's scale replaced by `scales` (``CatalogChange/detail`` holds the old scale).
        case scaleChanged
        /// A gate's severity set by `severity` (``CatalogChange/detail`` holds the old one).
        case severityChanged
        /// A fact or vocabulary entry declared.
        case declared
    }

    /// What was done.
    package var kind: Kind
    /// The node, gate, fact or vocabulary id.
    package var id: String
    /// The group a moved node left, the old label, or the old scale.
    package var detail: String?
    /// The raw weight before a re-weighting.
    package var before: Double?
    /// The raw weight after it.
    package var after: Double?

    /// Creates a change.
    package init(_ kind: Kind, id: String, detail: String? = nil, before: Double? = nil, after: Double? = nil) {
        self.kind = kind
        self.id = id
        self.detail = detail
        self.before = before
        self.after = after
    }
}

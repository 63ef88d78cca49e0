/// The output formats of `rank`, each with its renderer.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// An aligned terminal table.
    case table
    /// Pretty-printed JSON with sorted keys.
    case json
    /// RFC 4180 CSV.
    case csv
    /// GitHub-flavoured Markdown tables.
    case markdown

    /// The format a file name's extension implies (`.json`, `.csv`, `.md`, `.txt`), or nil.
    public static func inferred(fromPath path: String) -> ReportFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        if lower.hasSuffix(".txt") { return .table }
        return nil
    }

    /// The renderer for this format.
    public var renderer: any RankingRenderer {
        switch self {
        case .table: return TableRenderer()
        case .json: return JSONRankingRenderer()
        case .csv: return CSVRankingRenderer()
        case .markdown: return MarkdownRenderer()
        }
    }
}

/// Settings shared by renderers.
public struct RenderOptions: Sendable, Equatable {
    /// Whether to use ANSI colours (only on a terminal, never with `NO_COLOR`).
    public var color: Bool
    /// Whether the output goes to a file (CSV then starts with a byte-order mark for Excel).
    public var toFile: Bool
    /// The language of headings and names.
    public var language: Language
    /// Whether the data gaps of knocked-out vendors are listed (`--include-knocked-out`); without
    /// it they are left off, with a line saying how many and why.
    public var includeKnockedOut: Bool

    /// Creates options.
    public init(color: Bool = false, toFile: Bool = false, language: Language = .english, includeKnockedOut: Bool = false) {
        self.color = color
        self.toFile = toFile
        self.language = language
        self.includeKnockedOut = includeKnockedOut
    }
}

/// Turns an evaluation into the bytes of one output format.
public protocol RankingRenderer: Sendable {
    /// Renders `evaluation`.
    func render(_ evaluation: Evaluation, options: RenderOptions) -> [UInt8]

    /// Renders `evaluation` as pieces to be written one after the other, which spares
    /// joining a large document in memory; by default, the whole of ``render(_:options:)``.
    func renderPieces(_ evaluation: Evaluation, options: RenderOptions) -> [[UInt8]]
}

extension RankingRenderer {
    /// The whole rendering as one piece.
    public func renderPieces(_ evaluation: Evaluation, options: RenderOptions) -> [[UInt8]] {
        [render(evaluation, options: options)]
    }
}

extension Evaluation {
    /// The one-line robustness verdict shown with every ranking: SMAA over every weighting of the
    /// groups that keeps their order of importance (10,000 samples, seed 1, the ten best vendors)
    /// and the smallest weight shift that changes the winner. Nil when fewer than two vendors are ranked.
    /// Computed on first use and kept: every renderer of this evaluation (and of its copies) shares it.
    public var robustness: Sensitivity? {
        guard ranking.comparable.count >= 2 else { return nil }
        return cache.robustness { try? Sensitivity(evaluation: self, level: .groups, mode: .ordinal, samples: 10_000, seed: 1, maximumVendors: 10) }
    }

    /// The top-level groups of the tree, as (id, name, global weight).
    var topGroups: [(id: String, name: LocalizedText, weight: Double)] {
        tree.topLevel.map { (tree.nodes[$0].id, tree.nodes[$0].name, tree.nodes[$0].globalWeight) }
    }

    /// Each top-level group's share of the weight the scores rest on, as the group tables show it: its
    /// weight over the weights of the groups in play. A group none of whose criteria any compliant
    /// vendor answered is out of play (nil): it is left out for every vendor, as the unanswered-criteria
    /// warning says, and its weight passes to the others — so showing its catalog share, or the others'
    /// shares of a total that includes it, would understate what drives the scores.
    var topGroupShares: [Double?] {
        let groups = topGroups
        var answered = [Bool](repeating: false, count: groups.count)
        for (leaf, group) in tree.leafTopGroup.enumerated() where !unansweredLeaves.contains(leaf) { answered[group] = true }
        let total = zip(groups, answered).reduce(0.0) { $0 + ($1.1 ? $1.0.weight : 0) }
        return zip(groups, answered).map { $1 && total > 0 ? $0.weight / total : nil }
    }

    /// The rank label: "1", or "=2" for a tie.
    static func rankLabel(_ score: VendorScore) -> String {
        guard let rank = score.rank else { return "–" }
        return score.tied ? "=\(rank)" : "\(rank)"
    }
}

extension VendorScore {
    /// The points (Σ weight × score) the vendor's criteria add up to in each top-level group of
    /// `tree`, in the tree's group order, summed in one pass over the criteria.
    func groupPoints(in tree: WeightTree) -> [Double] {
        var points = [Double](repeating: 0, count: tree.topLevel.count)
        for criterion in criteria { points[tree.leafTopGroup[criterion.leaf]] += criterion.contribution }
        return points
    }
}

/// Text bars for scores from 0 to 100.
enum Bar {
    /// A bar of `width` cells with eighth-cell resolution.
    static func blocks(_ score: Double, width: Int) -> String {
        let eighths = Int((max(0, min(100, score)) / 100 * Double(width * 8)).rounded())
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var bar = String(repeating: "█", count: eighths / 8) + partial[eighths % 8]
        let used = eighths / 8 + (eighths % 8 > 0 ? 1 : 0)
        bar += String(repeating: " ", count: width - used)
        return bar
    }

    /// A bar of full and light blocks, for Markdown.
    static func shaded(_ score: Double, width: Int) -> String {
        let full = Int((max(0, min(100, score)) / 100 * Double(width)).rounded())
        return String(repeating: "█", count: full) + String(repeating: "░", count: width - full)
    }
}

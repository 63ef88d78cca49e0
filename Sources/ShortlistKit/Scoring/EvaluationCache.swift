import Foundation

/// The results an ``Evaluation`` computes at most once, on first use, and shares with its copies:
/// the robustness verdict runs a 10,000-sample SMAA and a stability scan, which the table, JSON,
/// Markdown, workbook and decision-board renderers would otherwise each run again.
///
/// An evaluation is immutable, so a result computed from it stays valid for every copy. The lock
/// makes concurrent first uses compute once and see the same value.
final class EvaluationCache: @unchecked Sendable {  // all state behind `lock`
    private let lock = NSLock()
    private var robustness: Sensitivity??
    /// How many times the robustness analysis has run for this evaluation (at most once; for tests).
    private(set) var robustnessRuns = 0

    /// The cached robustness verdict, computed by `compute` on first use.
    func robustness(_ compute: () -> Sensitivity?) -> Sensitivity? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = robustness { return cached }
        let value = compute()
        robustnessRuns += 1
        robustness = .some(value)
        return value
    }
}

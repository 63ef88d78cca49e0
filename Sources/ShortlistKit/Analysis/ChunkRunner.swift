import Foundation

/// Runs chunks on worker threads and merges their results strictly in chunk order, so that
/// floating-point sums do not depend on which thread finished first.
enum ChunkRunner {
    static func run<T: Sendable>(
        chunks: Int, workers: Int, initial: T, progress: (@Sendable (Int) -> Void)?,
        combine: @escaping @Sendable (inout T, T) -> Void, body: @escaping @Sendable (Int) -> T
    ) -> T {
        let merger = OrderedMerger(chunks: chunks, initial: initial, combine: combine, progress: progress)
        let work: @Sendable (Int) -> Void = { _ in
            while let chunk = merger.take() { merger.finish(chunk, body(chunk)) }
        }
        if workers == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: work)
        }
        return merger.result
    }
}

/// Hands out chunk indices and folds finished chunks into the total in index order.
private final class OrderedMerger<T: Sendable>: @unchecked Sendable {  // all state behind `lock`
    private let lock = NSLock()
    private let chunks: Int
    private var nextToTake = 0, nextToMerge = 0
    private var pending: [Int: T] = [:]
    private var total: T
    private let combine: @Sendable (inout T, T) -> Void
    private let progress: (@Sendable (Int) -> Void)?

    init(chunks: Int, initial: T, combine: @escaping @Sendable (inout T, T) -> Void, progress: (@Sendable (Int) -> Void)?) {
        self.chunks = chunks
        total = initial
        self.combine = combine
        self.progress = progress
    }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextToTake < chunks else { return nil }
        nextToTake += 1
        return nextToTake - 1
    }

    func finish(_ chunk: Int, _ value: T) {
        lock.lock()
        defer { lock.unlock() }
        pending[chunk] = value
        while let next = pending.removeValue(forKey: nextToMerge) {
            combine(&total, next)
            nextToMerge += 1
            progress?(nextToMerge)
        }
    }

    var result: T {
        lock.lock()
        defer { lock.unlock() }
        return total
    }
}

import Dispatch

/// Data-parallel helpers over the machine's cores, with results in input order.
///
/// The work is cut into fixed chunks, so the result never depends on how many threads ran.
package enum Parallel {
    /// `body(i)` for every `i` in `0..<count`, computed on all cores; results in index order.
    package static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(body) }
        let results = ResultSlots<T>(count)
        let chunks = min(count, 64)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let lower = chunk * count / chunks, upper = (chunk + 1) * count / chunks
            for i in lower..<upper { results.store(body(i), at: i) }
        }
        return results.collect()
    }
}

/// Slots written once each, at distinct indices, by concurrent chunks; read after all have finished.
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<T?>
    private let count: Int

    init(_ count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func store(_ value: T, at index: Int) { slots[index] = value }

    func collect() -> [T] { (0..<count).map { slots[$0]! } }
}

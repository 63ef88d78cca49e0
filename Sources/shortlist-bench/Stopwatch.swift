#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-clock times of repeated runs, from the monotonic clock.
struct Timing {
    /// Seconds of each run, in run order.
    var samples: [Double]

    /// The median run (the mean of the middle two for an even count).
    var median: Double {
        let sorted = samples.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
    var min: Double { samples.min() ?? 0 }
    var max: Double { samples.max() ?? 0 }
}

/// Times code with `clock_gettime(CLOCK_MONOTONIC)`.
enum Stopwatch {
    /// Nanoseconds on the monotonic clock.
    static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// Runs `body` `repeats` times and returns the times and the last result (kept, so the work cannot be optimised away).
    static func measure<T>(_ repeats: Int, _ body: () throws -> T) rethrows -> (Timing, T) {
        var samples: [Double] = []
        var last: T?
        for _ in 0..<Swift.max(1, repeats) {
            last = nil  // free the previous result before the next run, so runs see the same heap
            let start = now()
            let result = try body()
            samples.append(Double(now() - start) / 1e9)
            last = result
        }
        return (Timing(samples: samples), last!)
    }
}

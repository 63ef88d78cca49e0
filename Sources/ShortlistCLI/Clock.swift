import ShortlistKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The current time for records and date checks: the system clock, or `SHORTLIST_NOW`
/// (ISO 8601 UTC, e.g. `2026-05-02T09:00:00Z`) so that runs can be reproduced.
struct Clock {
    /// ISO 8601 UTC, seconds precision.
    let iso: String
    /// Today (UTC).
    let today: CalendarDate

    init(_ invocation: Invocation) throws {
        if let fixed = invocation.environment["SHORTLIST_NOW"] {
            guard fixed.count >= 10, let day = CalendarDate(String(fixed.prefix(10))) else {
                throw UsageError("SHORTLIST_NOW must be an ISO 8601 time such as 2026-05-02T09:00:00Z, got '\(fixed)'")
            }
            iso = fixed.count == 10 ? fixed + "T00:00:00Z" : fixed
            today = day
            return
        }
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        let day = CalendarDate(dayNumber: Int(now) / 86_400)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        iso = "\(day)T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
        today = day
    }
}

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
        // Unix time counts 86,400 seconds a day, so day and time of day follow by division.
        let seconds = Int(time(nil))
        let day = CalendarDate(dayNumber: seconds / 86_400), second = seconds % 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        iso = "\(day)T\(two(second / 3600)):\(two(second / 60 % 60)):\(two(second % 60))Z"
        today = day
    }
}

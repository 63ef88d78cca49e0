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
            guard let (day, iso) = Self.parse(fixed) else {
                throw UsageError("SHORTLIST_NOW must be a UTC time in ISO 8601 such as 2026-05-02T09:00:00Z (hours 00–23, minutes and seconds 00–59) or a date such as 2026-05-02, got '\(fixed)'")
            }
            self.iso = iso
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

    /// `YYYY-MM-DD` (midnight UTC) or `YYYY-MM-DDTHH:MM:SSZ` with a real date and time of day;
    /// returns the day and the time as written into records, or nil.
    static func parse(_ text: String) -> (CalendarDate, String)? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 || bytes.count == 20, let day = CalendarDate(String(decoding: bytes.prefix(10), as: UTF8.self)) else { return nil }
        if bytes.count == 10 { return (day, text + "T00:00:00Z") }
        func number(_ at: Int) -> Int? {
            let (a, b) = (bytes[at], bytes[at + 1])
            guard (0x30...0x39).contains(a), (0x30...0x39).contains(b) else { return nil }
            return Int(a - 0x30) * 10 + Int(b - 0x30)
        }
        guard bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z"),
              let hour = number(11), let minute = number(14), let second = number(17),
              hour < 24, minute < 60, second < 60 else { return nil }
        return (day, text)
    }
}

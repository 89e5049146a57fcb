import Foundation

/// Dates in the person's local time zone, formatted with libc's `localtime_r` rather than `DateFormatter`.
///
/// `DateFormatter` loads ICU's locale, calendar and time-zone data on first use (several MiB of memory for
/// one line of text, docs/performance.md); these fixed English forms need none of it.
enum LocalDate {
    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"]

    /// "1 December 2026": the long British form used for the `today` value of scripts.
    static func long(_ date: Date) -> String {
        let parts = local(date)
        return "\(parts.tm_mday) \(months[Int(parts.tm_mon)]) \(Int(parts.tm_year) + 1900)"
    }

    /// "1 Dec at 09:05": when an unfinished session started, in the resume question.
    static func dayAndTime(_ date: Date) -> String {
        let parts = local(date)
        return "\(parts.tm_mday) \(months[Int(parts.tm_mon)].prefix(3)) at \(two(parts.tm_hour)):\(two(parts.tm_min))"
    }

    /// "2026-12-01 09:05": sessions in `transcripts list`, `search` and `show`.
    static func numeric(_ date: Date) -> String {
        let parts = local(date)
        return "\(Int(parts.tm_year) + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) \(two(parts.tm_hour)):\(two(parts.tm_min))"
    }

    private static func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func local(_ date: Date) -> tm {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        localtime_r(&seconds, &parts)
        return parts
    }
}

import Foundation
import GRDB

/// How the store writes and reads times: UTC text `yyyy-MM-dd HH:mm:ss.SSS`, the form GRDB uses, done by arithmetic.
///
/// GRDB's own conversion goes through `DateFormatter` and `Calendar`, which load ICU's locale, calendar and time
/// zone data on first use: several MiB of memory for a fixed UTC format (docs/performance.md, issue 15). The text
/// is the same, so databases written before and after read alike and compare correctly as text.
enum StoreTime {
    /// The stored text of a date, to the nearest millisecond as GRDB's formatter rounds (half a millisecond up).
    static func text(_ date: Date) -> String {
        let millis = Int64((date.timeIntervalSince1970 * 1000 + 0.5).rounded(.down))
        let days = millis >= 0 ? millis / 86_400_000 : (millis - 86_399_999) / 86_400_000
        let inDay = millis - days * 86_400_000
        let (year, month, day) = civil(fromDays: days)
        let hour = inDay / 3_600_000, minute = inDay / 60_000 % 60, second = inDay / 1000 % 60, milli = inDay % 1000
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + " " + pad(hour, 2) + ":" + pad(minute, 2) + ":"
            + pad(second, 2) + "." + pad(milli, 3)
    }

    /// The date a stored value holds: the text forms GRDB writes (`yyyy-MM-dd`, optional ` HH:mm`, `:ss`,
    /// fraction to the millisecond; `T` accepted) or a number of seconds since 1970; anything else is left to GRDB.
    static func date(_ value: DatabaseValue) -> Date? {
        switch value.storage {
        case .string(let text): return parse(text) ?? Date.fromDatabaseValue(value)
        case .int64(let seconds): return Date(timeIntervalSince1970: TimeInterval(seconds))
        case .double(let seconds): return Date(timeIntervalSince1970: seconds)
        default: return nil
        }
    }

    /// Parses `yyyy-MM-dd[( |T)HH:mm[:ss[.fraction]]]` in UTC; nil for any other shape.
    static func parse(_ text: String) -> Date? {
        let b = Array(text.utf8)
        func number(_ start: Int, _ count: Int) -> Int64? {
            guard start + count <= b.count else { return nil }
            var value: Int64 = 0
            for byte in b[start..<(start + count)] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int64(byte - 0x30)
            }
            return value
        }
        guard b.count >= 10, b[4] == 0x2D, b[7] == 0x2D, let year = number(0, 4), let month = number(5, 2),
              let day = number(8, 2), (1...12).contains(month), (1...31).contains(day) else { return nil }
        var seconds = Double(days(fromCivil: year, month, day) * 86_400)
        if b.count == 10 { return Date(timeIntervalSince1970: seconds) }
        guard b.count >= 16, b[10] == 0x20 || b[10] == 0x54, b[13] == 0x3A, let hour = number(11, 2),
              let minute = number(14, 2), hour < 24, minute < 60 else { return nil }
        seconds += Double(hour * 3600 + minute * 60)
        if b.count == 16 { return Date(timeIntervalSince1970: seconds) }
        guard b.count >= 19, b[16] == 0x3A, let second = number(17, 2), second < 60 else { return nil }
        seconds += Double(second)
        if b.count == 19 { return Date(timeIntervalSince1970: seconds) }
        // Like GRDB, only milliseconds count: further digits are checked but dropped.
        guard b[19] == 0x2E, b.count > 20, b.count <= 29, number(20, b.count - 20) != nil,
              let millis = number(20, min(3, b.count - 20)) else { return nil }
        let scale: Double = b.count - 20 == 1 ? 10 : b.count - 20 == 2 ? 100 : 1000
        return Date(timeIntervalSince1970: seconds + Double(millis) / scale)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days-from-civil algorithm).
    private static func days(fromCivil year: Int64, _ month: Int64, _ day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01 (the inverse of `days(fromCivil:)`).
    private static func civil(fromDays count: Int64) -> (Int64, Int64, Int64) {
        let z = count + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

extension SQLInterpolation {
    /// A date in a SQL literal, written as `StoreTime` text (chosen over GRDB's formatter for every `\(date)`).
    mutating func appendInterpolation(_ date: Date) {
        appendInterpolation(StoreTime.text(date))
    }

    /// An optional date in a SQL literal: `StoreTime` text or NULL.
    mutating func appendInterpolation(_ date: Date?) {
        appendInterpolation(date.map(StoreTime.text))
    }
}

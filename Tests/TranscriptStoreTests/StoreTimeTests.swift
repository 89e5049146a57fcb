import Foundation
import GRDB
import Testing
@testable import TranscriptStore

/// The store's own time text is exactly what GRDB's formatter writes, and reads back what GRDB reads.
@Suite struct StoreTimeTests {
    /// Dates around leap days, month and year ends, the epoch, before it, and millisecond edges.
    static let dates: [Date] = {
        var dates = [0, -1, -0.0005, 0.0009, 0.999, 951_782_400, 951_868_799.9994, 1_709_164_800, 1_735_689_599.999,
                     1_764_614_400.1234, 4_102_444_800, -2_208_988_800, 1_234_567_890.0016].map(Date.init(timeIntervalSince1970:))
        var seed: UInt64 = 42
        for _ in 0..<500 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            dates.append(Date(timeIntervalSince1970: Double(seed >> 20) / 1000 - 2_000_000_000))
        }
        return dates
    }()

    @Test func writesWhatGRDBWrites() {
        for date in Self.dates {
            #expect(StoreTime.text(date) == String.fromDatabaseValue(date.databaseValue), "\(date.timeIntervalSince1970)")
        }
    }

    @Test func readsWhatGRDBReads() {
        let texts = Self.dates.map { String.fromDatabaseValue($0.databaseValue)! }
            + ["2026-12-01", "2026-12-01 20:15", "2026-12-01T20:15:51", "2026-12-01 20:15:51.6", "2026-12-01 20:15:51.123456"]
        for text in texts {
            let ours = StoreTime.date(text.databaseValue)
            let theirs = Date.fromDatabaseValue(text.databaseValue)
            #expect(ours != nil && theirs != nil, "\(text)")
            if let ours, let theirs { #expect(abs(ours.timeIntervalSince(theirs)) < 0.000_001, "\(text)") }
        }
    }

    @Test func leavesOtherShapesToGRDB() {
        #expect(StoreTime.parse("1 Dec 2026") == nil)
        #expect(StoreTime.parse("2026-13-01") == nil)
        #expect(StoreTime.parse("2026-12-01 25:00") == nil)
        #expect(StoreTime.date(DatabaseValue.null) == nil)
        #expect(StoreTime.date(1_764_614_400.databaseValue) == Date(timeIntervalSince1970: 1_764_614_400))
    }
}

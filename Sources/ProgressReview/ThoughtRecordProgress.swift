import Foundation
import TextEncoding
import TranscriptStore

/// The thought records' part of `alongside progress`: how strong the feeling was at the start of each record
/// and after the balanced thought (0-100), from the facts `thought-record` remembers (pure: no I/O here).
public struct ThoughtRecordProgress: Encodable, Equatable, Sendable {
    /// The exercise whose facts are read.
    public static let exerciseId = "thought-record"
    /// The remembered keys: the feelings named, the first and the second rating.
    public static let keys = ["emotions", "intensity_before", "intensity_after"]

    /// One completed thought record.
    public struct Record: Encodable, Equatable, Sendable {
        /// The thought-record session.
        public let session: Int64
        /// The day of the record, `2026-11-30`.
        public let date: String
        /// The feelings named, as typed.
        public let emotions: String
        /// How strong the feeling was at the start (0-100).
        public let before: Int
        /// How strong it was after the balanced thought (0-100).
        public let after: Int
        /// `after - before` (negative: the feeling eased).
        public let change: Int
    }

    /// Records, oldest first.
    public let records: [Record]
    /// Averages over all records (nil without records).
    public let averageBefore: Double?
    /// Average second rating.
    public let averageAfter: Double?
    /// Average change (negative: eased).
    public let averageChange: Double?
    /// How many records ended lower than they started.
    public let eased: Int

    /// Reads the remembered facts (any order; other exercises' facts are ignored) into records.
    public init(facts: [FactRecord]) {
        let own = facts.filter { $0.exerciseId == Self.exerciseId }
        let bySession = Dictionary(grouping: own, by: \.sessionId)
        records = bySession.compactMap { session, rows -> Record? in
            func value(_ key: String) -> String? { rows.first { $0.key == key }.map { ProgressReport.text(ofJSON: $0.value) } }
            guard let before = value("intensity_before").flatMap({ Int($0) }),
                  let after = value("intensity_after").flatMap({ Int($0) }),
                  let at = rows.map(\.at).min() else { return nil }
            return Record(session: session, date: ProgressReport.day(at), emotions: value("emotions") ?? "",
                          before: before, after: after, change: after - before)
        }.sorted { ($0.date, $0.session) < ($1.date, $1.session) }
        averageBefore = ProgressReport.average(records.map(\.before))
        averageAfter = ProgressReport.average(records.map(\.after))
        averageChange = ProgressReport.average(records.map(\.change))
        eased = records.filter { $0.change < 0 }.count
    }

    /// The lines under the "Thought records" heading (the newest ten records, then the averages).
    public func renderText() -> [String] {
        guard !records.isEmpty else {
            return ["  No thought records yet. `alongside run thought-record` when something upsets you."]
        }
        var lines = records.suffix(10).map { record in
            let change = record.change == 0 ? "no change" : (record.change < 0 ? "down \(-record.change)" : "up \(record.change)")
            return "  \(record.date)  \(TerminalText.safe(record.emotions)): \(record.before) → \(record.after)  (\(change))"
        }
        if let before = averageBefore, let after = averageAfter, let change = averageChange {
            let count = records.count == 1 ? "1 record" : "\(records.count) records"
            lines.append("  On average, over \(count): \(ProgressReport.decimal(before)) at first, \(ProgressReport.decimal(after)) "
                         + "after the balanced thought (change \(ProgressReport.signed(change))); \(eased) of \(records.count) eased.")
        }
        lines.append("  `alongside plan history --kind thought-record` lists them; `plan show --kind thought-record --version N` shows one.")
        return lines
    }
}

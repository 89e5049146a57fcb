import Foundation
import TranscriptStore

/// The journal's part of `alongside progress`: mood (0-10) per entry over time, from the `mood` ratings of
/// `journal` sessions (pure: computed from stored rows).
public struct JournalProgress: Encodable, Equatable, Sendable {
    /// The exercise whose ratings are read.
    public static let exerciseId = "journal"
    /// The rating name the journal stores its mood under.
    public static let rating = "mood"

    /// One journal entry's mood.
    public struct Entry: Encodable, Equatable, Sendable {
        /// The journal session.
        public let session: Int64
        /// The day of the entry, `2026-11-30`.
        public let date: String
        /// The mood given, 0-10.
        public let mood: Int
    }

    /// Entries, oldest first.
    public let entries: [Entry]
    /// Average mood over all entries, and over the newest seven and the seven before them (nil when too few).
    public let average: Double?
    /// Average over the newest seven entries (nil with fewer than two).
    public let lastSeven: Double?
    /// Average over the seven entries before those (nil with seven or fewer).
    public let sevenBefore: Double?

    /// Reads the journal's mood ratings. `ratings` may hold any ratings; those of sessions not in `sessions`
    /// or not of the journal are ignored.
    public init(sessions: [SessionRecord], ratings: [RatingRecord]) {
        let journal = Dictionary(uniqueKeysWithValues: sessions.filter { $0.exerciseId == Self.exerciseId }.map { ($0.id, $0) })
        entries = ratings.filter { $0.name == Self.rating }
            .compactMap { rating -> (Date, Entry)? in
                guard let session = journal[rating.sessionId] else { return nil }
                return (session.startedAt, Entry(session: session.id, date: ProgressReport.day(session.startedAt), mood: rating.value))
            }
            .sorted { ($0.0, $0.1.session) < ($1.0, $1.1.session) }
            .map(\.1)
        let moods = entries.map(\.mood)
        average = ProgressReport.average(moods)
        lastSeven = moods.count >= 2 ? ProgressReport.average(Array(moods.suffix(7))) : nil
        sevenBefore = moods.count > 7 ? ProgressReport.average(Array(moods.dropLast(7).suffix(7))) : nil
    }

    /// The lines under the "Journal mood" heading: the newest fourteen entries with a bar, then averages.
    public func renderText() -> [String] {
        guard !entries.isEmpty else {
            return ["  No journal entries yet. `alongside run journal` takes two minutes."]
        }
        var lines = entries.suffix(14).map { entry in
            "  \(entry.date)  \(String(format: "%2d", entry.mood))  " + String(repeating: "█", count: entry.mood)
        }
        if let average {
            lines.append("  Average mood over \(entries.count == 1 ? "1 entry" : "\(entries.count) entries"): \(ProgressReport.decimal(average)) out of 10.")
        }
        if let lastSeven, let sevenBefore {
            lines.append("  Newest 7 entries: \(ProgressReport.decimal(lastSeven)); the 7 before: \(ProgressReport.decimal(sevenBefore)).")
        }
        lines.append("  `alongside transcripts search WORD` finds what you wrote.")
        return lines
    }
}

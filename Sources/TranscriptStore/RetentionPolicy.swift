import Foundation

/// The `retention-days` setting: sessions older than that are removed when a storing command starts.
public struct RetentionPolicy: Sendable {
    /// Days to keep; nil keeps everything.
    public let days: Int?

    /// A policy keeping `days` days; nil, 0 or less keeps everything.
    public init(days: Int?) {
        self.days = days.flatMap { $0 > 0 ? $0 : nil }
    }

    /// The oldest start time kept, counted from `now`.
    public func cutoff(now: Date) -> Date? {
        days.map { now.addingTimeInterval(-Double($0) * 86_400) }
    }

    /// Removes old sessions and returns the one-line note to print, if any were removed.
    public func apply(to store: TranscriptStore, now: Date = Date()) throws -> String? {
        guard let days, let cutoff = cutoff(now: now) else { return nil }
        let removed = try store.pruneSessions(startedBefore: cutoff)
        guard removed > 0 else { return nil }
        return "note: removed \(removed) session\(removed == 1 ? "" : "s") older than \(days) days "
            + "(retention-days; `alongside config set retention-days 0` keeps everything)."
    }
}

import Foundation
import GRDB

/// A transcript line that matched a full-text search.
public struct SearchHit: Codable, Sendable, Equatable, FetchableRecord {
    /// Times are read as the store writes them (`StoreTime`), without GRDB's ICU-backed formatter.
    public static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy { .custom(StoreTime.date) }

    /// The session the line belongs to.
    public let sessionId: Int64
    /// That session's exercise id.
    public let exerciseId: String
    /// That session's title.
    public let title: String
    /// The line's position in the session.
    public let seq: Int
    /// Who said it.
    public let speaker: Speaker
    /// When it was said.
    public let at: Date
    /// An excerpt with the matching words between `[` and `]`.
    public let snippet: String
}

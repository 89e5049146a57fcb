import Foundation
import GRDB

/// A stored 0-10 rating (e.g. distress before and after grounding), as a row of the `rating` table.
public struct RatingRecord: Codable, Sendable, Equatable, FetchableRecord, TableRecord {
    /// Times are read as the store writes them (`StoreTime`), without GRDB's ICU-backed formatter.
    public static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy { .custom(StoreTime.date) }

    /// The table that holds ratings.
    public static let databaseTableName = "rating"

    /// The row id.
    public let id: Int64
    /// The session it was given in.
    public let sessionId: Int64
    /// The rating's name, e.g. `before` or `after`.
    public let name: String
    /// The value, 0 to 10.
    public let value: Int
    /// When it was given.
    public let at: Date
}

/// A rating to store with a turn.
public struct NewRating: Sendable, Equatable {
    /// The rating's name, e.g. `before` or `after`.
    public var name: String
    /// The value, 0 to 10 (anything else is refused with `StoreError.invalid`).
    public var value: Int
    /// When it was given.
    public var at: Date

    /// Creates a rating to store.
    public init(name: String, value: Int, at: Date) {
        self.name = name
        self.value = value
        self.at = at
    }
}

import Foundation
import GRDB

/// A value a script asked to remember for later sessions (`remember:`/`recall:`), as a row of the `fact` table.
public struct FactRecord: Codable, Sendable, Equatable, FetchableRecord, TableRecord {
    /// Times are read as the store writes them (`StoreTime`), without GRDB's ICU-backed formatter.
    public static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy { .custom(StoreTime.date) }

    /// The table that holds facts.
    public static let databaseTableName = "fact"

    /// The row id.
    public let id: Int64
    /// The session that remembered it.
    public let sessionId: Int64
    /// That session's exercise id.
    public let exerciseId: String
    /// The name the script remembers it by.
    public let key: String
    /// The value as JSON text.
    public let value: String
    /// When it was remembered.
    public let at: Date
}

/// A value to remember, stored with a turn.
public struct NewFact: Sendable, Equatable {
    /// The name the script remembers it by.
    public var key: String
    /// The value as JSON text (the caller encodes it).
    public var value: String
    /// When it was remembered.
    public var at: Date

    /// Creates a value to remember.
    public init(key: String, value: String, at: Date) {
        self.key = key
        self.value = value
        self.at = at
    }
}

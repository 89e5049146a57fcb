import Foundation
import GRDB

/// A stored safety assessment that went above `none`, as a row of the `safetyEvent` table.
public struct SafetyEventRecord: Codable, Sendable, Equatable, FetchableRecord, TableRecord {
    /// Times are read as the store writes them (`StoreTime`), without GRDB's ICU-backed formatter.
    public static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy { .custom(StoreTime.date) }

    /// The table that holds safety events.
    public static let databaseTableName = "safetyEvent"

    /// The row id.
    public let id: Int64
    /// The session it happened in.
    public let sessionId: Int64
    /// The `seq` of the turn that raised it, if it is tied to one.
    public let turnSeq: Int?
    /// The level, e.g. `concern` or `urgent`.
    public let level: String
    /// The categories, comma separated (e.g. `suicide,self-harm`).
    public let categories: String
    /// The rule ids that matched, comma separated.
    public let rules: String
    /// When it happened.
    public let at: Date

    /// The categories as a list.
    public var categoryList: [String] { Self.split(categories) }
    /// The rule ids as a list.
    public var ruleList: [String] { Self.split(rules) }

    static func split(_ list: String) -> [String] {
        list.split(separator: ",").map(String.init)
    }
}

/// A safety event to store with a turn.
public struct NewSafetyEvent: Sendable, Equatable {
    /// The level, e.g. `concern` or `urgent`.
    public var level: String
    /// The categories that matched.
    public var categories: [String]
    /// The rule ids that matched.
    public var rules: [String]
    /// Index into `TurnCommit.turns` of the turn that raised it (stored as that turn's `seq`); nil for none.
    public var turnIndex: Int?
    /// When it happened.
    public var at: Date

    /// Creates a safety event to store.
    public init(level: String, categories: [String], rules: [String], turnIndex: Int? = nil, at: Date) {
        self.level = level
        self.categories = categories
        self.rules = rules
        self.turnIndex = turnIndex
        self.at = at
    }
}

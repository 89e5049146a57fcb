import Foundation
import GRDB

/// One saved version of a plan (e.g. the safety plan), as a row of the `planVersion` table.
public struct PlanVersionRecord: Codable, Sendable, Equatable, FetchableRecord, TableRecord {
    /// Times are read as the store writes them (`StoreTime`), without GRDB's ICU-backed formatter.
    public static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy { .custom(StoreTime.date) }

    /// The table that holds plan versions.
    public static let databaseTableName = "planVersion"

    /// The row id.
    public let id: Int64
    /// The plan kind, e.g. `safety-plan`.
    public let planKind: String
    /// The version number, 1, 2, 3... per plan kind, assigned by the store.
    public let version: Int
    /// The session that saved it; nil once that session's transcript was deleted.
    public let sessionId: Int64?
    /// The plan as JSON text.
    public let content: String
    /// A short note of what changed since the previous version.
    public let summaryOfChanges: String?
    /// When it was saved.
    public let at: Date
}

/// A plan version to store with a turn; the store assigns its version number.
public struct NewPlanVersion: Sendable, Equatable {
    /// The plan kind, e.g. `safety-plan`.
    public var planKind: String
    /// The plan as JSON text.
    public var content: String
    /// A short note of what changed.
    public var summaryOfChanges: String?
    /// When it was saved.
    public var at: Date

    /// Creates a plan version to store.
    public init(planKind: String, content: String, summaryOfChanges: String? = nil, at: Date) {
        self.planKind = planKind
        self.content = content
        self.summaryOfChanges = summaryOfChanges
        self.at = at
    }
}

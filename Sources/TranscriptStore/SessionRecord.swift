import Foundation
import GRDB

/// Where a session stands: running, put aside to resume later, finished, or given up.
public enum SessionStatus: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    /// The session is in progress (or was interrupted without a clean pause).
    case active
    /// The person paused on purpose and may resume it.
    case paused
    /// The script reached its end.
    case completed
    /// The person left the session and does not mean to resume it.
    case abandoned

    /// Whether the session is over (completed or abandoned).
    public var isFinished: Bool { self == .completed || self == .abandoned }
}

/// One stored run of an exercise, as a row of the `session` table.
public struct SessionRecord: Codable, Sendable, Equatable, FetchableRecord, TableRecord {
    /// Times are read as the store writes them (`StoreTime`), without GRDB's ICU-backed formatter.
    public static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy { .custom(StoreTime.date) }

    /// The table that holds sessions.
    public static let databaseTableName = "session"

    /// The session id; ids are never reused, even after deletion.
    public let id: Int64
    /// The exercise id, e.g. `grounding-54321`.
    public let exerciseId: String
    /// A hash of the script text the session ran, so a resume can tell if the script changed.
    public let scriptHash: String
    /// The script's declared version, if any.
    public let scriptVersion: String?
    /// The exercise title shown to the person.
    public let title: String
    /// The exercise kind, e.g. `individual` or `trainee`.
    public let kind: String
    /// When the session started.
    public let startedAt: Date
    /// When the session was completed or abandoned; nil while active or paused.
    public let endedAt: Date?
    /// Where the session stands.
    public let status: SessionStatus
    /// The region (ISO 3166 alpha-2) whose help lines were shown, if any.
    public let region: String?

    /// Creates a session record (the store builds these; tests and previews may too).
    public init(
        id: Int64, exerciseId: String, scriptHash: String, scriptVersion: String?, title: String,
        kind: String, startedAt: Date, endedAt: Date?, status: SessionStatus, region: String?
    ) {
        self.id = id
        self.exerciseId = exerciseId
        self.scriptHash = scriptHash
        self.scriptVersion = scriptVersion
        self.title = title
        self.kind = kind
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.status = status
        self.region = region
    }
}

/// What the store needs to start a session.
public struct NewSession: Sendable, Equatable {
    /// The exercise id, e.g. `grounding-54321`.
    public var exerciseId: String
    /// A hash of the script text.
    public var scriptHash: String
    /// The script's declared version, if any.
    public var scriptVersion: String?
    /// The exercise title.
    public var title: String
    /// The exercise kind, e.g. `individual` or `trainee`.
    public var kind: String
    /// The region whose help lines apply, if known.
    public var region: String?
    /// When the session started (passed in: the store reads no clock).
    public var startedAt: Date

    /// Creates the description of a new session.
    public init(
        exerciseId: String, scriptHash: String, scriptVersion: String? = nil, title: String,
        kind: String, region: String? = nil, startedAt: Date
    ) {
        self.exerciseId = exerciseId
        self.scriptHash = scriptHash
        self.scriptVersion = scriptVersion
        self.title = title
        self.kind = kind
        self.region = region
        self.startedAt = startedAt
    }
}

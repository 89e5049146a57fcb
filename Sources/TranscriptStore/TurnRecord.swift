import Foundation
import GRDB

/// Who said a line of a transcript.
public enum Speaker: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    /// The exercise script (the app's voice).
    case app
    /// The person using Alongside.
    case person
    /// Alongside itself: notices, help lines, pauses.
    case system
}

/// What a line of a transcript was, e.g. `say`, `prompt`, `answer`, `safety`, `command`.
///
/// An open set: the runtime may record kinds this store does not list.
public struct TurnKind: RawRepresentable, Hashable, Codable, Sendable, DatabaseValueConvertible,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// The stored text of the kind.
    public let rawValue: String
    /// Wraps a stored kind.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Wraps a kind written as a literal.
    public init(stringLiteral value: String) { self.rawValue = value }
    /// The kind as text.
    public var description: String { rawValue }

    /// A line the script says.
    public static let say: TurnKind = "say"
    /// A question the script asks.
    public static let prompt: TurnKind = "prompt"
    /// The person's answer to a prompt; `answers(sessionId:)` replays these.
    public static let answer: TurnKind = "answer"
    /// A safety message with help lines.
    public static let safety: TurnKind = "safety"
    /// A command the person typed (e.g. pause, help).
    public static let command: TurnKind = "command"
}

/// One stored line of a transcript, as a row of the `turn` table.
public struct TurnRecord: Codable, Sendable, Equatable, FetchableRecord, TableRecord {
    /// Times are read as the store writes them (`StoreTime`), without GRDB's ICU-backed formatter.
    public static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy { .custom(StoreTime.date) }

    /// The table that holds turns.
    public static let databaseTableName = "turn"

    /// The row id (also the full-text index row id).
    public let id: Int64
    /// The session the turn belongs to.
    public let sessionId: Int64
    /// The position in the session, 1, 2, 3... assigned by the store.
    public let seq: Int
    /// Who said it.
    public let speaker: Speaker
    /// The text as shown or typed.
    public let text: String
    /// The script node that produced or received it, if any.
    public let nodeId: String?
    /// When it was said.
    public let at: Date
    /// What kind of line it is.
    public let kind: TurnKind
}

/// A line to append to a session; the store assigns its `seq`.
public struct NewTurn: Sendable, Equatable {
    /// Who said it.
    public var speaker: Speaker
    /// What kind of line it is.
    public var kind: TurnKind
    /// The text as shown or typed.
    public var text: String
    /// The script node, if any.
    public var nodeId: String?
    /// When it was said.
    public var at: Date

    /// Creates a line to append.
    public init(speaker: Speaker, kind: TurnKind, text: String, nodeId: String? = nil, at: Date) {
        self.speaker = speaker
        self.kind = kind
        self.text = text
        self.nodeId = nodeId
        self.at = at
    }
}

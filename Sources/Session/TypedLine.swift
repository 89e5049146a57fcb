import TranscriptStore

/// One line a person typed, as it is stored: exactly one record per typed line, with an explicit kind.
public struct TypedLine: Equatable, Sendable {
    /// What the line was to the session.
    public enum Kind: String, Equatable, Sendable, CaseIterable {
        /// An answer given to the exercise (the only kind replayed on resume).
        case answer
        /// A line the safety router flagged; never given to the exercise, never replayed.
        case flagged
        /// An in-run command (`/help`, `/pause`, ...) or an unknown `/word`.
        case command
        /// A choice in the crisis options.
        case menuChoice = "menu"
        /// A reply to the check-in question ("are you thinking about suicide?").
        case checkInAnswer = "check-in"

        /// The stored turn kind.
        public var turnKind: TurnKind { TurnKind(rawValue: rawValue) }
    }

    /// The text as typed.
    public let text: String
    /// What it was.
    public let kind: Kind
    /// The node (or session state) it was typed at.
    public let node: String

    /// Creates a record of one typed line.
    public init(text: String, kind: Kind, node: String) {
        self.text = text
        self.kind = kind
        self.node = node
    }
}

/// Turn kinds the session adds to the store's basic ones.
extension TurnKind {
    /// A kind re-prompt after an answer that did not fit.
    public static let reprompt: TurnKind = "reprompt"
    /// A timed pause (breathing pacing).
    public static let pause: TurnKind = "pause"
    /// The listening skill of a trainee's reply (`reflection 0.82`).
    public static let skill: TurnKind = "skill"
    /// A line the router flagged that was not given to the exercise (not replayed on resume).
    public static let flagged: TurnKind = TypedLine.Kind.flagged.turnKind
    /// A reply to the crisis options (not replayed into the exercise).
    public static let menu: TurnKind = TypedLine.Kind.menuChoice.turnKind
    /// A reply to the check-in question (not replayed into the exercise).
    public static let checkIn: TurnKind = TypedLine.Kind.checkInAnswer.turnKind
}

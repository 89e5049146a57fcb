/// The numbered menu of exercises shown by `alongside` with no command: how a reply that passed the router reads.
public struct ExerciseMenu: Sendable {
    /// What a reply asks for.
    public enum Choice: Equatable, Sendable {
        /// Run this exercise.
        case exercise(String)
        /// Leave the menu.
        case leave
        /// Show the help lines.
        case helpLines
        /// Show how the menu works.
        case help
        /// Nothing matched.
        case unknown
    }

    /// Exercise ids in menu order (1 is the first).
    public let ids: [String]

    /// A menu of these exercises, numbered from 1.
    public init(ids: [String]) { self.ids = ids }

    /// The choice a reply names: a number, an id, `q`, `/helplines`, `/help`.
    public func choice(_ reply: String) -> Choice {
        let answer = reply.trimmingCharacters(in: .whitespaces).lowercased()
        if ["q", "quit", "exit", "/quit", "/pause"].contains(answer) { return .leave }
        if ["/helplines", "helplines", "help lines"].contains(answer) { return .helpLines }
        if ["/help", "help", "?"].contains(answer) { return .help }
        if let number = Int(answer), ids.indices.contains(number - 1) { return .exercise(ids[number - 1]) }
        if ids.contains(answer) { return .exercise(answer) }
        return .unknown
    }

    /// The question asked at the menu.
    public static let question = "Which one? Type a number or an id, /helplines for people to talk to, or q to leave."

    /// The reply to an unknown choice.
    public func unknownReply() -> String {
        "I didn't find that one. Type a number from 1 to \(ids.count), or /helplines for people to talk to."
    }
}

import Safety

/// The choices offered after a crisis response, and how a typed reply reads.
public enum CrisisOptions {
    /// One of the options.
    public enum Choice: Equatable, Sendable {
        case talkToSomeone, grounding, safetyPlan, carryOn
    }

    /// The labels, in the order they are numbered (the Safety library's wording).
    public static var labels: [String] { CrisisResponse.urgentChoices }

    /// The numbered options and the question, in an exercise.
    public static var lines: [SessionOutput] { lines(continuing: nil) }

    /// The numbered options and the question; `continuing` replaces the last label outside an exercise.
    public static func lines(continuing: String?) -> [SessionOutput] {
        var labels = labels
        if let continuing { labels[labels.count - 1] = continuing }
        return labels.enumerated().map { .say("  \($0.offset + 1). \($0.element)", .plain) }
            + [.say("What would you like to do? (1-\(labels.count))", .prompt)]
    }

    /// The choice a reply names: its number, or words from its label ("grounding", "plan", "talk"); an empty
    /// line carries on. Nil when it names none.
    public static func choice(_ reply: String) -> Choice? {
        let text = reply.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        switch text {
        case "1", "talk", "talk to someone", "numbers": return .talkToSomeone
        case "2", "grounding", "ground": return .grounding
        case "3", "plan", "safety plan", "my safety plan": return .safetyPlan
        case "4", "", "continue", "carry on", "go on": return .carryOn
        default: return nil
        }
    }
}

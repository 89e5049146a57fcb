import DialogueModel
import Safety

/// Built-in values for runs (fixed ones for runs without a session: tests, fuzzing).
public enum TestEnvironment {
    /// The help-line placeholders for `help`, its region, a fixed day and session count 1.
    public static func builtins(_ help: RegionHelp) -> [String: Value] {
        builtins(help, today: "1 January 2026", sessionCount: 1)
    }

    /// The built-in values of a run: the help-line placeholders for `help`, its region, the day and the session count.
    public static func builtins(_ help: RegionHelp, today: String, sessionCount: Int) -> [String: Value] {
        HelpLinePlaceholders.values(help).mapValues { .string($0) }.merging([
            "region": .string(help.region), "today": .string(today), "session.count": .int(sessionCount),
        ]) { a, _ in a }
    }
}

import DialogueModel
import Safety

/// Built-in values for runs without a session (tests, fuzzing).
public enum TestEnvironment {
    /// The help-line placeholders for `help`, its region, a fixed day and session count 1.
    public static func builtins(_ help: RegionHelp) -> [String: Value] {
        HelpLinePlaceholders.values(help).mapValues { .string($0) }.merging([
            "region": .string(help.region), "today": .string("1 January 2026"), "session.count": .int(1),
        ]) { a, _ in a }
    }
}

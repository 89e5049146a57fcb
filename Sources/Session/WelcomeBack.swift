import Safety
import TranscriptStore

/// The gentle check-in at the next start after a session in which the router flagged something.
public enum WelcomeBack {
    /// Lines to show when `events` (the safety events of the most recent session) hold a concern or an urgent
    /// detection (a check the person answered "no" to is not one); else none.
    public static func lines(lastSessionEvents events: [SafetyEventRecord], help: RegionHelp) -> [String] {
        guard events.contains(where: { RiskLevel(rawValue: $0.level).map { $0 >= .concern } ?? false }) else { return [] }
        var lines = ["Welcome back. Last time, things sounded really hard. I hope you're doing a bit better today, and it's okay if you're not."]
        if let line = help.primaryLine {
            lines.append("If it would help to talk with a person, \(line.service) is there: \(line.contact).")
        } else {
            lines.append("If it would help to talk with a person, type /helplines to see who you can reach.")
        }
        return lines
    }

    /// The safety events of the most recent session in `store` (none when there is no session).
    public static func lastSessionEvents(in store: TranscriptStore) throws -> [SafetyEventRecord] {
        guard let last = try store.lastSession() else { return [] }
        return try store.safetyEvents(sessionId: last.id)
    }
}

/// How one exercise run ended, for the shell to turn into a message and an exit code.
public enum SessionOutcome: Equatable, Sendable {
    /// The script reached its end.
    case completed
    /// The person stopped for now (`/pause`, Ctrl-D); the session can be resumed.
    case paused
    /// The person ended the exercise (`/quit`).
    case quit
    /// Ctrl-C or a termination signal: the shell exits 130.
    case interrupted
}

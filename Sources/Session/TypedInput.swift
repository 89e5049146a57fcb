/// What the terminal gave when the session asked for a line (the shell maps its reader's result to this).
public enum TypedInput: Equatable, Sendable {
    /// One typed line, without its newline.
    case line(String)
    /// A line over the length limit: its size in bytes and the start that fits (still screened, never kept).
    case tooLong(bytes: Int, start: String)
    /// Bytes that are not valid UTF-8.
    case invalid
    /// Ctrl-D or the end of piped input.
    case endOfFile
    /// Ctrl-C.
    case interrupted
    /// SIGTERM or SIGHUP.
    case terminated
}

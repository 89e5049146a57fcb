#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one attempt to read a line produced.
public enum LineInput: Sendable, Equatable {
    /// A complete line (without its newline), valid UTF-8, within the length cap.
    case line(String)
    /// The line was longer than the cap; the rest was discarded. Carries the byte count read and the
    /// first part of the line (up to the cap, repaired as UTF-8) so it can still be screened for risk.
    case tooLong(Int, start: String)
    /// The bytes were not valid UTF-8 (or held NUL bytes); nothing of the line is kept.
    case invalid
    /// End of input (Ctrl-D on a terminal, end of the pipe).
    case endOfFile
    /// The person pressed Ctrl-C twice in a row (or once when reading plain lines).
    case interrupted
    /// SIGTERM or SIGHUP arrived while waiting.
    case terminated
}

/// Reads lines from the person at the keyboard or from a pipe.
public protocol LineReader: AnyObject {
    /// Shows `prompt` (on a terminal) and returns the next line or what stopped it.
    func readLine(prompt: String) -> LineInput
    /// Whether input comes from an interactive terminal (pauses are only waited there).
    var isInteractive: Bool { get }
}

/// Chooses the reader for standard input: readline on a terminal, plain lines otherwise.
public enum LineReaders {
    /// Longest line accepted, in bytes (longer lines get `.tooLong`).
    public static let maxLineBytes = 16 * 1024

    /// A reader for file descriptor 0.
    public static func standardInput() -> LineReader {
        if isatty(0) == 1 && isatty(1) == 1 {
            return TerminalLineReader(maxLineBytes: maxLineBytes)
        }
        return PlainLineReader(fd: 0, maxLineBytes: maxLineBytes)
    }
}

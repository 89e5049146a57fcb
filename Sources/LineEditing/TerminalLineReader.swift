import CReadline
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines with GNU readline: editing, and history kept for this session only.
///
/// Uses readline's callback interface so that Ctrl-C can clear the line (a second Ctrl-C
/// in a row leaves) and SIGTERM/SIGHUP are noticed while waiting. Answers are added to the
/// in-memory history and never written to a history file.
public final class TerminalLineReader: LineReader {
    nonisolated(unsafe) private static var completed: LineInput?
    private let maxLineBytes: Int

    /// Creates the reader and installs the signal flags.
    public init(maxLineBytes: Int) {
        self.maxLineBytes = maxLineBytes
        SignalFlags.install()
        alongside_readline_setup()
    }

    /// Always interactive.
    public var isInteractive: Bool { true }

    /// Shows the prompt and edits a line until Enter, Ctrl-D, a double Ctrl-C or a termination signal.
    public func readLine(prompt: String) -> LineInput {
        Self.completed = nil
        var interrupts = 0
        rl_callback_handler_install(prompt) { raw in
            // Removing the handler here stops readline from redrawing the prompt after Enter.
            rl_callback_handler_remove()
            if let raw {
                TerminalLineReader.completed = .line(String(cString: raw))
                free(raw)
            } else {
                TerminalLineReader.completed = .endOfFile
            }
        }
        while Self.completed == nil {
            if SignalFlags.terminationRequested {
                rl_callback_sigcleanup()
                rl_callback_handler_remove()
                writeOut("\n")
                return .terminated
            }
            if SignalFlags.takeInterrupt() {
                interrupts += 1
                rl_free_line_state()
                rl_callback_sigcleanup()
                if interrupts >= 2 {
                    rl_callback_handler_remove()
                    writeOut("\n")
                    return .interrupted
                }
                rl_replace_line("", 0)
                writeOut("^C (press Ctrl-C again to save and leave)\n")
                rl_on_new_line()
                rl_redisplay()
                continue
            }
            var readable = fd_set()
            fdZero(&readable)
            fdSet(0, &readable)
            let ready = select(1, &readable, nil, nil, nil)
            if ready < 0 { continue }  // EINTR: loop to look at the flags
            interrupts = 0
            rl_callback_read_char()
        }
        let result = Self.completed ?? .endOfFile
        if case .line(let text) = result {
            if text.utf8.count > maxLineBytes { return .tooLong(text.utf8.count, start: String(decoding: text.utf8.prefix(maxLineBytes), as: UTF8.self)) }
            if !text.trimmingSpaces.isEmpty { add_history(text) }
        }
        return result
    }
}

private extension String {
    var trimmingSpaces: Substring {
        drop(while: { $0 == " " || $0 == "\t" })
    }
}

private func writeOut(_ text: String) {
    var bytes = Array(text.utf8)
    _ = write(1, &bytes, bytes.count)
}

private func fdZero(_ set: inout fd_set) {
    _ = withUnsafeMutableBytes(of: &set) { $0.initializeMemory(as: UInt8.self, repeating: 0) }
}

private func fdSet(_ fd: Int32, _ set: inout fd_set) {
    withUnsafeMutableBytes(of: &set) { raw in
        let bitsPerWord = MemoryLayout<Int>.size * 8
        let words = raw.bindMemory(to: Int.self)
        words[Int(fd) / bitsPerWord] |= 1 << (Int(fd) % bitsPerWord)
    }
}

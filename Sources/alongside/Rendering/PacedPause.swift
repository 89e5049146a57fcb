import Foundation
import LineEditing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pause with a countdown that redraws in place on a terminal; printed, not waited, elsewhere.
enum PacedPause {
    /// How a countdown ended.
    enum End: Equatable { case finished, skipped, terminated }

    /// Shows `label` and counts `seconds` down (only waits when `wait`). Ctrl-C, or a line typed meanwhile
    /// (it stays unread for the prompt, so `/pause` works at once), cuts it short; SIGTERM/SIGHUP end it.
    static func run(seconds: Int, label: String?, console: Console, wait: Bool) -> End {
        let text = label ?? "Pause"
        guard wait, console.isTerminal else {
            console.say("\(text) (\(seconds) s)", style: .dim)
            return .finished
        }
        let width = min(seconds, 20)
        for remaining in stride(from: seconds, to: 0, by: -1) {
            let filled = width * (seconds - remaining) / max(seconds, 1)
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            console.write("\r\u{1B}[2K" + console.paint("\(text)  [\(bar)] \(remaining)", .prompt))
            for _ in 0..<10 {
                if SignalFlags.terminationRequested {
                    console.write("\r\u{1B}[2K" + console.paint("\(text)  (stopped)", .dim) + "\n")
                    return .terminated
                }
                if SignalFlags.takeInterrupt() || lineWaiting(milliseconds: 100) {
                    console.write("\r\u{1B}[2K" + console.paint("\(text)  (stopped)", .dim) + "\n")
                    return .skipped
                }
            }
        }
        console.write("\r\u{1B}[2K" + console.paint("\(text)  [\(String(repeating: "#", count: width))] done", .dim) + "\n")
        return .finished
    }

    /// Waits up to `milliseconds` for a typed line on stdin (without reading it).
    private static func lineWaiting(milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, milliseconds) > 0 && descriptor.revents & Int16(POLLIN) != 0
    }
}

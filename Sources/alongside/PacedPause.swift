import Foundation
import LineEditing

/// A pause with a countdown that redraws in place on a terminal; printed, not waited, elsewhere.
enum PacedPause {
    /// Shows `label` and counts `seconds` down (only waits when `wait`). Ctrl-C skips the rest of
    /// the pause; SIGTERM/SIGHUP end it so the session can be saved.
    static func run(seconds: Int, label: String?, console: Console, wait: Bool) {
        let text = label ?? "Pause"
        guard wait, console.isTerminal else {
            console.say("\(text) (\(seconds) s)", style: .dim)
            return
        }
        let width = min(seconds, 20)
        for remaining in stride(from: seconds, to: 0, by: -1) {
            let filled = width * (seconds - remaining) / max(seconds, 1)
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            console.write("\r\u{1B}[2K" + console.paint("\(text)  [\(bar)] \(remaining)", .prompt))
            for _ in 0..<10 {
                if SignalFlags.terminationRequested || SignalFlags.takeInterrupt() {
                    console.write("\r\u{1B}[2K" + console.paint("\(text)  (skipped)", .dim) + "\n")
                    return
                }
                Thread.sleep(forTimeInterval: 0.1)
            }
        }
        console.write("\r\u{1B}[2K" + console.paint("\(text)  [\(String(repeating: "#", count: width))] done", .dim) + "\n")
    }
}

import Foundation

/// A pause with a countdown that redraws in place on a terminal; printed, not waited, elsewhere.
enum PacedPause {
    /// Shows `label` and counts `seconds` down (only waits when `wait`).
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
            Thread.sleep(forTimeInterval: 1)
        }
        console.write("\r\u{1B}[2K" + console.paint("\(text)  [\(String(repeating: "#", count: width))] done", .dim) + "\n")
    }
}

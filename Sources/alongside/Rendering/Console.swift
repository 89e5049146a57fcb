import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes to the terminal or pipe: wrapping to the width, colour only on a terminal without NO_COLOR.
struct Console {
    /// Whether ANSI colour may be used.
    let color: Bool
    /// Columns to wrap at.
    let width: Int
    /// Whether stdout is a terminal.
    let isTerminal: Bool

    /// Decides colour and width from the environment and `--no-color`.
    init(noColor: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) {
        isTerminal = isatty(1) == 1
        color = isTerminal && !noColor && environment["NO_COLOR"].map(\.isEmpty) ?? true && environment["TERM"] != "dumb"
        var size = winsize()
        if isTerminal, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 {
            width = min(Int(size.ws_col), 100)
        } else if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 20 {
            width = min(columns, 100)
        } else {
            width = 80
        }
    }

    /// Prints `text` wrapped (each paragraph separately) to stdout.
    func say(_ text: String, style: Style = .plain, indent: String = "") {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let wrapped = Self.wrap(String(line), width: width - indent.count).map { indent + $0 }
            for piece in wrapped { write(paint(piece, style) + "\n") }
        }
    }

    /// Prints without a newline (prompts on a pipe).
    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Prints one line to stderr.
    static func standardError(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Text styles used by the REPL.
    enum Style { case plain, prompt, dim, alert, good }

    /// `text` with ANSI colour when allowed.
    func paint(_ text: String, _ style: Style) -> String {
        guard color, !text.isEmpty else { return text }
        let code: String
        switch style {
        case .plain: return text
        case .prompt: code = "1"
        case .dim: code = "2"
        case .alert: code = "1;33"
        case .good: code = "32"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    /// Greedy word wrap by character count.
    static func wrap(_ line: String, width: Int) -> [String] {
        guard line.count > width, width > 10 else { return [line] }
        var lines: [String] = []
        var current = ""
        let lead = String(line.prefix(while: { $0 == " " }))
        for word in line.split(separator: " ") {
            if current.isEmpty {
                current = lead + word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = lead + word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

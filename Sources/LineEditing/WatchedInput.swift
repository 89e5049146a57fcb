import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Standard input for `run --watch`: plain lines (the terminal echoes and edits them), read while watching a
/// script file; when the file changes, the read ends as `.endOfFile` with `changed` set so the watcher can
/// reload. Pauses are not waited (an author previewing a script skips them).
public final class WatchedInput: LineReader {
    private let file: FileStamp
    private var buffer: [UInt8] = []
    private var atEOF = false
    private let showPrompt = isatty(0) == 1
    /// True when the last read ended because the watched file changed.
    public private(set) var changed = false

    /// Reads standard input while watching the file at `path`.
    public init(watching path: String) { file = FileStamp(path: path) }

    /// Forgets a change already acted on (before the reloaded script starts).
    public func acknowledgeChange() { changed = false }

    /// Never interactive: pauses are printed, not waited.
    public var isInteractive: Bool { false }

    /// The next line, or `.endOfFile` (with `changed` set) once the watched file is saved.
    public func readLine(prompt: String) -> LineInput {
        changed = false
        if showPrompt { FileHandle.standardOutput.write(Data("> ".utf8)) }
        while true {
            if let newline = buffer.firstIndex(of: 10) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return Self.finish(line)
            }
            if buffer.count > LineReaders.maxLineBytes {
                let count = buffer.count
                let start = String(decoding: buffer.prefix(LineReaders.maxLineBytes), as: UTF8.self)
                buffer.removeAll()
                discardRestOfLine()
                return .tooLong(count, start: start)
            }
            if atEOF {
                if buffer.isEmpty { return .endOfFile }
                defer { buffer.removeAll() }
                return Self.finish(buffer)
            }
            if SignalFlags.terminationRequested { return .terminated }
            if SignalFlags.takeInterrupt() { return .interrupted }
            if file.hasChanged() {
                changed = true
                return .endOfFile
            }
            var poller = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 250) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let n = read(0, &chunk, chunk.count)
            if n > 0 { buffer += chunk[..<n] } else if n == 0 { atEOF = true }
        }
    }

    /// Drops input up to the next line end (after an over-long line).
    private func discardRestOfLine() {
        var byte: UInt8 = 0
        while read(0, &byte, 1) == 1 && byte != 10 {}
    }

    private static func finish(_ bytes: [UInt8]) -> LineInput {
        var bytes = bytes
        if bytes.last == 13 { bytes.removeLast() }
        if bytes.contains(0) { return .invalid }
        guard let text = String(validating: bytes, as: UTF8.self) else { return .invalid }
        return .line(text)
    }
}

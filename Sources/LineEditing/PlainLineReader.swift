#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads newline-terminated lines from a file descriptor without echo or editing (pipes, files).
///
/// Bytes are buffered; a line longer than the cap is consumed to its end and reported as
/// `.tooLong`, so memory stays bounded whatever the input.
public final class PlainLineReader: LineReader {
    private let fd: Int32
    private let maxLineBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEOF = false

    /// Creates a reader over `fd`.
    public init(fd: Int32, maxLineBytes: Int) {
        self.fd = fd
        self.maxLineBytes = maxLineBytes
    }

    /// Plain readers are never interactive.
    public var isInteractive: Bool { false }

    /// Returns the next line; the prompt is printed by the caller, not here.
    public func readLine(prompt: String) -> LineInput {
        var line: [UInt8] = []
        var overflow = 0
        while true {
            if SignalFlags.terminationRequested { return .terminated }
            if let newline = buffer[start...].firstIndex(of: 10) {
                append(buffer[start..<newline], to: &line, overflow: &overflow)
                start = newline + 1
                return finish(line, overflow: overflow)
            }
            append(buffer[start...], to: &line, overflow: &overflow)
            buffer.removeAll(keepingCapacity: true)
            start = 0
            if atEOF || !fill() {
                if SignalFlags.terminationRequested { return .terminated }
                if line.isEmpty && overflow == 0 { return SignalFlags.takeInterrupt() ? .interrupted : .endOfFile }
                return finish(line, overflow: overflow)
            }
        }
    }

    private func append(_ bytes: ArraySlice<UInt8>, to line: inout [UInt8], overflow: inout Int) {
        let room = maxLineBytes - line.count
        if room > 0 { line.append(contentsOf: bytes.prefix(room)) }
        overflow += max(0, bytes.count - max(0, room))
    }

    private func finish(_ line: [UInt8], overflow: Int) -> LineInput {
        if overflow > 0 { return .tooLong(line.count + overflow, start: String(decoding: line, as: UTF8.self)) }
        var bytes = line
        if bytes.last == 13 { bytes.removeLast() }
        if bytes.contains(0) { return .invalid }
        guard let text = String(validating: bytes, as: UTF8.self) else { return .invalid }
        return .line(text)
    }

    /// Reads more bytes; false at end of input or on a signal.
    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                buffer.append(contentsOf: chunk[0..<n])
                return true
            }
            if n < 0 && errno == EINTR {
                if SignalFlags.terminationRequested { return false }
                if SignalFlags.interrupt != 0 { return false }
                continue
            }
            atEOF = true
            return false
        }
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fast line-by-line reading of all of stdin (for filters such as `safety scan`).
enum StandardInputLines {
    /// Calls `body` with each line (without its newline; invalid UTF-8 repaired with U+FFFD).
    static func forEach(_ body: (String) -> Void) {
        var pending: [UInt8] = []
        let size = 1 << 16
        let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: size)
        defer { chunk.deallocate() }
        guard let base = chunk.baseAddress else { return }
        while true {
            let count = read(0, base, size)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            var start = 0
            while start < count, let found = memchr(base + start, 10, count - start) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if pending.isEmpty {
                    body(line(UnsafeBufferPointer(rebasing: chunk[start..<index])))
                } else {
                    pending.append(contentsOf: chunk[start..<index])
                    pending.withUnsafeBufferPointer { body(line($0)) }
                    pending.removeAll(keepingCapacity: true)
                }
                start = index + 1
            }
            pending.append(contentsOf: chunk[start..<count])
        }
        if !pending.isEmpty { pending.withUnsafeBufferPointer { body(line($0)) } }
    }

    private static func line(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let trimmed = bytes.last == 13 ? UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - 1)]) : bytes
        return String(decoding: trimmed, as: UTF8.self)
    }

    /// Reads every line, writes `transform(line)` and a newline for each, through a 64 KB buffer.
    static func filter(_ transform: (String) -> String) {
        filter { line, out in
            var text = transform(line)
            text.withUTF8 { out.append($0) }
        }
    }

    /// Reads every line and lets `write` put its output (without the newline) into the output buffer.
    static func filter(_ write: (String, inout StandardOutputBuffer) -> Void) {
        var output = StandardOutputBuffer()
        forEach { line in
            write(line, &output)
            output.append(10)
            output.flushIfFull()
        }
        output.flush()
    }
}

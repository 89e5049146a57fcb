import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fast line-by-line reading of all of stdin (for filters such as `safety scan`).
enum StandardInputLines {
    /// The lines of the input that were not valid UTF-8: how many, and the first few line numbers (1-based).
    struct InvalidLines {
        private(set) var count = 0
        private(set) var first: [Int] = []

        fileprivate mutating func note(line number: Int) {
            count += 1
            if first.count < 3 { first.append(number) }
        }

        /// Throws a usage error (exit 2) naming the lines when there were any; the output already written stays
        /// one object per input line, each bad byte read as U+FFFD.
        func check() throws {
            guard count > 0 else { return }
            let lines = first.map(String.init).joined(separator: ", ") + (count > first.count ? ", ..." : "")
            throw AlongsideError.usage("alongside: \(count) input line\(count == 1 ? " was" : "s were") not valid UTF-8 "
                + "(line\(count == 1 ? "" : "s") \(lines)); each bad byte was read as U+FFFD. Save the input as UTF-8 and run again.")
        }
    }

    /// One line of input (without its newline): its bytes, read in place, when they are all ASCII (no `String` is
    /// made for them), else its text (invalid UTF-8 repaired with U+FFFD).
    enum Line {
        case ascii(UnsafeBufferPointer<UInt8>)
        case text(String)

        /// The line as a string (made from the bytes of an ASCII line).
        var string: String {
            switch self {
            case .ascii(let bytes): String(decoding: bytes, as: UTF8.self)
            case .text(let text): text
            }
        }
    }

    /// Calls `body` with each line (without its newline; invalid UTF-8 repaired with U+FFFD) and returns the lines
    /// that needed repair.
    @discardableResult
    static func forEach(_ body: (String) -> Void) -> InvalidLines {
        forEachLine { body($0.string) }
    }

    /// Calls `body` with each line, as its ASCII bytes or as text (`Line`), and returns the lines that needed repair.
    @discardableResult
    static func forEachLine(_ body: (Line) -> Void) -> InvalidLines {
        var invalid = InvalidLines()
        var number = 0
        func deliver(_ bytes: UnsafeBufferPointer<UInt8>) {
            number += 1
            let line = bytes.last == 13 ? UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - 1)]) : bytes
            if isASCII(line) {
                body(.ascii(line))
                return
            }
            let text = String(decoding: line, as: UTF8.self)
            if !keeps(line, text) { invalid.note(line: number) }
            body(.text(text))
        }
        var pending: [UInt8] = []
        let size = 1 << 16
        let chunk = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: size)
        defer { chunk.deallocate() }
        guard let base = chunk.baseAddress else { return invalid }
        while true {
            let count = read(0, base, size)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            var start = 0
            while start < count, let found = memchr(base + start, 10, count - start) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if pending.isEmpty {
                    deliver(UnsafeBufferPointer(rebasing: chunk[start..<index]))
                } else {
                    pending.append(contentsOf: chunk[start..<index])
                    pending.withUnsafeBufferPointer { deliver($0) }
                    pending.removeAll(keepingCapacity: true)
                }
                start = index + 1
            }
            pending.append(contentsOf: chunk[start..<count])
        }
        if !pending.isEmpty { pending.withUnsafeBufferPointer { deliver($0) } }
        return invalid
    }

    /// Whether every byte is below 0x80 (ASCII is valid UTF-8 as it is).
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var any: UInt8 = 0
        for byte in bytes { any |= byte }
        return any < 0x80
    }

    /// Whether `text`, decoded from `bytes`, holds them unchanged (no U+FFFD put in place of invalid bytes).
    private static func keeps(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { decoded in
            decoded.count == bytes.count && (bytes.isEmpty || memcmp(decoded.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        } ?? text.utf8.elementsEqual(bytes)
    }

    /// Reads every line, writes `transform(line)` and a newline for each, through a 64 KB buffer.
    @discardableResult
    static func filter(_ transform: (String) -> String) -> InvalidLines {
        filter { line, out in
            var text = transform(line)
            text.withUTF8 { out.append($0) }
        }
    }

    /// Reads every line and lets `write` put its output (without the newline) into the output buffer.
    @discardableResult
    static func filter(_ write: (String, inout StandardOutputBuffer) -> Void) -> InvalidLines {
        filterLines { line, output in write(line.string, &output) }
    }

    /// Same, with each line as its ASCII bytes or as text (`Line`).
    @discardableResult
    static func filterLines(_ write: (Line, inout StandardOutputBuffer) -> Void) -> InvalidLines {
        var output = StandardOutputBuffer()
        let invalid = forEachLine { line in
            write(line, &output)
            output.append(10)
            output.flushIfFull()
        }
        output.flush()
        return invalid
    }
}

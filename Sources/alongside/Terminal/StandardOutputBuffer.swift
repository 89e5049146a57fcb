import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Output written to stdout in chunks of about 64 KB (for filters such as `safety scan`): a line's bytes are
/// written straight into the buffer, with no array to grow or check per append.
struct StandardOutputBuffer: ~Copyable {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    /// The buffer is written out once it holds this many bytes.
    private static let flushSize = 1 << 16

    init() {
        capacity = StandardOutputBuffer.flushSize * 2
        storage = .allocate(capacity: capacity)
    }

    deinit { storage.deallocate() }

    /// Lets `body` write up to `bound` bytes at the end of the buffer; `body` returns how many it wrote.
    mutating func write(upTo bound: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if count + bound > capacity { grow(to: count + bound) }
        count += body(storage + count)
    }

    /// Appends `bytes`.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        write(upTo: bytes.count) { out in
            if let base = bytes.baseAddress { out.initialize(from: base, count: bytes.count) }
            return bytes.count
        }
    }

    /// Appends one byte.
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        storage[count] = byte
        count += 1
    }

    /// Writes the buffer out when it holds a chunk's worth.
    mutating func flushIfFull() {
        if count >= StandardOutputBuffer.flushSize { flush() }
    }

    /// Writes everything held to stdout.
    mutating func flush() {
        var offset = 0
        while offset < count {
            let written = Foundation.write(1, storage + offset, count - offset)
            if written <= 0 { if errno == EINTR { continue }; break }
            offset += written
        }
        count = 0
    }

    private mutating func grow(to needed: Int) {
        var larger = capacity * 2
        while larger < needed { larger *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: storage, count: count)
        storage.deallocate()
        storage = moved
        capacity = larger
    }
}

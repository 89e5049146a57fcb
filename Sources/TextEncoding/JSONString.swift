/// JSON string literals for one-line output, shared by every module that writes JSON by hand.
///
/// Quotes, backslashes, C0/C1 controls, DEL, U+2028/U+2029 and bidirectional controls are escaped, so
/// a line never breaks and text typed by a person is never replayed raw on a terminal; everything else
/// is copied as UTF-8. Works on bytes, so it is cheap on hot paths such as `safety scan`.
public enum JSONString {
    /// `value` as a quoted JSON string literal.
    public static func quoted(_ value: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(value.utf8.count + 2)
        append(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `value` as a quoted JSON string literal to `out`.
    public static func append(_ value: String, to out: inout [UInt8]) {
        out.append(34)
        withUTF8(of: value) { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(escapedCapacity(bytes.count), 1)) { buffer in
                let count = write(escaping: bytes, to: buffer.baseAddress!)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<count]))
            }
        }
        out.append(34)
    }

    /// The most bytes `write(escaping:to:)` writes for `count` bytes of text (a byte becomes at most six: `\u001b`).
    public static func escapedCapacity(_ count: Int) -> Int { count * 6 }

    /// Writes what goes between the quotes of `value`'s JSON string literal (the text escaped, no quotes) to `out`,
    /// which has room for `escapedCapacity(value.utf8.count)` bytes; returns how many bytes it wrote.
    public static func write(contentsOf value: String, to out: UnsafeMutablePointer<UInt8>) -> Int {
        withUTF8(of: value) { write(escaping: $0, to: out) }
    }

    /// Calls `body` with `value`'s UTF-8 bytes, in place when they are contiguous (a native string).
    @inline(__always) private static func withUTF8<R>(of value: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = value.utf8.withContiguousStorageIfAvailable(body) { return result }
        var value = value
        return value.withUTF8(body)
    }

    /// Writes UTF-8 `bytes` escaped, without quotes, to `out` (room for `escapedCapacity(bytes.count)` bytes);
    /// returns how many bytes it wrote.
    public static func write(escaping bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var written = 0
        @inline(__always) func put(_ byte: UInt8) {
            out[written] = byte
            written += 1
        }
        var i = 0
        while i < bytes.count {
            // Plain printable ASCII is copied a run at a time; the run is found eight bytes at a time.
            var end = i
            if let base = bytes.baseAddress {
                while end + 8 <= bytes.count, !hasNonPlainByte(UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self)) {
                    end += 8
                }
            }
            while end < bytes.count, bytes[end] >= 0x20, bytes[end] < 0x7F, bytes[end] != 34, bytes[end] != 92 { end += 1 }
            if end > i {
                (out + written).initialize(from: bytes.baseAddress! + i, count: end - i)
                written += end - i
                i = end
                continue
            }
            let b = bytes[i]
            switch b {
            case 34: put(92); put(34)
            case 92: put(92); put(92)
            case 10: put(92); put(110)
            case 13: put(92); put(114)
            case 9: put(92); put(116)
            case 8: put(92); put(98)
            case 12: put(92); put(102)
            case 0..<32, 0x7F:
                written += escape(UInt32(b), to: out + written)
            case 0xC2 where i + 1 < bytes.count && (0x80...0x9F).contains(bytes[i + 1]):
                // C1 control characters.
                written += escape(UInt32(bytes[i + 1]), to: out + written)
                i += 1
            case 0xD8 where i + 1 < bytes.count && bytes[i + 1] == 0x9C:
                written += escape(0x061C, to: out + written)
                i += 1
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80
                && (bytes[i + 2] == 0x8E || bytes[i + 2] == 0x8F || (0xA8...0xAE).contains(bytes[i + 2])):
                // Direction marks, line/paragraph separators and bidi embeddings/overrides.
                written += escape(0x2000 + UInt32(bytes[i + 2] - 0x80), to: out + written)
                i += 2
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x81 && (0xA6...0xA9).contains(bytes[i + 2]):
                // Bidi isolates.
                written += escape(0x2040 + UInt32(bytes[i + 2] - 0x80), to: out + written)
                i += 2
            default:
                put(b)
            }
            i += 1
        }
        return written
    }

    /// Whether any of the eight bytes in `word` is not plain printable ASCII (below 0x20, 0x7F or above, `"` or `\`):
    /// the bit tricks of "haszero" and "hasless", exact for the question whether any byte is one of them.
    @inline(__always) private static func hasNonPlainByte(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        let below = (word &- ones &* 0x20) & ~word & highs   // a byte below 0x20
        return below != 0 || word & highs != 0 || hasZeroByte(word ^ (ones &* 0x7F))
            || hasZeroByte(word ^ (ones &* 34)) || hasZeroByte(word ^ (ones &* 92))
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Writes `\uXXXX` (six bytes) for `scalar`; returns 6.
    private static func escape(_ scalar: UInt32, to out: UnsafeMutablePointer<UInt8>) -> Int {
        out[0] = 92
        out[1] = 117
        out[2] = hex[Int(scalar >> 12 & 15)]
        out[3] = hex[Int(scalar >> 8 & 15)]
        out[4] = hex[Int(scalar >> 4 & 15)]
        out[5] = hex[Int(scalar & 15)]
        return 6
    }
}

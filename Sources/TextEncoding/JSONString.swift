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
        if value.utf8.withContiguousStorageIfAvailable({ append(escaping: $0, to: &out) }) == nil {
            var value = value
            value.withUTF8 { append(escaping: $0, to: &out) }
        }
        out.append(34)
    }

    /// Appends UTF-8 `bytes` escaped, without quotes.
    private static func append(escaping bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var i = 0
        while i < bytes.count {
            // Plain printable ASCII is copied a run at a time.
            var end = i
            while end < bytes.count, bytes[end] >= 0x20, bytes[end] < 0x7F, bytes[end] != 34, bytes[end] != 92 { end += 1 }
            if end > i {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
                i = end
                continue
            }
            let b = bytes[i]
            switch b {
            case 34: out.append(92); out.append(34)
            case 92: out.append(92); out.append(92)
            case 10: out.append(92); out.append(110)
            case 13: out.append(92); out.append(114)
            case 9: out.append(92); out.append(116)
            case 8: out.append(92); out.append(98)
            case 12: out.append(92); out.append(102)
            case 0..<32, 0x7F:
                escape(UInt32(b), into: &out)
            case 0xC2 where i + 1 < bytes.count && (0x80...0x9F).contains(bytes[i + 1]):
                // C1 control characters.
                escape(UInt32(bytes[i + 1]), into: &out)
                i += 1
            case 0xD8 where i + 1 < bytes.count && bytes[i + 1] == 0x9C:
                escape(0x061C, into: &out)
                i += 1
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80
                && (bytes[i + 2] == 0x8E || bytes[i + 2] == 0x8F || (0xA8...0xAE).contains(bytes[i + 2])):
                // Direction marks, line/paragraph separators and bidi embeddings/overrides.
                escape(0x2000 + UInt32(bytes[i + 2] - 0x80), into: &out)
                i += 2
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x81 && (0xA6...0xA9).contains(bytes[i + 2]):
                // Bidi isolates.
                escape(0x2040 + UInt32(bytes[i + 2] - 0x80), into: &out)
                i += 2
            default:
                out.append(b)
            }
            i += 1
        }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private static func escape(_ scalar: UInt32, into out: inout [UInt8]) {
        out.append(contentsOf: [92, 117, hex[Int(scalar >> 12 & 15)], hex[Int(scalar >> 8 & 15)],
                                hex[Int(scalar >> 4 & 15)], hex[Int(scalar & 15)]])
    }
}

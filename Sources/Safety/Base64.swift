/// A small standard base64 decoder (the weight table is stored as base64 text in Swift source).
enum Base64 {
    /// Decodes `input` into an array (for tests and small inputs).
    static func decode(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(input.count * 3 / 4)
        forEachByte(input) { out.append($0) }
        return out
    }

    /// Hands each decoded byte to `body` in order, keeping no decoded copy (the weight table decodes at every
    /// start, and a 150 KB temporary would add to the peak memory of every run).
    static func forEachByte(_ input: UnsafeBufferPointer<UInt8>, _ body: (UInt8) -> Void) {
        var buffer: UInt32 = 0, bits = 0
        for byte in input {
            let value: UInt32
            switch byte {
            case 65...90: value = UInt32(byte - 65)
            case 97...122: value = UInt32(byte - 71)
            case 48...57: value = UInt32(byte + 4)
            case 43: value = 62
            case 47: value = 63
            default: continue
            }
            buffer = buffer << 6 | value
            bits += 6
            if bits >= 8 {
                bits -= 8
                body(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
    }
}

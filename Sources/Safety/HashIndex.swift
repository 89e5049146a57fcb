/// A growable open-addressing table from 64-bit keys to 32-bit values, used while compiling the rules;
/// a router image stores its arrays as they are and reads them with `HashTableView`.
struct HashIndex: Sendable {
    private(set) var keys: [UInt64]
    private(set) var values: [Int32]
    private var mask: Int
    /// Number of stored keys.
    private(set) var count = 0

    /// Creates an empty table sized for about `capacity` keys.
    init(capacity: Int = 16) {
        var size = 16
        while !HashIndex.fits(capacity, in: size) { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
    }

    /// The value for `key`, or `nil`.
    @inline(__always) func value(for key: UInt64) -> Int32? {
        keys.withUnsafeBufferPointer { k in
            values.withUnsafeBufferPointer { v in HashTableView(keys: k, values: v).value(for: key) }
        }
    }

    /// Writes the table's arrays as two image sections.
    func write(_ keySection: RouterImage.Section, _ valueSection: RouterImage.Section, into writer: inout RouterImageWriter) {
        writer.put(keySection, keys)
        writer.put(valueSection, values)
    }

    /// Stores `value` for `key`, replacing any earlier value.
    mutating func set(_ value: Int32, for key: UInt64) {
        if !HashIndex.fits(count + 1, in: keys.count) { grow() }
        let k = key == 0 ? 1 : key
        var slot = Int(truncatingIfNeeded: HashIndex.mix(k)) & mask
        while keys[slot] != 0 && keys[slot] != k { slot = (slot + 1) & mask }
        if keys[slot] == 0 { count += 1 }
        keys[slot] = k
        values[slot] = value
    }

    /// Whether `count` keys fit a table of `size` slots: filled up to three quarters, where linear probing stays
    /// short and the embedded image (read in place, its pages counted in a run's memory) is up to half the size it
    /// would be at one half.
    private static func fits(_ count: Int, in size: Int) -> Bool { count * 4 <= size * 3 }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != 0 { set(v, for: k) }
    }

    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var z = x &* 0x9E37_79B9_7F4A_7C15
        z ^= z >> 29
        return z
    }

    /// FNV-1a over bytes: the key used for words.
    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// FNV-1a over a string's UTF-8 bytes.
    static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { hash($0) }
    }
}

/// A read-only open-addressing table (laid out by `HashIndex`) read in place from a router image.
struct HashTableView: @unchecked Sendable {
    let keys: UnsafeBufferPointer<UInt64>
    let values: UnsafeBufferPointer<Int32>

    /// The value for `key`, or `nil`.
    @inline(__always) func value(for key: UInt64) -> Int32? {
        guard keys.count > 0 else { return nil }
        let k = key == 0 ? 1 : key
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: HashIndex.mix(k)) & mask
        while true {
            let stored = keys[slot]
            if stored == k { return values[slot] }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}

extension RouterImage {
    /// The hash table stored in sections `keys` and `values`.
    func table(_ keys: Section, _ values: Section) -> HashTableView {
        HashTableView(keys: array(keys), values: array(values))
    }
}

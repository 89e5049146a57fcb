/// Remembers how recent words the rules do not know as written were resolved (the slower fallbacks of
/// `Vocabulary` and the extra rules' own lookup), so a scan of many lines pays for each such word once.
///
/// Direct-mapped by the word's hash; an entry holds the word's bytes and is used only when they are equal,
/// so a hit gives exactly what the lookups would. Words longer than `longest` bytes, or resolved into more
/// than `maxIDs` ids, are not kept. The memo is a view of storage owned by a `RouterScratch` (copies share
/// it, without reference counting); one memo serves one thread.
struct WordMemo {
    static let slots = 4096
    static let longest = 32
    static let maxIDs = 4

    private let keys: UnsafeMutableBufferPointer<UInt64>
    /// Byte count of each slot's word plus one (0: empty), and bit 7 set for a joined token.
    private let lengths: UnsafeMutableBufferPointer<UInt8>
    private let words: UnsafeMutableBufferPointer<UInt8>
    private let idCounts: UnsafeMutableBufferPointer<UInt8>
    private let ids: UnsafeMutableBufferPointer<Int32>
    /// The extra rules' own id, or -1.
    private let own: UnsafeMutableBufferPointer<Int32>

    /// An empty memo; its owner calls `deallocate` when done with it.
    static func allocate() -> WordMemo { WordMemo() }

    private init() {
        keys = .allocate(capacity: WordMemo.slots)
        lengths = .allocate(capacity: WordMemo.slots)
        lengths.initialize(repeating: 0)
        words = .allocate(capacity: WordMemo.slots * WordMemo.longest)
        idCounts = .allocate(capacity: WordMemo.slots)
        ids = .allocate(capacity: WordMemo.slots * WordMemo.maxIDs)
        own = .allocate(capacity: WordMemo.slots)
    }

    /// Frees the storage (no copy of this memo may be used afterwards).
    func deallocate() {
        keys.deallocate()
        lengths.deallocate()
        words.deallocate()
        idCounts.deallocate()
        ids.deallocate()
        own.deallocate()
    }

    @inline(__always) private static func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: HashIndex.mix(hash) >> 52) }

    @inline(__always) private static func tag(_ count: Int, joined: Bool) -> UInt8 {
        UInt8(count + 1) | (joined ? 0x80 : 0)
    }

    /// Appends the remembered ids of `token` to `into` and returns the extra rules' id (-1 for none),
    /// or returns nil when the word is not remembered.
    @inline(__always)
    func recall(_ token: UnsafeBufferPointer<UInt8>, hash: UInt64, joined: Bool, into out: WordColumns) -> Int32? {
        guard token.count <= WordMemo.longest else { return nil }
        let slot = WordMemo.slot(hash)
        guard keys[slot] == hash, lengths[slot] == WordMemo.tag(token.count, joined: joined) else { return nil }
        let base = slot * WordMemo.longest
        for k in 0..<token.count where words[base + k] != token[k] { return nil }
        for k in 0..<Int(idCounts[slot]) { out.append(ids[slot * WordMemo.maxIDs + k]) }
        return own[slot]
    }

    /// Remembers that `token` resolved to `resolved[from...]` (and the extra rules' id `extraID`, -1 for none).
    @inline(__always)
    func remember(_ token: UnsafeBufferPointer<UInt8>, hash: UInt64, joined: Bool, resolved: [Int32], from: Int, extraID: Int32) {
        guard token.count <= WordMemo.longest, resolved.count - from <= WordMemo.maxIDs else { return }
        let slot = WordMemo.slot(hash)
        keys[slot] = hash
        lengths[slot] = WordMemo.tag(token.count, joined: joined)
        let base = slot * WordMemo.longest
        for k in 0..<token.count { words[base + k] = token[k] }
        idCounts[slot] = UInt8(resolved.count - from)
        for k in from..<resolved.count { ids[slot * WordMemo.maxIDs + k - from] = resolved[k] }
        own[slot] = extraID
    }
}

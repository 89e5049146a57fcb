/// The word columns of the line being read (word ids, the extra rules' ids, the punctuation before each word),
/// kept by a `RouterScratch` from line to line so they keep their capacity.
///
/// A `LineWords` holds one reference to them instead of three arrays, so copying a word list (into a
/// `LineReading`) costs one retain, and appending a word no uniqueness check. One set of columns serves one
/// line at a time, on one thread. (An `unowned(unsafe)` reference here made release builds score the learned
/// layer wrongly: the columns are written through it while the line is scanned; keep it strong.)
final class WordColumns {
    private(set) var ids: UnsafeMutablePointer<Int32>
    private(set) var extraIDs: UnsafeMutablePointer<Int32>
    private(set) var punctuation: UnsafeMutablePointer<Punctuation>
    /// Number of words (all three columns have this many entries; `extraIDs` only when there are extra rules).
    var count = 0
    private(set) var capacity: Int
    /// Ids found by the vocabulary's fallbacks for one token, reused from token to token.
    var found: [Int32] = []

    init(capacity: Int = 64) {
        self.capacity = capacity
        ids = .allocate(capacity: capacity)
        extraIDs = .allocate(capacity: capacity)
        punctuation = .allocate(capacity: capacity)
    }

    deinit {
        ids.deallocate()
        extraIDs.deallocate()
        punctuation.deallocate()
    }

    /// Appends one word id (its punctuation and extra id are set by the caller at the same position).
    @inline(__always) func append(_ id: Int32) {
        if count == capacity { grow() }
        ids[count] = id
        count += 1
    }

    private func grow() {
        let larger = capacity * 2
        func moved<T>(_ old: UnsafeMutablePointer<T>) -> UnsafeMutablePointer<T> {
            let new = UnsafeMutablePointer<T>.allocate(capacity: larger)
            new.moveInitialize(from: old, count: count)
            old.deallocate()
            return new
        }
        ids = moved(ids)
        extraIDs = moved(extraIDs)
        punctuation = moved(punctuation)
        capacity = larger
    }
}

/// A read-only view of one column of `WordColumns` (valid while the line is being read): `count` and a
/// bounds-checked subscript, like the array it replaces.
struct WordColumn<Element> {
    let base: UnsafeMutablePointer<Element>
    let count: Int

    @inline(__always) subscript(position: Int) -> Element {
        precondition(position >= 0 && position < count, "WordColumn index out of range")
        return base[position]
    }

    /// The column as a buffer.
    var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }
}

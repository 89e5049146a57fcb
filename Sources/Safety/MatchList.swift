/// The phrase matches of one line: up to `inlineCapacity` kept inline, so the usual line's lists cost no
/// allocation; beyond that, all of them in an array. Read and sorted like an array.
struct MatchList: RandomAccessCollection, MutableCollection, ExpressibleByArrayLiteral, Equatable {
    typealias Match = PhraseMatcher.Match
    static let inlineCapacity = 8

    private var inline: (Match, Match, Match, Match, Match, Match, Match, Match)
    /// Every element, once there are more than `inlineCapacity` (nil until then).
    private var spilled: [Match]?
    /// Number of matches.
    private(set) var count = 0

    /// An empty list.
    init() {
        let none = Match(tag: 0, start: 0, end: 0)
        inline = (none, none, none, none, none, none, none, none)
    }

    init(arrayLiteral elements: Match...) {
        self.init()
        for match in elements { append(match) }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Match {
        get {
            if let spilled { return spilled[position] }
            precondition(position >= 0 && position < count, "MatchList index out of range")
            return withUnsafeBytes(of: inline) { $0.load(fromByteOffset: position * MemoryLayout<Match>.stride, as: Match.self) }
        }
        set {
            if spilled != nil {
                spilled![position] = newValue
                return
            }
            precondition(position >= 0 && position < count, "MatchList index out of range")
            withUnsafeMutableBytes(of: &inline) { $0.storeBytes(of: newValue, toByteOffset: position * MemoryLayout<Match>.stride, as: Match.self) }
        }
    }

    /// Adds `match` at the end.
    mutating func append(_ match: Match) {
        if spilled != nil {
            spilled!.append(match)
        } else if count == MatchList.inlineCapacity {
            var all: [Match] = []
            all.reserveCapacity(count * 2)
            all.append(contentsOf: self)
            all.append(match)
            spilled = all
        } else {
            let offset = count * MemoryLayout<Match>.stride
            withUnsafeMutableBytes(of: &inline) { $0.storeBytes(of: match, toByteOffset: offset, as: Match.self) }
        }
        count += 1
    }

    /// The matches for which `isIncluded` is true, in order.
    func filter(_ isIncluded: (Match) throws -> Bool) rethrows -> MatchList {
        var kept = MatchList()
        for position in 0..<count where try isIncluded(self[position]) { kept.append(self[position]) }
        return kept
    }

    // The list's own loops, by position: a loop over the collection itself copies the list into an iterator,
    // and the standard library's generic iterator is destroyed through the runtime's value witnesses (the list
    // holds an optional array, so it is not plain memory).

    func contains(where predicate: (Match) throws -> Bool) rethrows -> Bool {
        for position in 0..<count where try predicate(self[position]) { return true }
        return false
    }

    func allSatisfy(_ predicate: (Match) throws -> Bool) rethrows -> Bool {
        for position in 0..<count where try !predicate(self[position]) { return false }
        return true
    }

    func first(where predicate: (Match) throws -> Bool) rethrows -> Match? {
        for position in 0..<count where try predicate(self[position]) { return self[position] }
        return nil
    }

    func map<T>(_ transform: (Match) throws -> T) rethrows -> [T] {
        var out: [T] = []
        out.reserveCapacity(count)
        for position in 0..<count { out.append(try transform(self[position])) }
        return out
    }

    /// Iterates by position over a copy of the list (a plain struct, destroyed without generic witnesses).
    struct Iterator: IteratorProtocol {
        fileprivate let list: MatchList
        fileprivate var position = 0

        mutating func next() -> Match? {
            guard position < list.count else { return nil }
            defer { position += 1 }
            return list[position]
        }
    }

    func makeIterator() -> Iterator { Iterator(list: self) }

    mutating func withContiguousMutableStorageIfAvailable<R>(
        _ body: (inout UnsafeMutableBufferPointer<Match>) throws -> R
    ) rethrows -> R? {
        if spilled != nil { return try spilled!.withUnsafeMutableBufferPointer(body) }
        let count = self.count
        return try withUnsafeMutableBytes(of: &inline) { raw in
            var buffer = UnsafeMutableBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: Match.self), count: count)
            return try body(&buffer)
        }
    }

    static func + (lhs: MatchList, rhs: MatchList) -> MatchList {
        var both = lhs
        both += rhs
        return both
    }

    static func += (lhs: inout MatchList, rhs: MatchList) {
        for match in rhs { lhs.append(match) }
    }

    static func == (lhs: MatchList, rhs: MatchList) -> Bool { lhs.elementsEqual(rhs) }

    static func == (lhs: MatchList, rhs: [Match]) -> Bool { lhs.elementsEqual(rhs) }
}

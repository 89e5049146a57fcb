/// An Aho-Corasick automaton over word ids: finds every phrase in one pass over a line, at a cost
/// that does not grow with the number of phrases. Read in place from a `RouterImage`.
struct PhraseMatcher: @unchecked Sendable {
    /// One phrase occurrence: the pattern's tag and the half-open token range it covers.
    struct Match: Sendable, Equatable {
        let tag: Int32
        // 32-bit word positions: a match is 12 bytes, so a line's matches fit inline in a `MatchList`.
        private let first: Int32
        private let last: Int32
        /// The first word the match covers.
        var start: Int { Int(first) }
        /// One past the last word it covers.
        var end: Int { Int(last) }
        /// Whether the two matches share a word.
        func overlaps(_ other: Match) -> Bool { start < other.end && other.start < end }
        /// Words between the two matches (0 when they touch or overlap).
        func gap(to other: Match) -> Int { start >= other.end ? start - other.end : max(0, other.start - end) }

        init(tag: Int32, start: Int, end: Int) {
            self.tag = tag
            first = Int32(start)
            last = Int32(end)
        }
    }

    private let root: UnsafeBufferPointer<Int32>
    private let states: PackedStates
    /// Output list `l` is `outputs[outputLists[l] ..< outputLists[l + 1]]`.
    private let outputLists: UnsafeBufferPointer<UInt32>
    /// Each output packed as tag << 8 | length in words (`PhraseAutomatonBuilder.pack`).
    private let outputs: UnsafeBufferPointer<UInt32>
    /// Keeps a test-built image alive (nil when the caller keeps the image, so copies cost no reference counting).
    private let image: RouterImage?

    /// The automaton stored in `image`; the caller keeps `image` alive as long as the matcher.
    init(_ image: RouterImage) {
        self.init(image, keeping: false)
    }

    private init(_ image: RouterImage, keeping: Bool) {
        self.image = keeping ? image : nil
        root = image.array(.rootChildren)
        states = PackedStates(image)
        outputLists = image.array(.outputLists)
        outputs = image.array(.outputs)
    }

    /// Builds an automaton from id sequences, each with a tag returned on a match (for tests).
    init(patterns: [(ids: [Int32], tag: Int32)]) {
        var builder = PhraseAutomatonBuilder()
        for pattern in patterns { builder.add(pattern.ids, tag: pattern.tag) }
        var writer = RouterImageWriter()
        builder.write(into: &writer, wordCount: Int(patterns.flatMap(\.ids).max() ?? 0) + 1)
        self.init(RouterImage.owning(writer.bytes(sourceHash: 0))!, keeping: true)
    }

    /// Number of automaton states (for tests and diagnostics).
    var stateCount: Int { states.count }

    /// Every phrase occurrence in `ids`, in order of where each ends.
    func matches(in ids: [Int32]) -> MatchList {
        ids.withUnsafeBufferPointer { matches(in: $0) }
    }

    /// Same, over a line's word column.
    func matches(in ids: WordColumn<Int32>) -> MatchList {
        matches(in: ids.buffer)
    }

    /// Same, over a buffer.
    func matches(in ids: UnsafeBufferPointer<Int32>) -> MatchList {
        var found = MatchList()
        // Words that start no phrase leave the automaton at its root, where no phrase ends (there are no empty
        // phrases): skip them in a tight loop (most lines hold no word of the extra rules' automaton at all).
        var first = 0
        let rootEndsPhrases = states.count > 0 && states.list(0) != 0
        while !rootEndsPhrases && first < ids.count && !startsPhrase(ids[first]) { first += 1 }
        guard first < ids.count else { return found }
        var state = 0
        for index in first..<ids.count {
            let id = ids[index]
            if id == Vocabulary.unknown {
                state = 0
                continue
            }
            while true {
                if let next = child(of: state, id) {
                    state = next
                    break
                }
                if state == 0 { break }
                state = states.failure(state)
            }
            let list = states.list(state)
            guard list != 0 else { continue }
            for output in Int(outputLists[list])..<Int(outputLists[list + 1]) {
                let (tag, length) = PhraseAutomatonBuilder.unpack(outputs[output])
                found.append(Match(tag: tag, start: index + 1 - length, end: index + 1))
            }
        }
        return found
    }

    /// Whether some phrase starts with word `id` (the root has a child for it).
    @inline(__always) private func startsPhrase(_ id: Int32) -> Bool {
        Int(id) < root.count && root[Int(id)] != 0
    }

    /// The state reached from `state` on word `id`, or nil.
    @inline(__always) private func child(of state: Int, _ id: Int32) -> Int? {
        if state == 0 {
            let next = Int(id) < root.count ? Int(root[Int(id)]) : 0
            return next == 0 ? nil : next
        }
        var low = states.firstChild(state), high = states.firstChild(state + 1)
        while low < high {
            let mid = (low + high) >> 1
            let label = states.label(mid)
            if label == id { return mid }
            if label < id { low = mid + 1 } else { high = mid }
        }
        return nil
    }
}

extension PhraseMatcher {
    /// Two match lists (each in order of where matches end) as one, in that order; `first` wins ties.
    static func merged(_ first: MatchList, _ second: MatchList) -> MatchList {
        guard !second.isEmpty else { return first }
        guard !first.isEmpty else { return second }
        var out = MatchList()
        var i = 0, j = 0
        while i < first.count || j < second.count {
            if j == second.count || (i < first.count && first[i].end <= second[j].end) {
                out.append(first[i]); i += 1
            } else {
                out.append(second[j]); j += 1
            }
        }
        return out
    }
}

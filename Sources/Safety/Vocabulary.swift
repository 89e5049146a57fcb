/// What a known word tells the router about who is speaking or whether a phrase is negated.
struct WordFlags: OptionSet, Sendable {
    let rawValue: UInt8
    static let firstPerson = WordFlags(rawValue: 1)
    static let secondPerson = WordFlags(rawValue: 2)
    static let thirdPerson = WordFlags(rawValue: 4)
    /// Negates a following phrase, even across a few filler words ("not going to ...").
    static let negator = WordFlags(rawValue: 8)
    /// Negates only when directly before the phrase (Spanish "no quiero morir").
    static let adjacentNegator = WordFlags(rawValue: 16)
    /// May sit between a negator and the phrase it negates ("not *going to* hurt myself").
    static let filler = WordFlags(rawValue: 32)
    static let anyPerson: WordFlags = [.firstPerson, .secondPerson, .thirdPerson]
}

/// Every word the rules use, with an id per word, and the fallbacks that map an unknown
/// word onto a known one: squeezed double letters, stems (`suicid*`), close misspellings of
/// core key words, and run-together words (`killmyself`).
struct Vocabulary: Sendable {
    /// Id 0 means "not a rule word".
    static let unknown: Int32 = 0

    private struct FuzzyWord: Sendable {
        let bytes: [UInt8]
        let mask: UInt32
        let id: Int32
    }

    private(set) var words: [String] = [""]
    private(set) var flags: [WordFlags] = [[]]
    private var exact = HashIndex(capacity: 256)
    private var squeezed = HashIndex(capacity: 256)
    private var stems = HashIndex(capacity: 16)
    private var stemLengths: [Int] = []
    private var fuzzyByLength: [[FuzzyWord]] = []

    /// The id of `word`, adding it if new.
    @discardableResult
    mutating func add(_ word: String, flags extra: WordFlags = []) -> Int32 {
        let key = HashIndex.hash(word)
        if let id = exact.value(for: key) {
            flags[Int(id)].formUnion(extra)
            return id
        }
        let id = Int32(words.count)
        words.append(word)
        flags.append(extra)
        exact.set(id, for: key)
        return id
    }

    /// The id of a stem such as `suicid` (written `suicid*`), adding it if new.
    mutating func addStem(_ stem: String) -> Int32 {
        let marker = stem + "*"
        let key = HashIndex.hash(marker)
        if let id = exact.value(for: key) { return id }
        let id = add(marker)
        stems.set(id, for: HashIndex.hash(stem))
        let length = stem.utf8.count
        if !stemLengths.contains(length) { stemLengths.append(length); stemLengths.sort(by: >) }
        return id
    }

    /// The id of an exact word, or `nil`.
    func id(of word: String) -> Int32? { exact.value(for: HashIndex.hash(word)) }

    /// Ids of all exact words that start with `stem` (used to expand `stem*` in phrases).
    func ids(startingWith stem: String) -> [Int32] {
        words.indices.filter { $0 > 0 && !words[$0].hasSuffix("*") && words[$0].hasPrefix(stem) }.map { Int32($0) }
    }

    /// Builds the squeezed-form index; call once after every word is added.
    mutating func finishWords() {
        for (index, word) in words.enumerated() where index > 0 && !word.hasSuffix("*") {
            let key = HashIndex.hash(TextNormaliser.squeezeAll(word))
            if let existing = squeezed.value(for: key), words[Int(existing)].count >= word.count { continue }
            squeezed.set(Int32(index), for: key)
        }
    }

    /// Lets close misspellings of `word` (five letters or more) resolve to it.
    mutating func addKeyWord(_ word: String) {
        guard let id = id(of: word), word.utf8.count >= 5 else { return }
        let bytes = Array(word.utf8)
        while fuzzyByLength.count <= bytes.count + 2 { fuzzyByLength.append([]) }
        if fuzzyByLength[bytes.count].contains(where: { $0.id == id }) { return }
        fuzzyByLength[bytes.count].append(FuzzyWord(bytes: bytes, mask: Vocabulary.letterMask(bytes[...]), id: id))
    }

    /// Resolves one normalised token to zero or more word ids (more than one when split).
    @inline(__always)
    func resolve(_ token: UnsafeBufferPointer<UInt8>, joined: Bool, into ids: inout [Int32]) {
        if let id = exact.value(for: HashIndex.hash(token)) {
            ids.append(id)
            return
        }
        ids.append(fallback(token, joined: joined, into: &ids))
    }

    /// The slower lookups for a word that is not known as written.
    private func fallback(_ token: UnsafeBufferPointer<UInt8>, joined: Bool, into ids: inout [Int32]) -> Int32 {
        let n = token.count
        if n < 3 { return Vocabulary.unknown }
        if let id = squeezedID(token) { return id }
        for length in stemLengths where length <= n {
            if let id = stems.value(for: HashIndex.hash(UnsafeBufferPointer(rebasing: token[0..<length]))) { return id }
        }
        if n >= 5, let id = closeWord(token) { return id }
        if joined || n >= 9, n <= 40 {
            let parts = split(token)
            if parts.count >= 2 {
                ids.append(contentsOf: parts.dropLast())
                return parts[parts.count - 1]
            }
        }
        return Vocabulary.unknown
    }

    private func squeezedID(_ token: UnsafeBufferPointer<UInt8>) -> Int32? {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var last: UInt8 = 0
        for b in token {
            if b == last && TokenScanner.isLetterByte(b) { continue }
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
            last = b
        }
        return squeezed.value(for: h)
    }

    /// A core key word within a small edit distance (1, or 2 for words of eight letters or more).
    private func closeWord(_ token: UnsafeBufferPointer<UInt8>) -> Int32? {
        let n = token.count
        let mask = Vocabulary.letterMask(token[...])
        var best: (Int, Int32)? = nil
        for length in max(5, n - 2)...(n + 2) where length < fuzzyByLength.count {
            for word in fuzzyByLength[length] {
                let limit = min(n, length) >= 8 ? 2 : 1
                if abs(length - n) > limit { continue }
                if (mask ^ word.mask).nonzeroBitCount > 2 * limit { continue }
                let d = word.bytes.withUnsafeBufferPointer { DamerauLevenshtein.distance(token, $0, limit: limit) }
                if d <= limit && (best == nil || d < best!.0) { best = (d, word.id) }
            }
        }
        return best?.1
    }

    /// Splits a run-together word into known words ("killmyself" → kill, myself), fewest parts first.
    private func split(_ token: UnsafeBufferPointer<UInt8>) -> [Int32] {
        let n = token.count
        var parts = [Int](repeating: Int.max, count: n + 1)
        var from = [Int](repeating: -1, count: n + 1)
        var ids = [Int32](repeating: 0, count: n + 1)
        parts[0] = 0
        for end in 1...n {
            for start in max(0, end - 16)..<end where parts[start] != Int.max {
                let length = end - start
                let piece = UnsafeBufferPointer(rebasing: token[start..<end])
                if length == 1 && piece[0] != 105 { continue }   // only "i" stands alone
                guard let id = exact.value(for: HashIndex.hash(piece)) else { continue }
                if parts[start] + 1 < parts[end] {
                    parts[end] = parts[start] + 1
                    from[end] = start
                    ids[end] = id
                }
            }
        }
        guard parts[n] != Int.max, parts[n] <= 5 else { return [] }
        var result: [Int32] = []
        var end = n
        while end > 0 {
            result.append(ids[end])
            end = from[end]
        }
        return result.reversed()
    }

    private static func letterMask(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var mask: UInt32 = 0
        for b in bytes { mask |= 1 << UInt32(b & 31) }
        return mask
    }

    private static func letterMask(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> UInt32 {
        var mask: UInt32 = 0
        for b in bytes { mask |= 1 << UInt32(b & 31) }
        return mask
    }
}

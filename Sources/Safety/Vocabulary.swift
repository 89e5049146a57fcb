/// What a known word tells the router about who is speaking or whether a phrase is negated.
struct WordFlags: OptionSet, Sendable {
    let rawValue: UInt16
    static let firstPerson = WordFlags(rawValue: 1)
    static let secondPerson = WordFlags(rawValue: 2)
    static let thirdPerson = WordFlags(rawValue: 4)
    /// Negates a following phrase, even across a few filler words ("not going to ...").
    static let negator = WordFlags(rawValue: 8)
    /// Negates only when directly before the phrase (Spanish "no quiero morir").
    static let adjacentNegator = WordFlags(rawValue: 16)
    /// May sit between a negator and the phrase it negates ("not *going to* hurt myself").
    static let filler = WordFlags(rawValue: 32)
    /// An intensifier skipped in text and phrases alike ("I *just* want to die").
    static let ignorable = WordFlags(rawValue: 64)
    /// Someone unnamed ("someone", "anyone", "people"): a phrase about them in a question or an "if" is not a disclosure.
    static let generic = WordFlags(rawValue: 128)
    /// Opens a question or a hypothesis ("if", "how", "what").
    static let hypothetical = WordFlags(rawValue: 256)
    /// Joins two things ("and", "with", "und"): a quantity before it does not count what comes after it.
    static let joiner = WordFlags(rawValue: 512)
    static let anyPerson: WordFlags = [.firstPerson, .secondPerson, .thirdPerson]
}

/// Every word the rules use, with an id per word, and the fallbacks that map an unknown
/// word onto a known one: squeezed double letters, stems (`suicid*`), close misspellings of
/// core key words, and run-together words (`killmyself`).
///
/// Its tables are read in place from a `RouterImage` (written by `VocabularyBuilder`), so a router
/// starts without building them.
struct Vocabulary: @unchecked Sendable {
    /// Id 0 means "not a rule word".
    static let unknown: Int32 = 0

    private let wordOffsets: UnsafeBufferPointer<Int32>
    private let wordBytes: UnsafeBufferPointer<UInt8>
    private let wordFlags: UnsafeBufferPointer<UInt16>
    private let exact: HashTableView
    private let squeezed: HashTableView
    private let stems: HashTableView
    private let stemLengths: UnsafeBufferPointer<Int32>
    private let deletions: HashTableView
    private let keyWordOffsets: UnsafeBufferPointer<Int32>
    private let keyWordBytes: UnsafeBufferPointer<UInt8>
    private let keyIDs: UnsafeBufferPointer<Int32>
    /// Key words of eight letters or more by their first three bytes: bucket numbers, then the buckets.
    private let longKeys: HashTableView
    private let longBucketOffsets: UnsafeBufferPointer<Int32>
    private let longBucketItems: UnsafeBufferPointer<Int32>

    /// The vocabulary stored in `image`.
    init(_ image: RouterImage) {
        wordOffsets = image.array(.wordOffsets)
        wordBytes = image.array(.wordBytes)
        wordFlags = image.array(.flags)
        exact = image.table(.exactKeys, .exactValues)
        squeezed = image.table(.squeezedKeys, .squeezedValues)
        stems = image.table(.stemKeys, .stemValues)
        stemLengths = image.array(.stemLengths)
        deletions = image.table(.deletionKeys, .deletionValues)
        keyWordOffsets = image.array(.keyWordOffsets)
        keyWordBytes = image.array(.keyWordBytes)
        keyIDs = image.array(.keyIDs)
        longKeys = image.table(.longKeyKeys, .longKeyValues)
        longBucketOffsets = image.array(.longBucketOffsets)
        longBucketItems = image.array(.longBucketItems)
    }

    /// Number of word ids (including `unknown`).
    var count: Int { wordFlags.count }

    /// The word with id `id`, as written in the rules (`suicid*` for a stem).
    func word(_ id: Int32) -> String {
        let start = Int(wordOffsets[Int(id)]), end = Int(wordOffsets[Int(id) + 1])
        return String(decoding: UnsafeBufferPointer(rebasing: wordBytes[start..<end]), as: UTF8.self)
    }

    /// What word `id` tells about person or negation.
    @inline(__always) func flags(_ id: Int32) -> WordFlags { WordFlags(rawValue: wordFlags[Int(id)]) }

    /// The id of an exact word, or `nil`.
    func id(of word: String) -> Int32? { exact.value(for: HashIndex.hash(word)) }

    /// Resolves one normalised token to zero or more word ids (more than one when split).
    @inline(__always)
    /// Returns true when the token was known exactly as written (no fallback was needed).
    @discardableResult
    func resolve(_ token: UnsafeBufferPointer<UInt8>, joined: Bool, into ids: inout [Int32]) -> Bool {
        if let id = exactID(hash: HashIndex.hash(token)) {
            ids.append(id)
            return true
        }
        resolveUnknown(token, joined: joined, into: &ids)
        return false
    }

    /// The id of the word whose `HashIndex.hash` is `hash`, or nil.
    @inline(__always) func exactID(hash: UInt64) -> Int32? { exact.value(for: hash) }

    /// Resolves a token not known as written (through the fallbacks) to one or more ids, `unknown` included.
    func resolveUnknown(_ token: UnsafeBufferPointer<UInt8>, joined: Bool, into ids: inout [Int32]) {
        ids.append(fallback(token, joined: joined, into: &ids))
    }

    /// The slower lookups for a word that is not known as written.
    private func fallback(_ token: UnsafeBufferPointer<UInt8>, joined: Bool, into ids: inout [Int32]) -> Int32 {
        let n = token.count
        if n < 3 { return Vocabulary.unknown }
        if token.contains(Vocabulary.mask), let id = unmasked(token) { return id }
        if let id = squeezedID(token) { return id }
        for length in stemLengths where Int(length) <= n {
            if let id = stems.value(for: HashIndex.hash(UnsafeBufferPointer(rebasing: token[0..<Int(length)]))) { return id }
        }
        if n >= 5, let id = closeWord(token) { return id }
        if n >= Vocabulary.twoEditLength - 2, let id = farWord(token) { return id }
        if joined || n >= 9, n <= 40 {
            let parts = split(token)
            if parts.count >= 2 {
                ids.append(contentsOf: parts.dropLast())
                return parts[parts.count - 1]
            }
        }
        return Vocabulary.unknown
    }

    /// The byte of a masked letter (`s*icidal`, `k*ll`).
    static let mask: UInt8 = 42

    /// A word with masked letters: the stars dropped (`k*i*l*l`), else one star read as each vowel (`k*ll`).
    private func unmasked(_ token: UnsafeBufferPointer<UInt8>) -> Int32? {
        let stars = token.filter { $0 == Vocabulary.mask }.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: token.count) { buffer -> Int32? in
            var count = 0
            for b in token where b != Vocabulary.mask { buffer[count] = b; count += 1 }
            let dropped = UnsafeBufferPointer(rebasing: buffer[0..<count])
            if let id = exact.value(for: HashIndex.hash(dropped)) ?? squeezedID(dropped) { return id }
            guard stars == 1, let at = token.firstIndex(of: Vocabulary.mask) else { return nil }
            for (k, b) in token.enumerated() { buffer[k] = b }
            for vowel: UInt8 in [97, 101, 105, 111, 117, 121] {   // a e i o u y
                buffer[at] = vowel
                let guess = UnsafeBufferPointer(rebasing: buffer[0..<token.count])
                if let id = exact.value(for: HashIndex.hash(guess)) ?? squeezedID(guess) { return id }
            }
            return nil
        }
    }

    private func squeezedID(_ token: UnsafeBufferPointer<UInt8>) -> Int32? {
        squeezed.value(for: Vocabulary.squeezedHash(token))
    }

    /// The word key of `token` with runs of one letter squeezed to one (`sooo` → `so`).
    @inline(__always)
    static func squeezedHash(_ token: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var last: UInt8 = 0
        for b in token {
            if b == last && TokenScanner.isLetterByte(b) { continue }
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
            last = b
        }
        return h
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
        var short = 0
        var long = 0
        while end > 0 {
            result.append(ids[end])
            if end - from[end] <= 2 { short += 1 } else { long += 1 }
            end = from[end]
        }
        // An ordinary long word is not a run of scraps: "situation" is not "si tu at i on" (one of the pieces
        // would be read as "I"), while "iwanttodie" and "killmyself" keep their split.
        guard short <= long + 1 else { return [] }
        return result.reversed()
    }

    /// A core key word within one edit (insertion, deletion, substitution or swap of neighbours).
    private func closeWord(_ token: UnsafeBufferPointer<UInt8>) -> Int32? {
        var found: Int32? = nil
        Vocabulary.forEachVariant(of: token) { hash in
            guard found == nil else { return }
            // Both key spaces: a wrong candidate in one must not hide the right one in the other.
            for key in [hash, hash ^ 0x5bd1_e995_0000_0001] where found == nil {
                guard let index = deletions.value(for: key) else { continue }
                if DamerauLevenshtein.distance(token, keyWord(index), limit: 1) <= 1 { found = keyIDs[Int(index)] }
            }
        }
        return found
    }

    /// Key words this long or longer also match within two edits (`suicidle` → `suicidal`).
    static let twoEditLength = 8

    /// The bucket key of a long key word: its first three bytes.
    static func prefixKey(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt32 { UInt32(a) << 16 | UInt32(b) << 8 | UInt32(c) }

    /// A key word of eight letters or more within two edits that starts with the same three letters.
    private func farWord(_ token: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard let bucket = longKeys.value(for: UInt64(Vocabulary.prefixKey(token[0], token[1], token[2]))) else { return nil }
        for item in Int(longBucketOffsets[Int(bucket)])..<Int(longBucketOffsets[Int(bucket) + 1]) {
            let index = longBucketItems[item]
            if DamerauLevenshtein.distance(token, keyWord(index), limit: 2) <= 2 { return keyIDs[Int(index)] }
        }
        return nil
    }

    /// The bytes of key word number `index`.
    @inline(__always) private func keyWord(_ index: Int32) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: keyWordBytes[Int(keyWordOffsets[Int(index)])..<Int(keyWordOffsets[Int(index) + 1])])
    }

    /// Calls `body` with a polynomial hash of `word` and of every copy of it with one letter
    /// deleted (the deletions salted into their own key space); O(1) per variant.
    @inline(__always)
    static func forEachVariant(of word: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
        let n = word.count
        guard n <= 64 else { return }
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * n + 2) { table in
            // table[k] = hash of word[k...] (suffix), table[n + 1 + k] = base^k
            let base: UInt64 = 0x100_0000_01b3
            table[n] = 0
            table[n + 1] = 1
            for k in 1...n { table[n + 1 + k] = table[n + k] &* base }
            var k = n - 1
            while k >= 0 {
                table[k] = table[k + 1] &+ UInt64(word[k]) &* table[n + 1 + (n - 1 - k)]
                k -= 1
            }
            body(table[0])
            var prefix: UInt64 = 0   // hash of word[..<skip] as a number in base `base`
            for skip in 0..<n {
                let deleted = prefix &* table[n + 1 + (n - 1 - skip)] &+ table[skip + 1]
                body(deleted ^ 0x5bd1_e995_0000_0001)
                prefix = prefix &* base &+ UInt64(word[skip])
            }
        }
    }

}

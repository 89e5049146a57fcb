/// Collects the words of every rule phrase and builds the lookup tables of a `Vocabulary`.
struct VocabularyBuilder {
    var words: [String] = [""]
    var flags: [WordFlags] = [[]]
    var exact = HashIndex(capacity: 256)
    var squeezed = HashIndex(capacity: 256)
    var stems = HashIndex(capacity: 16)
    var stemLengths: [Int] = []
    var deletions = HashIndex(capacity: 512)
    var keyWords: [[UInt8]] = []
    var keyIDs: [Int32] = []
    /// `isKey[id]`: the word is already a key word (a lookup per phrase word, so not a search of `keyIDs`).
    private var isKey: [Bool] = [false]
    /// Key words of eight letters or more, by their first three bytes (for two-edit misspellings).
    var longKeys: [UInt32: [Int32]] = [:]

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
        isKey.append(false)
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
        guard let id = id(of: word), word.utf8.count >= 5, !isKey[Int(id)] else { return }
        isKey[Int(id)] = true
        let bytes = Array(word.utf8)
        let index = Int32(keyWords.count)
        keyWords.append(bytes)
        keyIDs.append(id)
        if bytes.count >= Vocabulary.twoEditLength {
            longKeys[Vocabulary.prefixKey(bytes[0], bytes[1], bytes[2]), default: []].append(index)
        }
        bytes.withUnsafeBufferPointer { word in
            Vocabulary.forEachVariant(of: word) { hash in
                // A clash keeps the first word; the distance check below rejects wrong ones.
                if deletions.value(for: hash) == nil { deletions.set(index, for: hash) }
            }
        }
    }

    /// Writes the vocabulary's sections of a router image (deterministic: same words, same bytes).
    func write(into writer: inout RouterImageWriter) {
        var offsets: [Int32] = [0], bytes: [UInt8] = []
        for word in words {
            bytes.append(contentsOf: word.utf8)
            offsets.append(Int32(bytes.count))
        }
        writer.put(.wordOffsets, offsets)
        writer.put(.wordBytes, bytes)
        writer.put(.flags, flags.map(\.rawValue))
        exact.write(.exactKeys, .exactValues, into: &writer)
        squeezed.write(.squeezedKeys, .squeezedValues, into: &writer)
        stems.write(.stemKeys, .stemValues, into: &writer)
        writer.put(.stemLengths, stemLengths.map { Int32($0) })
        deletions.write(.deletionKeys, .deletionValues, into: &writer)
        var keyOffsets: [Int32] = [0], keyBytes: [UInt8] = []
        for word in keyWords {
            keyBytes.append(contentsOf: word)
            keyOffsets.append(Int32(keyBytes.count))
        }
        writer.put(.keyWordOffsets, keyOffsets)
        writer.put(.keyWordBytes, keyBytes)
        writer.put(.keyIDs, keyIDs)
        var bucketIndex = HashIndex(capacity: longKeys.count)
        var bucketOffsets: [Int32] = [0], bucketItems: [Int32] = []
        for (number, key) in longKeys.keys.sorted().enumerated() {
            bucketIndex.set(Int32(number), for: UInt64(key))
            bucketItems.append(contentsOf: longKeys[key]!)
            bucketOffsets.append(Int32(bucketItems.count))
        }
        bucketIndex.write(.longKeyKeys, .longKeyValues, into: &writer)
        writer.put(.longBucketOffsets, bucketOffsets)
        writer.put(.longBucketItems, bucketItems)
    }
}

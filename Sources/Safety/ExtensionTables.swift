/// The extra rules' layer over the core tables: their own words (ids after the core's) and their own automaton.
///
/// Words the core already knows keep their core ids, so a phrase that mixes core and new words matches the
/// same way it would in one big compile; new words resolve exactly, with doubled letters squeezed, or by
/// their stems (misspelling tolerance and run-together splitting stay a core-word feature, as before).
/// Tags are rule indexes offset by `tagOffset`, i.e. indexes into the router's `core + extra` rules.
final class ExtensionTables: Sendable {
    let matcher: PhraseMatcher
    /// The matcher's automaton (it reads it in place).
    private let image: RouterImage
    private let exact: HashIndex
    private let squeezed: HashIndex
    private let stems: HashIndex
    private let stemLengths: [Int]

    /// Compiles `rules` over `core`.
    init(_ rules: [SafetyRule], over core: Vocabulary, tagOffset: Int) {
        var exact = HashIndex(capacity: 64), squeezed = HashIndex(capacity: 64), stems = HashIndex(capacity: 16)
        var newWords: [String] = []
        var stemLengths: [Int] = []
        func id(of word: String) -> Int32 {
            if let known = core.id(of: word) ?? exact.value(for: HashIndex.hash(word)) { return known }
            let id = Int32(core.count + newWords.count)
            newWords.append(word)
            exact.set(id, for: HashIndex.hash(word))
            return id
        }
        var compiled: [(words: [PhraseWord], tag: Int32)] = []
        var cache: [Substring: [PhraseWord]] = [:]
        for (index, rule) in rules.enumerated() {
            for phrase in rule.expandedPhrases {
                let words = PhraseCompiler.words(of: phrase, cache: &cache)
                guard !words.isEmpty else { continue }
                compiled.append((words, Int32(tagOffset + index)))
                for word in words {
                    switch word {
                    case .word(let w): _ = id(of: w)
                    case .stem(let s):
                        if core.id(of: s + "*") == nil && exact.value(for: HashIndex.hash(s + "*")) == nil {
                            stems.set(id(of: s + "*"), for: HashIndex.hash(s))
                            if !stemLengths.contains(s.utf8.count) { stemLengths.append(s.utf8.count); stemLengths.sort(by: >) }
                        }
                    }
                }
            }
        }
        for (offset, word) in newWords.enumerated() where !word.hasSuffix("*") {
            let key = HashIndex.hash(TextNormaliser.squeezeAll(word))
            if squeezed.value(for: key) == nil { squeezed.set(Int32(core.count + offset), for: key) }
        }
        var allWords: [String] = []   // core and new words, spelled out only if a stem needs them
        var automaton = PhraseAutomatonBuilder()
        var stemIDs: [String: [Int32]] = [:]
        for (words, tag) in compiled {
            let sequences = PhraseCompiler.idSequences(words) { word in
                switch word {
                case .word(let w): return [id(of: w)]
                case .stem(let s):
                    if let cached = stemIDs[s] { return cached }
                    if allWords.isEmpty { allWords = (0..<core.count).map { core.word(Int32($0)) } + newWords }
                    let starting = allWords.indices.filter { $0 > 0 && !allWords[$0].hasSuffix("*") && allWords[$0].hasPrefix(s) }
                    let ids = [id(of: s + "*")] + starting.map { Int32($0) }
                    stemIDs[s] = ids
                    return ids
                }
            }
            for ids in sequences { automaton.add(ids, tag: tag) }
        }
        var writer = RouterImageWriter()
        automaton.write(into: &writer, wordCount: core.count + newWords.count)
        image = RouterImage.owning(writer.bytes(sourceHash: 0))!
        matcher = PhraseMatcher(image)
        self.exact = exact
        self.squeezed = squeezed
        self.stems = stems
        self.stemLengths = stemLengths
    }

    /// The id of a token only the extra rules know (exactly, squeezed or by stem), or nil.
    func resolve(_ token: UnsafeBufferPointer<UInt8>) -> Int32? { resolve(token, hash: HashIndex.hash(token)) }

    /// The id of a word the extra rules name exactly as written, or nil.
    func exactID(hash: UInt64) -> Int32? { exact.value(for: hash) }

    /// Same, given the token's `HashIndex.hash`.
    func resolve(_ token: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        if let id = exact.value(for: hash) { return id }
        if let id = squeezed.value(for: Vocabulary.squeezedHash(token)) { return id }
        for length in stemLengths where length <= token.count {
            if let id = stems.value(for: HashIndex.hash(UnsafeBufferPointer(rebasing: token[0..<length]))) { return id }
        }
        return nil
    }
}

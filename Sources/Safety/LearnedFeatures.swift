/// Turns one normalised line into hashed features for the learned layer: word unigrams and bigrams, and
/// character 3- and 4-grams of each word (with a space on either side), each hashed into `bucketCount`,
/// sentence by sentence (the model scores each sentence; a line scores as its riskiest sentence).
///
/// The same code produces features for training (`alongside safety features`) and for scoring, so the
/// model and the app can never disagree about what a line looks like. No allocation per n-gram: words
/// are hashed straight from the scanner's bytes (FNV-1a, 32-bit).
struct LearnedFeatures: TokenSink {
    /// Number of hash buckets (a power of two).
    static let bucketCount = 1 << 18
    static let mask = UInt32(bucketCount - 1)
    /// Character n-grams help with unseen spellings but add hash collisions; off unless they measure better.
    static let usesCharacterGrams = false

    /// Called with each feature's bucket and, for word features, the word range it covers in `text`.
    private let emit: (Int, WordSpan?) -> Void
    /// Called when a sentence ends (before the next one's first feature, and at the end of the line).
    private let sentenceEnd: () -> Void
    /// The normalised words of the line, back to back (for evidence ids).
    private(set) var text: [UInt8] = []
    private var previous: (hash: UInt32, start: Int)?
    /// How many features were emitted (the line's length for scaling).
    private(set) var count = 0

    /// A run of words in `text`: one word or a pair.
    struct WordSpan {
        let start: Int
        let end: Int
    }

    init(emit: @escaping (Int, WordSpan?) -> Void, sentenceEnd: @escaping () -> Void = {}) {
        self.emit = emit
        self.sentenceEnd = sentenceEnd
        text.reserveCapacity(256)
    }

    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>, punctuationBefore: Punctuation, joined: Bool) {
        guard !bytes.isEmpty else { return }
        if !punctuationBefore.intersection(.clauseEnd).isEmpty && !text.isEmpty {
            previous = nil
            sentenceEnd()
        }
        let start = text.count
        if start > 0 { text.append(32) }
        let wordStart = text.count
        text.append(contentsOf: bytes)
        let word = Self.hash(bytes, seed: 0x811C_9DC5)
        let common = Self.functionWords.contains(word)
        if !common { feature(word, span: WordSpan(start: wordStart, end: text.count)) }
        if let previous {
            feature(Self.mix(previous.hash, word), span: WordSpan(start: previous.start, end: text.count))
        }
        previous = (word, wordStart)
        if !common && Self.usesCharacterGrams { characterGrams(bytes) }
    }

    mutating func finish(punctuationAfter: Punctuation) { sentenceEnd() }

    private mutating func feature(_ hash: UInt32, span: WordSpan?) {
        count += 1
        emit(Int(hash & Self.mask), span)
    }

    /// 3- and 4-grams of ` word ` (words longer than 24 bytes contribute their first 24).
    private mutating func characterGrams(_ bytes: UnsafeBufferPointer<UInt8>) {
        let length = min(bytes.count, 24) + 2
        @inline(__always) func byte(_ i: Int) -> UInt8 { i == 0 || i == length - 1 ? 32 : bytes[i - 1] }
        for n in 3...4 where length >= n {
            for start in 0...(length - n) {
                var hash: UInt32 = 0x811C_9DC5 ^ UInt32(n &* 0x01000193)
                for i in start..<(start + n) { hash = (hash ^ UInt32(byte(i))) &* 0x0100_0193 }
                feature(hash, span: nil)
            }
        }
    }

    /// Pronouns, articles and other function words: they count only inside word pairs ("kill myself",
    /// "no way"), never alone, so the model cannot learn "I" or "je" as a sign of risk.
    static let functionWords: Set<UInt32> = Set("""
        i im ive ill id me my mine myself it its is be been being am are was were to the a an of and or but so in on \
        at for with that this just all you your he she they we him her them his their our us do does did dont have \
        has had will would can could should like get got up out what when how if not then there here from by about \
        as some any very really too also je j moi mon ma mes le la les l de du des et un une est suis pas ne que qui \
        en au yo me mi mis el los las y que en es no lo un una ich mich mir mein meine und der die das ist bin zu \
        nicht ein eine es
        """.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }).map { word in
            Array(word.utf8).withUnsafeBufferPointer { hash($0, seed: 0x811C_9DC5) }
        })

    /// FNV-1a over the bytes.
    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt32) -> UInt32 {
        var hash = seed
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return hash
    }

    /// The hash of a word pair, from the two word hashes.
    @inline(__always) static func mix(_ first: UInt32, _ second: UInt32) -> UInt32 {
        var hash = first &* 0x9E37_79B1
        hash ^= second &+ 0x7F4A_7C15 &+ (hash << 6) &+ (hash >> 2)
        return hash &* 0x0100_0193
    }
}

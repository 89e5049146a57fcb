/// Receives the learned layer's features of one line, sentence by sentence.
protocol FeatureConsumer {
    /// One feature's bucket and, for reporting, the words it covers in the line's `text`.
    mutating func feature(_ bucket: Int, span: FeatureSpan)
    /// The current sentence ended (before the next one's first feature, and at the end of the line).
    mutating func sentenceEnd()
}

/// A run of words in `LearnedFeatures.text`: one word or a pair.
struct FeatureSpan {
    let start: Int
    let end: Int
}

/// Turns one normalised line into hashed features for the learned layer: every word that is not a function
/// word, and every pair of neighbouring words within a sentence, each hashed into `FeatureHashing.bucketCount`
/// (the model scores each sentence; a line scores as its riskiest sentence).
///
/// The same code produces features for training (`alongside safety features`) and for scoring, so the
/// model and the app can never disagree about what a line looks like. No allocation per feature: words
/// are hashed straight from the scanner's bytes (FNV-1a, 32-bit), and the consumer is a generic parameter.
struct LearnedFeatures<Consumer: FeatureConsumer>: TokenSink {
    var consumer: Consumer
    /// The normalised words of the line, back to back (for evidence ids), when `keepsText`.
    private(set) var text: [UInt8] = []
    private let keepsText: Bool
    /// The length `text` has, or would have when it is not kept: spans are the same either way.
    private var length = 0
    private var previous: (hash: UInt32, start: Int)?

    /// Features for `consumer`; `keepsText: false` skips copying the words (spans still count them).
    init(_ consumer: Consumer, keepsText: Bool = true) {
        self.consumer = consumer
        self.keepsText = keepsText
        if keepsText { text.reserveCapacity(256) }
    }

    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>, punctuationBefore: Punctuation, joined: Bool) {
        guard !bytes.isEmpty else { return }
        if !punctuationBefore.intersection(.clauseEnd).isEmpty && length > 0 {
            previous = nil
            consumer.sentenceEnd()
        }
        if length > 0 {
            length += 1
            if keepsText { text.append(32) }
        }
        let wordStart = length
        length += bytes.count
        if keepsText { text.append(contentsOf: bytes) }
        let word = FeatureHashing.hash(bytes)
        if !FeatureHashing.isFunctionWord(word) {
            consumer.feature(FeatureHashing.bucket(word), span: FeatureSpan(start: wordStart, end: length))
        }
        if let previous {
            consumer.feature(FeatureHashing.bucket(FeatureHashing.mix(previous.hash, word)),
                             span: FeatureSpan(start: previous.start, end: length))
        }
        previous = (word, wordStart)
    }

    mutating func finish(punctuationAfter: Punctuation) { consumer.sentenceEnd() }
}

/// The hashing shared by training and scoring.
enum FeatureHashing {
    /// Number of hash buckets (a power of two).
    static let bucketCount = 1 << 18
    private static let mask = UInt32(bucketCount - 1)

    @inline(__always) static func bucket(_ hash: UInt32) -> Int { Int(hash & mask) }

    /// Pronouns, articles and other function words: they count only inside word pairs ("kill myself",
    /// "no way"), never alone, so the model cannot learn "I" or "je" as a sign of risk. Sorted hashes.
    private static let functionWords: [UInt32] = """
        i im ive ill id me my mine myself it its is be been being am are was were to the a an of and or but so in on \
        at for with that this just all you your he she they we him her them his their our us do does did dont have \
        has had will would can could should like get got up out what when how if not then there here from by about \
        as some any very really too also je j moi mon ma mes le la les l de du des et un une est suis pas ne que qui \
        en au yo me mi mis el los las y que en es no lo un una ich mich mir mein meine und der die das ist bin zu \
        nicht ein eine es
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { word in
            Array(word.utf8).withUnsafeBufferPointer { hash($0) }
        }.sorted()

    /// The function words' hashes in an open-addressing table of 512 slots by their low bits (0: empty).
    private static let functionWordSlots: [UInt32] = {
        var slots = [UInt32](repeating: 0, count: 512)
        for hash in functionWords where hash != 0 {
            var slot = Int(hash & 511)
            while slots[slot] != 0 && slots[slot] != hash { slot = (slot + 1) & 511 }
            slots[slot] = hash
        }
        return slots
    }()

    /// Whether a word hash is a function word's (a probe of a small table; no hashing of the hash).
    static func isFunctionWord(_ hash: UInt32) -> Bool {
        if hash != 0 {
            var slot = Int(hash & 511)
            while true {
                let stored = functionWordSlots[slot]
                if stored == hash { return true }
                if stored == 0 { return false }
                slot = (slot + 1) & 511
            }
        }
        var low = 0, high = functionWords.count
        while low < high {
            let middle = (low + high) / 2
            if functionWords[middle] < hash { low = middle + 1 } else { high = middle }
        }
        return low < functionWords.count && functionWords[low] == hash
    }

    /// FNV-1a over the bytes.
    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
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

/// Hashed features of one supporter utterance for the learned skill model (`SkillModel`).
///
/// Words and neighbouring word pairs of every sentence, plus the shapes that matter for listening skills:
/// each sentence's lead word and lead pair (after discourse markers such as "so", "well"), whether it ends
/// with a question mark, the same marks for the last substantive sentence, and the turn's length. Function
/// words count here ("you", "should", "what" carry the skill). Each feature is hashed (FNV-1a, 32-bit)
/// into `bucketCount` buckets. The same code produces features for training (`alongside skills features`)
/// and for scoring, so the model and the app always read a line alike.
struct SkillFeatures {
    /// Number of hash buckets (a power of two).
    static let bucketCount = 1 << 15
    private static let mask = UInt32(bucketCount - 1)

    /// The buckets of every feature of the utterance, with repeats, in order.
    private(set) var buckets: [Int] = []

    /// Extracts the features of `text`.
    init(_ text: TokenisedUtterance) {
        buckets.reserveCapacity(64)
        let sentences = text.sentences
        guard !sentences.isEmpty else { return }
        let last = sentences.lastIndex { !$0.isBackchannel } ?? sentences.count - 1
        for (index, sentence) in sentences.enumerated() {
            let words = sentence.words
            var previous = Self.hash("<s>")
            for word in words {
                let current = Self.hash(word)
                add(.word, current)
                add(.pair, previous, current)
                previous = current
            }
            add(.pair, previous, Self.hash(sentence.endsWithQuestionMark ? "</q>" : "</s>"))
            let lead = Self.hash(words[sentence.lead])
            let next = sentence.lead + 1 < words.count ? Self.hash(words[sentence.lead + 1]) : Self.hash("</s>")
            let question: UInt32 = sentence.endsWithQuestionMark ? 1 : 0
            add(.lead, lead, question)
            add(.leadPair, lead, next)
            if sentence.ledBySo { add(.shape, 1) }
            if sentence.isBackchannel { add(.shape, 2) }
            if index == last {
                add(.lastLead, lead, question)
                add(.lastLeadPair, lead, next)
                add(.shape, 3 + question)
            }
        }
        add(.shape, 10 + UInt32(min(sentences.count, 4)))
        let wordCount = sentences.reduce(0) { $0 + $1.words.count }
        add(.shape, 20 + UInt32(wordCount <= 2 ? 0 : wordCount <= 5 ? 1 : wordCount <= 12 ? 2 : wordCount <= 25 ? 3 : 4))
    }

    /// Feature families, each hashed with its own seed so a word and a lead word never share a bucket by design.
    private enum Kind: UInt32 {
        case word = 0x1001, pair = 0x2002, lead = 0x3003, leadPair = 0x4004
        case lastLead = 0x5005, lastLeadPair = 0x6006, shape = 0x7007
    }

    private mutating func add(_ kind: Kind, _ first: UInt32, _ second: UInt32 = 0) {
        buckets.append(Int(Self.mix(Self.mix(kind.rawValue, first), second) & Self.mask))
    }

    /// FNV-1a over the word's UTF-8 bytes.
    static func hash(_ word: String) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in word.utf8 { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return hash
    }

    /// Combines two hashes, order mattering (a multiply-rotate step with a final avalanche).
    @inline(__always) static func mix(_ first: UInt32, _ second: UInt32) -> UInt32 {
        var hash = (first ^ 0x2545_F491) &* 0xCC9E_2D51
        hash = (hash << 15 | hash >> 17) ^ second
        hash = hash &* 0x1B87_3593
        hash ^= hash >> 16
        hash = hash &* 0x85EB_CA6B
        return hash ^ (hash >> 13)
    }
}

/// Collects the word ids of one line and the punctuation between them.
struct LineWords: TokenSink {
    let tables: CompiledRules
    let vocabulary: Vocabulary
    private let extra: ExtensionTables?
    /// Core word ids, one per word (what the core automaton, person and negation checks read).
    var ids: [Int32] = []
    /// With extra rules: the same words, with the extra rules' own words where the core does not know them.
    var extraIDs: [Int32] = []
    /// How many words are rule words (if none, no phrase can match).
    var known = 0
    /// `punctuation[i]` is what came before word `i`.
    var punctuation: [Punctuation] = []
    var trailing: Punctuation = []
    /// Punctuation before a skipped intensifier, carried to the next word.
    private var pending: Punctuation = []

    init(tables: CompiledRules, extra: ExtensionTables? = nil) {
        self.tables = tables
        self.vocabulary = tables.vocabulary
        self.extra = extra
        ids.reserveCapacity(32)
        punctuation.reserveCapacity(32)
    }

    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>, punctuationBefore: Punctuation, joined: Bool) {
        let before = ids.count
        let exactly = vocabulary.resolve(bytes, joined: joined, into: &ids)
        let punctuationBefore = punctuationBefore.union(pending)
        pending = []
        if ids.count == before + 1 && vocabulary.flags(ids[before]).contains(.ignorable) {
            ids.removeLast()
            pending = punctuationBefore
            return
        }
        punctuation.append(punctuationBefore)
        for k in before..<ids.count {
            if k > before { punctuation.append([]) }
            if ids[k] != Vocabulary.unknown { known += 1 }
        }
        if let extra {
            if ids.count == before + 1, !exactly, let own = extra.resolve(bytes) {
                extraIDs.append(own)
                if ids[before] == Vocabulary.unknown { known += 1 }
            } else {
                extraIDs.append(contentsOf: ids[before...])
            }
        }
    }

    mutating func finish(punctuationAfter: Punctuation) { trailing = punctuationAfter.union(pending) }

    /// Punctuation right after word `index`.
    func punctuation(after index: Int) -> Punctuation {
        index + 1 < punctuation.count ? punctuation[index + 1] : trailing
    }

    /// Flags of word `index`.
    @inline(__always) func flags(_ index: Int) -> WordFlags { vocabulary.flags(ids[index]) }
}

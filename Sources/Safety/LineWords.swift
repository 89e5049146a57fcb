/// Collects the word ids of one line and the punctuation between them.
struct LineWords: TokenSink {
    // Not retained: a word list lives only while the router that made it (and its scratch) is assessing a line.
    unowned(unsafe) let tables: CompiledRules
    let vocabulary: Vocabulary
    private unowned(unsafe) let extra: ExtensionTables?
    /// Whether there are extra rules (tested per word without touching `extra`).
    private let hasExtra: Bool
    /// Remembered lookups of words the core does not know as written (nil: look each up).
    private let memo: WordMemo?
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
        hasExtra = extra != nil
        memo = nil
        ids.reserveCapacity(32)
        punctuation.reserveCapacity(32)
    }

    /// An empty word list that takes its arrays (and word memo) from `scratch`; `giveBack` returns them.
    init(tables: CompiledRules, extra: ExtensionTables?, reusing scratch: inout RouterScratch) {
        self.tables = tables
        self.vocabulary = tables.vocabulary
        self.extra = extra
        hasExtra = extra != nil
        memo = scratch.memo(for: tables, extra: extra)
        swap(&ids, &scratch.ids)
        swap(&extraIDs, &scratch.extraIDs)
        swap(&punctuation, &scratch.punctuation)
        ids.removeAll(keepingCapacity: true)
        extraIDs.removeAll(keepingCapacity: true)
        punctuation.removeAll(keepingCapacity: true)
        if ids.capacity < 32 { ids.reserveCapacity(32) }
        if punctuation.capacity < 32 { punctuation.reserveCapacity(32) }
    }

    /// Hands the arrays back to `scratch` for the next line.
    mutating func giveBack(to scratch: inout RouterScratch) {
        swap(&ids, &scratch.ids)
        swap(&extraIDs, &scratch.extraIDs)
        swap(&punctuation, &scratch.punctuation)
    }

    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>, punctuationBefore: Punctuation, joined: Bool) {
        let before = ids.count
        // The core's id(s) for the token and, for one word the core does not know as written, the extra
        // rules' own id (-1: none); words not known as written are looked up once per memo.
        var exactly = false
        var own: Int32 = -1
        let hash = HashIndex.hash(bytes)
        if let id = vocabulary.exactID(hash: hash) {
            ids.append(id)
            exactly = true
        } else if let memo, let remembered = memo.recall(bytes, hash: hash, joined: joined, into: &ids) {
            own = remembered
        } else {
            vocabulary.resolveUnknown(bytes, joined: joined, into: &ids)
            if hasExtra, ids.count == before + 1, let found = extra?.resolve(bytes, hash: hash) { own = found }
            memo?.remember(bytes, hash: hash, joined: joined, resolved: ids, from: before, extraID: own)
        }
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
        if hasExtra {
            if ids.count == before + 1, !exactly, own >= 0 {
                extraIDs.append(own)
                if ids[before] == Vocabulary.unknown { known += 1 }
            } else {
                for k in before..<ids.count { extraIDs.append(ids[k]) }
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

    /// Whether a clause break (`,` `.` `?` `:`) comes right before word `index`.
    @inline(__always) func breaksClause(before index: Int) -> Bool {
        index < punctuation.count && !punctuation[index].intersection(.clauseEnd).isEmpty
    }

    /// Whether a clause break or a pause (`,` or a dash) comes right before word `index`.
    @inline(__always) func pauses(before index: Int) -> Bool {
        index < punctuation.count && !punctuation[index].intersection([.comma, .sentence, .question, .colon]).isEmpty
    }

    /// The first word of the clause holding word `index` (no clause break between it and `index`).
    func clauseStart(at index: Int) -> Int {
        var start = index
        while start > 0 && !breaksClause(before: start) { start -= 1 }
        return start
    }

    /// One past the clause that goes on after word `index`: the first later word a clause break comes before, or
    /// the line's end.
    func clauseEnd(after index: Int) -> Int {
        var end = index + 1
        while end < ids.count && !breaksClause(before: end) { end += 1 }
        return min(end, ids.count)
    }

    /// Who word `index` names, if it names someone: the one place every check (phrases, word pairs, frames,
    /// who acts) asks. French "du" ("of the": "je vais sauter du pont ce soir") is not German "du" ("you") when
    /// a French first-person word comes before it in the clause.
    func person(at index: Int) -> LineReading.Person? {
        let flags = flags(index)
        if flags.contains(.firstPerson) { return .first }
        if flags.contains(.secondPerson) { return isFrenchDu(at: index) || isSpanishYa(at: index) ? nil : .second }
        if flags.contains(.thirdPerson) { return .third }
        return nil
    }

    private func isFrenchDu(at index: Int) -> Bool {
        guard vocabulary.word(ids[index]) == "du" else { return false }
        return (clauseStart(at: index)..<index).contains { LineWords.frenchFirstPerson.contains(vocabulary.word(ids[$0])) }
    }

    private static let frenchFirstPerson: Set<String> = ["je", "j", "moi", "me", "m"]

    /// Spanish "ya" ("already": "ya no le veo sentido"), not English slang "ya" ("you"): "no" follows it, or a Spanish
    /// first-person or function word stands in its clause.
    private func isSpanishYa(at index: Int) -> Bool {
        guard vocabulary.word(ids[index]) == "ya" else { return false }
        if index + 1 < ids.count, !breaksClause(before: index + 1), vocabulary.word(ids[index + 1]) == "no" { return true }
        return (clauseStart(at: index)..<clauseEnd(after: index)).contains {
            LineWords.spanishFirstPerson.contains(vocabulary.word(ids[$0]))
        }
    }

    /// Words that mark a clause as Spanish: first-person words and function words English slang does not use
    /// ("ya escribí las cartas": no pronoun, but "las").
    private static let spanishFirstPerson: Set<String> = [
        "yo", "me", "mi", "mis", "quiero", "voy", "estoy", "tengo", "puedo", "soy",
        "las", "los", "el", "del", "que", "con", "una", "pero", "porque", "para", "por", "muy", "nada", "todo", "esta",
    ]
}

/// Collects the word ids of one line and the punctuation between them.
struct LineWords: TokenSink {
    // Not retained: a word list lives only while the router that made it (and its scratch) is assessing a line.
    unowned(unsafe) let tables: CompiledRules
    private unowned(unsafe) let extra: ExtensionTables?
    /// The line's columns, owned by the caller's `RouterScratch`.
    private let columns: WordColumns
    /// Whether there are extra rules (tested per word without touching `extra`).
    private let hasExtra: Bool
    /// Remembered lookups of words the core does not know as written (nil: look each up).
    private let memo: WordMemo?
    /// How many words are rule words (if none, no phrase can match).
    var known = 0
    var trailing: Punctuation = []
    /// Punctuation before a skipped intensifier, carried to the next word.
    private var pending: Punctuation = []

    /// The core rules' vocabulary. Read in place through `tables` (`tables.vocabulary.flags(...)`): a stored copy
    /// made every copy of a word list move its fourteen table views, and a local copy moved them for every word.
    @inline(__always) var vocabulary: Vocabulary { tables.vocabulary }
    /// Core word ids, one per word (what the core automaton, person and negation checks read).
    @inline(__always) var ids: WordColumn<Int32> { WordColumn(base: columns.ids, count: columns.count) }
    /// With extra rules: the same words, with the extra rules' own words where the core does not know them.
    @inline(__always) var extraIDs: WordColumn<Int32> { WordColumn(base: columns.extraIDs, count: hasExtra ? columns.count : 0) }
    /// `punctuation[i]` is what came before word `i`.
    @inline(__always) var punctuation: WordColumn<Punctuation> { WordColumn(base: columns.punctuation, count: columns.count) }

    /// An empty word list in `scratch`'s columns (and with its word memo).
    init(tables: CompiledRules, extra: ExtensionTables?, reusing scratch: inout RouterScratch) {
        self.tables = tables
        self.extra = extra
        hasExtra = extra != nil
        memo = scratch.memo(for: tables, extra: extra)
        columns = scratch.columns
        columns.count = 0
    }

    /// Nothing to hand back: the columns stay with the scratch (kept so callers read the same as before).
    func giveBack(to scratch: inout RouterScratch) {}

    mutating func token(_ bytes: UnsafeBufferPointer<UInt8>, punctuationBefore: Punctuation, joined: Bool) {
        let columns = self.columns
        let before = columns.count
        // The core's id(s) for the token and, for one word the core does not know as written, the extra
        // rules' own id (-1: none); words not known as written are looked up once per memo.
        var exactly = false
        var own: Int32 = -1
        let hash = HashIndex.hash(bytes)
        if let id = tables.vocabulary.exactID(hash: hash) {
            columns.append(id)
            exactly = true
        } else if let memo, let remembered = memo.recall(bytes, hash: hash, joined: joined, into: columns) {
            own = remembered
        } else {
            var found = columns.found
            columns.found = []
            found.removeAll(keepingCapacity: true)
            tables.vocabulary.resolveUnknown(bytes, joined: joined, into: &found)
            if hasExtra, let extra {
                if found.count == 1, let id = extra.resolve(bytes, hash: hash) {
                    own = id
                } else if found.count > 1, let id = extra.exactID(hash: hash) {
                    // A word the extra rules name is read as itself, not split into core words: with a rule about
                    // "permission", the text's "permission" is no longer "per mission" (which no rule of it matches).
                    found.removeAll(keepingCapacity: true)
                    found.append(Vocabulary.unknown)
                    own = id
                }
            }
            memo?.remember(bytes, hash: hash, joined: joined, resolved: found, from: 0, extraID: own)
            for id in found { columns.append(id) }
            columns.found = found
        }
        let punctuationBefore = punctuationBefore.union(pending)
        pending = []
        let count = columns.count
        let ids = columns.ids
        if count == before + 1 && tables.vocabulary.flags(ids[before]).contains(.ignorable) {
            columns.count = before
            pending = punctuationBefore
            return
        }
        let punctuation = columns.punctuation
        punctuation[before] = punctuationBefore
        for k in before..<count {
            if k > before { punctuation[k] = [] }
            if ids[k] != Vocabulary.unknown { known += 1 }
        }
        if hasExtra {
            let extraIDs = columns.extraIDs
            if count == before + 1, !exactly, own >= 0 {
                extraIDs[before] = own
                if ids[before] == Vocabulary.unknown { known += 1 }
            } else {
                for k in before..<count { extraIDs[k] = ids[k] }
            }
        }
    }

    mutating func finish(punctuationAfter: Punctuation) { trailing = punctuationAfter.union(pending) }

    /// Punctuation right after word `index`.
    func punctuation(after index: Int) -> Punctuation {
        index + 1 < columns.count ? columns.punctuation[index + 1] : trailing
    }

    /// Flags of word `index`.
    @inline(__always) func flags(_ index: Int) -> WordFlags { tables.vocabulary.flags(ids[index]) }

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
            LineWords.spanishMarkers.contains(vocabulary.word(ids[$0]))
        }
    }

    /// Words that mark a clause as Spanish: first-person words and function words English slang does not use
    /// ("ya escribí las cartas": no pronoun, but "las").
    private static let spanishMarkers: Set<String> = [
        "yo", "me", "mi", "mis", "quiero", "voy", "estoy", "tengo", "puedo", "soy",
        "las", "los", "el", "del", "que", "con", "una", "pero", "porque", "para", "por", "muy", "nada", "todo", "esta",
    ]
}

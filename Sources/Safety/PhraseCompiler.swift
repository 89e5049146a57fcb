/// One word of a compiled phrase: an exact normalised word or a stem (`suicid*`).
enum PhraseWord: Hashable, Sendable {
    case word(String)
    case stem(String)
}

/// Turns rules into the vocabulary and the phrase automaton the router runs.
enum PhraseCompiler {
    /// Function words the router reads for negation and for who a phrase is about.
    static let functionWords: [(String, WordFlags)] = {
        var list: [(String, WordFlags)] = []
        for w in "i me my myself mine im ive id ill je j moi yo mi ich mich mir mein meine meinen quiero voy estoy tengo".split(separator: " ") {
            list.append((String(w), .firstPerson))
        }
        for w in "you your yours yourself youre youve youll youd u ur ya tu toi vous usted du dich dir dein deine".split(separator: " ") {
            list.append((String(w), .secondPerson))
        }
        for w in "he she they him her them his hers their theyre hes shes il elle ils er el ella".split(separator: " ") {
            list.append((String(w), .thirdPerson))
        }
        for w in "not never dont doesnt didnt wont wouldnt isnt arent wasnt aint nobody noone nicht niemals jamais nunca nie".split(separator: " ") {
            list.append((String(w), .negator))
        }
        list.append(("no", .adjacentNegator))
        for w in ("i im am is be been going gonna to want wanna ever really actually planning plan trying try "
                  + "about thinking think feeling feel would will could do ill id self like any have had of thoughts "
                  + "urge urges plans intention got saying say tried attempted thought considered essaye intentado").split(separator: " ") {
            list.append((String(w), .filler))
        }
        for w in "someone somebody anyone anybody people person alguien jemand quelquun".split(separator: " ") {
            list.append((String(w), .generic))
        }
        for w in "if whether how what why cuando wenn".split(separator: " ") {
            list.append((String(w), .hypothetical))
        }
        for w in "and but then with avec puis mais con luego pero und oder mit dann aber".split(separator: " ") {
            list.append((String(w), .joiner))
        }
        for w in ignorableWords { list.append((w, .ignorable)) }
        return list
    }()

    /// Intensifiers dropped from text and phrases before matching.
    static let ignorableWords: [String] = ("just really honestly actually literally seriously truly totally completely "
        + "even kinda so very fucking fkn fking freaking ever still simply genuinely tbh finally already "
        + "juste vraiment tellement realmente einfach nur wirklich echt").split(separator: " ").map(String.init)

    private static let ignorableSet = Set(ignorableWords)

    /// Core words too common to be worth matching misspellings of.
    static let notKeyWords: Set<String> = [
        "going", "gonna", "right", "there", "their", "about", "would", "could", "should", "without", "better",
        "anymore", "someone", "everyone", "never", "because", "really", "today", "thinking", "other", "where",
        "still", "being", "again", "every", "after", "before", "tonight", "please", "while", "doing", "their",
        // German "Messer" (knife) is one edit from "messed" ("I messed up again" was read as a means cue).
        "messer",
    ]

    /// The words of one expanded phrase, normalised like user text.
    static func words(of phrase: String) -> [PhraseWord] {
        var cache: [Substring: [PhraseWord]] = [:]
        return words(of: phrase, cache: &cache)
    }

    /// Same, remembering each written word's normal form in `cache`.
    static func words(of phrase: String, cache: inout [Substring: [PhraseWord]]) -> [PhraseWord] {
        var result: [PhraseWord] = []
        for piece in phrase.split(separator: " ") {
            if let known = cache[piece] {
                result.append(contentsOf: known)
                continue
            }
            var normal: [PhraseWord] = []
            if piece == "#" || piece == "##" {
                normal = [.word(String(piece))]
            } else if piece.count > 1 && piece.hasSuffix("*") {
                let stem = TextNormaliser.tokens(String(piece.dropLast())).joined()
                if !stem.isEmpty { normal = [.stem(stem)] }
            } else {
                normal = TextNormaliser.tokens(String(piece)).filter { !ignorableSet.contains($0) }.map { PhraseWord.word($0) }
            }
            cache[piece] = normal
            result.append(contentsOf: normal)
        }
        return result
    }

    /// Compiles `rules` into router image bytes; pattern tags are indexes into `rules`.
    static func image(_ rules: [SafetyRule], coreCount: Int, sourceHash: UInt64 = 0, lexiconSize: Int = 0) -> [UInt8] {
        var builder = VocabularyBuilder()
        for (word, flags) in functionWords { builder.add(word, flags: flags) }
        var compiled: [(words: [PhraseWord], tag: Int32)] = []
        var cache: [Substring: [PhraseWord]] = [:]
        for (index, rule) in rules.enumerated() {
            for phrase in rule.expandedPhrases {
                let words = words(of: phrase, cache: &cache)
                guard !words.isEmpty else { continue }
                compiled.append((words, Int32(index)))
                for word in words {
                    switch word {
                    case .word(let w):
                        builder.add(w)
                        if index < coreCount && !notKeyWords.contains(w) { builder.addKeyWord(w) }
                    case .stem(let s):
                        _ = builder.addStem(s)
                    }
                }
            }
        }
        builder.finishWords()
        var stemIDs: [String: [Int32]] = [:]
        var automaton = PhraseAutomatonBuilder()
        for (words, tag) in compiled {
            let sequences = idSequences(words) { word in
                switch word {
                case .word(let w):
                    return [builder.id(of: w) ?? Vocabulary.unknown]
                case .stem(let s):
                    if let cached = stemIDs[s] { return cached }
                    let ids = [builder.id(of: s + "*") ?? Vocabulary.unknown] + builder.ids(startingWith: s)
                    stemIDs[s] = ids
                    return ids
                }
            }
            for ids in sequences { automaton.add(ids, tag: tag) }
        }
        var writer = RouterImageWriter()
        builder.write(into: &writer)
        automaton.write(into: &writer, wordCount: builder.words.count)
        writer.put(.ruleFacts, RuleFactsSection.bytes(rules))
        return writer.bytes(sourceHash: sourceHash, lexiconSize: lexiconSize)
    }

    /// Every word-id sequence a phrase stands for, given the ids each of its words may be (several for a stem);
    /// stops growing past 4,096 sequences.
    static func idSequences(_ words: [PhraseWord], choices: (PhraseWord) -> [Int32]) -> [[Int32]] {
        var sequences: [[Int32]] = [[]]
        for word in words {
            let options = choices(word)
            sequences = sequences.flatMap { prefix in options.map { prefix + [$0] } }
            if sequences.count > 4096 { break }
        }
        return sequences
    }

    /// Compiles `rules` into tables held in memory (for rules added at run time).
    static func compile(_ rules: [SafetyRule], coreCount: Int) -> CompiledRules {
        CompiledRules(RouterImage.owning(image(rules, coreCount: coreCount))!)
    }

    /// Hash of everything a core image is compiled from: the lexicon text, the compiler's word lists and the
    /// image format. An embedded image with another hash is stale and is not used.
    static func sourceHash(lexicon: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = HashIndex.hash(lexicon)
        let lists = functionWords.map { "\($0.0)=\($0.1.rawValue)" } + ["|"] + notKeyWords.sorted()
            + ["|", String(RouterImage.formatVersion), String(Vocabulary.twoEditLength)]
        for item in lists {
            for byte in item.utf8 + [0] { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        return h
    }
}

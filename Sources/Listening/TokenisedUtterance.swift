/// One sentence of an utterance, as lower-case word tokens.
struct Sentence: Sendable {
    /// The words, lower-cased, fillers and stutters removed.
    var words: [String]
    /// Whether the sentence ended with a question mark.
    var endsWithQuestionMark: Bool
    /// Index of the first word after leading discourse markers ("okay, so, well...").
    var lead: Int
    /// Whether "so" was among the leading discourse markers (a common reflection opener).
    var ledBySo: Bool
    /// Whether the sentence holds only backchannel words ("mm-hmm", "okay", "right").
    var isBackchannel: Bool
}

/// An utterance split once into sentences and words, so every cue is matched on the same tokens.
struct TokenisedUtterance: Sendable {
    /// The sentences in order; never contains an empty sentence.
    let sentences: [Sentence]

    /// Words dropped everywhere: hesitation fillers.
    static let fillers: Set<String> = ["um", "umm", "uh", "uhh", "er", "erm", "uhm", "ah", "eh"]
    /// Words skipped at the start of a sentence before start-anchored cues are tried.
    static let discourseMarkers: Set<String> = [
        "okay", "ok", "so", "well", "and", "yeah", "yes", "yep", "yup", "alright", "right", "now", "but", "oh",
        "great", "good", "sure", "mm", "hmm", "mhm", "huh", "hey", "then", "also", "absolutely", "exactly",
        "cool", "wow", "gotcha", "fine", "all", "anyway", "anyways", "like", "gosh", "ah", "wonderful", "perfect",
        "excellent", "awesome", "fantastic", "nice", "true", "sorry", "thanks", "no", "or",
    ]
    /// Words that alone make a backchannel.
    static let backchannel: Set<String> = [
        "okay", "ok", "yeah", "yes", "yep", "yup", "right", "mm", "hmm", "mhm", "huh", "uh", "um", "sure",
        "alright", "all", "gotcha", "oh", "i", "see", "wow", "good", "great", "cool", "exactly", "absolutely",
        "fine", "true", "nice", "ah", "no", "mmm", "so",
    ]

    /// Splits `text` into sentences (at `.`, `!`, `?`, `;` and line breaks) and words.
    init(_ text: String) {
        var text = text
        if let sentences = text.withUTF8({ Self.tokeniseASCII($0) }) {
            self.sentences = sentences
            return
        }
        var sentences: [Sentence] = []
        var words: [String] = []
        var word = ""
        var previous: Unicode.Scalar = " "

        func endWord() {
            guard !word.isEmpty else { return }
            let w = word.hasSuffix("'") ? String(word.dropLast()) : word
            word = ""
            if w.isEmpty || Self.fillers.contains(w) { return }
            if let last = words.last, last == w, w.count > 0, !w.allSatisfy(\.isNumber) { return }  // stutter
            words.append(w)
        }
        func endSentence(question: Bool) {
            endWord()
            if words.isEmpty {
                if question, !sentences.isEmpty { sentences[sentences.count - 1].endsWithQuestionMark = true }
                return
            }
            sentences.append(Self.makeSentence(words, question: question))
            words = []
        }

        let scalars = Array(text.lowercased().unicodeScalars)
        for (i, s) in scalars.enumerated() {
            switch s {
            case "a"..."z", "0"..."9":
                word.unicodeScalars.append(s)
            case "'", "\u{2019}", "\u{2018}", "\u{02BC}":
                if !word.isEmpty { word.append("'") }
            case "?":
                endSentence(question: true)
            case "!", ";", "\n", "\u{2026}":
                endSentence(question: false)
            case ".":
                let nextIsDigit = i + 1 < scalars.count && ("0"..."9").contains(scalars[i + 1])
                if previous.properties.numericType != nil, nextIsDigit {
                    word.unicodeScalars.append(s)
                } else {
                    endSentence(question: false)
                }
            default:
                if s.properties.isAlphabetic { word.unicodeScalars.append(s) } else { endWord() }
            }
            previous = s
        }
        endSentence(question: false)
        self.sentences = sentences
    }

    /// The same tokenisation on plain ASCII bytes, without Unicode look-ups; `nil` when `bytes` holds any
    /// non-ASCII byte (the general path handles those).
    private static func tokeniseASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> [Sentence]? {
        var sentences: [Sentence] = []
        var words: [String] = []
        words.reserveCapacity(24)
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var previous: UInt8 = 0x20

        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        func endWord() {
            guard !word.isEmpty else { return }
            if word.last == 0x27 { word.removeLast() }
            guard !word.isEmpty else { return }
            let w = String(decoding: word, as: UTF8.self)
            let allDigits = word.allSatisfy(isDigit)
            let short = word.count <= 4
            word.removeAll(keepingCapacity: true)
            if short, fillers.contains(w) { return }  // every filler has at most 4 letters
            if let last = words.last, last == w, !allDigits { return }  // stutter
            words.append(w)
        }
        func endSentence(question: Bool) {
            endWord()
            if words.isEmpty {
                if question, !sentences.isEmpty { sentences[sentences.count - 1].endsWithQuestionMark = true }
                return
            }
            sentences.append(makeSentence(words, question: question))
            words = []
            words.reserveCapacity(24)
        }

        for i in bytes.indices {
            var b = bytes[i]
            guard b < 0x80 else { return nil }
            if b >= 0x41 && b <= 0x5A { b += 0x20 }
            switch b {
            case 0x61...0x7A, 0x30...0x39:
                word.append(b)
            case 0x27:
                if !word.isEmpty { word.append(0x27) }
            case 0x3F:
                endSentence(question: true)
            case 0x21, 0x3B, 0x0A:
                endSentence(question: false)
            case 0x2E:
                if isDigit(previous), i + 1 < bytes.count, isDigit(bytes[i + 1]) {
                    word.append(b)
                } else {
                    endSentence(question: false)
                }
            default:
                endWord()
            }
            previous = b
        }
        endSentence(question: false)
        return sentences
    }

    private static func makeSentence(_ words: [String], question: Bool) -> Sentence {
        var lead = 0
        var ledBySo = false
        while lead < words.count - 1 {
            let w = words[lead]
            if discourseMarkers.contains(w) {
                if w == "so" { ledBySo = true }
                lead += 1
            } else if w == "you", words[lead + 1] == "know", lead + 2 < words.count {
                lead += 2
            } else if w == "i", lead + 2 < words.count, ["mean", "guess", "see"].contains(words[lead + 1]) {
                lead += 2
            } else {
                break
            }
        }
        let isBackchannel = words.count <= 4 && words.allSatisfy { backchannel.contains($0) }
        return Sentence(words: words, endsWithQuestionMark: question, lead: lead, ledBySo: ledBySo,
                        isBackchannel: isBackchannel)
    }
}

/// What the help-seeker just said, read for a reflection: its feeling words and its main content, said back
/// in the second person ("I lost my job" → "you lost your job").
///
/// Used to build rewrites that fit the persona's own story instead of a stock sentence.
public struct SeekerStatement: Sendable, Equatable {
    /// The feeling words the help-seeker used, in order ("tired", "alone").
    public let feelings: [String]
    /// The most telling sentence turned round to the second person, without final punctuation.
    public let content: String?

    /// Reads `line`; a leading speaker name ("Alex: ...") is dropped.
    public init(_ line: String) {
        var text = Substring(line)
        if let colon = text.firstIndex(of: ":"), text[..<colon].split(separator: " ").count <= 2,
           text[..<colon].first?.isUppercase == true {
            text = text[text.index(after: colon)...]
        }
        let sentences = Self.sentences(String(text))
        var feelings: [String] = []
        for sentence in sentences {
            for word in Self.feelings(in: sentence) where !feelings.contains(word) { feelings.append(word) }
        }
        self.feelings = feelings
        // The most telling sentence: one with a feeling word, else the longest.
        let chosen = sentences.first { !Self.feelings(in: $0).isEmpty }
            ?? sentences.max { Self.words($0).count < Self.words($1).count }
        content = chosen.map(Self.secondPerson).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A tentative reflection of the statement ("It sounds like you lost your job last month, and it's been a
    /// lot."), or `nil` when the line had nothing to reflect.
    public var reflection: String? {
        guard let content else { return nil }
        let lead = "It sounds like " + content
        if let feeling = feelings.first, !Self.words(content).contains(feeling) {
            return lead + ", and you're feeling \(feeling)."
        }
        if feelings.isEmpty { return lead + ", and that's a lot to carry." }
        return lead + "."
    }

    /// Feeling words worth naming back.
    static let feelingWords: Set<String> = [
        "tired", "exhausted", "scared", "afraid", "frightened", "alone", "lonely", "hurt", "angry", "stressed",
        "anxious", "worried", "nervous", "sad", "ashamed", "embarrassed", "guilty", "lost", "overwhelmed", "stuck",
        "empty", "numb", "hopeless", "useless", "rubbish", "awful", "terrible", "panicking", "trapped", "heavy",
        "frustrated", "upset", "low", "down", "miserable", "worn", "drained", "invisible", "burden", "quiet",
    ]

    /// Feeling words that are often something else ("I lost my job", "the house is quiet"): they count only
    /// after a word that marks a feeling ("I feel lost", "so quiet").
    static let ambiguousFeelings: Set<String> = ["lost", "down", "low", "heavy", "quiet", "worn", "stuck", "empty"]
    static let feelingMarkers: Set<String> = ["feel", "feels", "feeling", "felt", "so", "really", "very", "i'm", "am", "quite", "bit"]

    /// The feeling words of one sentence, in order.
    static func feelings(in sentence: String) -> [String] {
        let words = words(sentence)
        return words.indices.compactMap { i in
            let word = words[i]
            guard feelingWords.contains(word) else { return nil }
            if ambiguousFeelings.contains(word), i == 0 || !feelingMarkers.contains(words[i - 1]) { return nil }
            return word
        }
    }

    /// First-person words and their second-person forms.
    private static let swaps: [String: String] = [
        "i": "you", "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", "me": "you",
        "my": "your", "mine": "yours", "myself": "yourself", "am": "are", "we": "you", "our": "your", "us": "you",
        "im": "you're", "ive": "you've",
    ]

    private static func sentences(_ text: String) -> [String] {
        text.split(whereSeparator: { ".!?;\n".contains($0) })
            .map { $0.trimmingCharacters(in: " ,") }
            .filter { words($0).count >= 2 }
    }

    static func words(_ sentence: String) -> [String] {
        sentence.lowercased().replacingApostrophes().split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
    }

    /// `sentence` with first-person words swapped, "was" after "I" made "were", and the first letter lower-cased.
    private static func secondPerson(_ sentence: String) -> String {
        let tokens = sentence.replacingApostrophes().split(separator: " ").map(String.init)
        var out: [String] = []
        var previous = ""
        for token in tokens {
            let core = token.trimmingCharacters(in: ",:\"")
            let lower = core.lowercased()
            var word = core
            if let swap = swaps[lower] {
                word = swap
            } else if lower == "was", previous == "i" {
                word = "were"
            } else if out.isEmpty, core != "I", !core.hasPrefix("I'") {
                word = lower
            }
            let leading = token.prefix { ",:\"".contains($0) }
            let trailing = leading.count == token.count ? "" : String(token.suffix(token.reversed().prefix { ",:\"".contains($0) }.count))
            out.append(String(leading) + word + String(trailing))
            previous = lower
        }
        return out.joined(separator: " ").trimmingCharacters(in: " ,")
    }
}

private extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let first = s.first, set.contains(first) { s = s.dropFirst() }
        while let last = s.last, set.contains(last) { s = s.dropLast() }
        return String(s)
    }

    func replacingApostrophes() -> String { String(String(self).map { $0 == "\u{2019}" ? "'" : $0 }) }
}

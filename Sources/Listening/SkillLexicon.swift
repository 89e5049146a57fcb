/// The weighted cue phrases of `Resources/cues.tsv`, compiled into the binary and indexed by first word.
struct SkillLexicon: Sendable {
    /// Where a cue may match in a sentence.
    enum Anchor: String, Sendable { case start, any }

    /// What a cue votes for: a skill, or `depth` (meaning or feeling beyond the words).
    enum Target: Sendable, Equatable {
        case skill(ListeningSkill)
        case depth
    }

    /// One cue phrase and its vote.
    struct Cue: Sendable {
        let target: Target
        let weight: Double
        let anchor: Anchor
        let words: [String]
        /// The phrase as written in the lexicon, quoted for `SkillClassification.cues`.
        let label: String
    }

    /// Cues keyed by their first word (`*` never starts a cue).
    let cuesByFirstWord: [String: [Cue]]

    /// The lexicon shipped with the library, parsed once.
    static let shipped = SkillLexicon(tsv: String(decoding: PackageResources.cues_tsv, as: UTF8.self))

    /// Parses lexicon lines `skill<TAB>weight<TAB>anchor<TAB>phrase`; `#` comments and blank lines are skipped.
    /// Malformed lines are dropped (the lexicon's own test checks that none are).
    init(tsv: String) {
        var index: [String: [Cue]] = [:]
        for cue in Self.parse(tsv).compactMap({ $0 }) {
            index[cue.words[0], default: []].append(cue)
        }
        cuesByFirstWord = index
    }

    /// Parses every non-comment line; `nil` marks a malformed line.
    static func parse(_ tsv: String) -> [Cue?] {
        tsv.split(whereSeparator: \.isNewline).compactMap { raw -> Cue?? in
            let line = raw.trimmingCharacters(in: " ")
            if line.isEmpty || line.hasPrefix("#") { return .none }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, let weight = Double(fields[1]), let anchor = Anchor(rawValue: fields[2]) else {
                return .some(nil)
            }
            let target: Target
            if fields[0] == "depth" {
                target = .depth
            } else if let skill = ListeningSkill(rawValue: fields[0]) {
                target = .skill(skill)
            } else {
                return .some(nil)
            }
            let words = fields[3].split(separator: " ").map(String.init)
            guard let first = words.first, first != "*" else { return .some(nil) }
            return .some(Cue(target: target, weight: weight, anchor: anchor, words: words, label: "\"\(fields[3])\""))
        }
    }

    /// Calls `body` for every cue matching `sentence`, honouring anchors.
    ///
    /// A start cue may begin at the sentence's first word or anywhere up to its lead word (after the
    /// discourse markers), so "Good for you" and "Okay, so tell me more" both match their start cues.
    func forEachMatch(in sentence: Sentence, _ body: (Cue) -> Void) {
        let words = sentence.words
        for position in words.indices {
            guard let candidates = cuesByFirstWord[words[position]] else { continue }
            for cue in candidates {
                if cue.anchor == .start, position > sentence.lead { continue }
                guard position + cue.words.count <= words.count else { continue }
                var matches = true
                for offset in 1..<max(cue.words.count, 1) where cue.words[offset] != "*" {
                    if words[position + offset] != cue.words[offset] { matches = false; break }
                }
                if matches { body(cue) }
            }
        }
    }
}

private extension Substring {
    func trimmingCharacters(in set: Character) -> Substring {
        var s = self
        while s.first == set || s.first == "\r" { s = s.dropFirst() }
        while s.last == set || s.last == "\r" { s = s.dropLast() }
        return s
    }
}

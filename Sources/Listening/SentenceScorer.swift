/// Scores one sentence: lexicon cues plus structural cues (question forms, you-statements, numbers).
struct SentenceScorer: Sendable {
    let lexicon: SkillLexicon

    /// Question words that open an open question.
    static let whWords: Set<String> = [
        "what", "how", "why", "where", "when", "who", "which", "whom", "whose",
        "what's", "how's", "where's", "who's", "when's", "why's", "what're", "how'd", "what'd",
    ]
    /// Words after "how" that ask for a number or a length of time: such a question is closed ("How often...?").
    static let numberAskers: Set<String> = ["long", "often", "many", "old"]
    /// Auxiliary verbs that open a yes/no question.
    static let auxiliaries: Set<String> = [
        "do", "does", "did", "are", "is", "was", "were", "can", "could", "would", "will", "have", "has", "had",
        "should", "shall", "may", "might", "am", "don't", "doesn't", "didn't", "aren't", "isn't", "wasn't",
        "weren't", "can't", "couldn't", "wouldn't", "won't", "haven't", "hasn't", "hadn't", "shouldn't",
    ]
    /// Words that can follow an auxiliary in a yes/no question.
    static let subjects: Set<String> = [
        "you", "i", "we", "they", "he", "she", "it", "that", "this", "there", "anything", "anyone", "anybody",
        "someone", "somebody", "your", "things", "people", "any", "everything", "those", "these", "the", "a",
        "my", "his", "her", "their", "our", "something", "all", "now", "today", "maybe",
    ]
    /// Openers of the supporter's own agenda or experience, which are never reflections.
    static let selfOpeners: Set<String> = ["i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we'll", "let's", "let", "my", "me"]
    /// Words that point at the listener; a plain statement about them leans towards a reflection.
    static let listenerWords: Set<String> = ["you", "you're", "you've", "you'd", "you'll", "your", "yourself", "yours"]

    /// Whether `word` is one of `listenerWords` (all start with "y", checked first to skip hashing).
    static func isListenerWord(_ word: String) -> Bool {
        word.utf8.first == UInt8(ascii: "y") && listenerWords.contains(word)
    }

    /// Whether `word` starts with a digit or another numeric character.
    static func startsWithNumber(_ word: String) -> Bool {
        guard let byte = word.utf8.first else { return false }
        if byte < 0x80 { return byte >= 0x30 && byte <= 0x39 }
        return word.first?.isNumber == true
    }

    /// The wh-word of the last open question that starts after the sentence's lead ("..., what do you think?"): a
    /// wh-word followed by an auxiliary, or a contracted one ("what's"); nil when there is none.
    static func innerWhQuestion(_ words: [String], after lead: Int) -> String? {
        var found: String?
        var i = lead + 1
        while i < words.count {
            let word = words[i]
            if whWords.contains(word), word.contains("'") || (i + 1 < words.count && auxiliaries.contains(words[i + 1])) {
                found = word
            }
            i += 1
        }
        return found
    }

    /// Pronouns that follow the auxiliary of a closing yes/no question or a question tag ("was it", "hasn't it").
    static let tagSubjects: Set<String> = ["it", "that", "you", "he", "she", "they", "we", "this", "there", "i"]

    /// The yes/no question that ends a wh-question after its own clause ("What time did you go to bed, was it late?":
    /// "was it"), or nil. It is an auxiliary and a pronoun after the wh-question's own inverted auxiliary ("did you";
    /// a contracted "what's" has its own), not after a subject ("if it was you"), within the last six words, with no
    /// wh-word in the three words before it ("what else have you") or after it, and not "do you think / reckon"
    /// (", do you think?" keeps a question open). "How much of the day do you spend...?" has none.
    static func closingYesNo(_ words: [String], after lead: Int) -> String? {
        var ownQuestionSeen = words[lead].contains("'")
        var j = lead + 1
        while j + 1 < words.count {
            defer { j += 1 }
            guard auxiliaries.contains(words[j]), subjects.contains(words[j + 1]) || tagSubjects.contains(words[j + 1])
            else { continue }
            guard ownQuestionSeen else { ownQuestionSeen = true; continue }
            if tagSubjects.contains(words[j + 1]), !subjects.contains(words[j - 1]), !auxiliaries.contains(words[j - 1]),
               !words[max(lead + 1, j - 3)..<j].contains(where: whWords.contains), words.count - j <= 6,
               !words[(j + 2)...].contains(where: whWords.contains),
               !(j + 2 < words.count && ["think", "reckon", "suppose", "imagine", "mean"].contains(words[j + 2])) {
                return words[j] + " " + words[j + 1]
            }
        }
        return nil
    }

    /// The question tag a statement ends with ("..., hasn't it", "..., don't you"), or nil.
    static func questionTag(_ words: [String], after lead: Int) -> String? {
        guard words.count - lead >= 4, let last = words.last, tagSubjects.contains(last) else { return nil }
        let verb = words[words.count - 2]
        guard verb.hasSuffix("n't"), auxiliaries.contains(verb) else { return nil }
        return verb + " " + last
    }

    /// Words of social talk (greetings, thanks, praise, agreement) that keep a short fragment from being an echo.
    static let socialWords: Set<String> = [
        "hi", "hello", "hey", "bye", "goodbye", "goodnight", "night", "morning", "afternoon", "evening", "welcome",
        "thanks", "thank", "cheers", "please", "sorry", "pardon", "good", "great", "nice", "wow", "cool", "perfect",
        "excellent", "fine", "sure", "absolutely", "exactly", "definitely", "certainly", "course", "problem", "worries",
        "fair", "true", "agreed", "awesome", "fantastic", "wonderful", "brilliant", "lovely", "congratulations",
        "see", "got", "gotcha", "indeed", "interesting", "anyway", "go", "take", "hang", "care", "listening", "here",
        "hear", "meet", "next", "time", "moment", "second", "minute", "minutes", "again", "ahead", "yes", "no",
        "okay", "ok", "alright", "right", "yeah", "yep", "nope", "so", "well", "oh", "ah", "hmm", "mm", "mhm", "huh",
        "congrats", "bless", "luck", "birthday", "dear", "breath", "breaths",
    ]

    /// Whether `sentence` is a short statement fragment in the person's words ("Discouraged.", "Pretty scary."):
    /// at most five words after the lead, no question mark, not about the supporter, no listener word, and no word of
    /// social talk. Only used when no cue matched.
    static func isEcho(_ sentence: Sentence) -> Bool {
        let words = sentence.words
        guard !sentence.endsWithQuestionMark, !sentence.isBackchannel, words.count - sentence.lead <= 5,
              !selfOpeners.contains(words[sentence.lead]) else { return false }
        return !words.contains { socialWords.contains($0) || isListenerWord($0) }
    }

    /// Evidence for each skill in `sentence`, and the depth (meaning beyond the words) it carries.
    ///
    /// `seekerWords` are the help-seeker's words just before, if known: a feeling word the supporter
    /// only repeats adds no depth.
    func score(_ sentence: Sentence, seekerWords: Set<String>, collectingCues: Bool = true) -> SkillScores {
        var lexical = SkillScores(collectingCues: collectingCues)
        var depth = 0.0
        var depthCues: [String] = []
        var matches: [(slot: Int, weight: Double, label: String)] = []
        lexicon.forEachMatch(in: sentence) { cue in
            switch cue.target {
            case .depth:
                if !seekerWords.isEmpty, cue.words.allSatisfy({ seekerWords.contains($0) }) { return }
                depth += cue.weight
                if collectingCues { depthCues.append(cue.label) }
            case .skill(let skill):
                matches.append((skill.slot, cue.weight, collectingCues ? cue.label : ""))
            }
        }
        // The strongest cue counts fully, further cues for the same skill a quarter: nested phrases
        // ("tell me", "tell me more") must not add up to certainty.
        var seen: UInt32 = 0
        for (index, match) in matches.enumerated() where seen & (1 << match.slot) == 0 {
            seen |= 1 << match.slot
            let skill = ListeningSkill.allCases[match.slot]
            let rest = matches[(index + 1)...]
            guard rest.contains(where: { $0.slot == match.slot }) else {
                lexical.add(match.weight, to: skill, cue: match.label)
                continue
            }
            let mine = matches[index...].filter { $0.slot == match.slot }
            let weights = mine.map(\.weight).sorted(by: >)
            let total = weights[0] + 0.25 * weights.dropFirst().reduce(0, +)
            for (i, other) in mine.enumerated() {
                lexical.add(i == 0 ? total : 0, to: skill, cue: other.label)
            }
        }

        var scores = lexical
        if let minimising = MinimisingPatterns.score(sentence), lexical[.judgment] < minimising.weight {
            scores.add(minimising.weight - lexical[.judgment], to: .judgment, cue: minimising.label)
        }
        if let strength = StrengthPatterns.score(sentence), lexical[.affirmation] < strength.weight {
            scores.add(strength.weight - lexical[.affirmation], to: .affirmation, cue: strength.label)
        }
        let words = sentence.words
        let lead = words[sentence.lead]
        let next = sentence.lead + 1 < words.count ? words[sentence.lead + 1] : nil
        let question = sentence.endsWithQuestionMark
        var questionForm = false

        if sentence.isBackchannel {
            if question {
                scores.add(2.0, to: .closedQuestion, cue: "check-in question")
            } else {
                scores.add(2.0, to: .other, cue: "backchannel")
            }
            return scores
        }
        let nextIsAuxiliary = next.map { Self.auxiliaries.contains($0) } ?? true
        if Self.whWords.contains(lead), question || nextIsAuxiliary || lead.contains("'") {
            if lead == "how", let next, Self.numberAskers.contains(next) {
                // "How often...?", "How many...?": a question that asks for a number is closed (MI coding).
                scores.add(question ? 3.5 : 3.0, to: .closedQuestion, cue: "asks for a number (how \(next))")
            } else if question, lexical[.openQuestion] < 4, let tail = Self.closingYesNo(words, after: sentence.lead) {
                // "What time did you get to bed, was it late?": the yes/no question it ends with is what is asked.
                scores.add(3.5, to: .closedQuestion, cue: "ends with a yes/no question (\(tail))")
            } else if lexical[.closedQuestion] < 4 {
                scores.add(question ? 3.5 : 3.0, to: .openQuestion, cue: "wh-question (\(lead))")
            }
            questionForm = true
        } else if Self.auxiliaries.contains(lead), let next, Self.subjects.contains(next) {
            // "Can you tell me...", "Would you like to say more...": an invitation to talk is open, not yes/no.
            if lexical[.openQuestion] < 4 {
                scores.add(question ? 3.0 : 2.5, to: .closedQuestion, cue: "yes/no question (\(lead) \(next))")
            }
            questionForm = true
        } else if question, let wh = Self.innerWhQuestion(words, after: sentence.lead) {
            // Run-on speech: "You said the mornings are worst, what happens then?" asks openly mid-sentence (but
            // "On a scale of one to ten, how...?" asks for a number: its decisive closed cue stands).
            if lexical[.closedQuestion] < 4 {
                scores.add(3.0, to: .openQuestion, cue: "wh-question mid-sentence (\(wh))")
            }
            questionForm = true
        } else if question {
            scores.add(1.5, to: .closedQuestion, cue: "question mark")
        } else if let tag = Self.questionTag(words, after: sentence.lead) {
            // "It's been a hard few months, hasn't it": a tag asks for a yes or no even without the question mark.
            scores.add(2.5, to: .closedQuestion, cue: "question tag (\(tag))")
            questionForm = true
        }

        let asksAboutRisk = questionForm && lexical[.advice] >= 3 && RiskInquiry.mentionsRisk(words)
        if asksAboutRisk { scores[.advice] = 0 }
        if questionForm, lexical[.advice] >= 3, !asksAboutRisk {
            // "Have you tried...?", "Why don't you...?": advice phrased as a question is still advice
            // (but "Have you thought about hurting yourself?" asks about risk: it stays a question).
            scores[.openQuestion] = 0
            scores[.closedQuestion] = 0
            scores.add(0, to: .advice, cue: "advice phrased as a question")
        }
        if questionForm {
            // Reflective words inside a question belong to the question ("Do you feel...?").
            scores[.reflection] = 0
            scores[.complexReflection] = 0
        } else if !Self.selfOpeners.contains(lead) {
            if sentence.ledBySo {
                scores.add(question ? 1.0 : 1.5, to: .reflection, cue: "so-opener")
            } else if !question, words.contains(where: Self.isListenerWord) {
                if scores[.reflection] + scores[.complexReflection] == 0 {
                    scores.add(1.0, to: .reflection, cue: "statement about the person")
                }
            } else if !question, words.count >= 6 {
                scores.add(1.0, to: .information, cue: "general statement")
            }
        }
        if words.contains(where: Self.startsWithNumber) {
            scores.add(1.5, to: .information, cue: "number")
        }
        if scores.ranked().bestScore == 0, Self.isEcho(sentence) {
            // "Discouraged." / "Pretty scary, really." said back: a fragment of the person's own words is a reflection.
            scores.add(1.0, to: .reflection, cue: "short echo of their words")
        }

        let reflective = scores[.reflection] + scores[.complexReflection]
        if reflective > 0 {
            let cappedDepth = min(depth, 3)
            if scores[.complexReflection] > 0 || cappedDepth >= 1.5 {
                scores.move(.reflection, to: .complexReflection, bonus: cappedDepth * 0.5)
                for cue in depthCues { scores.add(0, to: .complexReflection, cue: cue) }
            }
        }
        if scores.ranked().bestScore == 0 {
            scores.add(1.0, to: .other, cue: "no listening cue")
        }
        return scores
    }
}

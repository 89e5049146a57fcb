/// What a trainee's line is about, so a persona can answer the question asked ("Do you have children who could
/// visit?" is about `family`), not only react to the listening skill.
///
/// A small keyword reader: a direct question about suicide, self-harm or safety is about `risk`; a question about time ("when", "how long", "how often") is about `time` whatever
/// it names; otherwise the first topic in `order` whose words the line uses. The engine stores the result as
/// `last_topic` (empty when no topic is clear); docs/roleplay.md lists the topics.
public enum ReplyTopic {
    /// Topics in priority order, with the words that signal them.
    public static let order: [(topic: String, words: Set<String>)] = [
        ("family", ["children", "child", "kids", "kid", "grandchildren", "grandkids", "grandchild", "daughter", "daughters",
                    "son", "sons", "family", "husband", "wife", "partner", "mum", "mom", "mother", "dad", "father",
                    "parents", "parent", "sister", "sisters", "brother", "brothers", "siblings", "relatives", "girlfriend",
                    "boyfriend", "ex"]),
        ("friends", ["friend", "friends", "neighbour", "neighbours", "neighbor", "neighbors", "mates", "mate", "company",
                     "visitors", "lonely", "loneliness", "alone", "flatmate", "flatmates", "housemates"]),
        ("sleep", ["sleep", "sleeping", "slept", "asleep", "bed", "bedtime", "awake", "insomnia", "nights", "night"]),
        ("study", ["exam", "exams", "revision", "revise", "revising", "study", "studying", "course", "uni", "university",
                   "college", "school", "grades", "teacher", "lecturer", "essay", "coursework", "tutor"]),
        ("work", ["job", "jobs", "work", "working", "boss", "career", "unemployed", "interview", "fired", "redundant", "colleagues"]),
        ("money", ["money", "rent", "bills", "afford", "pay", "debt", "loan", "lend", "borrow", "cash", "overdraft"]),
        ("health", ["health", "doctor", "gp", "ill", "illness", "pain", "medication", "medicine", "eating", "eat", "appetite",
                    "drinking", "alcohol", "drink", "hospital"]),
        ("activities", ["tv", "television", "telly", "hobby", "hobbies", "crossword", "reading", "read", "walk", "walks",
                        "garden", "gardening", "music", "club", "church", "paper", "games", "gaming", "watch", "watching",
                        "shows", "programmes", "football", "sport", "exercise", "relax", "relaxing", "unwind", "fun", "weekends"]),
        ("help", ["help", "helps", "helped", "support", "therapist", "counsellor", "counselor", "helpline", "service", "services"]),
        ("feelings", ["feel", "feeling", "feelings", "felt", "mood", "sad", "scared", "afraid", "anxious", "worried", "angry",
                      "upset", "hurt", "like"]),
    ]

    /// The topic of `line`: `risk` for a direct question about suicide or safety, `time` for a question about when or how long, else the first topic whose words appear,
    /// else `""`.
    public static func of(_ line: String) -> String {
        if RiskInquiry.of(line) == .directQuestion { return "risk" }
        let sentences = TokenisedUtterance(line).sentences
        for sentence in sentences where asksAboutTime(sentence) { return "time" }
        let words = Set(sentences.flatMap(\.words))
        for entry in order where !entry.words.isDisjoint(with: words) {
            if entry.topic == "feelings", entry.words.intersection(words) == ["like"], !asksWhatItIsLike(sentences) { continue }
            return entry.topic
        }
        return ""
    }

    /// "When...?", "How long...?", "How often...?", "What time...?", "How many years...?", "Since when...?".
    private static func asksAboutTime(_ sentence: Sentence) -> Bool {
        let words = sentence.words
        let lead = sentence.lead
        guard lead < words.count else { return false }
        if words[lead] == "when", sentence.endsWithQuestionMark { return true }
        guard lead + 1 < words.count else { return false }
        let pair = (words[lead], words[lead + 1])
        switch pair {
        case ("how", "long"), ("how", "often"), ("what", "time"), ("since", "when"): return true
        case ("how", "many"): return lead + 2 < words.count && ["years", "days", "weeks", "months", "hours", "times"].contains(words[lead + 2])
        default: return false
        }
    }

    /// "What's that like?", "What is it like for you?": asking about feelings, unlike other uses of "like".
    private static func asksWhatItIsLike(_ sentences: [Sentence]) -> Bool {
        sentences.contains { sentence in
            let words = sentence.words
            guard sentence.endsWithQuestionMark, let last = words.lastIndex(of: "like") else { return false }
            return words[..<last].contains { ["what", "what's", "how"].contains($0) }
        }
    }
}

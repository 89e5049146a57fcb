/// Recognises the two crisis-support moves that feedback must credit, never mark down: asking directly about
/// suicide or self-harm ("Are you thinking about suicide?") and offering a help line.
///
/// Suicide-intervention trainings (ASIST, QPR, safeTALK) teach asking straight out as their core skill: it
/// does not put the idea in anyone's head, and a yes-or-no question is the right form for it. So these lines
/// keep their skill in `skills classify` (a closed question stays `closed_question`), but `PracticeFeedback`
/// leaves them out of the question figures, never offers them as a rewrite, and praises them instead.
public enum RiskInquiry: String, Sendable, Codable {
    /// A direct question about suicide, self-harm or safety right now.
    case directQuestion = "direct_risk_question"
    /// An offer of a help line or crisis service (with or without a question).
    case helpLineOffer = "help_line_offer"

    /// Which crisis-support move `utterance` is, if any.
    public static func of(_ utterance: String) -> RiskInquiry? {
        let text = TokenisedUtterance(utterance)
        for sentence in text.sentences {
            let words = sentence.words
            guard isQuestion(sentence), mentionsRisk(words) else { continue }
            return .directQuestion
        }
        let all = text.sentences.flatMap(\.words)
        if offersHelpLine(all) { return .helpLineOffer }
        return nil
    }

    /// A question mark, or a sentence opened by an auxiliary or a wh-word ("Are you thinking of...").
    private static func isQuestion(_ sentence: Sentence) -> Bool {
        if sentence.endsWithQuestionMark { return true }
        let lead = sentence.words[sentence.lead]
        return SentenceScorer.auxiliaries.contains(lead) || SentenceScorer.whWords.contains(lead)
    }

    /// Words naming suicide, self-harm or wanting to die.
    private static let riskWords: Set<String> = [
        "suicide", "suicidal", "selfharm",
    ]
    /// Two- and three-word phrases naming suicide, self-harm or immediate safety.
    private static let riskPhrases: [[String]] = [
        ["kill", "yourself"], ["killing", "yourself"], ["end", "your", "life"], ["ending", "your", "life"],
        ["take", "your", "own"], ["taking", "your", "own"], ["hurt", "yourself"], ["hurting", "yourself"],
        ["harm", "yourself"], ["harming", "yourself"], ["self", "harm"], ["cut", "yourself"], ["cutting", "yourself"],
        ["safe", "right", "now"], ["safe", "tonight"], ["you", "safe"], ["not", "be", "here"], ["not", "being", "here"],
        ["not", "to", "be", "here"], ["no", "longer", "be", "here"], ["not", "wake", "up"], ["end", "it", "all"],
        ["ending", "it", "all"], ["to", "die"], ["were", "dead"], ["be", "dead"],
    ]

    /// Whether `words` name suicide, self-harm or immediate safety.
    static func mentionsRisk(_ words: [String]) -> Bool {
        if words.contains(where: riskWords.contains) { return true }
        return riskPhrases.contains { phrase in contains(words, phrase) }
    }

    /// Phrases that offer a help line or crisis service.
    private static let offerPhrases: [[String]] = [
        ["helpline"], ["help", "line"], ["crisis", "line"], ["samaritans"], ["hotline"], ["lifeline"],
        ["people", "you", "can", "talk", "to"], ["someone", "you", "can", "talk", "to"], ["text", "line"],
        ["crisis", "service"], ["emergency", "number"],
    ]

    private static func offersHelpLine(_ words: [String]) -> Bool {
        offerPhrases.contains { contains(words, $0) }
    }

    private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard words.count >= phrase.count else { return false }
        for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
            if Array(words[start..<(start + phrase.count)]) == phrase { return true }
        }
        return false
    }
}

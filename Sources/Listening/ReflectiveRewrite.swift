/// A supporter's fixing move or closed question, with a reflective statement to try in its place.
public struct ReflectiveRewrite: Sendable, Equatable, Codable {
    /// The supporter's own words.
    public let original: String
    /// What the original was classified as (`closed_question`, `advice` or `judgment`).
    public let skill: ListeningSkill
    /// A reflection that keeps the original's content but says it back instead of asking or telling.
    public let suggestion: String

    /// Creates a rewrite from its parts.
    public init(original: String, skill: ListeningSkill, suggestion: String) {
        self.original = original
        self.skill = skill
        self.suggestion = suggestion
    }

    /// Turns a closed question into a tentative reflection when its shape allows it ("Are you worried about
    /// her?" → "It sounds like you're worried about her."); `nil` when no faithful statement can be made.
    public static func reflect(closedQuestion text: String) -> String? {
        var body = text.trimmingWhitespaceAndPunctuation()
        guard !body.isEmpty else { return nil }
        let lower = body.lowercased()
        for (lead, replacement) in leads where lower.hasPrefix(lead) {
            body = String(body.dropFirst(lead.count))
            let rest = body.trimmingWhitespaceAndPunctuation()
            let words = rest.lowercased().split(separator: " ")
            guard !words.isEmpty, !words.contains(where: { $0.hasPrefix("any") || $0 == "ever" || $0 == "yet" }) else { return nil }
            // "Do you have family nearby?" asks whether something exists; "you have family nearby" would be a guess.
            if words[0] == "have" || words[0] == "got" { return nil }
            return "It sounds like \(replacement)\(rest)."
        }
        return nil
    }

    /// The rewrite a session most needs: its strongest judgment (minimising included), else its strongest
    /// advice, else a closed question (one whose shape turns into a statement first, or one whose persona line is
    /// known); `nil` if none.
    ///
    /// For judgment and advice, the suggestion reflects the persona's statement just before the line (its
    /// feeling and content words); a stock sentence only when that statement is unknown.
    static func mostNeeded(in turns: [PracticeTurn]) -> ReflectiveRewrite? {
        let classifier = ListeningClassifier()
        for skill in [ListeningSkill.judgment, .advice] {
            let moves = turns.filter { $0.skill == skill }
            guard let first = moves.first else { continue }
            let worst = moves.dropFirst().reduce((first, classifier.fixingStrength(first.text))) { best, move in
                let strength = classifier.fixingStrength(move.text)
                return strength > best.1 ? (move, strength) : best
            }.0
            let suggestion = worst.seeker.flatMap { SeekerStatement($0).reflection } ?? fixingAlternative
            return ReflectiveRewrite(original: worst.text, skill: skill, suggestion: suggestion)
        }
        let closed = turns.filter { $0.skill == .closedQuestion }
        for question in closed {
            if let statement = reflect(closedQuestion: question.text) ?? question.seeker.flatMap({ SeekerStatement($0).reflection }) {
                return ReflectiveRewrite(original: question.text, skill: .closedQuestion, suggestion: statement)
            }
        }
        return closed.first.map {
            ReflectiveRewrite(original: $0.text, skill: .closedQuestion,
                              suggestion: $0.seeker.flatMap { SeekerStatement($0).reflection }
                                  ?? "It sounds like that has been on your mind a lot.")
        }
    }

    /// The closed-question openings that read naturally as statements, and how the statement begins.
    private static let leads: [(String, String)] = [
        ("are you feeling ", "you're feeling "), ("do you feel ", "you feel "), ("are you ", "you're "),
        ("were you ", "you were "), ("is it ", "it's "), ("is that ", "that's "), ("was it ", "it was "),
        ("was that ", "that was "), ("do you ", "you "), ("would you ", "you would "),
    ]

    /// A general reflective alternative to advice or judgment, which cannot be turned round word by word.
    public static let fixingAlternative = "It sounds like this has been weighing on you, and you've been trying hard to work it out."
}

extension String {
    /// Without surrounding spaces, question marks, full stops and exclamation marks.
    func trimmingWhitespaceAndPunctuation() -> String {
        let ignored: Set<Character> = [" ", "\t", "\n", "?", ".", "!", "\u{2026}"]
        var scalars = Substring(self)
        while let first = scalars.first, ignored.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, ignored.contains(last) { scalars = scalars.dropLast() }
        return String(scalars)
    }
}

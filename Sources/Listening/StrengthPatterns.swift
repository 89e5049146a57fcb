/// Structural signs of an affirmation that phrase lists miss: a strength or effort word said about the person
/// ("You've shown a lot of patience", "It took guts to tell your boss", "I admire how honest you've been").
enum StrengthPatterns {
    /// Affirmation evidence for `sentence`, or `nil`.
    ///
    /// The sentence must be about the listener (a you-word, "it took", "that took", "that shows", or the
    /// supporter's admiration: "I admire", "I'm struck by", "I respect"), must not be a question, and must hold a
    /// strength word that does not name the person's own wish or doubt ("you feel strong", "not strong enough").
    static func score(_ sentence: Sentence) -> (weight: Double, label: String)? {
        guard !sentence.endsWithQuestionMark else { return nil }
        let words = sentence.words
        let aboutThem = words.contains(where: SentenceScorer.isListenerWord)
            || admiration.contains { contains(words, $0) }
        guard aboutThem || words.first == "it" || words.first == "that" else { return nil }
        guard aboutThem || words.contains("took") || words.contains("shows") else { return nil }
        for (i, word) in words.enumerated() where strengths.contains(word) {
            let before = words[max(0, i - 2)..<i]
            if before.contains(where: doubts.contains) { continue }
            return (3.5, "strength word (\(word))")
        }
        if admiration.contains(where: { contains(words, $0) }) { return (3.5, "admiration") }
        return nil
    }

    /// Virtues and efforts worth naming back.
    private static let strengths: Set<String> = [
        "patience", "patient", "guts", "strength", "strong", "courage", "courageous", "brave", "bravery", "determination",
        "determined", "resilience", "resilient", "honesty", "honest", "kindness", "caring", "thoughtful", "committed",
        "commitment", "effort", "persistence", "persistent", "resourceful", "wisdom", "wise", "insight", "insightful",
        "capable", "generous", "loyal", "dedication", "dedicated", "perseverance", "persevered", "grit",
    ]
    /// Words that turn a strength word into a doubt or a wish ("not strong enough", "you want to be brave").
    private static let doubts: Set<String> = ["not", "feel", "feeling", "felt", "want", "wish", "enough", "more", "need", "isn't", "aren't"]
    /// The supporter's own admiration.
    private static let admiration: [[String]] = [["i", "admire"], ["i'm", "struck", "by"], ["i", "respect"], ["i'm", "in", "awe"]]

    private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard words.count >= phrase.count else { return false }
        for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
            if (1..<phrase.count).allSatisfy({ words[start + $0] == phrase[$0] }) { return true }
        }
        return false
    }
}

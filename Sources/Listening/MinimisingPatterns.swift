/// Structural signs of judgment that phrase lists miss: minimising, silver linings, dismissing a feeling as
/// excessive, comparing with people who "cope", and telling someone to stop a feeling.
///
/// Each rule looks at the shape of a sentence rather than one fixed phrase, so new wordings of the same move
/// are caught ("Stop feeling sorry for yourself", "Plenty of people go through breakups and they're fine").
enum MinimisingPatterns {
    /// Judgment evidence for `sentence` (0 when none), with the label of the rule that fired.
    static func score(_ sentence: Sentence) -> (weight: Double, label: String)? {
        let words = sentence.words
        let lead = sentence.lead
        guard lead < words.count else { return nil }
        // "Stop feeling/being/worrying...": an order to stop a feeling.
        if words[lead] == "stop", lead + 1 < words.count, words[lead + 1].hasSuffix("ing") {
            return (4.0, "stop + -ing")
        }
        // "At least...": the silver lining that minimises.
        if words[lead] == "at", lead + 1 < words.count, words[lead + 1] == "least" { return (4.0, "at least") }
        // "overthinking", "overreacting", "overdramatic"...
        if words.contains(where: { $0.hasPrefix("overthink") || $0.hasPrefix("overreact") || $0.hasPrefix("overdramati") }) {
            return (4.0, "over-")
        }
        // Comparing with others who cope: "lots of people... and they're fine", "other people have it worse".
        let crowd = contains(words, ["plenty", "of", "people"]) || contains(words, ["lots", "of", "people"])
            || contains(words, ["loads", "of", "people"]) || contains(words, ["other", "people"]) || words.contains("everyone")
        let coping: Set<String> = ["fine", "worse", "harder", "cope", "manage", "deal", "survive", "okay"]
        if crowd, words.contains(where: coping.contains) { return (4.0, "others cope") }
        // "You'll laugh about this", "you'll get over it", "you'll be fine": waving the feeling off.
        if let i = words.firstIndex(of: "you'll"), i + 1 < words.count,
           ["laugh", "forget", "get", "be"].contains(words[i + 1]),
           words.contains(where: ["laugh", "forget", "over", "fine"].contains) {
            return (3.5, "you'll get over it")
        }
        // "It's been months/years, you have to...": time as a reason to stop grieving.
        if contains(words, ["it's", "been"]), words.contains(where: ["months", "years", "weeks", "ages", "long"].contains),
           words.contains(where: ["have", "need", "should", "must", "ought"].contains) {
            return (4.0, "it's been long enough")
        }
        // "That's a ridiculous thing...": a judging adjective, unless it names the person's own feeling ("you feel silly").
        let judging: Set<String> = ["ridiculous", "silly", "daft", "stupid", "pathetic", "irrational", "petty", "childish", "crazy"]
        if let i = words.firstIndex(where: judging.contains),
           i == 0 || !["feel", "feels", "feeling", "felt", "seem", "look"].contains(words[i - 1]) {
            return (3.5, "judging word")
        }
        // "Is it honestly/really that bad", "that big a deal": a question that shrinks the problem.
        if sentence.endsWithQuestionMark, words.contains("that"),
           words.contains(where: ["really", "honestly", "actually", "seriously"].contains),
           words.contains(where: ["bad", "big", "serious", "hard", "important"].contains) {
            return (4.0, "is it really that bad")
        }
        return nil
    }

    private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard words.count >= phrase.count else { return false }
        return (0...(words.count - phrase.count)).contains { Array(words[$0..<($0 + phrase.count)]) == phrase }
    }
}

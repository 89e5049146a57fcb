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
        let crowd = words.contains("everyone") || crowds.contains { contains(words, $0) }
        if crowd, words.contains(where: coping.contains) { return (4.0, "others cope") }
        // "You'll laugh about this", "you'll get over it", "you'll be fine": waving the feeling off.
        if let i = words.firstIndex(of: "you'll"), i + 1 < words.count,
           wavingVerbs.contains(words[i + 1]),
           words.contains(where: wavedOff.contains) {
            return (3.5, "you'll get over it")
        }
        // "It's been months/years, you have to...": time as a reason to stop grieving.
        if contains(words, itsBeen), words.contains(where: spans.contains), words.contains(where: musts.contains) {
            return (4.0, "it's been long enough")
        }
        // "That's a ridiculous thing...": a judging adjective, unless it names the person's own feeling ("you feel silly").
        if let i = words.firstIndex(where: judging.contains),
           i == 0 || !feelingVerbs.contains(words[i - 1]) {
            return (3.5, "judging word")
        }
        // "Is it honestly/really that bad", "that big a deal": a question that shrinks the problem.
        if sentence.endsWithQuestionMark, words.contains("that"),
           words.contains(where: intensifiers.contains), words.contains(where: sizes.contains) {
            return (4.0, "is it really that bad")
        }
        return nil
    }

    private static let crowds: [[String]] = [["plenty", "of", "people"], ["lots", "of", "people"], ["loads", "of", "people"], ["other", "people"]]
    private static let itsBeen = ["it's", "been"]
    private static let wavingVerbs: Set<String> = ["laugh", "forget", "get", "be"]
    private static let coping: Set<String> = ["fine", "worse", "harder", "cope", "manage", "deal", "survive", "okay"]
    private static let wavedOff: Set<String> = ["laugh", "forget", "over", "fine"]
    private static let spans: Set<String> = ["months", "years", "weeks", "ages", "long"]
    private static let musts: Set<String> = ["have", "need", "should", "must", "ought"]
    private static let judging: Set<String> = ["ridiculous", "silly", "daft", "stupid", "pathetic", "irrational", "petty", "childish", "crazy"]
    private static let feelingVerbs: Set<String> = ["feel", "feels", "feeling", "felt", "seem", "look"]
    private static let intensifiers: Set<String> = ["really", "honestly", "actually", "seriously"]
    private static let sizes: Set<String> = ["bad", "big", "serious", "hard", "important"]

    /// Whether `phrase` occurs in `words` as consecutive words (no allocation).
    private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard words.count >= phrase.count else { return false }
        for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
            if (1..<phrase.count).allSatisfy({ words[start + $0] == phrase[$0] }) { return true }
        }
        return false
    }
}

import DialogueRuntime

/// Valid answers for each kind of prompt, for walking scripts without a person: every sensible answer
/// (to explore branches) or one picked at random.
public enum PromptAnswers {
    /// Replies a trainee might give, in different listening skills.
    public static let replies = [
        "It sounds like this week has been really heavy for you.",
        "What has been the hardest part?",
        "Have you told anyone?",
        "You should try to get more sleep.",
        "That makes sense, anyone would feel tired after that.",
        "So the exam, the late nights and the worry have all piled up.",
    ]
    public static let texts = ["okay", "a walk by the river", "my sister", "not sure yet", ""]
    public static let items = ["lamp", "window", "cup", "book", "plant", "chair", "door", "shoe", "clock", "rug"]

    /// Answers worth trying at a prompt to reach different branches (first is the default path).
    public static func all(for kind: PromptKind) -> [String] {
        switch kind {
        case .text: return ["okay"]
        case .nonEmpty: return ["okay"]
        case .listen: return [replies[0], replies[3]]
        case .yesNo: return ["yes", "no"]
        case .integer(let min, let max):
            return Array(Set([(min + max) / 2, min, max])).sorted().map(String.init)
        case .list(let min, _): return [list(min)]
        case .choice(let labels): return labels.indices.map { String($0 + 1) }
        }
    }

    /// One valid answer picked with `random`.
    public static func random(for kind: PromptKind, _ random: inout SplitMix64) -> String {
        switch kind {
        case .text: return texts[random.index(below: texts.count)]
        case .nonEmpty: return texts[random.index(below: texts.count - 1)]
        case .listen: return replies[random.index(below: replies.count)]
        case .yesNo: return ["yes", "no", "Yes.", "nope", "sure"][random.index(below: 5)]
        case .integer(let min, let max): return String(min + random.index(below: max - min + 1))
        case .list(let min, let max): return list(min + random.index(below: Swift.min(max, min + 5) - min + 1))
        case .choice(let labels): return String(random.index(below: labels.count) + 1)
        }
    }

    /// `count` distinct items separated by commas.
    public static func list(_ count: Int) -> String {
        (0..<count).map { $0 < items.count ? items[$0] : "thing \($0 + 1)" }.joined(separator: ", ")
    }

    /// Whether a person types free words here (where crisis language can appear).
    public static func isFreeText(_ kind: PromptKind) -> Bool {
        switch kind {
        case .text, .nonEmpty, .list, .listen: return true
        default: return false
        }
    }
}

import DialogueRuntime

/// Valid answers for each kind of prompt, for walking scripts without a person: every sensible answer
/// (to explore branches) or one picked at random.
enum PromptAnswers {
    /// Replies a trainee might give, in different listening skills.
    static let replies = [
        "It sounds like this week has been really heavy for you.",
        "What has been the hardest part?",
        "Have you told anyone?",
        "You should try to get more sleep.",
        "That makes sense, anyone would feel tired after that.",
        "So the exam, the late nights and the worry have all piled up.",
    ]
    static let texts = ["okay", "a walk by the river", "my sister", "not sure yet", ""]
    static let items = ["lamp", "window", "cup", "book", "plant", "chair", "door", "shoe", "clock", "rug"]

    /// Answers worth trying at a prompt to reach different branches (first is the default path).
    static func all(for kind: PromptKind) -> [String] {
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
    static func random(for kind: PromptKind, _ random: inout WalkRandom) -> String {
        switch kind {
        case .text: return texts[random.below(texts.count)]
        case .nonEmpty: return texts[random.below(texts.count - 1)]
        case .listen: return replies[random.below(replies.count)]
        case .yesNo: return ["yes", "no", "Yes.", "nope", "sure"][random.below(5)]
        case .integer(let min, let max): return String(min + random.below(max - min + 1))
        case .list(let min, let max): return list(min + random.below(Swift.min(max, min + 5) - min + 1))
        case .choice(let labels): return String(random.below(labels.count) + 1)
        }
    }

    /// `count` distinct items separated by commas.
    static func list(_ count: Int) -> String {
        (0..<count).map { $0 < items.count ? items[$0] : "thing \($0 + 1)" }.joined(separator: ", ")
    }

    /// Whether a person types free words here (where crisis language can appear).
    static func isFreeText(_ kind: PromptKind) -> Bool {
        switch kind {
        case .text, .nonEmpty, .list, .listen: return true
        default: return false
        }
    }
}

/// A small seeded generator (SplitMix64) for random walks; the same seed gives the same walks.
struct WalkRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform number in `0..<count` (`count` must be positive).
    mutating func below(_ count: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(count)).high)
    }
}

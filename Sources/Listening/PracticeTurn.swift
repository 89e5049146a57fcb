/// One trainee turn of a practice session: what they said, its listening skill, and what the persona said
/// just before (if known), so feedback can reflect the persona's own words.
public struct PracticeTurn: Sendable, Equatable {
    /// The trainee's words.
    public let text: String
    /// The classifier's skill for `text`.
    public let skill: ListeningSkill
    /// The persona's last statement before this turn (e.g. "Alex: I'm not sleeping."), if known.
    public let seeker: String?

    /// Creates a turn from its parts.
    public init(text: String, skill: ListeningSkill, seeker: String? = nil) {
        self.text = text
        self.skill = skill
        self.seeker = seeker
    }
}

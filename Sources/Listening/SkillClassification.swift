/// The classifier's verdict on one supporter utterance: a skill, how sure it is, and why.
public struct SkillClassification: Sendable, Equatable {
    /// The main listening behaviour of the utterance.
    public let skill: ListeningSkill
    /// How sure the classifier is, in 0...1 (rounded to two decimals).
    public let confidence: Double
    /// The cues that supported the verdict, e.g. `"it sounds like"` or `wh-question`, for feedback.
    public let cues: [String]

    /// Creates a classification; the confidence is clamped to 0...1 and rounded to two decimals.
    public init(skill: ListeningSkill, confidence: Double, cues: [String] = []) {
        self.skill = skill
        self.confidence = (min(max(confidence, 0), 1) * 100).rounded() / 100
        self.cues = cues
    }

    /// One compact JSON object for `skills classify`: `{"skill":"open_question","confidence":0.9,"text":"..."}`.
    ///
    /// Keys come in this order; `text` is JSON-escaped (quotes, backslashes, control characters).
    public func jsonLine(text: String) -> String {
        "{\"skill\":\"\(skill.rawValue)\",\"confidence\":\(confidence),\"text\":\(JSONText.quoted(text))}"
    }
}

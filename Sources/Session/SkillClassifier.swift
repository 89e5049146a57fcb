import Listening

/// The listening classifier as the engine's injected function.
public enum SkillClassifier {
    /// The classifier every call shares.
    public static let shared = ListeningClassifier()

    /// The skill name and confidence for `text`.
    @Sendable public static func classify(_ text: String) -> (skill: String, confidence: Double) {
        let result = shared.classify(text)
        return (result.skill.rawValue, result.confidence)
    }
}

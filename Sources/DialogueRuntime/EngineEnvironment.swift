import DialogueModel

/// What the shell injects into the engine: the random seed, built-in values and the listening-skill classifier.
///
/// The engine never reads a clock, the network or the disk; everything that varies between machines or
/// runs comes in through this value, so a conversation can be replayed exactly.
public struct EngineEnvironment: Sendable {
    /// The default number of node entries allowed between two inputs before the run fails.
    public static let defaultStepLimit = 10_000

    /// Seed of the engine's random generator (used by `oneOf` variants); same seed, same choices.
    public var seed: UInt64
    /// Values supplied by the shell (`helpline.crisis`, `region`, `today`...); they take precedence over
    /// script variables of the same name, so a script cannot hide a help line.
    public var builtins: [String: Value]
    /// Classifies a trainee's reply into a listening skill raw name (`reflection`, `advice`...) with a confidence.
    public var classify: @Sendable (String) -> (skill: String, confidence: Double)
    /// What a trainee's reply is about (`family`, `time`, `sleep`...; empty when unclear), stored as `last_topic`
    /// so a persona can answer the question asked, not only react to the skill.
    public var topic: @Sendable (String) -> String
    /// Node entries allowed without input before the run fails with `RuntimeFailure.stepLimitExceeded`.
    public var stepLimit: Int

    /// Creates an environment; the default classifier answers `other` with confidence 0, the default topic is empty.
    public init(seed: UInt64 = 0, builtins: [String: Value] = [:],
                classify: @escaping @Sendable (String) -> (skill: String, confidence: Double) = { _ in ("other", 0) },
                topic: @escaping @Sendable (String) -> String = { _ in "" },
                stepLimit: Int = EngineEnvironment.defaultStepLimit) {
        self.seed = seed
        self.builtins = builtins
        self.classify = classify
        self.topic = topic
        self.stepLimit = stepLimit
    }
}

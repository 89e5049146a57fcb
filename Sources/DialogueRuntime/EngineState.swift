import DialogueModel

/// Everything the engine needs to continue a conversation; plain, comparable and serialisable.
public struct EngineState: Sendable, Equatable, Codable {
    /// The current node (the one waiting for input, or the last one entered).
    public var node: String
    /// Script variables, including answers saved so far and recalled facts.
    public var variables: [String: Value]
    /// The random generator's state (SplitMix64); advances each time a `oneOf` variant is picked.
    public var rng: UInt64
    /// True once the conversation ended or failed; further input is ignored.
    public var finished: Bool
    /// The prompt waiting for an answer, nil when not waiting.
    public var awaiting: PromptSpec?
    /// Total node entries since the start of the conversation.
    public var steps: Int

    /// Creates a state.
    public init(node: String, variables: [String: Value], rng: UInt64, finished: Bool = false,
                awaiting: PromptSpec? = nil, steps: Int = 0) {
        self.node = node
        self.variables = variables
        self.rng = rng
        self.finished = finished
        self.awaiting = awaiting
        self.steps = steps
    }
}
